// SPDX-License-Identifier: MIT
// SolveCommand: `scatterboard solve --from H --to H2 [...]`, every layer setting that takes one size
// to another (core's ShapeSolver), as a table or, with --json, as a bare JSON array.
#pragma once

#include "core/ShapeSolver.h"
#include "core/Size2.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb {

class SolveCommand {
    Q_DECLARE_TR_FUNCTIONS(sb::SolveCommand)

public:
    static int run(const QStringList& arguments);
    static QString usage();
    static QString help();

    // The entries as a JSON array of {"kernel_size", "stride", "padding", "output_padding",
    // "dilation", "even"}.
    static QByteArray json(const std::vector<AxisSetting>& settings);
    // The entries as an aligned table, with a header line.
    static QString table(const std::vector<AxisSetting>& settings);
};

} // namespace sb
