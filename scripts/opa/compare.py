#!/usr/bin/env python3
"""Speed of OPA v1 on wgll's library, per repository, for comparison with
wgll's own figure (`cargo bench --bench eval`, which evaluates the same
input documents with regorus and writes them to target/eval-inputs/).

OPA is used as a server would use it: the library (policies and data, no
tests) is compiled once and the query `data` prepared once; then every
input document is evaluated, round after round. Each evaluation's wall time
is taken around the binding's call, so it includes handing the input over
(JSON through ctypes into Go) and the result back; a trivial query with the
same input is timed too, to show that part.

Run `scripts/opa/setup.sh` first, then `target/opa-venv/bin/python
scripts/opa/compare.py`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from importlib.metadata import version
from pathlib import Path

sys.dont_write_bytecode = True  # keep scripts/opa free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from opa_common import (  # noqa: E402
    DEFAULT_POLICIES,
    build_engine,
    deny_sets,
    eval_inputs_dir,
    load_bundles,
    reporting_packages,
)

OPA_VERSION = "v1.20.2"  # the OPA module embedded in opa-golib-python-bindings 0.4.4


def quantile(sorted_values: list[float], q: float) -> float:
    # as benches/eval.rs: the element at index floor((n - 1) * q)
    return sorted_values[int((len(sorted_values) - 1) * q)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=30, help="timed rounds over all documents (default 30; one more warms up)")
    ap.add_argument("--policies", type=Path, default=DEFAULT_POLICIES)
    ap.add_argument("--policy", action="append", default=[], type=Path, help="extra policy folder (repeatable)")
    ap.add_argument("inputs", nargs="*", type=Path, help="input documents (default: target/eval-inputs/*.json)")
    args = ap.parse_args()

    inputs = args.inputs or sorted(eval_inputs_dir().glob("*.json"))
    if not inputs:
        print(f"no input documents: run `cargo bench --bench eval` to write {eval_inputs_dir()}", file=sys.stderr)
        return 2
    docs = [(p.name, json.loads(p.read_text())) for p in inputs]

    files = load_bundles([args.policies, *args.policy])
    loaded = build_engine(files, with_tests=False)
    if loaded.problems:
        for p in loaded.problems:
            print(f"OPA compile error: {p.file}:{p.line}: {p.message}", file=sys.stderr)
        return 1
    engine = loaded.engine
    packages = reporting_packages(loaded.policies)

    # Warm-up round: compiles and prepares both queries, counts findings.
    t0 = time.perf_counter()
    findings = 0
    for _, doc in docs:
        findings += sum(len(v) for v in deny_sets(engine.eval_document("", doc), packages).values())
        engine.eval_query("x := 1", doc)
    warm = time.perf_counter() - t0

    per_doc: dict[str, list[float]] = {name: [] for name, _ in docs}
    overhead: list[float] = []
    for _ in range(args.rounds):
        for name, doc in docs:
            t = time.perf_counter_ns()
            engine.eval_document("", doc)
            per_doc[name].append((time.perf_counter_ns() - t) / 1e6)
            t = time.perf_counter_ns()
            engine.eval_query("x := 1", doc)
            overhead.append((time.perf_counter_ns() - t) / 1e6)

    print(
        f"OPA {OPA_VERSION} (opa-golib-python-bindings {version('opa-golib-python-bindings')}, in process via ctypes); "
        f"{len(docs)} input documents, {len(packages)} packages, {findings} findings; "
        f"{args.rounds} rounds (+1 warm-up, {warm * 1000:.0f} ms including compile)\n"
    )
    print("| input | bytes | median ms | p10 | p90 |")
    print("|---|---:|---:|---:|---:|")
    for (name, doc), path in zip(docs, inputs):
        v = sorted(per_doc[name])
        print(
            f"| {name} | {path.stat().st_size} | {statistics.median(v):.3f} | "
            f"{quantile(v, 0.1):.3f} | {quantile(v, 0.9):.3f} |"
        )
    every = sorted(x for v in per_doc.values() for x in v)
    medians = sorted(statistics.median(v) for v in per_doc.values())
    over = sorted(overhead)
    print()
    print("| engine | median ms per repository | p10 | p90 |")
    print("|---|---:|---:|---:|")
    print(f"| OPA {OPA_VERSION} (data, prepared once) | {quantile(every, 0.5):.3f} | {quantile(every, 0.1):.3f} | {quantile(every, 0.9):.3f} |")
    print(f"| call overhead (`x := 1`, same input) | {quantile(over, 0.5):.3f} | {quantile(over, 0.1):.3f} | {quantile(over, 0.9):.3f} |")
    print(
        f"\nsummary: OPA {OPA_VERSION} median {quantile(every, 0.5):.3f} ms per repository "
        f"(median of per-document medians {statistics.median(medians):.3f} ms; "
        f"call overhead {quantile(over, 0.5):.3f} ms of it); "
        f"{len(every)} evaluations of {len(docs)} documents"
    )
    print(
        "regorus: no Python binding of regorus is on PyPI (the `regorus` name is not published there), "
        "so it is not timed here; wgll's figure is `cargo bench --bench eval` (median us per repository)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
