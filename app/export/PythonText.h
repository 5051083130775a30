// SPDX-License-Identifier: MIT
// PythonText: pieces of the Python scripts the program writes (Copy as PyTorch, Keras, JAX, ONNX):
// exact float32 literals, tensors laid out as PyTorch prints them, comments and string literals
// (arguments are ModuleCall's argumentText and pairText, as the pictures write them). Text from a
// config (its name, its description) reaches a script only through pythonComment or pythonString,
// which both pass it through printable (app/config/JsonWording.h): no carriage return, line
// separator, control or format character is left in it to end the comment or the literal, or to
// hide what follows from a reader, so a generated script runs exactly the statements its template
// has.
#pragma once

#include "core/Tensor.h"

#include <QString>

#include <initializer_list>

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
// Text as "# " lines of at most about 96 characters, broken between words; each '\n' (or "\r\n")
// of the text starts a new comment line, every other line-ending character is escaped (printable).
QString pythonComment(const QString& text);
// Text as a Python string literal in single quotes: backslashes and quotes escaped, then printable,
// whose escapes (\r, \x1b, \u2028) mean in the literal what they show.
QString pythonString(const QString& text);

// Why the tensors' literals would make a script larger than kMaxPythonScriptBytes (Limits.h), or
// empty when they fit. Sized before any text is made: a lower bound first (a few bytes an element,
// so a 2^28-element weight is refused at once), then the literals' lengths counted, not built.
QString pythonScriptSizeRefusal(std::initializer_list<const Tensor*> tensors);
// The lower bound alone, on the shapes of tensors not yet made (a fill object's): before a
// config's fills (ConfigReadOptions::beforeFills).
QString pythonScriptSizeRefusal(const Shape& input, const Shape& weight);

} // namespace sb
