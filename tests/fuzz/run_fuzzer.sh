#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzzers of tests/fuzz with clang (libFuzzer + ASan + UBSan) into BUILD_DIR, reusing an
# earlier build, then runs each for a fixed number of runs from a scratch copy of its committed
# corpus: config_fuzzer (configs, .npy and model files) from corpus/, model_parts_fuzzer (an .npz
# entry, a checkpoint's pickle, a safetensors header, without their zip) from corpus-parts/.
# Exits non-zero on any finding; the failing input is saved as BUILD_DIR/artifacts/FUZZER/crash-*
# (or leak-*, oom-*, timeout-*) and the command to replay it is printed.
#   tests/fuzz/run_fuzzer.sh [BUILD_DIR] [RUNS]     (defaults: build-fuzz, 30000 each: 30-45 s here)
# With SB_FUZZ_SECONDS=N each fuzzes for N seconds instead of a number of runs (.ci/run's longer
# stage), still from seed 1. SB_FUZZ_TARGETS="config_fuzzer" runs only the ones named.
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

echo "== fuzz: building the fuzzers with $cxx in $build"
start=$SECONDS
mkdir -p "$build"
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$here/clang" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" >"$build/configure.log" 2>&1 ||
    { cat "$build/configure.log" >&2; exit 1; }
fi
cmake --build "$build" -j2
echo "== fuzz: built in $((SECONDS - start)) s"

if [[ -n "${SB_FUZZ_SECONDS:-}" ]]; then
  limit=(-max_total_time="$SB_FUZZ_SECONDS")
  what="$SB_FUZZ_SECONDS seconds"
else
  limit=(-runs="$runs")
  what="$runs runs"
fi

# FUZZER CORPUS MAX_LEN: runs one fuzzer; returns non-zero on a finding.
fuzz() {
  local fuzzer="$1" corpus="$here/$2" max_len="$3"
  # libFuzzer adds the inputs it finds interesting to the first corpus directory: give it a copy.
  local scratch="$build/corpus-run/$fuzzer" artifacts="$build/artifacts/$fuzzer" log="$build/$fuzzer.log"
  rm -rf "$scratch" "$artifacts"
  mkdir -p "$scratch" "$artifacts"
  cp "$corpus"/* "$scratch"/
  echo "== fuzz: $fuzzer, $what, seed 1, from $(ls "$corpus" | wc -l) corpus files"
  local start=$SECONDS status
  # detect_leaks stays on: the parsers must not leak. -max_len bounds inputs (large enough for the
  # presets and the model fixtures in the corpus); -timeout 10 makes a hang a finding;
  # -rss_limit_mb 2048 makes a huge allocation one.
  set +e
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
  "$build/$fuzzer" "${limit[@]}" -seed=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
    -dict="$here/config.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
    "$scratch" >"$log" 2>&1
  status=$?
  set -e
  # The progress lines (NEW, REDUCE, pulse) are in the log; the summary and any report are shown.
  grep -v -E "^#[0-9]+.*(NEW|REDUCE|pulse)|# Uses: |NEW_FUNC" "$log" | tail -n 40
  local elapsed=$((SECONDS - start))
  if ((status != 0)) || ls "$artifacts"/* >/dev/null 2>&1; then
    echo "== fuzz: $fuzzer: FINDING (exit $status); full log: $log" >&2
    for artifact in "$artifacts"/*; do
      [[ -e "$artifact" ]] && echo "   replay: $build/$fuzzer $artifact" >&2
    done
    return 1
  fi
  local executed initial final
  executed="$(grep -o 'number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  initial="$(grep -m1 -o 'INITED cov: [0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')"
  final="$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | grep -o '[0-9]*$' || echo '?')"
  echo "== fuzz: $fuzzer: $what clean: $executed inputs in ${elapsed} s, coverage $initial -> $final edges"
}

failed=0
for target in ${SB_FUZZ_TARGETS:-config_fuzzer model_parts_fuzzer}; do
  case "$target" in
    config_fuzzer) fuzz config_fuzzer corpus 12288 || failed=1 ;;
    model_parts_fuzzer) fuzz model_parts_fuzzer corpus-parts 65536 || failed=1 ;;
    *) echo "run_fuzzer: unknown fuzzer $target" >&2; failed=1 ;;
  esac
done
exit "$failed"
