// SPDX-License-Identifier: MIT
// ConvertCommand: `scatterboard convert CONFIG.json --to keras|jax|onnx`, the layer as a Python
// script for another framework (FrameworkSnippet), printed on stdout.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb {

class ConvertCommand {
    Q_DECLARE_TR_FUNCTIONS(sb::ConvertCommand)

public:
    static int run(const QStringList& arguments);
    static QString usage();
    static QString help();
};

} // namespace sb
