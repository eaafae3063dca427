#!/usr/bin/env python3
"""OPA v1 conformance cross-check for wgll's Rego library.

Loads every policy and data file under policies/ (and --policy folders) into
an embedded OPA v1 engine, with wgll's data layout, then:

 (a) runs every `test_*` rule of every `*_test.rego` file under OPA and
     compares each outcome with `wgll test` (regorus) on the same folders;
 (b) evaluates `data` (every package's deny/violation/warn set) under OPA for
     each input document and compares the findings, package by package, with
     what wgll computes:
       - repositories on disk: with `wgll check --format json` findings, by
         (rule, at) or, for findings without `at`, (rule, file);
       - every document (repositories' and target/eval-inputs/*.json):
         with the sets regorus computes inside `wgll test`, by whole finding
         objects (see README.md, "the regorus probe").

Any OPA compile error (file:line), failing test, outcome mismatch or finding
difference makes the exit code 1.

Run `scripts/opa/setup.sh` first, then `target/opa-venv/bin/python
scripts/opa/conformance.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True  # keep scripts/opa free of __pycache__
sys.path.insert(0, str(Path(__file__).resolve().parent))

from opa_bindings import OpaError, OpaUndefinedError  # noqa: E402

from opa_common import (  # noqa: E402
    DEFAULT_POLICIES,
    DEFAULT_WGLL,
    REPORTING_SETS,
    ROOT,
    build_engine,
    deny_sets,
    eval_inputs_dir,
    load_bundles,
    reporting_packages,
)

DEFAULT_REPOS = ["examples/patient-portal", "fixtures/repos/problems", "fixtures/repos/adr-shapes"]
TEST_LINE = re.compile(r"^(PASS|FAIL|ERROR)\s+(\S+?):(\d+) (test_\w+)")
PROBE_TAG = "WGLL-OPA-PROBE"


STRICT_NOTE = (
    "a built-in function error: this binding evaluates with StrictBuiltinErrors on, so it fails "
    "the query; OPA's default (opa eval, the server, the Go rego API) and wgll make the expression undefined"
)


def strict_note(message: str) -> str:
    return f"\n    note: {STRICT_NOTE}" if re.search(r"eval_(builtin|type)_error", message) else ""


class Report:
    def __init__(self):
        self.problems = 0

    def fail(self, text: str):
        self.problems += 1
        print(text)


def declared_tests(text: str) -> list[tuple[str, int]]:
    """`test_*` rule names in file order, as `wgll test` finds them (a rule
    head starting a line; a name defined twice is one test)."""
    seen = []
    for i, line in enumerate(text.splitlines(), 1):
        m = re.match(r"test_\w+", line)
        if m and m.group(0) not in [n for n, _ in seen]:
            seen.append((m.group(0), i))
    return seen


def run(cmd: list[str], check=True) -> subprocess.CompletedProcess:
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if check and p.returncode not in (0, 1):
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr}")
    return p


def rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------- (a) tests


def eval_tests(engine, paths: list[str]) -> list[tuple[str, str]]:
    """Each test's outcome and detail, evaluated in as few queries as OPA allows.

    Every query the bindings prepare holds on to tens of megabytes, so one
    query per test grew past 12 GB for the library's 570 tests. One query
    gathers them all; when it fails (a test erroring, which the bindings'
    strict builtin errors turn into a failed query) the batch is halved until
    the failing tests stand alone.
    """
    if not paths:
        return []
    if len(paths) == 1:
        try:
            value = engine.eval_document(paths[0])
            if value is True:
                return [("PASS", "")]
            return [("FAIL", f" (value {json.dumps(value)})")]
        except OpaUndefinedError:
            return [("FAIL", " (undefined)")]
        except OpaError as e:
            return [("ERROR", f" ({e}){strict_note(str(e))}")]
    entries = ", ".join(f"{json.dumps(str(i))}: [v | v := data.{p}]" for i, p in enumerate(paths))
    try:
        rows = engine.eval_query(f"x := {{{entries}}}")
        values = rows[0]["x"]
    except OpaError:
        half = len(paths) // 2
        return eval_tests(engine, paths[:half]) + eval_tests(engine, paths[half:])
    out = []
    for i in range(len(paths)):
        found = values[str(i)]
        if found == [True]:
            out.append(("PASS", ""))
        elif not found:
            out.append(("FAIL", " (undefined)"))
        else:
            out.append(("FAIL", f" (value {json.dumps(found[0])})"))
    return out


def run_tests(files, dirs, wgll: Path, rep: Report) -> tuple[int, int]:
    loaded = build_engine(files, with_tests=True)
    for p in loaded.problems:
        where = f"{p.file}:{p.line}" if p.line else p.file
        rep.fail(f"OPA COMPILE ERROR  {where}: {p.message}")
    for f in loaded.excluded:
        rep.fail(f"OPA EXCLUDED       {f.display} (did not compile under OPA; its tests and rules are not run)")

    # wgll's outcome for each test, by (file, name)
    wgll_out = {}
    p = run([str(wgll), "test", "--timeout", "60", *map(rel, dirs)])
    for line in p.stdout.splitlines():
        m = TEST_LINE.match(line)
        if m:
            wgll_out[(m.group(2), m.group(4))] = m.group(1)

    tests = [(f, name, line) for f in loaded.policies if f.is_test for name, line in declared_tests(f.text)]
    outcomes = eval_tests(loaded.engine, [f"{f.package}.{name}" for f, name, _ in tests])
    passed = failed = 0
    for (f, name, line), (outcome, detail) in zip(tests, outcomes):
        w = wgll_out.pop((f.display, name), None)
        if w is None:
            # wgll may show paths relative to a different working directory
            for key in list(wgll_out):
                if key[1] == name and Path(key[0]).name == Path(f.display).name:
                    w = wgll_out.pop(key)
                    break
        if outcome == "PASS":
            passed += 1
        else:
            failed += 1
            rep.fail(f"OPA TEST {outcome}     {f.display}:{line} {name}{detail}")
        if w is None:
            rep.fail(f"TEST NOT RUN BY WGLL {f.display}:{line} {name} (OPA: {outcome})")
        elif w != outcome:
            rep.fail(f"TEST OUTCOME DIFFERS {f.display}:{line} {name}: OPA {outcome}, wgll {w}")
    for (file, name), w in sorted(wgll_out.items()):
        rep.fail(f"TEST NOT RUN BY OPA  {file} {name} (wgll: {w})")
    loaded.engine.close()
    return passed, failed


# ---------------------------------------------------------------- (b) findings


def finding_key(f: dict) -> tuple[str, str]:
    """(rule, at) or, without `at`, (rule, "file:" + file)."""
    at = f.get("at")
    if at:
        return (str(f.get("rule")), str(at))
    return (str(f.get("rule")), "file:" + str(f.get("file")))


def canon(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def opa_findings(engine, packages, doc) -> tuple[dict, dict]:
    """(package, set) -> findings, and package -> error, for one input."""
    try:
        data = engine.eval_document("", doc)
        return deny_sets(data, packages), {}
    except OpaError:
        pass
    # the whole evaluation failed: per package, to name the failing one
    sets, errors = {}, {}
    for pkg in packages:
        for s in REPORTING_SETS:
            try:
                sets[(pkg, s)] = engine.eval_document(f"{pkg}.{s}", doc)
            except OpaUndefinedError:
                pass
            except OpaError as e:
                errors[pkg] = str(e)
    return sets, errors


def regorus_probe(dirs, files, packages, docs: dict[str, dict], wgll: Path):
    """Evaluate every reporting set for every document with regorus, inside
    `wgll test`: a generated test per document prints json.marshal of the sets
    (prints are shown for failing tests, so each probe ends in `false`).
    Returns (name -> {(package, set): [findings]}, data place -> value, notes)."""
    data_places = sorted({".".join(f.place) for f in files if f.is_data})
    with tempfile.TemporaryDirectory(prefix="wgll-opa-probe-") as tmp:
        tmp = Path(tmp)
        copies = []
        for i, d in enumerate(dirs):
            dst = tmp / f"bundle{i}"
            shutil.copytree(d, dst, ignore=shutil.ignore_patterns(".*"))
            copies.append(dst)
        probe = tmp / "probe"
        probe.mkdir()
        lines = ["package wgll_opa_probe_test", "", "import rego.v1", ""]
        entries = []
        for pkg in packages:
            for s in REPORTING_SETS:
                entries.append(f'\t"{pkg} {s}": object.get(data.{pkg}, "{s}", null),')
        lines.append("sets := {")
        lines.extend(entries)
        lines.append("}")
        lines.append("")
        lines.append("test_probe_data if {")
        for place in data_places:
            ref = "data" + "".join(f'["{seg}"]' for seg in place.split(".")) if place else "data"
            lines.append(f'\tprint(concat(" ", ["{PROBE_TAG}", "data", "{place}", json.marshal({ref})]))')
        lines.append("\tfalse")
        lines.append("}")
        # Documents go in data files (data.wgll_opa_probe.d<N>), not in the
        # test as literals: regorus rejects source lines over 1,024 columns.
        names = sorted(docs)
        for idx, name in enumerate(names):
            place = probe / "wgll_opa_probe" / f"d{idx}"
            place.mkdir(parents=True)
            (place / "data.json").write_text(json.dumps(docs[name], ensure_ascii=False))
            lines.append("")
            lines.append(f"test_probe_{idx} if {{")
            lines.append(f"\tr := sets with input as data.wgll_opa_probe.d{idx}")
            lines.append(f'\tprint(concat(" ", ["{PROBE_TAG}", "input", "{idx}", json.marshal(r)]))')
            lines.append("\tfalse")
            lines.append("}")
        (probe / "wgll_opa_probe_test.rego").write_text("\n".join(lines) + "\n")
        p = run([str(wgll), "test", "--timeout", "120", *map(str, copies), str(probe)])
    results, data_values, notes = {}, {}, []
    for line in p.stderr.splitlines():
        if not line.startswith(PROBE_TAG + " "):
            continue
        _, kind, key, payload = line.split(" ", 3)
        if kind == "data":
            data_values[key] = json.loads(payload)
        else:
            raw = json.loads(payload)
            sets = {}
            for k, v in raw.items():
                pkg, s = k.split(" ")
                if v is not None:
                    sets[(pkg, s)] = v
            results[names[int(key)]] = sets
    for line in p.stdout.splitlines():
        m = TEST_LINE.match(line)
        if m and m.group(1) == "ERROR" and "wgll_opa_probe_test" in m.group(2):
            notes.append(f"regorus probe error: {line}")
    for name in names:
        if name not in results:
            notes.append(f"regorus probe printed nothing for {name}")
    return results, data_values, notes


def compare_sets(label: str, rep: Report, opa: dict, other: dict, other_name: str, keyf, skip=()) -> int:
    """Compares (package, set) -> findings maps by keyf; returns differences.
    Packages in `skip` (OPA failed on them) are left out."""
    diffs = 0
    for ps in sorted(set(opa) | set(other)):
        if ps[0] in skip:
            continue
        a = {keyf(f) for f in opa.get(ps, [])}
        b = {keyf(f) for f in other.get(ps, [])}
        if a != b:
            diffs += 1
            rep.fail(f"DIFFERENCE  package {ps[0]} ({ps[1]}), input {label}")
            for k in sorted(a - b):
                print(f"    only in OPA:   {k}")
            for k in sorted(b - a):
                print(f"    only in {other_name}: {k}")
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--policy", action="append", default=[], type=Path, help="extra policy folder (repeatable)")
    ap.add_argument("--policies", type=Path, default=DEFAULT_POLICIES, help="the library folder (default: policies/)")
    ap.add_argument("--wgll", type=Path, default=DEFAULT_WGLL, help="wgll binary (default: $WGLL or target/release/wgll)")
    ap.add_argument("--today", default="2026-11-23", help="evaluation date for repositories (default 2026-11-23)")
    ap.add_argument("--repo", action="append", type=Path, help="repository to check (repeatable; default: the example and fixtures)")
    ap.add_argument("--input", action="append", type=Path, help="input document JSON (repeatable; default: target/eval-inputs/*.json)")
    ap.add_argument("--no-probe", action="store_true", help="skip the regorus probe (documents without a repository are then skipped)")
    ap.add_argument("--skip-tests", action="store_true", help="skip part (a)")
    args = ap.parse_args()

    dirs = [args.policies.resolve(), *(d.resolve() for d in args.policy)]
    files = load_bundles(dirs)
    wgll = args.wgll
    rep = Report()
    v = run([str(wgll), "--version"]).stdout.strip()
    print(f"wgll: {wgll} ({v}); policy folders: {', '.join(rel(d) for d in dirs)}")
    print(f"{sum(1 for f in files if not f.is_data)} Rego files, {sum(1 for f in files if f.is_data)} data files\n")

    # (a)
    if not args.skip_tests:
        print("== (a) Rego unit tests under OPA v1 ==")
        passed, failed = run_tests(files, dirs, wgll, rep)
        print(f"OPA: {passed} passed, {failed} failed\n")

    # (b)
    print("== (b) findings: OPA v1 against wgll ==")
    loaded = build_engine(files, with_tests=False)
    if args.skip_tests:
        for p in loaded.problems:
            rep.fail(f"OPA COMPILE ERROR  {p.file}:{p.line}: {p.message}")
    packages = reporting_packages(loaded.policies)
    all_packages = reporting_packages([f for f in files if not f.is_data])
    rule_package = {}
    for f in files:
        if not f.is_data and not f.is_test:
            for rid in f.rule_ids():
                rule_package[rid] = f.package

    docs: dict[str, dict] = {}
    repos: dict[str, Path] = {}
    for r in args.repo or [ROOT / p for p in DEFAULT_REPOS]:
        p = run([str(wgll), "input", "--today", args.today, "--no-local-config", str(r)], check=False)
        if p.returncode != 0:
            rep.fail(f"wgll input failed for {r}: {p.stderr.strip()}")
            continue
        name = rel(r)
        docs[name] = json.loads(p.stdout)
        repos[name] = r
    inputs = args.input
    if inputs is None:
        d = eval_inputs_dir()
        inputs = sorted(d.glob("*.json")) if d.is_dir() else []
        if not inputs:
            print(f"note: no {rel(d)}/*.json (made by `cargo bench --bench eval`); only repositories compared")
    for f in inputs:
        docs[rel(f)] = json.loads(f.read_text())

    # OPA
    opa, opa_errors = {}, {}
    for name, doc in docs.items():
        sets, errors = opa_findings(loaded.engine, packages, doc)
        opa[name] = sets
        opa_errors[name] = set(errors)
        for pkg, err in errors.items():
            rep.fail(f"OPA EVAL ERROR  package {pkg}, input {name}: {err}{strict_note(err)}\n    (package not compared for this input)")

    # wgll check, for repositories
    check_diffs = 0
    for name, repo in repos.items():
        today = docs[name].get("today", args.today)
        cmd = [str(wgll), "check", "--format", "json", "--today", today, "--no-local-config"]
        for d in dirs:
            cmd += ["--policy", str(d)]
        p = run(cmd + [str(repo)])
        report = json.loads(p.stdout)
        wgll_sets: dict = {}
        for f in report["findings"]:
            pkg = rule_package.get(f["rule"])
            if pkg is None:
                # no Rego package declares it: a rule wgll checks itself (waivers)
                print(f"note: {name}: {f['rule']} is not a Rego rule; not compared")
                continue
            wgll_sets.setdefault((pkg, "deny"), []).append(f)
        # wgll reports rules by id, not by set: fold OPA's sets per package the same way
        opa_folded: dict = {}
        for (pkg, _s), items in opa[name].items():
            opa_folded.setdefault((pkg, "deny"), []).extend(items)
        check_diffs += compare_sets(name + " [wgll check]", rep, opa_folded, wgll_sets, "wgll check", finding_key, opa_errors[name])
        # messages of matched findings
        wmsg = {finding_key(f): f.get("message") for items in wgll_sets.values() for f in items}
        for items in opa_folded.values():
            for f in items:
                k = finding_key(f)
                if k in wmsg and wmsg[k] != f.get("msg"):
                    rep.fail(f"MESSAGE DIFFERS  {name} {k}:\n    OPA:  {f.get('msg')!r}\n    wgll: {wmsg[k]!r}")
    print(f"wgll check: {len(repos)} repositories compared, {check_diffs} package differences")

    # regorus probe, for every document
    if args.no_probe:
        skipped = [n for n in docs if n not in repos]
        if skipped:
            print(f"note: --no-probe: {len(skipped)} documents without a repository not compared against wgll")
    elif docs:
        results, data_values, notes = regorus_probe(dirs, files, all_packages, docs, wgll)
        for n in notes:
            rep.fail(n)
        # data documents as both engines see them
        for place, value in sorted(data_values.items()):
            ref = place
            try:
                mine = loaded.engine.eval_document(ref)
            except OpaError as e:
                mine = f"<error {e}>"
            if canon(mine) != canon(value):
                rep.fail(f"DATA DIFFERS  data.{place}: OPA {canon(mine)[:300]} / regorus {canon(value)[:300]}")
        probe_diffs = 0
        for name in docs:
            if name not in results:
                continue
            probe_diffs += compare_sets(name + " [regorus]", rep, opa[name], results[name], "wgll/regorus", canon, opa_errors[name])
        print(
            f"regorus probe: {len(results)} documents compared on whole finding objects, "
            f"{probe_diffs} package differences; data documents compared: {', '.join('data.' + p for p in data_values)}"
        )
    total = sum(len(v) for s in opa.values() for v in s.values())
    print(f"OPA: {len(docs)} input documents, {len(packages)} packages, {total} findings in all")

    print()
    if rep.problems:
        print(f"conformance: FAILED ({rep.problems} problems)")
        return 1
    print("conformance: OK (OPA v1 and wgll agree)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
