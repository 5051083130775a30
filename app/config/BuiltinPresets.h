// SPDX-License-Identifier: MIT
// BuiltinPresets: the configs compiled into the program from resources/presets, starting with the
// demo the window opens on (seed 004: kernel 1..16, stride 2, padding 1), and the lessons built
// from them (resources/lessons).
#pragma once

#include <QString>
#include <QStringList>

namespace sb {

class BuiltinPresets {
public:
    // ":/presets/seed004-k4-s2-p1.json"
    static QString demoPath();
    // Every preset's resource path, sorted by file name.
    static QStringList paths();
    // The lessons compiled in (resources/lessons), ":/lessons/1-output-size.json", sorted by file name.
    static QStringList lessonPaths();
};

} // namespace sb
