#!/usr/bin/env bash
# Benchmarks `scp-dfd render` against Graphviz's `dot` on the same DOT (docs/performance.md,
# "render against dot"). Usage: scripts/bench-render.sh [rounds]   (default 7)
# For street-lighting and the generator's 100-, 300- and 1,000-element models: writes the DOT
# with `render -o m.dot`, then times `render -o m.svg` and `dot -Tsvg m.dot` interleaved
# (scripts/interleave.py: medians, each model's ratio against its `dot` run), then prints one
# run's phases (`render --timings`: catalogue, load, view with the analysis, draw, write).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --product scp-dfd > /dev/null
bin=.build/release/scp-dfd
cp samples/street-lighting.dfd "$work/street-lighting.dfd"
models=("$work/street-lighting.dfd")
for n in 100 300 1000; do
  python3 scripts/generate-model.py --elements $n --seed 7 > "$work/m$n.dfd"
  models+=("$work/m$n.dfd")
done
for model in "${models[@]}"; do
  "$bin" render "$model" -o "${model%.dfd}.dot"
  echo "== $(basename "$model" .dfd)"
  python3 scripts/interleave.py "$rounds" "$bin render $model -o ${model%.dfd}.svg" \
    "dot -Tsvg ${model%.dfd}.dot -o ${model%.dfd}-dot.svg" | sed 's/ratio-to-last/ratio to dot/'
  "$bin" render "$model" -o "${model%.dfd}.svg" --timings 2>&1 | grep '^timing:'
done
