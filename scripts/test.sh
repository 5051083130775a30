#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's second command (and .ci/run's): install what is missing, build, run every test (and
# the layout sweep), then every test again under the sanitizers (scripts/test-sanitizers.sh) unless SB_SANITIZERS=0.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-torch
scripts/build.sh
echo "== scatterboard: test suite (build/)"
(cd build && ctest --output-on-failure -j2 -LE layout-sweep)
# The layout test over 200 random layers besides the presets (the suite draws a sample of 30).
echo "== scatterboard: layout sweep (every view of 200 random layers)"
(cd build && ctest --output-on-failure -L layout-sweep)
# Then the same suite under ASan and UBSan, unless SB_SANITIZERS=0 (it rebuilds everything once).
if [[ "${SB_SANITIZERS:-1}" != 0 ]]; then
  echo "== scatterboard: test suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/;" \
       "SB_SANITIZERS=0 skips it)"
  scripts/test-sanitizers.sh
fi
