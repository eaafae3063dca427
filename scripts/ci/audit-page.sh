#!/usr/bin/env bash
# The audit page in headless Chromium: what a board reads, on screen and on
# paper. Installs what it needs itself: Debian's chromium and poppler-utils
# (pdftotext), and axe-core and playwright-core pinned from npm into
# target/audit-page-tools. Leaves the page, its screenshots (desktop and
# 400 px), axe's results and the PDF in target/audit-page.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null; }
fi
tools=target/audit-page-tools
if [ ! -f "$tools/node_modules/axe-core/axe.min.js" ] || [ ! -d "$tools/node_modules/playwright-core" ]; then
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"private": true}' > "$tools/package.json"
  npm install --prefix "$tools" --no-audit --no-fund --silent \
    axe-core@4.14.1 playwright-core@1.65.1
fi

out=target/audit-page
rm -rf "$out" && mkdir -p "$out"

echo "-- the page renders its heat map (cargo test --test audit_html)"
WGLL_AUDIT_PAGE_DIR="$PWD/$out" cargo test --locked --test audit_html -- --ignored

echo "-- axe-core, reflow, keyboard and screenshots"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node scripts/ci/audit-page.mjs "$out/audit.html" "$out" "$tools"

echo "-- printed to PDF: every repository and finding is in its text"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --no-pdf-header-footer \
  --print-to-pdf="$PWD/$out/audit.pdf" "file://$PWD/$out/audit.html" 2>/dev/null
pdftotext -raw "$out/audit.pdf" "$out/audit.txt"
pdftotext -f 1 -l 1 -layout "$out/audit.pdf" "$out/audit-page-1.txt"
python3 scripts/ci/audit-pdf-check.py "$out/audit.json" "$out/audit.txt" "$out/audit.pdf"
