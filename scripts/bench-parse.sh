#!/usr/bin/env bash
# Benchmark parse + resolve: `scp-dfd check` on a generated model, release build.
#
#   scripts/bench-parse.sh [ELEMENTS] [RUNS]      # defaults: 10000 elements, 5 runs
#
# Generates the model with scripts/generate-model.py (seed 1), builds the release binary, runs
# `check` RUNS times on it, on the same model without its `threat` statements, and on a one-line
# model (process start and loading the built-in catalogue), and prints the median wall-clock
# time, CPU user time and max RSS of each. `check` analyses triage when a model has `threat`
# statements, so the model without them minus the one-line model is the cost of parse + resolve. Not a test: timings depend on the
# machine and on what else runs on it, so the load average is printed too. Needs python3 and GNU
# time (/usr/bin/time, Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

elements=${1:-10000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 scripts/generate-model.py --elements "$elements" --seed 1 > "$work/model.dfd"
grep -v '^threat ' "$work/model.dfd" > "$work/nothreats.dfd"
echo 'model "baseline"' > "$work/baseline.dfd"
# SCP_DFD_BINARY=path measures another build (an older one, say) instead of building this one.
binary=${SCP_DFD_BINARY:-.build/release/scp-dfd}
if [ -z "${SCP_DFD_BINARY:-}" ]; then swift build -c release --product scp-dfd >&2; fi

# Runs `check` on $1 RUNS times; prints "wall user sys maxrss_kb" per run.
measure() {
  for _ in $(seq "$runs"); do
    if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$binary" check "$1" \
      > /dev/null 2> "$work/stderr"; then
      echo "scp-dfd check $1 failed:" >&2
      cat "$work/stderr" >&2
      exit 1
    fi
    cat "$work/time"
  done
}

# The median of column $1 of standard input.
median() {
  awk -v column="$1" '{ print $column }' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

measure "$work/model.dfd" > "$work/model.times"
measure "$work/nothreats.dfd" > "$work/nothreats.times"
measure "$work/baseline.dfd" > "$work/baseline.times"

model_user=$(median 2 < "$work/nothreats.times")
baseline_user=$(median 2 < "$work/baseline.times")
flows=$(grep -c -e '->' -e '<->' "$work/model.dfd" || true)

echo "model:    $elements elements, $flows flow statements, $(wc -c < "$work/model.dfd") bytes"
echo "machine:  $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after the runs"
echo "runs:     $runs of each; medians"
printf '%-10s %8s %8s %8s %10s\n' "" "wall s" "user s" "sys s" "max RSS MB"
for name in model nothreats baseline; do
  file="$work/$name.times"
  printf '%-10s %8s %8s %8s %10.1f\n' "$name" "$(median 1 < "$file")" "$(median 2 < "$file")" \
    "$(median 3 < "$file")" "$(median 4 < "$file" | awk '{ print $1 / 1024 }')"
done
echo "parse + resolve (user, nothreats - baseline): $(awk -v a="$model_user" -v b="$baseline_user" 'BEGIN { printf "%.2f", a - b }') s"
