#!/usr/bin/env python3
"""Builds wgll's bundled SPDX licence list data from the npm package
spdx-license-list, pinned by version and integrity.

    python3 scripts/spdx/build.py [--out policies/wgll/spdx/data.json]

Fetches the package with `npm pack` (the npm registry's ordinary client),
checks its integrity against the pin, and keeps of its `spdx.json` each
licence identifier and whether the Open Source Initiative approves it. The
SPDX License List is CC0-1.0, as is the package. The bundle loader makes the
output `data.wgll.spdx`; SF-05 judges `open_source.licence` by it.

Standard library only (Python 3.11) plus npm.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import pathlib
import subprocess
import tarfile
import tempfile

PACKAGE = "spdx-license-list"
VERSION = "6.12.0"
INTEGRITY = "sha512-+nUYqm3aZMSHbjsthK+i/HHI2okTElCvqwUd4k8QcSk+FTGgjq+fsdFj2wZOaX6XmR2JdWhf/NeflNnvKOjcnQ=="
DEFAULT_OUT = pathlib.Path(__file__).resolve().parents[2] / "policies/wgll/spdx/data.json"


def fetch(work: pathlib.Path) -> pathlib.Path:
    """The package tarball, packed into `work` and checked against the pin."""
    name = subprocess.run(
        ["npm", "pack", "--silent", f"{PACKAGE}@{VERSION}"],
        cwd=work, check=True, capture_output=True, text=True,
    ).stdout.strip().splitlines()[-1]
    tarball = work / name
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != INTEGRITY:
        raise SystemExit(f"{tarball.name}: integrity {digest} is not the pinned {INTEGRITY}")
    return tarball


def build(tarball: pathlib.Path) -> dict:
    with tarfile.open(tarball) as tar:
        member = tar.extractfile("package/spdx.json")
        if member is None:
            raise SystemExit("package/spdx.json is missing from the package")
        licences = json.load(member)
    return {
        "source": f"npm {PACKAGE} {VERSION} ({INTEGRITY})",
        "licence": "CC0-1.0 (the SPDX License List)",
        "ids": sorted(licences),
        "osi_approved": sorted(k for k, v in licences.items() if v.get("osiApproved") is True),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        data = build(fetch(pathlib.Path(work)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(data['ids'])} licences, {len(data['osi_approved'])} OSI-approved")


if __name__ == "__main__":
    main()
