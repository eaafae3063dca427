#!/usr/bin/env python3
"""Builds wgll's bundled end-of-life data from an endoflife.date export.

    python3 scripts/eol/build.py [EXPORT] [--out policies/wgll/eol/data.json]

EXPORT is a path or an http(s) URL of a JSON export of endoflife.date's
products (`{"source", "commit", "commit_date", "licence", "products": {id:
{"title", "releases": [{"releaseCycle", "eol", "eoas", "lts", ...}]}}}`);
by default the copy in /work/shared/eol. Only the products wgll's versions
observer can name from a version file or a `FROM` line are kept, and of
each release cycle only what the rules judge. The bundle loader makes the
output `data.wgll.eol`.

Standard library only (Python 3.11), so it runs anywhere the repository is
checked out.
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys
import urllib.request

DEFAULT_EXPORT = "/work/shared/eol/endoflife-date.json"
DEFAULT_OUT = pathlib.Path(__file__).resolve().parents[2] / "policies/wgll/eol/data.json"

# The products src/collect/observe/versions/ maps version files, tool names
# and container images to (endoflife.date's ids). A test there checks that
# every product it can name is in the bundled data.
PRODUCTS = [
    # Language runtimes and SDKs
    "nodejs", "python", "ruby", "go", "dotnet", "php", "deno", "bun", "rust",
    "elixir", "erlang", "perl",
    # Java distributions
    "eclipse-temurin", "amazon-corretto", "azul-zulu", "bellsoft-liberica",
    "microsoft-build-of-openjdk", "openjdk-builds-from-oracle", "oracle-jdk",
    # Build tools with images of their own
    "gradle", "apache-maven",
    # Infrastructure as code
    "terraform", "opentofu",
    # Container base images: operating systems
    "alpine-linux", "debian", "ubuntu", "amazon-linux", "centos",
    "rocky-linux", "almalinux", "fedora", "oracle-linux",
    # Servers and data stores with official images
    "nginx", "apache-http-server", "tomcat", "haproxy", "traefik",
    "postgresql", "mysql", "mariadb", "mongodb", "redis", "valkey",
    "memcached", "rabbitmq", "elasticsearch",
]

# Per release cycle: what the rules judge. `eol`/`eoas` are a date, or
# true/false where the project records only whether it has passed; `lts` is
# true, or the date the cycle became long-term support.
CYCLE_FIELDS = {"releaseCycle": "cycle", "eol": "eol", "eoas": "eoas", "lts": "lts"}

MIT = (
    "MIT License. Copyright (c) 2020 endoflife.date contributors. "
    "Permission is hereby granted, free of charge, to any person obtaining a copy "
    "of this software and associated documentation files (the \"Software\"), to deal "
    "in the Software without restriction, including without limitation the rights "
    "to use, copy, modify, merge, publish, distribute, sublicense, and/or sell "
    "copies of the Software, and to permit persons to whom the Software is "
    "furnished to do so, subject to the following conditions: The above copyright "
    "notice and this permission notice shall be included in all copies or "
    "substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", "
    "WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO "
    "THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND "
    "NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE "
    "FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, "
    "TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR "
    "THE USE OR OTHER DEALINGS IN THE SOFTWARE."
)


def load(where: str) -> dict:
    if where.startswith(("http://", "https://")):
        with urllib.request.urlopen(where, timeout=60) as response:  # noqa: S310
            return json.load(response)
    with open(where, encoding="utf-8") as f:
        return json.load(f)


def cut(export: dict) -> dict:
    products = export.get("products")
    if not isinstance(products, dict):
        sys.exit("the export has no `products` mapping")
    kept = {}
    missing = []
    for pid in PRODUCTS:
        product = products.get(pid)
        if product is None:
            missing.append(pid)
            continue
        cycles = []
        for release in product.get("releases", []):
            cycle = {
                short: release[long]
                for long, short in CYCLE_FIELDS.items()
                if long in release and release[long] is not None
            }
            if "cycle" in cycle:
                cycle["cycle"] = str(cycle["cycle"])
                cycles.append(cycle)
        kept[pid] = {"title": product.get("title", pid), "cycles": cycles}
    if missing:
        print(f"not in the export, left out: {', '.join(missing)}", file=sys.stderr)
    source = export.get("source", "endoflife-date/endoflife.date")
    if "://" not in source:
        source = f"https://github.com/{source}"
    return {
        "updated": export.get("commit_date"),
        "source": source,
        "commit": export.get("commit"),
        "licence": MIT,
        "products": kept,
    }


def render(data: dict) -> str:
    """Sorted keys, one release cycle a line: small, and diffs read well."""
    lines = ["{"]
    top = sorted(data)
    for i, key in enumerate(top):
        comma = "," if i < len(top) - 1 else ""
        if key != "products":
            lines.append(f"  {json.dumps(key)}: {json.dumps(data[key])}{comma}")
            continue
        lines.append('  "products": {')
        pids = sorted(data["products"])
        for j, pid in enumerate(pids):
            product = data["products"][pid]
            lines.append(f"    {json.dumps(pid)}: {{")
            lines.append('      "cycles": [')
            cycles = product["cycles"]
            for k, cycle in enumerate(cycles):
                end = "," if k < len(cycles) - 1 else ""
                lines.append(f"        {json.dumps(cycle, sort_keys=True)}{end}")
            lines.append("      ],")
            lines.append(f'      "title": {json.dumps(product["title"])}')
            lines.append("    }" + ("," if j < len(pids) - 1 else ""))
        lines.append("  }" + comma)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", nargs="?", default=DEFAULT_EXPORT,
                        help="the endoflife.date export: a path or an http(s) URL")
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT,
                        help="where to write the bundled data")
    args = parser.parse_args()
    data = cut(load(args.export))
    text = render(data)
    json.loads(text)  # the rendering is JSON, whatever the data held
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    cycles = sum(len(p["cycles"]) for p in data["products"].values())
    print(f"{args.out}: {len(data['products'])} products, {cycles} cycles, updated {data['updated']}")


if __name__ == "__main__":
    main()
