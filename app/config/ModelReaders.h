// SPDX-License-Identifier: MIT
// The three readers behind readModelBytes (app/config/ModelFile.h), one file each; only
// ModelFile.cpp calls them. Each throws ConfigError("SOURCE: problem").
#pragma once

#include "app/config/ModelFile.h"

namespace sb {

ModelFile readSafetensors(const QByteArray& bytes, const QString& source);
ModelFile readNpz(const QByteArray& bytes, const QString& source);
ModelFile readTorchCheckpoint(const QByteArray& bytes, const QString& source);

} // namespace sb
