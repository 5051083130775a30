#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The README's first command: install what running needs and is missing (not the test tools), build
# the program alone (not the tests and the benchmark), and open the visualizer on the built-in demo
# (or on the config file and options given). Without a display the program says so and prints the
# demo's output as JSON instead; `xvfb-run -a scripts/run.sh` opens the window on a virtual display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --run
scripts/build.sh --program
exec build/app/scatterboard "$@"
