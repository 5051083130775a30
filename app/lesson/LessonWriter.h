// SPDX-License-Identifier: MIT
// LessonWriter: the inverse of LessonReader, so a lesson built in the window saves, reopens and
// exports the same. A slide's layer is written as it was given: inline, as a path to its config
// file (relative to the lesson's folder), or as "preset:NAME".
#pragma once

#include "app/lesson/LessonFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sb {

// baseDirectory: the folder of the file being written; config paths are written relative to it.
QJsonObject lessonToJson(const Lesson& lesson, const QString& baseDirectory = {});
QByteArray writeLessonJson(const Lesson& lesson, const QString& baseDirectory = {});
// Throws ConfigError naming the path when the file cannot be written; a failed write keeps the
// old file.
void writeLessonFile(const Lesson& lesson, const QString& path);

} // namespace sb
