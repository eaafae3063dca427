#!/usr/bin/env bash
# Creates target/opa-venv with the pinned OPA v1 Python binding and PyYAML.
# Idempotent: when the venv already holds the pinned versions it only checks them.
set -euo pipefail

OPA_BINDINGS_VERSION=0.4.4   # embeds OPA v1.20.2 (github.com/open-policy-agent/opa/v1)
PYYAML_VERSION=6.0.3

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="${OPA_VENV:-$root/target/opa-venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi

installed() {
    "$venv/bin/python" - "$OPA_BINDINGS_VERSION" "$PYYAML_VERSION" <<'PY'
import sys
from importlib.metadata import version, PackageNotFoundError
want = {"opa-golib-python-bindings": sys.argv[1], "pyyaml": sys.argv[2]}
try:
    ok = all(version(name) == v for name, v in want.items())
except PackageNotFoundError:
    ok = False
sys.exit(0 if ok else 1)
PY
}

if ! installed; then
    # The wheel declares Requires-Python >=3.14, but it is a py3-none wheel: a
    # stdlib-only ctypes wrapper (no 3.14-only syntax) around a Go c-shared
    # library, and it runs on 3.10+. Most distributions ship an older Python, so the
    # declaration is overridden; drop the flag once the venv's Python is 3.14.
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        --ignore-requires-python \
        "opa-golib-python-bindings==$OPA_BINDINGS_VERSION" \
        "pyyaml==$PYYAML_VERSION"
    installed || { echo "setup.sh: pinned packages did not install" >&2; exit 1; }
fi

"$venv/bin/python" -c 'import opa_bindings, yaml' 
echo "opa-venv ready: $venv (opa-golib-python-bindings $OPA_BINDINGS_VERSION, OPA v1.20.2; pyyaml $PYYAML_VERSION)"
