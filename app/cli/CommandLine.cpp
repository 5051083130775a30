// SPDX-License-Identifier: MIT
// CommandLine: the dispatch looks at argv[1] before any application object exists, because the
// window needs a QApplication (and a display) while the headless commands must run without one.
#include "app/cli/CommandLine.h"

#include "app/cli/ComputeCommand.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/cli/ExportCommand.h"
#include "app/gui/WindowLauncher.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace sb {

int CommandLine::run(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("scatterboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCATTERBOARD_VERSION));

    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("compute")) {
        QCoreApplication application(argc, argv);
        return ComputeCommand::run(QCoreApplication::arguments().mid(2));
    }
    if (command == QLatin1String("export")) {
        // Drawing text needs a QGuiApplication, never a display: unless the user chose a platform,
        // export runs offscreen, so its pixels are the same with or without a desktop (same 96 dpi,
        // same default font).
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return ExportCommand::run(QCoreApplication::arguments().mid(2));
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return Console::print(help()) ? ExitCode::Success : ExitCode::Failure;
    if (command == QLatin1String("--version"))
        return Console::print(QStringLiteral("scatterboard %1\n").arg(QStringLiteral(SCATTERBOARD_VERSION)))
                   ? ExitCode::Success
                   : ExitCode::Failure;
    return launchWindow(argc, argv);
}

QString CommandLine::usage()
{
    return QStringLiteral("usage: scatterboard [CONFIG.json] [--view NAME] [--step N]\n"
                          "       scatterboard compute CONFIG.json [--overlap] [--contributions]\n"
                          "       scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...\n"
                          "       scatterboard --help | --version\n");
}

QString CommandLine::help()
{
    return usage() + QStringLiteral(R"(
Scatterboard shows how PyTorch's nn.ConvTranspose2d builds its output: every input element
scatters a copy of the kernel, scaled by its value, into the output, and the copies add up.

  scatterboard [CONFIG.json] [--view NAME] [--step N]
      Opens the window on CONFIG.json (default: the built-in demo, seed 004's 4x4 ones with a
      kernel 1..16, stride 2, padding 1), in view NAME (as `scatterboard export --help` lists
      them; default scatter), at animation step N. Without a display it says so and
      prints what `scatterboard compute` gives instead.
  scatterboard compute CONFIG.json [--overlap] [--contributions]
      Prints PyTorch's output for CONFIG.json as one JSON object, without a window. See
      `scatterboard compute --help` for the output and the config format.
  scatterboard export CONFIG.json --out FILE [--view NAME] [--step N | --steps A-B | --all] ...
      Draws what the window shows into a PNG, SVG or PDF picture, a GIF animation or numbered
      PNG frames, chosen by FILE's extension, without a window or a display. See
      `scatterboard export --help` for the views and options.
  --help, -h     this text
  --version      the version

Exit status: 0 on success, 2 for an invalid config or command line, 1 for anything else.
)");
}

} // namespace sb
