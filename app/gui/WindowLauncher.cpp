// SPDX-License-Identifier: MIT
// WindowLauncher: the display check runs before QApplication exists, because QApplication aborts
// the process when it finds no display, and that message would not tell a user what to do instead.
#include "app/gui/WindowLauncher.h"

#include "app/cli/CommandLine.h"
#include "app/cli/ComputeCommand.h"
#include "app/cli/Console.h"
#include "app/cli/ExitCode.h"
#include "app/config/BuiltinPresets.h"
#include "app/gui/MainWindow.h"
#include "app/render/PictureFactory.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace sb {

namespace {

struct WindowArguments {
    QString configPath;  // empty: the built-in demo
    std::optional<qint64> step;
    std::optional<ViewId> view;  // none: the scatter view
};

// Fills `arguments`, or returns the usage error to report.
QString parseArguments(int argc, char** argv, WindowArguments& arguments)
{
    QStringList configs;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("--step") || argument.startsWith(QLatin1String("--step="))) {
            const bool valueInline = argument.contains(QLatin1Char('='));
            if (!valueInline && i + 1 >= argc)
                return QStringLiteral("--step needs a number");
            const QString value = valueInline ? argument.section(QLatin1Char('='), 1) : QString::fromLocal8Bit(argv[++i]);
            bool ok = false;
            const qint64 step = value.toLongLong(&ok);
            if (!ok || step < 0)
                return QStringLiteral("--step: expected a step number (0, 1, 2, ...), got '%1'").arg(value);
            arguments.step = step;
        } else if (argument == QLatin1String("--view") || argument.startsWith(QLatin1String("--view="))) {
            const bool valueInline = argument.contains(QLatin1Char('='));
            if (!valueInline && i + 1 >= argc)
                return QStringLiteral("--view needs a name: %1").arg(viewNames().join(QStringLiteral(", ")));
            const QString value = valueInline ? argument.section(QLatin1Char('='), 1) : QString::fromLocal8Bit(argv[++i]);
            const std::optional<ViewId> view = viewFromName(value);
            if (!view)
                return QStringLiteral("--view: unknown view '%1'; expected one of %2")
                    .arg(value, viewNames().join(QStringLiteral(", ")));
            arguments.view = *view;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            return QStringLiteral("unknown option '%1'").arg(argument);
        } else {
            configs.append(argument);
        }
    }
    if (configs.size() > 1)
        return QStringLiteral("expected at most one CONFIG.json, got %1: %2").arg(configs.size()).arg(configs.join(QLatin1Char(' ')));
    arguments.configPath = configs.value(0);
    return {};
}

// Why no window can open here, or empty when one can. Only X11/Wayland systems need a variable
// set; a QT_QPA_PLATFORM (offscreen, vnc, ...) is the user's explicit choice.
QString missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return QStringLiteral("DISPLAY is not set");
#endif
    return {};
}

} // namespace

int launchWindow(int argc, char** argv)
{
    WindowArguments arguments;
    const QString usageError = parseArguments(argc, argv, arguments);
    if (!usageError.isEmpty()) {
        Console::printUsageError(usageError, CommandLine::usage(), QStringLiteral("scatterboard --help"));
        return ExitCode::InvalidInput;
    }

    const QString noDisplay = missingDisplay();
    if (!noDisplay.isEmpty()) {
        QCoreApplication application(argc, argv);
        const bool demo = arguments.configPath.isEmpty();
        Console::printError(QStringLiteral("no display found (%1), so the window cannot open. Headless commands "
                                           "still work: `scatterboard compute CONFIG.json` prints the output as JSON "
                                           "(see `scatterboard --help`). Here is what compute gives for %2:")
                                .arg(noDisplay, demo ? QStringLiteral("the built-in demo (seed 004)")
                                                     : arguments.configPath));
        return ComputeCommand::execute(demo ? BuiltinPresets::demoPath() : arguments.configPath, {});
    }

    QApplication application(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(SCATTERBOARD_APP_ID));
    QCoreApplication::setOrganizationName(QStringLiteral("Scatterboard"));
    MainWindow window(arguments.configPath, arguments.step);
    if (arguments.view)
        window.showView(*arguments.view);
    window.show();
    return QApplication::exec();
}

} // namespace sb
