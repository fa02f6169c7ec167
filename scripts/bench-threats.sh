#!/usr/bin/env bash
# Benchmarks `scp-dfd threats` on a generated model and prints the median of each phase.
#
# usage: scripts/bench-threats.sh [--elements N] [--seed S] [--runs R] [--format table|json]
#                                 [--binary PATH] [--without-triage]
#
# Generates a model with scripts/generate-model.py, builds the release binary (or uses
# --binary, e.g. an older build to compare with; it must know --timings), runs
# `scp-dfd threats MODEL --timings` R times (output to /dev/null) and prints, per phase
# (catalogue, load, index, triage, analyse, render, write), the median wall and user CPU time,
# the median user CPU time and wall time of index + analyse (the analysis proper; it runs on
# two threads for a large model, so wall time is the one to compare), then the median peak RSS
# of the whole command and the load average before and after (the machine is shared, so user
# CPU time is the figure to compare). --without-triage drops the model's `threat` statements.
set -euo pipefail

elements=10000
seed=1
runs=5
format=table
binary=""
triage=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --elements) elements="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --format) format="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    --without-triage) triage=no; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 "$root/scripts/generate-model.py" --elements "$elements" --seed "$seed" > "$work/model.dfd"
if [[ "$triage" == no ]]; then
  # The generator writes each `threat` statement on a line of its own, from column 1.
  grep -v '^threat ' "$work/model.dfd" > "$work/bare.dfd" || true
  mv "$work/bare.dfd" "$work/model.dfd"
fi
if [[ -z "$binary" ]]; then
  (cd "$root" && swift build -c release --product scp-dfd >&2)
  binary="$root/.build/release/scp-dfd"
fi

echo "model: --elements $elements --seed $seed ($(wc -c < "$work/model.dfd") bytes), triage: $triage, format $format, $runs runs"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  # Exit status 1 (a --fail-on gate) cannot happen without --fail-on; anything else is an error.
  "$binary" threats "$work/model.dfd" --format "$format" --timings > /dev/null 2> "$work/run-$run.txt"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work" "$runs" <<'EOF'
import re, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
phases, rss = {}, []
for run in range(1, runs + 1):
    for line in open(f"{work}/run-{run}.txt"):
        match = re.match(r"timing: (\S+)\s+wall ([\d.]+) s user ([\d.]+) s", line)
        if match:
            phases.setdefault(match[1], []).append((float(match[2]), float(match[3])))
        match = re.match(r"timing: max-rss (\d+) MB", line)
        if match:
            rss.append(int(match[1]))
print(f"{'phase':<10} {'wall (median)':>14} {'user (median)':>14}   user per run")
for name, values in phases.items():
    wall = statistics.median(v[0] for v in values)
    user = statistics.median(v[1] for v in values)
    each = " ".join(f"{v[1]:.3f}" for v in values)
    print(f"{name:<10} {wall:>12.3f} s {user:>12.3f} s   {each}")
# The analysis proper: indexing the diagram and running the rules. Builds before the `index`
# phase existed index inside `analyse` (a model without `threat` statements) or inside `load`
# (a model with them, for the stale-triage check), so for them this is `analyse` alone.
sums = [sum(phases.get(name, [(0, 0)] * runs)[run][1] for name in ("index", "analyse"))
        for run in range(runs)]
each = " ".join(f"{value:.3f}" for value in sums)
label = "index + analyse" if "index" in phases else "analyse (no index phase)"
print(f"{label}: user (median) {statistics.median(sums):.3f} s   {each}")
# Wall time of the same phases: the analysis of a large model runs on up to two threads, whose
# user CPU time adds up, so wall time is the figure the speed target is about.
walls = [sum(phases.get(name, [(0, 0)] * runs)[run][0] for name in ("index", "analyse"))
         for run in range(runs)]
each = " ".join(f"{value:.3f}" for value in walls)
print(f"{label}: wall (median) {statistics.median(walls):.3f} s   {each}")
print(f"max RSS (median): {statistics.median(rss)} MB")
EOF
