#!/usr/bin/env bash
# The README's second command (and .ci/run's): install what is missing, build, run every test, then
# every test again under the sanitizers (scripts/test-sanitizers.sh) unless SB_SANITIZERS=0.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-torch
scripts/build.sh
echo "== scatterboard: test suite (build/)"
(cd build && ctest --output-on-failure -j2)
# Then the same suite under ASan and UBSan, unless SB_SANITIZERS=0 (it rebuilds everything once).
if [[ "${SB_SANITIZERS:-1}" != 0 ]]; then
  echo "== scatterboard: test suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/;" \
       "SB_SANITIZERS=0 skips it)"
  scripts/test-sanitizers.sh
fi
