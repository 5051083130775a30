#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what Scatterboard needs on Debian 12, and nothing when it is all there already (so the
# README's commands stay quick the second time). Run as root (or with sudo).
#   install-deps.sh --run   what building and running the program needs (scripts/run.sh)
#   install-deps.sh         that, and what the test suite needs besides (scripts/test.sh): configuring
#                           the tests checks for each of them (tests/RequiredTestTools.cmake)
set -euo pipefail

run_packages=(
  build-essential cmake ninja-build       # toolchain
  qt6-base-dev qt6-svg-dev libgl-dev      # Qt Widgets, Qt SVG (the SVG exporter)
  libeigen3-dev                           # core's matrices
  libgif-dev                              # GIF animation export
  libzip-dev pkg-config                   # model files: .npz and torch.save's .pt are zips (found by pkg-config)
  fonts-dejavu-core                       # text in the window and in exported pictures
  fonts-noto-cjk                          #   and its Chinese and Korean translations
  qt6-tools-dev qt6-l10n-tools           # qt_add_translations: lupdate and lrelease
  qt6-translations-l10n                   # qtbase's own strings in Chinese and Korean
)
test_packages=(
  qt6-pdf-dev                             # tst_lesson_export reads the lesson handout back with Qt PDF
  xvfb xauth                              # tst_presentation's real X server (xvfb-run)
  help2man dpkg-dev                       # the man page from --help; the .deb's Depends (cpack -G DEB)
  desktop-file-utils appstream            # tst_install: the installed desktop entry and AppStream
  shared-mime-info                        #   metadata validated, the file type compiled
  clang libclang-rt-14-dev                # the fuzz test: clang's libFuzzer, ASan and UBSan runtimes
  libdnnl-dev                             # scatterboard-bench's oneDNN comparison (optional to it)
  qemu-user                               # tst_sse2_under_qemu: the SSE2 build on a pre-AVX CPU model
  python3-torch                           # the oracle: the generated PyTorch scripts run, golden data regenerated
  python3-nbclient python3-nbformat       # tests/python runs examples/notebook.ipynb headless
  python3-ipykernel                       #   in a Jupyter kernel of Debian's python3
  python3                                 # tst_generated_python parses the generated scripts with ast
  locales                                 # tst_hostile_inputs makes de_DE and zh_CN.GB18030 with localedef
  debootstrap                             # scripts/check-fresh-machine.sh: a brand-new Debian 12 in a chroot
)

case "${1:-}" in
  --run) packages=("${run_packages[@]}") ;;
  "") packages=("${run_packages[@]}" "${test_packages[@]}") ;;
  *) echo "usage: scripts/install-deps.sh [--run]" >&2; exit 2 ;;
esac

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "scatterboard: installing ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
