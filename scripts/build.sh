#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Configures (once) and builds Scatterboard in ./build with two jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f build/build.ninja ]] || cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j2
