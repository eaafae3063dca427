#!/usr/bin/env bash
# The action's install step (skipped on a cache hit): builds wgll from the
# action's own source with the toolchain it needs.
set -euo pipefail
cd "$ACTION_PATH"
toolchain=$(sed -n 's/^rust-version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
rustup toolchain install "$toolchain" --profile minimal --no-self-update
cargo "+$toolchain" install --locked --path . --root "$INSTALL_ROOT"
