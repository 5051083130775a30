#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures and builds Scatterboard in ./build with two jobs.
#   build.sh --program   the program alone (scripts/run.sh): configured without the tests, so it
#                        needs only the run group of scripts/install-deps.sh
#   build.sh [TARGET...] every target (the program, the tests, the benchmark), or the ones named;
#                        configures the tests in, which needs the test group too
set -euo pipefail
cd "$(dirname "$0")/.."
testing=ON
if [[ "${1:-}" == "--program" ]]; then
  shift
  set -- scatterboard "$@"
  # A build folder that already has the tests keeps them: building the program there is the same.
  testing=OFF
  grep -qs '^BUILD_TESTING:BOOL=ON' build/CMakeCache.txt && testing=ON
fi
# Unity batches: a fresh build of the program takes 90 s here instead of 200 s (2 cores, no ccache).
# The sanitizer build (scripts/test-sanitizers.sh) uses unity batches too, to keep CI within 30 min;
# a developer's build without -DCMAKE_UNITY_BUILD (CONTRIBUTING.md) checks that every file still
# includes what it uses. A folder configured with another BUILD_TESTING is configured again, in place.
if [[ ! -f build/build.ninja ]] || ! grep -qs "^BUILD_TESTING:BOOL=$testing\$" build/CMakeCache.txt; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON -DBUILD_TESTING=$testing >/dev/null
fi
if (($#)); then
  cmake --build build -j2 --target "$@"
else
  cmake --build build -j2
fi
