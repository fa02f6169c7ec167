#!/usr/bin/env bash
# From saving a model to the new picture in headless Chromium, under `serve`, for every sample
# (3 saves each), with a release build. Prints the median and the worst time.
# Usage: scripts/bench-serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product scp-dfd >/dev/null
swift build --build-tests >/dev/null
SCP_DFD_BINARY="$PWD/.build/release/scp-dfd" SCP_DFD_SERVE_SAMPLES=all \
  swift test --skip-build --filter ServeBrowserTests 2>&1 | grep -E "serve in chromium|passed|failed"
