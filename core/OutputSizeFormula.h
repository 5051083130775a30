// SPDX-License-Identifier: MIT
// OutputSizeFormula: the output-size arithmetic of one axis, term by term,
//   out = (in − 1)·s − 2·p + d·(k − 1) + output_padding + 1      (PyTorch docs, seeds 000 and 002)
// kept as separate numbers so the GUI can print the formula with the user's values in it.
#pragma once

#include "core/LayerGeometry.h"

#include <cstdint>
#include <string>

namespace sb {

struct OutputSizeFormula {
    std::int64_t in = 0, kernel = 0, stride = 1, padding = 0, output_padding = 0, dilation = 1;

    enum class Axis { Height, Width };
    // The formula of one axis of a layer, with the layer's own numbers.
    static OutputSizeFormula of(const LayerGeometry& geometry, Axis axis);

    std::int64_t strideTerm() const { return (in - 1) * stride; }     // (in − 1)·s
    std::int64_t paddingTerm() const { return 2 * padding; }          // 2·p, subtracted
    std::int64_t kernelTerm() const { return dilation * (kernel - 1); } // d·(k − 1)
    std::int64_t result() const { return strideTerm() - paddingTerm() + kernelTerm() + output_padding + 1; }

    // The size without output_padding, and the largest output_padding can reach (s − 1):
    // the range PyTorch accepts for output_size (nn.ConvTranspose2d._output_padding).
    std::int64_t minimum() const { return strideTerm() - paddingTerm() + kernelTerm() + 1; }
    std::int64_t maximum() const { return minimum() + stride - 1; }

    // "(4 − 1)·2 − 2·1 + 1·(4 − 1) + 0 + 1 = 8", in the order of seed 000's comments.
    std::string substituted() const;
    // "(H_in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1"
    static std::string symbolic(const std::string& axisName);
};

} // namespace sb
