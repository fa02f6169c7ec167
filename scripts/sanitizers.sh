#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, each in its own build folder
# (.build-asan, .build-tsan; ignored by git), so the normal .build stays as it is.
#
#   scripts/sanitizers.sh                 # both, whole suite
#   scripts/sanitizers.sh address         # one sanitizer
#   scripts/sanitizers.sh thread --filter 'GraphvizRendererTests|RenderTests'
#
# Extra arguments go to `swift test` (for example --filter). Exits non-zero if any run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
sanitizers=(address thread)
if [ $# -gt 0 ] && { [ "$1" = address ] || [ "$1" = thread ]; }; then
  sanitizers=("$1")
  shift
fi
# The Swift runtime's backtracer and the sanitizers' own reports must not fight over signals.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}"
failed=0
for sanitizer in "${sanitizers[@]}"; do
  scratch=".build-${sanitizer:0:1}san"
  echo "== swift test --sanitize=$sanitizer (build folder $scratch)"
  start=$(date +%s)
  swift test --sanitize="$sanitizer" --scratch-path "$scratch" "$@" 2>&1 | tee "$scratch.log" \
    | grep -E "^(✔|✘) Test run|error:|WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY:"
  status=${PIPESTATUS[0]}
  echo "== $sanitizer: exit $status after $(($(date +%s) - start)) s (full log: $scratch.log)"
  [ "$status" = 0 ] || failed=1
done
exit "$failed"
