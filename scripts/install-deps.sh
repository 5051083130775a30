#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs what Scatterboard needs to build, run and test on Debian 12, and nothing when it is all
# there already (so the README's commands stay quick the second time). Run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build       # toolchain
  qt6-base-dev qt6-svg-dev libgl-dev      # Qt Widgets, Qt SVG (the SVG exporter)
  libeigen3-dev                           # core's matrices
  libgif-dev                              # GIF animation export
  help2man dpkg-dev                       # the man page from --help; the .deb's Depends (cpack -G DEB)
  xvfb xauth fonts-dejavu-core            # windows and text in tests without a display
  desktop-file-utils appstream            # tst_install: the installed desktop entry and AppStream
  shared-mime-info                        #   metadata validated, the file type compiled
  clang libclang-rt-14-dev                # the fuzz test: clang's libFuzzer, ASan and UBSan runtimes
)
if [[ "${1:-}" == "--with-torch" ]]; then
  packages+=(python3-torch)               # the oracle: cross-checks the build against PyTorch
fi

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
