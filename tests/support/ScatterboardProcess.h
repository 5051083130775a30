// SPDX-License-Identifier: MIT
// ScatterboardProcess: runs the real scatterboard binary (SB_SCATTERBOARD_BINARY) the way a user
// would and collects what it printed, for the tests of the command line.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

struct ScatterboardProcess {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    // The caller's environment in English: the program speaks the system locale's language, and
    // the tests compare its English words, whatever language the machine running them speaks.
    static QProcessEnvironment englishEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return environment;
    }

    // englishEnvironment() in which no window can open, unless the command line chooses a platform.
    static QProcessEnvironment headlessEnvironment()
    {
        QProcessEnvironment environment = englishEnvironment();
        for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            environment.remove(QLatin1String(name));
        return environment;
    }

    // Runs to the end (or two minutes); exitCode stays −1 when the program crashed or hung.
    static ScatterboardProcess run(const QStringList& arguments, const QProcessEnvironment& environment = englishEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SB_SCATTERBOARD_BINARY), arguments);
        ScatterboardProcess result;
        if (!process.waitForFinished(120'000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        if (process.exitStatus() == QProcess::NormalExit)
            result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // The one JSON object compute prints on stdout; empty when stdout is not exactly that.
    QJsonObject json() const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }
};

// Writes a config into dir and returns its path.
inline QString writeConfig(const QDir& dir, const QString& name, const QByteArray& json)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return file.fileName();
}
