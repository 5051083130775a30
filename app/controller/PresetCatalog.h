// SPDX-License-Identifier: MIT
// PresetCatalog: the built-in presets (resources/presets) with the name and description each
// carries, for the window's Presets menu.
#pragma once

#include <QList>
#include <QString>

namespace sb {

class PresetCatalog {
public:
    struct Entry {
        QString path;         // ":/presets/seed003-k3-s2-p2-checkerboard.json", for loadPreset()
        QString name;         // the menu text: the preset's "name", or its file name without one
        QString description;  // one line a teacher reads in the menu's tooltip or status bar
    };

    // Reads every preset, sorted by file name (so seeds come in order). A preset that cannot be
    // read is left out rather than offered to fail later; tst_presets keeps them all readable.
    PresetCatalog();

    const QList<Entry>& entries() const { return entries_; }

private:
    QList<Entry> entries_;
};

} // namespace sb
