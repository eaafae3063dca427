"""Every repository and every finding of an audit is in its printed PDF.

python3 audit-pdf-check.py AUDIT.json AUDIT.txt AUDIT.pdf: the JSON the page
was written from, the PDF's text (pdftotext -raw) and the PDF itself (for
its page size). Whitespace is compared loosely (the PDF wraps lines); a
message's Markdown backticks are shown as code, so they are left out.
"""

import json
import re
import subprocess
import sys

audit_path, text_path, pdf_path = sys.argv[1:4]
audit = json.load(open(audit_path, encoding="utf-8"))


def loose(s):
    return re.sub(r"\s+", "", s.replace("`", ""))


text = loose(open(text_path, encoding="utf-8").read())
missing = []
findings = 0
for repo in audit["repositories"]:
    if loose(repo["name"]) not in text:
        missing.append(f"repository {repo['name']}")
    for f in repo["findings"]:
        findings += 1
        # The rule and its message (the first 80 characters: enough to tell
        # findings apart, short of a page break inside a long one).
        if loose(f["message"])[:80] not in text:
            missing.append(f"{repo['name']}: {f['rule']}: {f['message'][:60]}")
info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
pages = re.search(r"Pages:\s+(\d+)", info)
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
print(f"PDF: {pages.group(1) if pages else '?'} pages, {size.group(0) if size else '?'}")
if size and float(size.group(1)) < float(size.group(2)):
    missing.append("the pages are not landscape")
print(f"{len(audit['repositories'])} repositories and {findings} findings looked for")
if missing:
    print("missing from the PDF:", *missing, sep="\n  ")
    sys.exit(1)
print("all present")
