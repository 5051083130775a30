#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures (once) and builds Scatterboard in ./build with two jobs: every target (the program, the
# tests, the benchmark), or only the targets named (scripts/run.sh: scripts/build.sh scatterboard).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
if (($#)); then
  cmake --build build -j2 --target "$@"
else
  cmake --build build -j2
fi
