#!/usr/bin/env bash
# Benchmarks `scp-dfd report` on the project generator's models (docs/performance.md, "Reports").
# Usage: scripts/bench-report.sh [runs]   (default 5; needs GNU time at /usr/bin/time)
# Prints the median wall, user CPU and peak memory of `report` (HTML and Markdown) and of
# `render` (the Graphviz layout inside it) on the 1,000-element model, and the output sizes
# for 100 and 1,000 elements to show that they grow linearly. `report` also runs pinned to one
# core (taskset: a big layout runs in a child process beside it), and one run prints its phases
# (the hidden --timings flag).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 100 1000; do python3 scripts/generate-model.py --elements $n --seed 7 > "$work/m$n.dfd"; done
swift build -c release --product scp-dfd > /dev/null
bin=.build/release/scp-dfd
export SOURCE_DATE_EPOCH=1700000000

# median of column $1 in file $2
median() { sort -n -k"$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { print v[int((NR + 1) / 2)] }'; }

bench() { # label, then the command
  local label=$1; shift
  : > "$work/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e s %U u %M KB" -a -o "$work/times" "$@" > /dev/null
  done
  printf '%-28s median %s s wall, %s s user, %s KB peak (%s runs)\n' "$label" \
    "$(median 1 "$work/times")" "$(median 3 "$work/times")" "$(median 5 "$work/times")" "$runs"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
bench "render (layout) 1,000" $bin render "$work/m1000.dfd" -o "$work/r.svg"
bench "report html 1,000" $bin report "$work/m1000.dfd" -o "$work/r.html"
bench "report markdown 1,000" $bin report "$work/m1000.dfd" -o "$work/r.md"
if command -v taskset > /dev/null; then
  bench "report html, one core" taskset -c 0 $bin report "$work/m1000.dfd" -o "$work/r.html"
  bench "report markdown, one core" taskset -c 0 $bin report "$work/m1000.dfd" -o "$work/r.md"
fi
$bin report "$work/m1000.dfd" -o "$work/r.html" --timings

for n in 100 1000; do
  $bin report "$work/m$n.dfd" -o "$work/s$n.html"
  $bin report "$work/m$n.dfd" -o "$work/s$n.md"
  findings=$(grep -c '<tr id="finding-' "$work/s$n.html")
  printf '%5s elements, %6s findings: html %9s bytes, markdown %9s bytes, svg %9s bytes\n' \
    "$n" "$findings" "$(wc -c < "$work/s$n.html")" "$(wc -c < "$work/s$n.md")" \
    "$(wc -c < "$work/s$n.svg")"
done
