// SPDX-License-Identifier: MIT
// NpyFile: reads NumPy .npy files (format versions 1–3; float32 or float64, either byte order;
// C order) into a Tensor, so a trained decoder's weights can be inspected. Every malformed file
// gets a message naming the file and what is wrong with it.
#pragma once

#include "core/Tensor.h"

#include <QByteArray>
#include <QString>

namespace sb {

// Throws ConfigError("PATH: problem").
Tensor readNpyFile(const QString& path);
// The same for bytes already in memory; sourceName is used in messages.
Tensor readNpyBytes(const QByteArray& bytes, const QString& sourceName);
// The .npy form of a tensor (version 1.0, '<f4', C order): for tests and for saving weights.
QByteArray npyBytes(const Tensor& tensor);

} // namespace sb
