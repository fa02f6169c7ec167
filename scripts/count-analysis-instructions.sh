#!/usr/bin/env bash
# Counts the instructions `scp-dfd threats` executes building the diagram's index and analysing
# it (and before and between), with callgrind: unlike time, the counts do not depend on the
# machine's load.
#
# usage: scripts/count-analysis-instructions.sh [--elements N] [--seed S] [--binary PATH]
#                                               [--without-triage]
#
# Generates a model with scripts/generate-model.py (default --elements 10000 --seed 1), uses
# the release binary (or --binary, e.g. an older build), copies it without debug information
# (valgrind 3.19 cannot read Swift's DWARF 5), runs it under callgrind with a dump before and
# after building the index and the analysis, stops it once the analysis is dumped (rendering is
# not counted) and prints the counts. Takes a few minutes. --without-triage drops the model's
# `threat` statements (so that builds before the `index` phase index inside the analysis).
set -euo pipefail

elements=10000
seed=1
binary=""
triage=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --elements) elements="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --without-triage) triage=no; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
binary="${binary:-$root/.build/release/scp-dfd}"
python3 "$root/scripts/generate-model.py" --elements "$elements" --seed "$seed" > "$work/model.dfd"
if [[ "$triage" == no ]]; then
  grep -v '^threat ' "$work/model.dfd" > "$work/bare.dfd" || true
  mv "$work/bare.dfd" "$work/model.dfd"
fi
strip --strip-debug -o "$work/scp-dfd" "$binary"

# The analysis proper: building the `ModelIndex` (in `prepare`, which builds since the `index`
# phase run during loading, and older builds ran during loading for the stale-triage check or
# inside the analysis) and `Analyzer.analyze` on the prepared diagram. Dumps before and after
# each; callgrind may miss the entry of `analyze` (a tail call), so the analysis is counted from
# the end of the index (which includes the stale-triage check: a few thousand instructions for
# model-specific threats).
nm "$work/scp-dfd" > "$work/symbols.txt"
# The initialiser itself (`...ImplicationVtcfC...`), not the closures inside it (`...Vtcfc...`).
index_function="$(awk '$3 ~ /ThreatEngine10ModelIndexV7diagram10vocabulary11implication.*ImplicationVtcfC/ { print $3; exit }' "$work/symbols.txt")"
analyse_function="$(awk '$3 ~ /ThreatEngine8AnalyzerV7analyzeyAA8AnalysisVAA15PreparedDiagramVF$/ { print $3; exit }' "$work/symbols.txt")"
if [[ -z "$index_function" || -z "$analyse_function" ]]; then
  echo "no ModelIndex or analysis entry point found in $binary" >&2
  exit 2
fi
options=()
for function in "$index_function" "$analyse_function"; do
  options+=("--dump-before=$function" "--dump-after=$function")
done

valgrind --tool=callgrind --callgrind-out-file="$work/out" "${options[@]}" \
  "$work/scp-dfd" threats "$work/model.dfd" --format csv > /dev/null 2> "$work/valgrind.txt" &
pid=$!
# Each dump names its trigger; callgrind writes no dump for a part without instructions, so the
# parts are told apart by trigger rather than by number.
dump() { grep -l -- "^desc: Trigger: --dump-$1=$2\$" "$work"/out.* 2> /dev/null | head -1; }
while [[ -z "$(dump after "$analyse_function")" ]] && kill -0 "$pid" 2> /dev/null; do sleep 1; done
sleep 1
kill "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true

count() { [[ -n "$1" ]] && callgrind_annotate "$1" 2> /dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }'; }
before="$(count "$(dump before "$index_function")")"
index="$(count "$(dump after "$index_function")")"
analysis="$(count "$(dump after "$analyse_function")")"
echo "model: --elements $elements --seed $seed, triage: $triage"
echo "instructions before the index (catalogue, load): ${before:-?}"
echo "instructions building the index:                  ${index:-?}"
echo "instructions in the analysis (since the index):   ${analysis:-?}"
echo "index + analysis:                                  $(( ${index:-0} + ${analysis:-0} ))"
