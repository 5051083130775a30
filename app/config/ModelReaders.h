// SPDX-License-Identifier: MIT
// The three readers behind readModelBytes (app/config/ModelFile.h), one file each; only
// ModelFile.cpp and the fuzzer call them. Each throws ConfigError("SOURCE: problem"), and charges
// what it makes to the file's one ModelBudget.
#pragma once

#include "app/config/ModelFile.h"
#include "app/config/TorchPickle.h"

#include <functional>

namespace sb {

class ModelBudget;
class ZipArchive;

ModelFile readSafetensors(const QByteArray& bytes, const QString& source, ModelBudget& budget);
// Both zips, opened once by readModelBytes.
ModelFile readNpz(const ZipArchive& zip, const QString& source, ModelBudget& budget);
ModelFile readTorchCheckpoint(const ZipArchive& zip, const QString& source, ModelBudget& budget);

// One entry of an .npz: the .npy bytes of the array called name (its entry's name without ".npy").
ModelTensor readNpzEntry(const QByteArray& npy, const QString& name, const QString& source, ModelBudget& budget);
// The tensors a checkpoint's pickle names, read from their storages' bytes; storage(key) gives the
// bytes of data/KEY (each is asked for once, and charged to budget by the caller).
ModelFile readTorchTensors(const std::vector<TorchTensor>& refs,
                           const std::function<QByteArray(const QString& key)>& storage, const QString& source,
                           ModelBudget& budget);

} // namespace sb
