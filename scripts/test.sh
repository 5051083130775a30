#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run's first stage): install what is missing, build every
# target, run every test, then the layout sweep. The ASan + UBSan run of the suite is a stage of its
# own after it (scripts/test-sanitizers.sh, which .ci/run runs): it rebuilds everything once more.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-torch
scripts/build.sh
echo "== scatterboard: test suite (build/)"
(cd build && ctest --output-on-failure -j2 -LE layout-sweep)
# The layout test over 200 random layers besides the presets (the suite draws a sample of 30).
echo "== scatterboard: layout sweep (every view of 200 random layers)"
(cd build && ctest --output-on-failure -L layout-sweep)
