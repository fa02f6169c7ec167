#!/usr/bin/env bash
# Fuzzes the model loader (lexer, parser, includes, resolver), the diagnostic renderer and the
# catalogue loader with libFuzzer under AddressSanitizer.
#
#   scripts/fuzz.sh [SECONDS] [LIBFUZZER-OPTION...]     (default 60 s; 0 = until stopped)
#   scripts/fuzz.sh 0 -runs=1000000                      (a fixed number of executions)
#
# The build goes to .build-fuzz (ignored by git). The working corpus .build-fuzz/corpus grows
# across runs; it starts from Fuzz/seeds, samples/, the test fixtures and the built-in catalogue.
# Crashes, leaks and timeouts land in .build-fuzz/artifacts/; replay one with an ordinary build:
#   swift run DFDFuzz .build-fuzz/artifacts/crash-...
# and add it to Tests/FuzzRegressions/ (EndToEndTests replays every file there).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

swift build -c release --product DFDFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DSCP_DFD_FUZZER \
  -Xcc -fsanitize=fuzzer-no-link,address 2>&1 | { grep -v "warning: Cannot export local symbol" || true; } >&2

seeds=.build-fuzz/seeds
rm -rf "$seeds"
mkdir -p "$seeds" .build-fuzz/corpus .build-fuzz/artifacts
index=0
for file in Fuzz/seeds/* samples/*.dfd Tests/*/Fixtures/*/*.dfd Tests/FuzzRegressions/* \
  Sources/ThreatEngine/Resources/*.yaml; do
  [ -f "$file" ] || continue
  index=$((index + 1))
  cp "$file" "$seeds/$index-$(basename "$file")"
done

# The Swift runtime's own backtracer would fight ASan's reports; libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1:malloc_context_size=5}"
# Progress lines (NEW, REDUCE) are dropped; pulses, findings and the final statistics stay.
set +e
.build-fuzz/release/DFDFuzz .build-fuzz/corpus "$seeds" \
  -dict=Fuzz/dfd.dict -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/ -max_total_time="$seconds" "$@" \
  2>&1 | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE)'
status=${PIPESTATUS[0]}
[ "$status" = 0 ] || echo "fuzz.sh: the fuzzer stopped with status $status; see .build-fuzz/artifacts/" >&2
exit "$status"
