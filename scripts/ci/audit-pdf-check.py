"""Every repository and every finding of an audit is in its printed PDF.

python3 audit-pdf-check.py AUDIT.json AUDIT.txt AUDIT.pdf: the JSON the page
was written from, the PDF's text (pdftotext -raw) and the PDF itself (for
its page size). Whitespace is compared loosely (the PDF wraps lines); a
message's Markdown backticks are shown as code, so they are left out.

The page writes a finding that several repositories share once, under its
rule in "Findings shared by several repositories", with the repositories it
affects (or every repository except a few); each repository's section keeps
its other findings and names the rules of its shared ones. So each finding
is looked for where the page must have put it: a shared one as its entry
(rule, severity, place, message, waived state and the list that names the
repository) in the shared findings, any other as its row in its
repository's section, which must also name the rules of its shared ones.
The grouping is worked out here from the JSON, independently of wgll.
"""

import json
import re
import subprocess
import sys

audit_path, text_path, pdf_path = sys.argv[1:4]
audit = json.load(open(audit_path, encoding="utf-8"))
repos = audit["repositories"]
n = len(repos)


def loose(s):
    return re.sub(r"\s+", "", s.replace("`", ""))


text = loose(open(text_path, encoding="utf-8").read())
# A table's header row is repeated on each page a long row runs onto.
for header in ["rule severity where finding repositories", "rule severity where finding"]:
    text = text.replace(loose(header), "")
missing = []


def key(f):
    return (f["rule"], f["severity"], f.get("file"), f.get("line"), f["message"], f.get("waived") is not None)


def row(k):
    rule, severity, file, line, message, waived = k
    place = file or ""
    if file and line is not None:
        place += f":{line}"
    return loose(f"{rule} {severity} {place} {message}" + (" (waived)" if waived else ""))


def names(indices):
    return ", ".join(repos[i]["name"] for i in indices)


def affected(members):
    if len(members) == n:
        return "every repository"
    if 2 * len(members) > n:
        spared = [i for i in range(n) if i not in set(members)]
        return f"every repository except these {len(spared)}: {names(spared)}"
    return f"{len(members)} repositories: {names(members)}"


# The same threshold as src/report/audit/shared.rs: 2, and 1% of the
# portfolio.
least = max(2, -(-n // 100))
groups = {}
for i, repo in enumerate(repos):
    for f in repo["findings"]:
        members = groups.setdefault(key(f), [])
        if not members or members[-1] != i:
            members.append(i)
shared = {k: v for k, v in groups.items() if len(v) >= least}
# The shared rules in the page's order: where to act first's, then the rest.
shared_rules = {k[0] for k in shared}
order = [g["rule"] for g in audit["gaps"] if g["rule"] in shared_rules]
order += sorted(shared_rules - set(order))

# Each repository's section starts with its name and path; the shared
# findings come before the first.
starts = []
at = 0
for repo in repos:
    found = text.find(loose(f"{repo['name']} path {repo['path']}"), at)
    if found < 0:
        missing.append(f"repository {repo['name']}")
        starts.append(at)
        continue
    starts.append(found)
    at = found + 1
heading = loose("Findings shared by several repositories A finding that")
shared_at = text.find(heading)
if shared and shared_at < 0:
    missing.append("the shared findings")
shared_text = text[shared_at : starts[0]] if shared_at >= 0 and repos else ""

findings = 0
entries_seen = {}
for i, repo in enumerate(repos):
    section = text[starts[i] : starts[i + 1] if i + 1 < n else len(text)]
    rules = []
    count = 0
    for f in repo["findings"]:
        findings += 1
        k = key(f)
        if k in shared:
            count += 1
            if k[0] not in rules:
                rules.append(k[0])
            if k not in entries_seen:
                entries_seen[k] = row(k) + loose(affected(shared[k])) in shared_text
            if not entries_seen[k]:
                missing.append(f"{repo['name']}: {f['rule']}: {f['message'][:60]} (shared)")
        elif row(k) not in section:
            missing.append(f"{repo['name']}: {f['rule']}: {f['message'][:60]}")
    if rules:
        rules.sort(key=order.index)
        lead = "Also affected by" if count < len(repo["findings"]) else "Affected by"
        line = (
            f"{lead} {count} finding{'s' if count != 1 else ''} shared with other repositories,"
            f" each written once under its rule in findings shared by several repositories: {', '.join(rules)}."
        )
        if loose(line) not in section:
            missing.append(f"{repo['name']}: the rules of its shared findings")

info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True).stdout
pages = re.search(r"Pages:\s+(\d+)", info)
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
print(f"PDF: {pages.group(1) if pages else '?'} pages, {size.group(0) if size else '?'}")
if size and float(size.group(1)) < float(size.group(2)):
    missing.append("the pages are not landscape")
print(
    f"{n} repositories and {findings} findings looked for"
    f" ({len(shared)} shared entries, for {sum(len(v) for v in shared.values())} of them)"
)
if missing:
    print("missing from the PDF:", *missing, sep="\n  ")
    sys.exit(1)
print("all present")
