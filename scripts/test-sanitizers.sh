#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds Scatterboard with AddressSanitizer and UndefinedBehaviorSanitizer (SCATTERBOARD_SANITIZE) in
# ./build-asan and runs the test suite there. UBSan halts on its first report; leaks are reported
# except the third-party ones in tests/sanitizers/lsan.supp (tests/CMakeLists.txt sets both).
# The fuzz test is left out: its target is always built with both sanitizers, and .ci/run's
# fuzzing stage runs it. So are the "capped" tests (tst_runaway_limits): they run the
# program under ulimit -v, where ASan's terabytes of shadow-memory reservation cannot even start.
# And the layout sweep: a check of geometry, which the suite's 30-layer sample runs under ASan. And
# the "emulated" test (the SSE2 build under qemu-user), where ASan's shadow memory is emulated too.
# And the "python" tests: they check the Python package against PyTorch through the program's
# command line, which the suite's own command-line tests already run under ASan; most of their
# time is PyTorch starting.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f build-asan/build.ninja ]]; then
  # -O1 -g1: sanitizers' usual optimisation (quick to build, still fast to run) with line numbers
  # in their reports. Unity batches like scripts/build.sh: file by file, this build alone took
  # about 15 of CI's minutes, and each file compiling by itself is the developers' build's check.
  cmake -S . -B build-asan -G Ninja -DSCATTERBOARD_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
fi
# The program and the tests, not the benchmark: it is timed in a Release build, never under ASan.
echo "== sanitizers: building build-asan"
cmake --build build-asan -j2 --target test_executables
echo "== sanitizers: running the suite (without the fuzz, capped, layout-sweep, emulated and python labels)"
cd build-asan
ctest --output-on-failure -j2 -LE "fuzz|capped|layout-sweep|emulated|python"
