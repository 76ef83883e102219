#!/usr/bin/env bash
# Runs the make targets named, one after the other, and prints how long each took and, at the
# end, all of them: `make test` is these steps, and its time is a budget (README, Tests).
set -uo pipefail
times=()
total=0
for step in "$@"; do
  start=$(date +%s)
  if ! make --no-print-directory "$step"; then
    echo "==> $step failed after $(( $(date +%s) - start )) s" >&2
    exit 1
  fi
  took=$(( $(date +%s) - start ))
  total=$(( total + took ))
  times+=("$(printf '%-15s %4d s' "$step" "$took")")
  echo "==> $step took $took s"
done
echo "==> Time per step:"
printf '    %s\n' "${times[@]}"
printf '    %-15s %4d s\n' total "$total"
