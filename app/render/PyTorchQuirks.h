// SPDX-License-Identifier: MIT
// PyTorchQuirks: the three places where ConvTranspose2d surprises people, each with a short "why"
// and a minimal PyTorch snippet that shows it, for the window to explain where they surface (an
// error message, the output_padding step) and for Help → PyTorch's Quirks.
#pragma once

#include "core/Size2.h"

#include <cstdint>

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace sb {

enum class QuirkId {
    OutputSizeRangeIgnoresDilation,  // output_size accepts min … min + stride − 1, whatever the dilation
    OutputPaddingBelowStrideOrDilation,  // output_padding < stride *or* < dilation
    OutputPaddingStripIsData,  // with padding > 0 the output_padding strip holds sums; with 0, zeros
};

struct Quirk {
    QuirkId id;
    QString title;    // one line
    QString why;      // two or three sentences
    QString snippet;  // a few lines of Python that show it (PyTorch 1.13)
};

class PyTorchQuirks {
    Q_DECLARE_TR_FUNCTIONS(sb::PyTorchQuirks)

public:
    // In the order Help lists them, in the user's language (the snippets are code).
    static std::vector<Quirk> all();
    static Quirk of(QuirkId id);
    // The quirk a PyTorch error message is an instance of, or nullopt. An output_size refusal is
    // the quirk only when some axis's dilation exceeds its stride (then output_padding could go
    // further than output_size may).
    static std::optional<QuirkId> forMessage(const QString& message, Size2 stride, Size2 dilation);
    // The output_padding strip of one axis: how many of its `outputPadding` rows (columns) hold
    // sums the crop would otherwise have removed (min(padding, output_padding)); the rest are 0.
    static std::int64_t stripRowsWithData(std::int64_t padding, std::int64_t outputPadding);
};

} // namespace sb
