// SPDX-License-Identifier: MIT
// WindowLauncher: `scatterboard [CONFIG.json] [--step N]`, the window. Without a display it says
// why and prints compute's output for the config (or the built-in demo) instead, so a headless run still shows something useful.
#pragma once

namespace sb {

// Returns the process's exit status (ExitCode).
int launchWindow(int argc, char** argv);

} // namespace sb
