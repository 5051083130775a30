// SPDX-License-Identifier: MIT
// GeneratedLocale: a locale the machine may not have installed (de_DE.UTF-8, zh_CN.GB18030), made
// with localedef from Debian's `locales` definitions into a folder of the build (once; later runs
// reuse it) and used through LOCPATH, so a test of locale-dependent behaviour needs no root and
// changes nothing on the system.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

struct GeneratedLocale {
    QString locpath;  // for LOCPATH; empty when the locale could not be made
    QString error;    // why not

    // name "zh_CN.GB18030" from the definition "zh_CN" and the charmap "GB18030".
    static GeneratedLocale make(const QString& name, const QString& definition, const QString& charmap)
    {
        GeneratedLocale locale;
        const QString folder = QStringLiteral(SB_LOCALE_CACHE);
        QDir().mkpath(folder);
        if (!QFile::exists(folder + QLatin1Char('/') + name + QStringLiteral("/LC_CTYPE"))) {
            QProcess localedef;
            localedef.start(QStringLiteral("localedef"), {QStringLiteral("-i"), definition, QStringLiteral("-f"), charmap,
                                                          folder + QLatin1Char('/') + name});
            // localedef exits 1 for warnings about the definition; what it wrote is what counts.
            if (!localedef.waitForFinished(120'000))
                locale.error = QStringLiteral("localedef did not finish");
            if (!QFile::exists(folder + QLatin1Char('/') + name + QStringLiteral("/LC_CTYPE"))) {
                locale.error = QStringLiteral("localedef could not make %1: %2 %3")
                                   .arg(name, localedef.errorString(), QString::fromLocal8Bit(localedef.readAllStandardError()));
                return locale;
            }
        }
        locale.locpath = folder;
        return locale;
    }

    // The environment that runs a program in it.
    QProcessEnvironment environment(const QString& name) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.insert(QStringLiteral("LOCPATH"), locpath);
        environment.insert(QStringLiteral("LC_ALL"), name);
        return environment;
    }
};
