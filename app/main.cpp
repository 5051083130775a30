// SPDX-License-Identifier: MIT
// The scatterboard executable: everything happens in CommandLine, which the tests reach too, and
// which turns every exception of a command into a message and exit status 1. What could still
// escape it (an exception while Qt's application object is made or unmade) ends here the same
// way, in English, since the translations may be gone: never in std::terminate's abort.
#include "app/cli/CommandLine.h"

#include <cstdio>
#include <exception>
#include <new>

int main(int argc, char** argv)
{
    try {
        return sb::CommandLine::run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::fputs("scatterboard: out of memory while starting or ending; nothing was written\n", stderr);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "scatterboard: %s, while starting or ending; nothing was written\n", e.what());
    } catch (...) {
        std::fputs("scatterboard: an unexpected error while starting or ending; nothing was written\n", stderr);
    }
    return 1;
}
