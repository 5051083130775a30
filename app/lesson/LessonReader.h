// SPDX-License-Identifier: MIT
// LessonReader: reads a lesson file into a Lesson, with errors that name the file, the slide (as
// people count, from 1) and the key: `intro.json: slide 3: "view": unknown view "scater" (did you
// mean "scatter"?)`. Every slide's layer is read and checked as PyTorch would, so a lesson that
// opens can be played and exported whole. `scatterboard export --help` documents the format.
#pragma once

#include "app/lesson/LessonFile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb {

// The most slides a lesson may hold: a semester of lectures, not a hostile file's millions.
inline constexpr qsizetype kMaxLessonSlides = 1000;
// The longest text a lesson may hold in one place (its title, a slide's title, caption or note): a
// handout page shows about 2000 characters of caption. Laying out an unbroken text costs time
// growing with the square of its length (a 1 MB caption took 48 s): bounded here, it takes
// milliseconds.
inline constexpr qsizetype kMaxLessonText = 10000;
// The keys a lesson and a slide may hold, in the order LessonWriter writes them. Keys starting
// with "_" are comments and are ignored.
const QStringList& lessonKeys();
const QStringList& slideKeys();

// Throw ConfigError. Relative config paths start at the lesson's folder (readLessonFile) or at
// baseDirectory (readLessonJson; the current directory when empty).
Lesson readLessonFile(const QString& path);
Lesson readLessonJson(const QByteArray& json, const QString& sourceName, const QString& baseDirectory = {});

// Whether json is a lesson rather than a config: a JSON object with "slides". `scatterboard
// FILE.json`, File → Open and `scatterboard export` decide with it how to read a file.
bool isLessonJson(const QByteArray& json);
// The same for a file, read within the config size limit; false when it cannot be read.
bool isLessonFile(const QString& path);

} // namespace sb
