// SPDX-License-Identifier: MIT
// ConfigReader: reads a config file (PyTorch's argument names; tensors as nested lists or fill
// objects) into a ConfigFile, with errors that name the file and the key. `scatterboard compute
// --help` documents the format for users.
#pragma once

#include "app/config/ConfigFile.h"
#include "core/Layer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace sb {

// The largest tensor a config may ask for: 2^28 elements, 1 GB of float32 (the machine this was
// written on has 24 GB; a few such tensors at once must still fit). Larger shapes are
// refused before anything is allocated, and validateConfig holds the output to the same limit.
#ifndef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
inline constexpr std::int64_t kMaxConfigElements = std::int64_t{1} << 28;
#else
// tests/fuzz: libFuzzer's 2 GB memory limit and 10 s per input are below a legal 1 GB fill, so
// the fuzzer checks the same size checks against a 4 MB limit (the macro is libFuzzer's convention).
inline constexpr std::int64_t kMaxConfigElements = std::int64_t{1} << 20;
#endif

// The largest config file read: 64 MB of JSON holds a few million numbers in nested lists, more
// than anyone types; larger tensors belong in fill objects or .npy files. Reading JSON costs a
// multiple of its size in memory, so the limit also bounds what a hostile file can make us hold.
inline constexpr qint64 kMaxConfigBytes = qint64{64} << 20;

// The keys a config may hold, in the order ConfigWriter writes them. Keys starting with "_" are
// comments and are ignored.
const QStringList& configKeys();

// Throw ConfigError. They do not validate: a config PyTorch would reject still reads, so an editor
// can show it beside PyTorch's message. sourceName stands for the file in messages.
// "input" and "weight" may be {"npy": "path.npy"}: a path relative to the config file's folder
// (readConfigFile) or to baseDirectory (readConfigJson; the current directory when empty).
ConfigFile readConfigFile(const QString& path);
ConfigFile readConfigJson(const QByteArray& json, const QString& sourceName, const QString& baseDirectory = {});

// sb::validate() plus what stands between a config and PyTorch's module:
//  - nn.ConvTranspose2d.__init__ makes its weight torch.empty(in, out/groups, kH, kW) right after
//    its groups checks, so a negative extent fails there, with TorchError and torch.empty's message;
//  - arguments that contradict the weight's shape (PyTorch cannot get there, since its weight comes
//    from the arguments) give a ConfigError about "weight";
//  - an output of more than kMaxConfigElements gives a ConfigError.
// Every other TorchError comes from validate() unchanged.
Layer validateConfig(const ConfigFile& config, const QString& sourceName);

} // namespace sb
