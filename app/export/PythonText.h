// SPDX-License-Identifier: MIT
// PythonText: pieces of the Python scripts the program writes (Copy as PyTorch, Keras, JAX, ONNX):
// arguments, exact float32 literals, tensors laid out as PyTorch prints them, comments.
#pragma once

#include "core/Size2.h"
#include "core/Tensor.h"

#include <QString>

namespace sb {

// An argument as nn.ConvTranspose2d takes it: an int when both axes agree, else (h, w).
QString pythonArgument(Size2 s);
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
