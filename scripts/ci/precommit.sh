#!/usr/bin/env bash
# The pre-commit hooks with the real pre-commit tool, as a team without Rust
# meets them: PATH holds no cargo or rustc, pip may install only from a
# local index, target/pip-local/, holding the wheel scripts/ci/wheel.sh
# built (and setuptools, which builds the hook repository's placeholder
# package). A fresh
# PRE_COMMIT_HOME, so the first run's install is timed too.
#
# 1. pre-commit-mirror/ (language: python), through `pre-commit install`
#    and real `git commit`s: a bad manifest's commit is blocked, a clean one
#    goes through.
# 2. the root `wgll-system` hook (language: system) with the wheel's wgll on
#    PATH, through `pre-commit try-repo`.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. scripts/ci/timing.sh

PRE_COMMIT_VERSION=4.7.0
venv=target/precommit-venv
if [ ! -x "$venv/bin/pre-commit" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "pre-commit==$PRE_COMMIT_VERSION"
fi
wheel=$(ls target/wheels/wgll-*.whl 2>/dev/null || true)
if [ -z "$wheel" ]; then
  echo "error: no wheel in target/wheels/: run scripts/ci/wheel.sh first" >&2
  exit 1
fi

# The hook package must ask for the wgll this checkout builds.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
grep -qx "dependencies = \[\"wgll==$version\"\]" pre-commit-mirror/pyproject.toml \
  || { echo "error: pre-commit-mirror/pyproject.toml does not depend on wgll==$version" >&2; exit 1; }
grep -qx "version = \"$version\"" pre-commit-mirror/pyproject.toml \
  || { echo "error: pre-commit-mirror/pyproject.toml's version is not $version" >&2; exit 1; }

links=target/pip-local
if ! cmp -s "$wheel" "$links/$(basename "$wheel")"; then
  echo "error: $links/ does not hold the wheel: run scripts/ci/wheel.sh first" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=test@example.nhs.uk
export GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=test@example.nhs.uk
export GIT_CONFIG_NOSYSTEM=1 HOME="$tmp/home"
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hook repository, as it would be published: its own repo, tagged.
hooks="$tmp/wgll-pre-commit"
cp -r pre-commit-mirror "$hooks"
git -C "$hooks" init -q
git -C "$hooks" add -A
git -C "$hooks" commit -qm "wgll's hook, v$version"
git -C "$hooks" tag "v$version"

# A project with the example's evidence.
project="$tmp/project"
cp -r examples/patient-portal "$project"
cat > "$project/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $hooks
    rev: v$version
    hooks:
      - id: wgll
YAML
git -C "$project" init -q
git -C "$project" add -A
git -C "$project" commit -qm "The example"

path="$root/$venv/bin:/usr/bin:/bin"
if PATH="$path" command -v cargo >/dev/null || PATH="$path" command -v rustc >/dev/null; then
  echo "error: cargo or rustc is still on the hooks' PATH ($path)" >&2
  exit 1
fi
run() {
  env PATH="$path" PRE_COMMIT_HOME="$tmp/pre-commit-home" NO_COLOR=1 \
    PIP_NO_INDEX=1 PIP_FIND_LINKS="$root/$links" PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
}

(cd "$project" && run pre-commit install)
manifest="$project/wgll.yaml"
cp "$manifest" "$tmp/good.yaml"
sed -i 's/^  phase: beta$/  phase: gamma/' "$manifest"
git -C "$project" add wgll.yaml

t=$(now)
if (cd "$project" && run git commit -qm "A bad phase") >"$tmp/bad.log" 2>&1; then
  cat "$tmp/bad.log"
  echo "error: the hook let a commit with a bad manifest through" >&2
  exit 1
fi
took "pre-commit's first run (installing the hook from the wheel) blocked the bad commit" "$t"
grep -q "WL-06" "$tmp/bad.log" || { cat "$tmp/bad.log"; echo "error: the hook did not name WL-06" >&2; exit 1; }

cp "$tmp/good.yaml" "$manifest"
echo "# Reviewed." >>"$manifest"
git -C "$project" add wgll.yaml
t=$(now)
(cd "$project" && run git commit -qm "Reviewed") >"$tmp/good.log" 2>&1 \
  || { cat "$tmp/good.log"; echo "error: the hook blocked a clean commit" >&2; exit 1; }
took "the hook passed a clean commit (installed)" "$t"

# The system hook uses whatever wgll is on PATH: here, the wheel's.
wheel_venv="$tmp/wgll-venv"
python3 -m venv "$wheel_venv"
"$wheel_venv/bin/pip" install -q --no-index "$wheel"
sed -i 's/^  phase: beta$/  phase: gamma/' "$manifest"
git -C "$project" add wgll.yaml
t=$(now)
if (cd "$project" && path="$wheel_venv/bin:$path" run pre-commit try-repo "$root" wgll-system) >"$tmp/system.log" 2>&1; then
  cat "$tmp/system.log"
  echo "error: the system hook passed a bad manifest" >&2
  exit 1
fi
grep -q "WL-06" "$tmp/system.log" || { cat "$tmp/system.log"; echo "error: the system hook did not name WL-06" >&2; exit 1; }
took "the system hook (wgll-system) blocked the bad manifest" "$t"
echo "pre-commit: the wheel's hook and the system hook block a bad commit and pass a clean one"
