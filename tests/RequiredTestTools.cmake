# SPDX-License-Identifier: MIT
# The suite needs the whole test group of scripts/install-deps.sh. A tool missing here would make a
# test fail far from its cause, or pass without checking what it is for, so configuring with the
# tests stops and names the packages to install. (scripts/run.sh configures without the tests, so
# the program alone never needs them.)
set(sb_missing_packages)
# Each entry: program;Debian package. Found programs are cached as SB_<PROGRAM> for the tests' CMake.
foreach(entry
    "xvfb-run;xvfb"                        # tst_presentation's real X server
    "xauth;xauth"                          #   which xvfb-run needs
    "help2man;help2man"                    # the man page tst_install installs
    "dpkg-shlibdeps;dpkg-dev"              # the .deb's Depends (cpack -G DEB)
    "desktop-file-validate;desktop-file-utils"  # tst_install validates the desktop entry
    "appstreamcli;appstream"               #   and the AppStream metadata
    "update-mime-database;shared-mime-info"  #   and compiles the file type
    "qemu-x86_64;qemu-user"                # tst_sse2_under_qemu: the SSE2 build on a CPU without AVX
    "clang++;clang"                        # the fuzzing stage's libFuzzer build
    "python3;python3"                      # the generated scripts parsed by Python's own ast
    "localedef;locales")                   # de_DE and GB18030 locales for the messages and file names
  list(GET entry 0 program)
  list(GET entry 1 package)
  string(MAKE_C_IDENTIFIER "SB_${program}" variable)
  string(TOUPPER "${variable}" variable)
  find_program(${variable} ${program})
  if(NOT ${variable})
    list(APPEND sb_missing_packages ${package})
  endif()
endforeach()
# tst_pytorch_snippet runs the generated PyTorch script with Debian's PyTorch (/usr/bin/python3: the
# python3 first on PATH may be another interpreter).
execute_process(COMMAND /usr/bin/python3 -c "import torch" RESULT_VARIABLE sb_torch_status OUTPUT_QUIET ERROR_QUIET)
if(NOT sb_torch_status EQUAL 0)
  list(APPEND sb_missing_packages python3-torch)
endif()
# tests/python runs the example notebook in a Jupyter kernel of the same interpreter. Each entry:
# Python module;Debian package.
foreach(entry "nbclient;python3-nbclient" "nbformat;python3-nbformat" "ipykernel;python3-ipykernel")
  list(GET entry 0 module)
  list(GET entry 1 package)
  execute_process(COMMAND /usr/bin/python3 -c "import ${module}" RESULT_VARIABLE sb_module_status OUTPUT_QUIET ERROR_QUIET)
  if(NOT sb_module_status EQUAL 0)
    list(APPEND sb_missing_packages ${package})
  endif()
endforeach()
if(sb_missing_packages)
  list(REMOVE_DUPLICATES sb_missing_packages)
  list(JOIN sb_missing_packages " " sb_missing_text)
  message(FATAL_ERROR "The test suite needs packages this machine lacks: ${sb_missing_text}\n"
                      "scripts/install-deps.sh installs them (or configure with -DBUILD_TESTING=OFF for the program alone).")
endif()
