#!/usr/bin/env bash
# The release workflow and action.yml against the schemas GitHub's own
# files are checked with (SchemaStore's, bundled in a pinned
# check-jsonschema, so no schema is fetched at run time), both hook
# manifests with pre-commit's own validator, and the release's archive
# names against those the action's install script downloads.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/ci/timing.sh
t=$(now)
venv=target/jsonschema-venv
if [ ! -x "$venv/bin/check-jsonschema" ] || ! "$venv/bin/check-jsonschema" --version | grep -q ' 0\.39\.0$'; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "check-jsonschema==0.39.0"
fi
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows .github/workflows/*.yml
"$venv/bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
precommit=target/precommit-venv
if [ ! -x "$precommit/bin/pre-commit" ]; then
  python3 -m venv "$precommit"
  "$precommit/bin/pip" install -q "pre-commit==4.7.0"
fi
"$precommit/bin/pre-commit" validate-manifest .pre-commit-hooks.yaml pre-commit-mirror/.pre-commit-hooks.yaml
echo "hook manifests: valid"
# Every binary the action's install script asks for is one the release
# workflow builds, under the name the script downloads.
for target in x86_64-unknown-linux-musl aarch64-unknown-linux-musl \
  x86_64-apple-darwin aarch64-apple-darwin x86_64-pc-windows-msvc; do
  grep -q "target: $target}" .github/workflows/release.yml \
    || { echo "error: release.yml builds no $target binary" >&2; exit 1; }
done
grep -q 'name="wgll-$VERSION-$TARGET"' .github/workflows/release.yml \
  && grep -q 'asset="wgll-$version-$target.$ext"' scripts/action/install.sh \
  || { echo "error: release.yml and install.sh disagree on the archives' names" >&2; exit 1; }
echo "release.yml builds every binary install.sh downloads"
took "schemas checked" "$t"
