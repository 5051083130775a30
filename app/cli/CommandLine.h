// SPDX-License-Identifier: MIT
// CommandLine: what main() runs. Subcommands (compute), --help and --version are answered here,
// headless; everything else (no arguments, a CONFIG.json, --step N) belongs to the window and goes
// to launchWindow() (app/gui/WindowLauncher.h).
#pragma once

#include <QString>

namespace sb {

class CommandLine {
public:
    // Returns the process's exit status (ExitCode).
    static int run(int argc, char** argv);

    static QString usage();  // the synopsis lines, each ending in a newline
    static QString help();   // `scatterboard --help`
};

} // namespace sb
