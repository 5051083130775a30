#!/usr/bin/env bash
# The README's second command (and .ci/run's): install what is missing, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-torch
scripts/build.sh
cd build
ctest --output-on-failure -j2
