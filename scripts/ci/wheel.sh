#!/usr/bin/env bash
# Builds wgll's binary wheel with maturin from this checkout, then installs
# it into a fresh venv and checks the example with a PATH that holds no
# cargo or rustc: what a `pip install wgll` user gets. Prints each step's
# time and the wheel's size. The wheel lands in target/wheels/, and in
# target/pip-local/ (a local index, with pip and setuptools beside it),
# where the pre-commit and action checks find it.
#
# maturin builds with the host toolchain into this checkout's target/ with
# the release profile, so it reuses the build `cargo build --release` makes.
# Its audit reads the glibc symbols the binary needs and tags the wheel
# manylinux_2_X for the oldest glibc that has them all; the script checks
# that tag against the binary itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

MATURIN_VERSION=1.16.0
. scripts/ci/timing.sh

t=$(now)
venv=target/maturin-venv
if [ ! -x "$venv/bin/maturin" ] || ! "$venv/bin/maturin" --version | grep -qx "maturin $MATURIN_VERSION"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "maturin==$MATURIN_VERSION"
fi
took "maturin $MATURIN_VERSION ready" "$t"

t=$(now)
rm -rf target/wheels
"$venv/bin/maturin" build --release --locked --out target/wheels 2>&1 \
  | grep -Ev '^ +(Compiling|Downloaded|Downloading) ' || true
wheel=$(ls target/wheels/wgll-*.whl)
took "wheel built" "$t"
echo "wheel: $(basename "$wheel"), $(du -k "$wheel" | cut -f1) KiB"

# The tag must not promise an older glibc than the binary needs.
tag_glibc=$(basename "$wheel" | sed -n 's/.*manylinux_\([0-9]*\)_\([0-9]*\)_.*/\1.\2/p')
if [ -z "$tag_glibc" ]; then
  echo "error: $(basename "$wheel") has no manylinux tag" >&2
  exit 1
fi
need_glibc=$(objdump -T target/release/wgll | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
  | sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1)
if [ "$(printf '%s\n%s\n' "$need_glibc" "$tag_glibc" | sort -t. -k1,1n -k2,2n | tail -n 1)" != "$tag_glibc" ]; then
  echo "error: the wheel says glibc $tag_glibc, the binary needs $need_glibc" >&2
  exit 1
fi
echo "manylinux tag: glibc $tag_glibc; the binary needs glibc $need_glibc"

t=$(now)
fresh=target/wheel-venv
rm -rf "$fresh"
python3 -m venv "$fresh"
took "a fresh venv made" "$t"
t=$(now)
"$fresh/bin/pip" install -q --no-index --disable-pip-version-check "$wheel"
took "the wheel installed into it (pip install)" "$t"

# A PATH with the venv and the system's basic tools, and no Rust toolchain.
path="$PWD/$fresh/bin:/usr/bin:/bin"
if PATH="$path" command -v cargo >/dev/null || PATH="$path" command -v rustc >/dev/null; then
  echo "error: cargo or rustc is still on the test PATH ($path)" >&2
  exit 1
fi
t=$(now)
env -i HOME="$HOME" PATH="$path" wgll check examples/patient-portal
took "wgll check examples/patient-portal from the wheel" "$t"

# The README's install commands (```sh install=pip), each as written, with
# pip, pipx and uv pointed at a local index holding the wheel instead of
# PyPI. pipx and uv themselves come from PyPI, pinned, into target/.
t=$(now)
# Separate venvs: pipx uses uv when it finds it on PATH, and the README's
# `pipx install` is meant for the many users who have pip only.
pipx_venv=target/pipx-venv
uv_venv=target/uv-venv
if [ ! -x "$pipx_venv/bin/pipx" ]; then
  python3 -m venv "$pipx_venv"
  "$pipx_venv/bin/pip" install -q "pipx==1.18.4"
fi
if [ ! -x "$uv_venv/bin/uvx" ]; then
  python3 -m venv "$uv_venv"
  "$uv_venv/bin/pip" install -q "uv==0.13.8"
fi
# The local index: the wheel, and the build and install tools pipx and
# pre-commit's hook repository ask pip for (pip itself, setuptools),
# fetched once from PyPI.
links=target/pip-local
mkdir -p "$links"
rm -f "$links"/wgll-*.whl
cp "$wheel" "$links/"
if ! ls "$links"/pip-*.whl "$links"/setuptools-*.whl >/dev/null 2>&1; then
  "$pipx_venv/bin/pip" download -q --only-binary :all: --dest "$links" pip "setuptools>=77"
fi
took "pipx, uv and the local index ready" "$t"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
mkdir -p "$tmp/home"
# uv's config file, as its environment variables did not keep uvx off PyPI.
printf 'no-index = true\nfind-links = ["%s"]\n' "$PWD/$links" >"$tmp/uv.toml"
bash scripts/ci/readme-block.sh pip | sed 's/ *#.*$//' | while IFS= read -r command; do
  [ -n "$command" ] || continue
  t=$(now)
  case "$command" in
    pip\ *) tool="$tmp/venv/bin" ;;
    pipx\ *) tool="$PWD/$pipx_venv/bin" ;;
    uvx\ * | uv\ *) tool="$PWD/$uv_venv/bin" ;;
    *) echo "error: no tool known for the README's \`$command\`" >&2; exit 1 ;;
  esac
  # The command's tool and the system's basics: no cargo or rustc.
  env -i HOME="$tmp/home" PATH="$tool:/usr/bin:/bin" \
    PIP_NO_INDEX=1 PIP_FIND_LINKS="$PWD/$links" PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIPX_HOME="$tmp/pipx" PIPX_BIN_DIR="$tmp/pipx-bin" \
    UV_CONFIG_FILE="$tmp/uv.toml" UV_CACHE_DIR="$tmp/uv-cache" \
    UV_TOOL_DIR="$tmp/uv-tools" UV_PYTHON_DOWNLOADS=never \
    bash -euo pipefail -c "$command" >"$tmp/out.log" 2>&1 \
    || { cat "$tmp/out.log"; echo "error: the README's \`$command\` failed" >&2; exit 1; }
  took "README: $command" "$t"
done
"$tmp/venv/bin/wgll" --version
"$tmp/pipx-bin/wgll" --version
