#!/usr/bin/env bash
# The action's first step: the wgll version, a cache key for the binary
# (version plus a digest of everything compiled in, so a moved tag or branch
# never reuses a stale binary), and where the release binaries of this
# version are: the action's own repository's release `vVERSION`, unless the
# workflow sets WGLL_RELEASE_BASE_URL (a mirror inside the organisation).
set -euo pipefail
cd "$ACTION_PATH"
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
digest=$(find Cargo.toml Cargo.lock build.rs src policies -type f -print0 \
  | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
# github.action_repository is empty inside a composite action's steps on
# some runners; the runner keeps actions under _actions/OWNER/REPO/REF.
repo=${ACTION_REPOSITORY:-}
if [ -z "$repo" ]; then
  repo=$(printf '%s\n' "$ACTION_PATH" | sed -n 's|.*/_actions/\([^/]*\)/\([^/]*\)/.*|\1/\2|p')
fi
if [ -z "$repo" ]; then
  repo=$(sed -n 's|^repository = "https://github.com/\(.*\)"$|\1|p' Cargo.toml | head -n 1)
fi
base=${WGLL_RELEASE_BASE_URL:-}
if [ -z "$base" ] && [ -n "$repo" ]; then
  base="https://github.com/$repo/releases/download"
fi
release_url=""
if [ -n "$base" ]; then
  release_url="${base%/}/v$version"
fi
{
  echo "version=$version"
  echo "key=$version-$digest"
  echo "release-url=$release_url"
} >> "$GITHUB_OUTPUT"
