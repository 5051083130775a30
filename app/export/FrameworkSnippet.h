// SPDX-License-Identifier: MIT
// FrameworkSnippet: "Copy as Keras / JAX / ONNX" and `scatterboard convert` — a Python script that
// builds the config's layer in another framework with the same weights and input, arguments
// carried over by core's FrameworkSizes, with comments where that framework's own size rule
// would give another size (Keras 'same' gives in × stride). The scripts are written to the
// frameworks' published rules; TensorFlow, JAX and ONNX are not run here.
#pragma once

#include "app/config/ConfigFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

enum class Framework { Keras, Jax, Onnx };

class FrameworkSnippet {
    Q_DECLARE_TR_FUNCTIONS(sb::FrameworkSnippet)

public:
    static QString name(Framework framework);  // "keras", "jax", "onnx": the command line's names
    static QString title(Framework framework);  // "Keras", "JAX", "ONNX"
    static std::optional<Framework> fromName(const QString& name);
    static QStringList names();

    // The script, or an empty string with *refusal saying why the layer has no counterpart there
    // (Keras's and JAX's transposed convolutions have no groups; Keras needs output_padding <
    // stride; the literals would pass kMaxPythonScriptBytes, sized before any text is made). The
    // config must be valid (validateConfig).
    static QString script(const ConfigFile& config, Framework framework, QString* refusal);
};

} // namespace sb
