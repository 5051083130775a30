#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run's first stage): install what is missing, build every
# target, run the test suite, then the layout sweep. .ci/run's own stages follow it: the README's
# first command on a brand-new Debian 12 (scripts/check-fresh-machine.sh), the suite under ASan +
# UBSan (scripts/test-sanitizers.sh) and fuzzing (tests/fuzz/run_fuzzer.sh, whose clang build is
# made there only: the suite's tst_nasty_configs reads every file of the fuzz corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
echo "== scatterboard: test suite (build/)"
(cd build && ctest --output-on-failure -j2 -LE "layout-sweep|fuzz")
# The layout test over 200 random layers besides the presets (the suite draws a sample of 30).
echo "== scatterboard: layout sweep (every view of 200 random layers)"
(cd build && ctest --output-on-failure -L layout-sweep)
