#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures (once) and builds Scatterboard in ./build with two jobs: every target (the program, the
# tests, the benchmark), or only the targets named (scripts/run.sh: scripts/build.sh scatterboard).
set -euo pipefail
cd "$(dirname "$0")/.."
# Unity batches: a fresh build of the program takes 90 s here instead of 200 s (2 cores, no ccache).
# The sanitizer build (scripts/test-sanitizers.sh) uses unity batches too, to keep CI within 30 min;
# a developer's build without -DCMAKE_UNITY_BUILD (CONTRIBUTING.md) checks that every file still
# includes what it uses.
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON >/dev/null
if (($#)); then
  cmake --build build -j2 --target "$@"
else
  cmake --build build -j2
fi
