#!/usr/bin/env bash
# The action's first step: the wgll version and a cache key for the binary
# built from this source (version plus a digest of everything compiled in).
set -euo pipefail
cd "$ACTION_PATH"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
digest=$(find Cargo.toml Cargo.lock build.rs src policies -type f -print0 \
  | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
{
  echo "version=$version"
  echo "key=$version-$digest"
} >> "$GITHUB_OUTPUT"
