#!/bin/sh
# Layout figures for docs/diagrams.md: renders every sample and generated 30-, 100- and
# 300-element models to SVG and prints scripts/layout-metrics.py's counts and figures for each.
#
# Usage: scripts/diagram-figures.sh [scp-dfd binary] [output folder]
set -eu
binary=${1:-.build/debug/scp-dfd}
out=${2:-/tmp/diagram-figures}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
for model in samples/*.dfd; do
  name=$(basename "$model" .dfd)
  "$binary" render "$model" -o "$out/$name.svg" >/dev/null 2>&1 || true
done
for n in 30 100 300; do
  python3 "$here/generate-model.py" --elements "$n" --seed 7 >"$out/generated-$n.dfd"
  "$binary" render "$out/generated-$n.dfd" -o "$out/generated-$n.svg" >/dev/null 2>&1 || true
done
cd "$out"
for svg in *.svg; do python3 "$here/layout-metrics.py" "$svg"; done
