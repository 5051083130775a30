// SPDX-License-Identifier: MIT
#include "core/OutputSizeFormula.h"

namespace sb {

OutputSizeFormula OutputSizeFormula::of(const LayerGeometry& g, Axis axis)
{
    const bool h = axis == Axis::Height;
    OutputSizeFormula f;
    f.in = h ? g.input.h : g.input.w;
    f.kernel = h ? g.kernel.h : g.kernel.w;
    f.stride = h ? g.stride.h : g.stride.w;
    f.padding = h ? g.padding.h : g.padding.w;
    f.output_padding = h ? g.output_padding.h : g.output_padding.w;
    f.dilation = h ? g.dilation.h : g.dilation.w;
    return f;
}

namespace {
// Negative numbers in a substituted formula read better in parentheses: "− 2·(−1)".
std::string number(std::int64_t value)
{
    return value < 0 ? "(−" + std::to_string(-value) + ")" : std::to_string(value);
}
} // namespace

std::string OutputSizeFormula::substituted() const
{
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict, bug 105329) on long chains of +.
    std::string text = "(";
    text += number(in);
    text += " − 1)·";
    text += number(stride);
    text += " − 2·";
    text += number(padding);
    text += " + ";
    text += number(dilation);
    text += "·(";
    text += number(kernel);
    text += " − 1) + ";
    text += number(output_padding);
    text += " + 1 = ";
    text += std::to_string(result());
    return text;
}

std::string OutputSizeFormula::symbolic(const std::string& axisName)
{
    return "(" + axisName + "_in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1";
}

} // namespace sb
