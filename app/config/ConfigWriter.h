// SPDX-License-Identifier: MIT
// ConfigWriter: the inverse of ConfigReader, so presets and saved files round-trip. Every argument
// is written out (an integer when both axes agree, else [h, w]) and tensors as nested lists (a
// tensor without elements as a fill object, since lists cannot carry its shape).
#pragma once

#include "app/config/ConfigFile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sb {

// A tensor read from an .npy file that still holds it is written as {"npy": PATH}: relative to
// baseDirectory when one is given (the folder of the file being written), else absolute.
QJsonObject configToJson(const ConfigFile& config, const QString& baseDirectory = {});
// The text of a config file: keys in configKeys() order, one tensor row per line.
QByteArray writeConfigJson(const ConfigFile& config, const QString& baseDirectory = {});
// Throws ConfigError naming the path when the file cannot be written.
void writeConfigFile(const ConfigFile& config, const QString& path);

} // namespace sb
