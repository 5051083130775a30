// SPDX-License-Identifier: MIT
// ExportCommand: `scatterboard export CONFIG.json --out FILE [...]`, pictures and animations of a
// config without a window: the same Picture, renderer and exporters as the window's File →
// Export…, the format from the file's extension. Needs a QGuiApplication (offscreen will do).
#pragma once

#include "app/export/ExportJob.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb {

class ExportCommand {
    Q_DECLARE_TR_FUNCTIONS(sb::ExportCommand)

public:
    // Runs the command on the arguments that follow "export"; returns the exit status.
    static int run(const QStringList& arguments);

    static QString usage();  // the synopsis line(s), each ending in a newline
    static QString help();   // `scatterboard export --help`, listing the views

private:
    static int writePyTorchScript(const QString& configPath, const QString& out);
    static int exportLesson(const QString& lessonPath, const QString& out, const ExportJob::Settings& drawing, bool titlePage);
};

} // namespace sb
