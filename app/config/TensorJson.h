// SPDX-License-Identifier: MIT
// TensorJson: float32 values and tensors as JSON, shared by config files and compute's output.
// JSON has no NaN or infinity, so those travel as the strings PyTorch prints: "nan", "inf", "-inf".
#pragma once

#include "core/Size2.h"
#include "core/Tensor.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace sb {

// The shortest decimal that reads back as the same float32 (0.1f is written 0.1, not
// 0.10000000149011612), or one of the three strings for a non-finite value.
QJsonValue floatToJson(float value);
// The same value as JSON text ("0.1", "\"nan\""), for output written without QJsonValue.
QByteArray floatToJsonText(float value);
// A JSON number (rounded to float32 as torch.tensor does) or "nan", "inf", "-inf"; nullopt for
// anything else.
std::optional<float> floatFromJson(const QJsonValue& value);

// Nested lists shaped like tensor.shape(), in row-major order.
QJsonValue tensorToJson(const Tensor& tensor);
// A list of integers: a shape, an output_size.
QJsonArray integersToJson(const std::vector<std::int64_t>& values);
// [h, w].
QJsonArray sizeToJson(Size2 size);

} // namespace sb
