#!/usr/bin/env bash
# Counts the instructions `scp-dfd threats` executes before the analysis (catalogue and load,
# including the stale-triage check) and in it, with callgrind: unlike time, the counts do not
# depend on the machine's load.
#
# usage: scripts/count-analysis-instructions.sh [--elements N] [--seed S] [--binary PATH]
#                                               [--without-triage]
#
# Generates a model with scripts/generate-model.py (default --elements 10000 --seed 1), uses
# the release binary (or --binary, e.g. an older build), copies it without debug information
# (valgrind 3.19 cannot read Swift's DWARF 5), runs it under callgrind with a dump before and
# after the analyse phase, stops it once the analysis is dumped (rendering is not counted) and
# prints both counts. Takes a few minutes. --without-triage drops the model's `threat`
# statements, so that loading makes no stale-triage check and the analysis indexes the diagram
# itself.
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
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# The analyse phase: the specialisation of PhaseTimer.measure that `threats` runs the analysis
# in (it returns an Analysis), so a build that prepares the diagram inside the phase is
# counted in full.
nm "$work/scp-dfd" > "$work/symbols.txt"
function="$(awk '$3 ~ /PhaseTimerV7measure.*ThreatEngine8AnalysisV/ { print $3; exit }' "$work/symbols.txt")"
if [[ -z "$function" ]]; then
  echo "no analyse phase found in $binary (does it know --timings?)" >&2
  exit 2
fi

valgrind --tool=callgrind --callgrind-out-file="$work/out" --dump-before="$function" \
  --dump-after="$function" "$work/scp-dfd" threats "$work/model.dfd" --format csv \
  > /dev/null 2> "$work/valgrind.txt" &
pid=$!
while [[ ! -s "$work/out.2" ]] && kill -0 "$pid" 2> /dev/null; do sleep 1; done
sleep 1
kill "$pid" 2> /dev/null || true
wait "$pid" 2> /dev/null || true

count() { callgrind_annotate "$1" 2> /dev/null | awk '/PROGRAM TOTALS/ { print $1 }'; }
echo "model: --elements $elements --seed $seed, triage: $triage"
echo "instructions before the analysis (catalogue, load): $(count "$work/out.1")"
echo "instructions in the analysis:                       $(count "$work/out.2")"
