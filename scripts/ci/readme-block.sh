#!/usr/bin/env bash
# Prints the body of the README's fenced block whose info string has
# `install=NAME` (```sh install=pip), so CI runs the install commands the
# README shows, as written.
set -euo pipefail
cd "$(dirname "$0")/../.."
name=${1:?usage: readme-block.sh NAME}
body=$(awk -v want="install=$name" '
  /^```/ && inside { exit }
  inside { print }
  /^```/ && !inside { n = split($0, w, " "); for (i = 1; i <= n; i++) if (w[i] == want) inside = 1 }
' README.md)
if [ -z "$body" ]; then
  echo "error: README.md has no \`\`\`sh install=$name block" >&2
  exit 1
fi
printf '%s\n' "$body"
