// SPDX-License-Identifier: MIT
// The three readers behind readModelBytes (app/config/ModelFile.h), one file each; only
// ModelFile.cpp calls them. Each throws ConfigError("SOURCE: problem").
#pragma once

#include "app/config/ModelFile.h"

namespace sb {

class ZipArchive;

ModelFile readSafetensors(const QByteArray& bytes, const QString& source);
// Both zips, opened once by readModelBytes.
ModelFile readNpz(const ZipArchive& zip, const QString& source);
ModelFile readTorchCheckpoint(const ZipArchive& zip, const QString& source);

} // namespace sb
