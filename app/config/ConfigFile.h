// ConfigFile: what a config file holds: the problem it describes plus the metadata that presets
// and saved files carry (name, description), kept so that writing the file back loses nothing.
#pragma once

#include "core/ConvTransposeProblem.h"

#include <QString>

namespace sb {

struct ConfigFile {
    ConvTransposeProblem problem;
    QString name;
    QString description;

    friend bool operator==(const ConfigFile&, const ConfigFile&) = default;
};

} // namespace sb
