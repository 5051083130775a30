// SPDX-License-Identifier: MIT
#include "core/ConvModuleConversion.h"

#include <algorithm>

namespace sb {

namespace {

Tensor withUnitHeight(const Tensor& t)
{
    if (t.dim() == 0)
        return t;
    Shape shape = t.shape();
    shape.insert(shape.end() - 1, 1);
    return t.reshaped(shape);
}

// Row `row` of the second-to-last axis: (…, H, W) → (…, W).
Tensor rowOf(const Tensor& t, std::int64_t row)
{
    if (t.dim() < 2)
        return t;
    Shape shape = t.shape();
    const std::int64_t height = shape[shape.size() - 2], width = shape.back();
    shape.erase(shape.end() - 2);
    Tensor result(shape);
    if (height == 0)
        return result;
    const std::int64_t planes = width == 0 ? 0 : t.numel() / (height * width);
    for (std::int64_t plane = 0; plane < planes; ++plane)
        std::copy_n(t.data() + (plane * height + row) * width, width, result.data() + plane * width);
    return result;
}

} // namespace

Tensor middleKernelRow(const Tensor& weight)
{
    if (weight.dim() != 4)
        return weight;
    return rowOf(weight, weight.size(2) / 2);
}

ConvTransposeProblem liftedTo2d(const ConvTransposeProblem& problem)
{
    if (!problem.params.is1d())
        return problem;
    ConvTransposeProblem lifted = problem;
    lifted.params.module = ConvModule::ConvTranspose2d;
    lifted.params.setUnitHeight();
    lifted.input = withUnitHeight(problem.input);
    lifted.weight = withUnitHeight(problem.weight);
    if (lifted.output_size && !lifted.output_size->empty())
        lifted.output_size->insert(lifted.output_size->end() - 1, 1);
    return lifted;
}

ConvTransposeProblem slicedTo1d(const ConvTransposeProblem& problem)
{
    if (problem.params.is1d())
        return problem;
    ConvTransposeProblem sliced = problem;
    sliced.params.module = ConvModule::ConvTranspose1d;
    sliced.params.setUnitHeight();
    sliced.input = rowOf(problem.input, 0);
    sliced.weight = middleKernelRow(problem.weight);
    if (sliced.output_size && sliced.output_size->size() >= 2)
        sliced.output_size->erase(sliced.output_size->end() - 2);
    return sliced;
}

} // namespace sb
