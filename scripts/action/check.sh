#!/usr/bin/env bash
# The action's check step. wgll itself writes the annotations (format
# github), and, asked with --github-step, the job summary
# ($GITHUB_STEP_SUMMARY) and the counts ($GITHUB_OUTPUT); this script turns
# inputs into arguments, records the SARIF path and keeps wgll's exit status
# (0 passed, 1 failed, 2 could not check). When the check could not run it
# says so in an error annotation and the job summary; with soft-fail, a
# failed check (exit 1) is reported without failing the step.
set -uo pipefail
args=(check --github-step --format "${WGLL_FORMAT:-github}" --fail-on "${WGLL_FAIL_ON:-error}")
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

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
path=${WGLL_PATH:-.}
# stderr is shown as it comes and kept, to quote when the check cannot run.
wgll "${args[@]}" "$path" 2> >(tee "$errors" >&2)
status=$?
wait

# After exit 2 no report was written; a file left from before is not one.
if [ "$status" -ne 2 ] && [ -n "${WGLL_SARIF:-}" ] && [ -f "$WGLL_SARIF" ]; then
  echo "sarif-file=$WGLL_SARIF" >> "$GITHUB_OUTPUT"
else
  echo "sarif-file=" >> "$GITHUB_OUTPUT"
fi

case "$status" in
  0) ;;
  1)
    if [ "${WGLL_SOFT_FAIL:-false}" = true ]; then
      echo "::warning title=wgll::the check found problems; soft-fail is set, so the step passes"
      status=0
    fi
    ;;
  *)
    # wgll's message (the line miette marks with ×) as the annotation, at
    # the place it labels when there is one; newlines and % escaped as
    # workflow commands need.
    first=$(sed -n 's/^[[:space:]]*×[[:space:]]*//p' "$errors" | head -n 1)
    if [ -z "$first" ]; then
      first=$(grep -m 1 -v '^[[:space:]]*$' "$errors" || true)
    fi
    first=${first:-wgll exited with status $status}
    escaped=$(printf '%s' "$first" | sed -e 's/%/%25/g' -e 's/\r/%0D/g')
    where=""
    place=$(sed -n 's/^.*╭─\[\(.*\):\([0-9][0-9]*\):\([0-9][0-9]*\)\]$/\1,\2,\3/p' "$errors" | head -n 1)
    if [ -n "$place" ]; then
      IFS=, read -r file line col <<< "$place"
      case "$path" in
        . | ./) ;;
        *) file="${path%/}/$file" ;;
      esac
      where=" file=${file#./},line=$line,col=$col,"
    fi
    echo "::error${where:- }title=wgll could not check $path::$escaped"
    name=$(basename "$(cd "$path" 2>/dev/null && pwd || printf '%s' "$path")")
    {
      echo "## wgll: $name ⚠️ the check could not run"
      echo
      echo "wgll stopped before judging anything (exit $status): no finding was reported, and nothing passed."
      echo
      echo '```text'
      sed -e 's/```/` ` `/g' "$errors"
      echo '```'
    } >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
    ;;
esac
exit "$status"
