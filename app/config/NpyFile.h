// SPDX-License-Identifier: MIT
// NpyFile: reads NumPy .npy files (format versions 1–3, either byte order, C order) into a Tensor,
// so a trained decoder's weights can be inspected. The header is parsed as numpy parses it (a
// Python dict literal, as ast.literal_eval reads it), and trusted for nothing: one dict, its three
// keys each once, a dtype from a known list, and data of exactly shape × itemsize bytes, checked
// before a byte is converted. Every malformed file gets a message naming the file and what is
// wrong with it.
#pragma once

#include "app/config/ElementType.h"
#include "core/Tensor.h"

#include <QByteArray>
#include <QString>

namespace sb {

class ModelBudget;

// A config's tensor: float32 or float64 only. Throws ConfigError("PATH: problem").
Tensor readNpyFile(const QString& path);
// The same for bytes already in memory; sourceName is used in messages.
Tensor readNpyBytes(const QByteArray& bytes, const QString& sourceName);

// An array of any type a state_dict saved with np.savez holds: float32, float64, float16, and the
// integer and bool types of counters and masks (int64, int32, int16, int8, uint8, bool), converted
// to float32 for listing. The floats are charged to budget (when given) as tensor `name` before
// they are made.
struct NpyArray {
    ElementType type = ElementType::Float32;
    Tensor values;
};
NpyArray readNpyArray(const QByteArray& bytes, const QString& sourceName, ModelBudget* budget = nullptr,
                      const QString& name = {});

// The .npy form of a tensor (version 1.0, '<f4', C order): for tests and for saving weights.
QByteArray npyBytes(const Tensor& tensor);

} // namespace sb
