// SPDX-License-Identifier: MIT
// PythonText: pieces of the Python scripts the program writes (Copy as PyTorch, Keras, JAX, ONNX):
// exact float32 literals, tensors laid out as PyTorch prints them, comments (arguments are
// ModuleCall's argumentText and pairText, as the pictures write them).
#pragma once

#include "core/Tensor.h"

#include <QString>

namespace sb {

// A float32 as Python reads it back exactly; non-finite values as float(...).
QString pythonFloat(float v);
// Nested lists laid out like PyTorch prints a tensor: one innermost row per line, a blank line
// between planes. `indent` is the column of the opening bracket.
QString nestedList(const Tensor& t, int axis, std::int64_t offset, int indent);
// target + "torch.tensor(\n    [...],\n    dtype=torch.float32,\n)"; `constructor` replaces
// torch.tensor for other libraries ("np.array"), and `dtype` torch.float32 ("np.float32").
QString pythonTensor(const QString& target, const Tensor& t, const QString& constructor = QStringLiteral("torch.tensor"),
                     const QString& dtype = QStringLiteral("torch.float32"));
// Text as "# " lines of at most about 96 characters, broken between words.
QString pythonComment(const QString& text);

} // namespace sb
