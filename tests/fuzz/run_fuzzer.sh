#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds tests/fuzz/config_fuzzer with clang (libFuzzer + ASan + UBSan) into BUILD_DIR, reusing an
# earlier build, then fuzzes the config and .npy parsers for a fixed number of runs from a scratch
# copy of the committed corpus. Exits non-zero on any finding; the failing input is saved as
# BUILD_DIR/artifacts/crash-* (or leak-*, oom-*, timeout-*) and the command to replay it is printed.
#   tests/fuzz/run_fuzzer.sh [BUILD_DIR] [RUNS]     (defaults: build-fuzz, 30000: 30-45 s here)
# With SB_FUZZ_SECONDS=N it fuzzes for N seconds instead of a number of runs (.ci/run's longer
# stage), still from seed 1.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(realpath -m "${1:-$here/../../build-fuzz}")"
runs="${2:-${SB_FUZZ_RUNS:-30000}}"

# libFuzzer ships with clang's runtime libraries (Debian: clang + libclang-rt-14-dev). Missing
# tools fail the test rather than skip it.
cxx="${SB_FUZZ_CXX:-clang++}"
if ! command -v "$cxx" >/dev/null; then
  echo "run_fuzzer: $cxx not found; scripts/install-deps.sh installs clang and libFuzzer" >&2
  exit 1
fi
if [[ ! -f "$("$cxx" -print-file-name=libclang_rt.fuzzer-x86_64.a 2>/dev/null)" && \
      ! -f "$("$cxx" -print-runtime-dir 2>/dev/null)/libclang_rt.fuzzer-x86_64.a" ]]; then
  echo "run_fuzzer: $cxx has no libFuzzer runtime; scripts/install-deps.sh installs libclang-rt-14-dev" >&2
  exit 1
fi

echo "== fuzz: building config_fuzzer with $cxx in $build"
start=$SECONDS
mkdir -p "$build"
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$here/clang" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 1; }
fi
cmake --build "$build" -j2
echo "== fuzz: built in $((SECONDS - start)) s"

# libFuzzer adds the inputs it finds interesting to the first corpus directory: give it a copy.
scratch="$build/corpus-run"
rm -rf "$scratch" "$build/artifacts"
mkdir -p "$scratch" "$build/artifacts"
cp "$here"/corpus/* "$scratch"/

if [[ -n "${SB_FUZZ_SECONDS:-}" ]]; then
  limit=(-max_total_time="$SB_FUZZ_SECONDS")
  what="$SB_FUZZ_SECONDS seconds"
else
  limit=(-runs="$runs")
  what="$runs runs"
fi
echo "== fuzz: $what, seed 1, from $(ls "$here/corpus" | wc -l) corpus files"
start=$SECONDS
# detect_leaks stays on: the parsers must not leak. -max_len 12288 bounds inputs (large enough for
# the presets and the model fixtures in the corpus); -timeout 10 makes a hang a finding; -rss_limit_mb 2048 makes a huge allocation one.
set +e
ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1" \
UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
"$build/config_fuzzer" "${limit[@]}" -seed=1 -max_len=12288 -timeout=10 -rss_limit_mb=2048 \
  -dict="$here/config.dict" -artifact_prefix="$build/artifacts/" -print_final_stats=1 \
  "$scratch" >"$build/fuzz.log" 2>&1
status=$?
set -e
# The progress lines (NEW, REDUCE, pulse) are in the log; the summary and any report are shown.
grep -v -E "^#[0-9]+.*(NEW|REDUCE|pulse)|# Uses: |NEW_FUNC" "$build/fuzz.log" | tail -n 60
elapsed=$((SECONDS - start))
if ((status != 0)) || ls "$build"/artifacts/* >/dev/null 2>&1; then
  echo "== fuzz: FINDING (exit $status); full log: $build/fuzz.log" >&2
  for artifact in "$build"/artifacts/*; do
    [[ -e "$artifact" ]] && echo "   replay: $build/config_fuzzer $artifact" >&2
  done
  exit 1
fi
executed="$(grep -o 'number_of_executed_units: *[0-9]*' "$build/fuzz.log" | grep -o '[0-9]*$' || echo '?')"
echo "== fuzz: $what clean: $executed inputs in ${elapsed} s"
