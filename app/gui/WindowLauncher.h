// SPDX-License-Identifier: MIT
// WindowLauncher: `scatterboard [CONFIG.json] [--view NAME] [--step N]`, the window, once the command
// line has been read (app/cli/CommandLine.cpp), and whether this machine can show one at all.
#pragma once

#include "app/render/ViewId.h"

#include <QString>

#include <optional>

namespace sb {

struct WindowRequest {
    QString configPath;  // empty: the built-in demo
    std::optional<qint64> step;
    std::optional<ViewId> view;  // none: the scatter view
};

// Why no window can open here ("DISPLAY is not set"), or empty when one can. Asked before the
// QApplication exists, because QApplication aborts the process when it finds no display, and that
// message would not tell a user what to do instead. Qt's -platform and -display options in argv,
// like QT_QPA_PLATFORM, are the user's explicit choice.
QString missingDisplay(int argc, char** argv);

// Opens the window in the QApplication that exists and returns the status its event loop ends with.
int launchWindow(const WindowRequest& request);

} // namespace sb
