// SPDX-License-Identifier: MIT
// WindowLauncher: the settings' organisation name is set here, not for the headless commands, which
// read and write no settings.
#include "app/gui/WindowLauncher.h"

#include "app/gui/MainWindow.h"
#include "app/i18n/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>

#include <cstring>

namespace sb {

QString missingDisplay(int argc, char** argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // QGuiApplication reads "-platform NAME" and "-display NAME" with one dash or two.
    for (int i = 1; i < argc; ++i) {
        const char* option = argv[i][0] == '-' && argv[i][1] == '-' ? argv[i] + 1 : argv[i];
        if (std::strcmp(option, "-platform") == 0 || std::strcmp(option, "-display") == 0)
            return {};
    }
    // Only X11/Wayland systems need a variable set; a QT_QPA_PLATFORM (offscreen, vnc, ...) is the
    // user's explicit choice.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return QStringLiteral("DISPLAY is not set");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
#endif
    return {};
}

int launchWindow(const WindowRequest& request)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scatterboard"));
    // The Language menu's choice, when there is one, over the system locale's.
    translations::install(QSettings().value(QStringLiteral("ui/language")).toString());
    // On the heap: View → Language replaces the window by a new one and deletes the old one.
    auto* window = new MainWindow(request.configPath, request.step);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (request.view)
        window->showView(*request.view);
    window->show();
    return QApplication::exec();
}

} // namespace sb
