// SPDX-License-Identifier: MIT
// Files the tests write and look for: the bytes of a fixture written whole, a folder's entries.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace sbtest {

// Writes bytes to path whole; false when it could not.
inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file in dir, hidden ones (a QSaveFile's temporary) included.
inline QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The demo every command-line test starts from: seed 004's layer (k4 s2 p1 on 4x4 ones).
inline const QString kDemo = QStringLiteral(SB_SOURCE_DIR "/resources/presets/seed004-k4-s2-p1.json");

// Every built-in preset's file, by name.
inline QStringList presetPaths()
{
    const QDir dir(QStringLiteral(SB_SOURCE_DIR "/resources/presets"));
    QStringList paths;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

} // namespace sbtest
