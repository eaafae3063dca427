# Sourced by the CI scripts: `t=$(now)` before a step, `took "what" "$t"`
# after it prints the step's wall-clock time.
now() { date +%s%N; }
took() {
  local ms=$((($(now) - $2) / 1000000))
  printf '%s: %d.%02d s\n' "$1" $((ms / 1000)) $((ms % 1000 / 10))
}
