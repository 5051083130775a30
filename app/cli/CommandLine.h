// SPDX-License-Identifier: MIT
// CommandLine: what main() runs. The subcommands (compute, export) go to their own classes; the
// rest of the command line (no arguments, a CONFIG.json, --view, --step, --help, --version and Qt's
// own options such as -platform and -style) belongs to the window, opened by launchWindow()
// (app/gui/WindowLauncher.h), or to compute's output when there is no display.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace sb {

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(sb::CommandLine)

public:
    // Returns the process's exit status (ExitCode).
    static int run(int argc, char** argv);

    static QString usage();  // the synopsis lines, each ending in a newline
    static QString help();   // `scatterboard --help`
};

} // namespace sb
