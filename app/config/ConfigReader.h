// SPDX-License-Identifier: MIT
// ConfigReader: reads a config file (PyTorch's argument names; tensors as nested lists or fill
// objects) into a ConfigFile, with errors that name the file and the key. `scatterboard compute
// --help` documents the format for users.
#pragma once

#include "app/config/ConfigFile.h"
#include "app/config/Limits.h"
#include "core/Layer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

namespace sb {

class ModelFileCache;

// How a reading of configs is shared or bounded by its caller.
struct ConfigReadOptions {
    // The model files read, shared by several configs (a lesson's slides: each file read once);
    // nullptr: the config's own.
    ModelFileCache* models = nullptr;
    // Called once the shapes of "input" and "weight" are known, before a fill object's values are
    // made (a 2^28-element fill takes a second and 1 GB): a command's own limit (compute's
    // multiply-adds) refuses the layer there, by throwing ConfigError.
    std::function<void(const Shape& input, const Shape& weight)> beforeFills;
};

// The keys a config may hold, in the order ConfigWriter writes them. Keys starting with "_" are
// comments and are ignored.
const QStringList& configKeys();

// Throw ConfigError. They do not validate: a config PyTorch would reject still reads, so an editor
// can show it beside PyTorch's message. sourceName stands for the file in messages.
// "input" and "weight" may be {"npy": "path.npy"}: a path relative to the config file's folder
// (readConfigFile) or to baseDirectory (readConfigJson; the current directory when empty).
ConfigFile readConfigFile(const QString& path, const ConfigReadOptions& options = {});
ConfigFile readConfigJson(const QByteArray& json, const QString& sourceName, const QString& baseDirectory = {},
                          const ConfigReadOptions& options = {});

// sb::validate() plus what stands between a config and PyTorch's module:
//  - nn.ConvTranspose2d.__init__ makes its weight torch.empty(in, out/groups, kH, kW) right after
//    its groups checks, so a negative extent fails there, with TorchError and torch.empty's message;
//  - arguments that contradict the weight's shape (PyTorch cannot get there, since its weight comes
//    from the arguments) give a ConfigError about "weight";
//  - an output of more than kMaxConfigElements gives a ConfigError.
// Every other TorchError comes from validate() unchanged.
Layer validateConfig(const ConfigFile& config, const QString& sourceName);

} // namespace sb
