// ConfigWriter: the inverse of ConfigReader, so presets and saved files round-trip. Every argument
// is written out (an integer when both axes agree, else [h, w]) and tensors as nested lists (a
// tensor without elements as a fill object, since lists cannot carry its shape).
#pragma once

#include "app/config/ConfigFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sb {

QJsonObject configToJson(const ConfigFile& config);
// The text of a config file: keys in configKeys() order, one tensor row per line.
QByteArray writeConfigJson(const ConfigFile& config);
// Throws ConfigError naming the path when the file cannot be written.
void writeConfigFile(const ConfigFile& config, const QString& path);

} // namespace sb
