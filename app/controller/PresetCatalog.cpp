// SPDX-License-Identifier: MIT
// PresetCatalog: reads each preset whole with the config reader; they are small, and this keeps
// one parser for every JSON config.
#include "app/controller/PresetCatalog.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"

#include <QFileInfo>

namespace sb {

PresetCatalog::PresetCatalog()
{
    for (const QString& path : BuiltinPresets::paths()) {
        try {
            const ConfigFile config = readConfigFile(path);
            const QString name = config.name.isEmpty() ? QFileInfo(path).completeBaseName() : config.name;
            entries_.append({path, name, config.description});
        } catch (const ConfigError&) {
        }
    }
}

} // namespace sb
