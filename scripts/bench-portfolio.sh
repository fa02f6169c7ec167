#!/usr/bin/env bash
# Many models at once: `threats FOLDER` over 100 sample-sized models (the samples, copied
# round-robin), on one core (taskset -c 0) and on every core; median wall of 5 runs each.
# Usage: scripts/bench-portfolio.sh [binary]   (default: a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  swift build -c release --static-swift-stdlib --product scp-dfd >/dev/null
  bin=.build/release/scp-dfd
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
samples=(samples/*.dfd)
for i in $(seq 0 99); do
  cp "${samples[$((i % ${#samples[@]}))]}" "$dir/model-$i.dfd"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() { /usr/bin/time -f %e "$@" threats "$dir" >/dev/null 2>>"$dir.times" || true; }
for label in "one core" "every core ($(nproc))"; do
  : >"$dir.times"
  for _ in 1 2 3 4 5; do
    if [ "$label" = "one core" ]; then run taskset -c 0 "$bin"; else run "$bin"; fi
  done
  echo "$label: $(grep -E '^[0-9.]+$' "$dir.times" | median) s"
done
rm -f "$dir.times"
