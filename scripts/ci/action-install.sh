#!/usr/bin/env bash
# The action's install script (scripts/action/install.sh) against a local
# HTTP server on 127.0.0.1 that serves a release as GitHub would: the
# binary this checkout built (target/release/wgll, packed as the release
# workflow packs it) and SHA256SUMS. Three cases, each timed:
#   good      the checksum matches: the release binary is installed
#   tampered  the binary differs from SHA256SUMS: refused, with a clear error
#   missing   no asset for this runner: falls back to pip, which installs
#             the wheel from target/wheels (scripts/ci/wheel.sh built it)
# Then the README's release-binary commands against the same server.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
. scripts/ci/timing.sh

[ -x target/release/wgll ] || { echo "error: no target/release/wgll: build it first" >&2; exit 1; }
wheel_dir=$root/target/wheels
ls "$wheel_dir"/wgll-*.whl >/dev/null || { echo "error: no wheel: run scripts/ci/wheel.sh first" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
# The simulated runner is Linux X64, so the asset is the static musl
# build's name; the binary inside is this machine's build.
asset="wgll-$version-x86_64-unknown-linux-musl.tar.gz"

tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

serve="$tmp/www"
make_release() { # $1: folder for release vVERSION; packs the binary and sums it
  local dir="$serve/$1/v$version" pack="$tmp/pack/wgll-$version-x86_64-unknown-linux-musl"
  mkdir -p "$dir" "$pack"
  cp target/release/wgll LICENSE README.md "$pack/"
  tar -czf "$dir/$asset" -C "$tmp/pack" "$(basename "$pack")"
  (cd "$dir" && sha256sum "$asset" > SHA256SUMS)
}
make_release good
make_release tampered
# The download is not what was summed: one byte appended.
printf 'x' >> "$serve/tampered/v$version/$asset"
make_release missing
rm "$serve/missing/v$version/$asset"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$serve" "$port" >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" && break
  sleep 0.1
done

install() { # $1: case; runs the action's install step as the runner would
  rm -rf "$tmp/install-$1"
  : > "$tmp/output-$1"
  env -i HOME="$HOME" PATH="/usr/bin:/bin" \
    RUNNER_OS=Linux RUNNER_ARCH=X64 \
    ACTION_PATH="$root" INSTALL_ROOT="$tmp/install-$1" GITHUB_OUTPUT="$tmp/output-$1" \
    WGLL_VERSION="$version" RELEASE_URL="http://127.0.0.1:$port/$1/v$version" \
    PIP_NO_INDEX=1 PIP_FIND_LINKS="$wheel_dir" PIP_DISABLE_PIP_VERSION_CHECK=1 \
    bash scripts/action/install.sh
}

t=$(now)
install good
took "good checksum: installed the release binary from 127.0.0.1" "$t"
grep -qx method=release "$tmp/output-good"
"$tmp/install-good/bin/wgll" check examples/patient-portal >/dev/null
cmp -s target/release/wgll "$tmp/install-good/bin/wgll"

t=$(now)
if install tampered >"$tmp/tampered.log" 2>&1; then
  cat "$tmp/tampered.log"
  echo "error: a tampered binary was installed" >&2
  exit 1
fi
took "tampered binary: refused" "$t"
grep -q "checksum mismatch for $asset" "$tmp/tampered.log" || { cat "$tmp/tampered.log"; exit 1; }
grep -q "^::error title=wgll could not be installed::" "$tmp/tampered.log" || { cat "$tmp/tampered.log"; exit 1; }
if [ -e "$tmp/install-tampered/bin/wgll" ]; then
  echo "error: the tampered binary was left in place" >&2
  exit 1
fi
sed -n 's/^error: /  said: /p' "$tmp/tampered.log"

t=$(now)
install missing | sed 's/^/  /'
took "missing asset: fell back to pip and the wheel" "$t"
grep -qx method=pip "$tmp/output-missing"
"$tmp/install-missing/bin/wgll" check examples/patient-portal >/dev/null
echo "action install: good, tampered and missing cases as expected"

# The README's release-binary commands (```sh install=release), as
# written, with the release's address pointed at the local server.
t=$(now)
mkdir -p "$tmp/readme"
bash scripts/ci/readme-block.sh release \
  | sed "s|^base=.*|base=http://127.0.0.1:$port/good/v$version|" >"$tmp/readme.sh"
(cd "$tmp/readme" && env -i HOME="$HOME" PATH=/usr/bin:/bin bash -euo pipefail "$tmp/readme.sh") \
  || { echo "error: the README's release-binary commands failed" >&2; exit 1; }
took "README: the release binary's commands" "$t"
