#!/usr/bin/env bash
# Per-repository evaluation of the bundled library, regorus (wgll, in
# process) against OPA v1 (prepared once, through the embedded binding), on
# the same input documents, one straight after the other; prints both
# medians and their ratio. Usage: scripts/opa/side-by-side.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/opa/setup.sh >/dev/null
wgll_out=$(cargo bench --quiet --bench eval 2>/dev/null)
echo "$wgll_out"
opa_out=$(target/opa-venv/bin/python scripts/opa/compare.py)
echo "$opa_out"
regorus_us=$(echo "$wgll_out" | sed -n 's/^| regorus (wgll, in process) | \([0-9.]*\) |.*/\1/p')
opa_ms=$(echo "$opa_out" | sed -n 's/^| OPA .* (data, prepared once) | \([0-9.]*\) |.*/\1/p')
python3 - "$regorus_us" "$opa_ms" <<'PY'
import sys
regorus_ms, opa_ms = float(sys.argv[1]) / 1000, float(sys.argv[2])
print(f"\nmedian per repository: regorus {regorus_ms:.2f} ms, OPA {opa_ms:.2f} ms; OPA / regorus = {opa_ms / regorus_ms:.2f}")
PY
