#!/usr/bin/env bash
# The action's check step. wgll itself writes the annotations (format
# github), the job summary ($GITHUB_STEP_SUMMARY) and the counts
# ($GITHUB_OUTPUT); this script turns inputs into arguments, records the
# SARIF path and keeps wgll's exit status (0 passed, 1 failed, 2 could not
# check).
set -uo pipefail
args=(check --format "${WGLL_FORMAT:-github}" --fail-on "${WGLL_FAIL_ON:-error}")
if [ -n "${WGLL_SARIF:-}" ]; then
  args+=(--sarif "$WGLL_SARIF")
fi
if [ -n "${WGLL_CONFIG:-}" ]; then
  args+=(--config "$WGLL_CONFIG")
fi
while IFS= read -r dir; do
  if [ -n "$dir" ]; then
    args+=(--policy "$dir")
  fi
done <<< "${WGLL_POLICY:-}"

wgll "${args[@]}" "${WGLL_PATH:-.}"
status=$?

# After exit 2 no report was written; a file left from before is not one.
if [ "$status" -ne 2 ] && [ -n "${WGLL_SARIF:-}" ] && [ -f "$WGLL_SARIF" ]; then
  echo "sarif-file=$WGLL_SARIF" >> "$GITHUB_OUTPUT"
else
  echo "sarif-file=" >> "$GITHUB_OUTPUT"
fi
exit "$status"
