// SPDX-License-Identifier: MIT
// ModelFileCache: the model files one reading of configs uses — a config's "input", "weight" and
// "bias", or every slide of a lesson — each read once, by its canonical path (two spellings of one
// file are one file). A lesson of a thousand slides naming one checkpoint reads it once, not a
// thousand times. What it keeps is held to kMaxModelElements floats: past that, the files used
// longest ago are let go (and read again if named again), so a lesson naming many large models
// costs time, not unbounded memory.
#pragma once

#include "app/config/ModelFile.h"

#include <QString>
#include <QStringList>

#include <list>

namespace sb {

class ModelFileCache {
public:
    // The file at path, read now or earlier; throws ConfigError("PATH: problem"). The reference
    // holds until the next call.
    const ModelFile& read(const QString& path);
    // Every path asked for, as given, sorted: the files an export must never write over.
    const QStringList& paths() const { return paths_; }

private:
    struct Entry {
        QString canonical;
        ModelFile model;
        std::int64_t elements = 0;
    };
    std::list<Entry> files_;  // the most recently used first
    std::int64_t elements_ = 0;
    QStringList paths_;
};

}  // namespace sb
