"""Shared helpers for the OPA v1 cross-check scripts (conformance.py, compare.py).

Loads a wgll policy library into an embedded OPA v1 engine with the same data
layout wgll uses: every `.rego` file, plus `data.json` / `data.yaml` /
`data.yml` files placed at `data.<folder path>` relative to the bundle root
(`policies/wgll/params/data.yaml` -> `data.wgll.params`). Hidden folders and
files are skipped; a file of a later bundle at the same bundle path replaces
an earlier one, as `wgll --policy` does.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from opa_bindings import OpaEngine, OpaError

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_POLICIES = ROOT / "policies"
DEFAULT_WGLL = Path(os.environ.get("WGLL", str(Path(__file__).resolve().parents[2] / "target/release/wgll")))
REPORTING_SETS = ("deny", "violation", "warn")  # as wgll's evaluator reads them
DATA_NAMES = ("data.json", "data.yaml", "data.yml")


class _YamlLoader(yaml.SafeLoader):
    """SafeLoader without YAML 1.1 timestamps: a date in a data file stays a
    string, as JSON (and wgll's YAML reader) sees it."""


_YamlLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class PolicyFile:
    path: Path  # on disk
    bundle_root: Path
    bundle_path: str  # inside its bundle: wgll/adr/x.rego
    text: str

    @property
    def display(self) -> str:
        try:
            return str(self.path.relative_to(ROOT))
        except ValueError:
            return str(self.path)

    @property
    def is_data(self) -> bool:
        return self.path.name in DATA_NAMES

    @property
    def is_test(self) -> bool:
        return self.path.name.endswith("_test.rego")

    @property
    def package(self) -> str | None:
        if self.is_data:
            return None
        for line in self.text.splitlines():
            line = line.strip()
            if line.startswith("package "):
                return line[len("package ") :].strip()
        return None

    @property
    def place(self) -> list[str]:
        return list(Path(self.bundle_path).parent.parts)

    def data_value(self):
        if self.path.name.endswith(".json"):
            return json.loads(self.text)
        return yaml.load(self.text, Loader=_YamlLoader)

    def rule_ids(self) -> list[str]:
        """`custom.id` values of the file's METADATA blocks."""
        return re.findall(r"^#\s+id:\s*([A-Za-z0-9_.-]+)\s*$", self.text, re.M)


def load_bundles(dirs: list[Path]) -> list[PolicyFile]:
    """Every policy and data file of the given bundles, later ones replacing
    earlier ones at the same bundle path; sorted by bundle path."""
    by_path: dict[str, PolicyFile] = {}
    for root in dirs:
        root = root.resolve()
        if not root.is_dir():
            raise SystemExit(f"not a folder: {root}")
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                if name.startswith("."):
                    continue
                if not (name.endswith(".rego") or name in DATA_NAMES):
                    continue
                path = Path(dirpath) / name
                rel = path.relative_to(root).as_posix()
                by_path[rel] = PolicyFile(path, root, rel, path.read_text(encoding="utf-8"))
    return [by_path[k] for k in sorted(by_path)]


@dataclass
class CompileProblem:
    file: str
    line: int | None
    message: str


@dataclass
class LoadedEngine:
    engine: OpaEngine
    policies: list[PolicyFile]  # the rego files that compiled and are loaded
    excluded: list[PolicyFile] = field(default_factory=list)
    problems: list[CompileProblem] = field(default_factory=list)


_ERR_RX = re.compile(r"(?P<file>[^\s:]+\.rego):(?P<line>\d+): (?P<msg>rego_\w+: .*)")


def _parse_errors(message: str) -> list[CompileProblem]:
    found = []
    for m in _ERR_RX.finditer(message):
        found.append(CompileProblem(m.group("file"), int(m.group("line")), m.group("msg").strip()))
    return found


def build_engine(files: list[PolicyFile], with_tests: bool) -> LoadedEngine:
    """An OPA engine holding the data files and policies (tests only if asked).

    Parse errors are caught per file when it is added; compile (type, safety,
    recursion...) errors surface when the first query is prepared, for the
    whole bundle, so the files they name are dropped and the rest is compiled
    again, until the remainder compiles. Every error is kept in `problems`.
    """
    data_files = [f for f in files if f.is_data]
    rego = [f for f in files if not f.is_data and (with_tests or not f.is_test)]
    problems: list[CompileProblem] = []
    excluded: list[PolicyFile] = []
    by_display = {f.display: f for f in rego}

    for _ in range(len(rego) + 1):
        engine = OpaEngine()
        for f in data_files:
            value = f.data_value()
            if value is None:
                continue
            engine.add_data(value, path=".".join(f.place))
        loaded = []
        for f in rego:
            try:
                engine.add_policy(f.display, f.text)
                loaded.append(f)
            except OpaError as e:
                errs = _parse_errors(e.message) or [CompileProblem(f.display, None, e.message)]
                problems.extend(errs)
                excluded.append(f)
        rego = loaded
        try:
            engine.eval_query("x := 1")
            return LoadedEngine(engine, rego, excluded, problems)
        except OpaError as e:
            errs = _parse_errors(e.message)
            bad = {p.file for p in errs if p.file in by_display}
            if not bad:
                problems.append(CompileProblem("(bundle)", None, e.message))
                engine.close()
                return LoadedEngine(OpaEngine(), [], excluded + rego, problems)
            problems.extend(errs)
            excluded.extend(f for f in rego if f.display in bad)
            rego = [f for f in rego if f.display not in bad]
            engine.close()
    raise RuntimeError("compile loop did not settle")


def reporting_packages(policies: list[PolicyFile]) -> list[str]:
    """Packages of non-test policy files, sorted (each may hold deny/violation/warn)."""
    return sorted({f.package for f in policies if f.package and not f.is_test})


def deny_sets(document: dict, packages: list[str]) -> dict[tuple[str, str], list]:
    """(package, set) -> list of findings, read from an evaluated `data`
    document, for every reporting set that is defined."""
    out = {}
    for package in packages:
        node = document
        for seg in package.split("."):
            node = node.get(seg) if isinstance(node, dict) else None
            if node is None:
                break
        if not isinstance(node, dict):
            continue
        for s in REPORTING_SETS:
            if s in node:
                out[(package, s)] = node[s]
    return out


def eval_inputs_dir() -> Path:
    return ROOT / "target" / "eval-inputs"
