#!/usr/bin/env bash
# The action's install step (skipped on a cache hit). Installs wgll at the
# action's own version into $INSTALL_ROOT/bin, the quickest way that works:
#
# 1. the release binary for this runner's OS and architecture, from
#    $RELEASE_URL, checked against the release's SHA256SUMS. A binary whose
#    digest differs is refused and the step fails: nothing else is tried, as
#    a tampered download is something to look into, not to work around.
# 2. `pip install wgll==VERSION` (the binary wheel), when there is no
#    release binary for this runner or it cannot be fetched.
# 3. a build from the action's own source with cargo (rustup, when present,
#    installs the Rust version Cargo.toml names).
#
# It says which it used, and sets the `method` output to release, pip or
# source.
set -euo pipefail

fail() {
  echo "::error title=wgll could not be installed::$*"
  echo "error: $*" >&2
  exit 1
}
: "${INSTALL_ROOT:?}" "${ACTION_PATH:?}"
version=${WGLL_VERSION:-$(sed -n 's/^version = "\(.*\)"$/\1/p' "$ACTION_PATH/Cargo.toml" | head -n 1)}
bin="$INSTALL_ROOT/bin"
exe=wgll
os=${RUNNER_OS:-$(uname -s)}
arch=${RUNNER_ARCH:-$(uname -m)}
case "$os" in
  Linux) platform=unknown-linux-musl ;;
  macOS | Darwin) platform=apple-darwin ;;
  Windows | MINGW* | MSYS* | CYGWIN*) platform=pc-windows-msvc exe=wgll.exe ;;
  *) platform="" ;;
esac
case "$arch" in
  X64 | x86_64 | amd64) cpu=x86_64 ;;
  ARM64 | aarch64 | arm64) cpu=aarch64 ;;
  *) cpu="" ;;
esac

installed() {
  echo "method=$1" >> "${GITHUB_OUTPUT:-/dev/null}"
  echo "wgll $version installed from $2 into $bin"
}

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

# 1. The release binary.
from_release() {
  [ -n "$platform" ] && [ -n "$cpu" ] && [ -n "${RELEASE_URL:-}" ] || return 1
  local target="$cpu-$platform" asset ext
  ext=tar.gz
  [ "$platform" = pc-windows-msvc ] && ext=zip
  asset="wgll-$version-$target.$ext"
  local tmp
  tmp=$(mktemp -d)
  local fetch=(curl --fail --silent --show-error --location --retry 2 --connect-timeout 10)
  if ! "${fetch[@]}" --output "$tmp/$asset" "$RELEASE_URL/$asset"; then
    echo "no release binary $asset at $RELEASE_URL"
    rm -rf "$tmp"
    return 1
  fi
  if ! "${fetch[@]}" --output "$tmp/SHA256SUMS" "$RELEASE_URL/SHA256SUMS"; then
    echo "the release has no SHA256SUMS to check $asset against; not using it"
    rm -rf "$tmp"
    return 1
  fi
  local expected actual
  expected=$(awk -v a="$asset" '$2 == a || $2 == "*" a { print $1 }' "$tmp/SHA256SUMS")
  actual=$(sha256 "$tmp/$asset")
  if [ -z "$expected" ]; then
    rm -rf "$tmp"
    fail "$asset is not listed in the release's SHA256SUMS ($RELEASE_URL/SHA256SUMS); refusing to run it"
  fi
  if [ "$expected" != "$actual" ]; then
    rm -rf "$tmp"
    fail "checksum mismatch for $asset from $RELEASE_URL: SHA256SUMS says $expected, the download is $actual; refusing to install it"
  fi
  mkdir -p "$tmp/unpacked" "$bin"
  if [ "$ext" = zip ]; then
    unzip -q "$tmp/$asset" -d "$tmp/unpacked"
  else
    tar -xzf "$tmp/$asset" -C "$tmp/unpacked"
  fi
  local found
  found=$(find "$tmp/unpacked" -type f -name "$exe" | head -n 1)
  [ -n "$found" ] || fail "$asset holds no $exe"
  cp "$found" "$bin/$exe"
  chmod +x "$bin/$exe"
  rm -rf "$tmp"
  installed release "the release binary $asset (SHA-256 $actual, checked)"
}

# 2. The wheel, with pip, in a venv of its own; only the binary is kept.
from_pip() {
  local python
  python=$(command -v python3 || command -v python || true)
  [ -n "$python" ] || { echo "no python to run pip with"; return 1; }
  local venv="$INSTALL_ROOT/venv"
  rm -rf "$venv"
  "$python" -m venv "$venv" >/dev/null || { echo "python cannot make a venv"; return 1; }
  local scripts="$venv/bin"
  [ -d "$scripts" ] || scripts="$venv/Scripts"
  if ! "$scripts/python" -m pip install --quiet --disable-pip-version-check "wgll==$version"; then
    echo "pip could not install wgll==$version"
    rm -rf "$venv"
    return 1
  fi
  mkdir -p "$bin"
  cp "$scripts/$exe" "$bin/$exe"
  rm -rf "$venv"
  installed pip "the wheel wgll==$version (pip)"
}

# 3. From the action's source.
from_source() {
  cd "$ACTION_PATH"
  if command -v rustup >/dev/null; then
    local toolchain
    toolchain=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
    rustup toolchain install "$toolchain" --profile minimal --no-self-update
    cargo "+$toolchain" install --locked --path . --root "$INSTALL_ROOT"
  elif command -v cargo >/dev/null; then
    cargo install --locked --path . --root "$INSTALL_ROOT"
  else
    fail "no release binary, no wheel and no Rust toolchain (rustup or cargo) to build wgll $version with"
  fi
  installed source "the action's source (cargo install)"
}

from_release || from_pip || from_source
