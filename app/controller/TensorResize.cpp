// SPDX-License-Identifier: MIT
// TensorResize: index-wise copy between two shapes of the same rank (after lining up 3-D and
// 4-D), done plane by plane over the shared leading indices.
#include "app/controller/TensorResize.h"

#include <algorithm>

namespace sb {

namespace {

// (C, H, W) seen as (1, C, H, W), so both tensors can be walked with the same four indices.
Shape asFourDimensional(const Shape& shape)
{
    Shape result = shape;
    while (result.size() < 4)
        result.insert(result.begin(), 1);
    return result;
}

bool hasNegativeExtent(const Shape& shape)
{
    return std::any_of(shape.begin(), shape.end(), [](std::int64_t extent) { return extent < 0; });
}

} // namespace

Tensor resizedKeeping(const Tensor& tensor, const Shape& shape, float fill)
{
    Tensor result(shape, fill);
    if (tensor.shape().size() > 4 || shape.size() > 4 || tensor.empty() || result.empty())
        return result;  // ranks the editor never makes: nothing sensible to keep
    const Shape from = asFourDimensional(tensor.shape());
    const Shape to = asFourDimensional(shape);
    Shape common(4);
    for (std::size_t axis = 0; axis < 4; ++axis)
        common[axis] = std::min(from[axis], to[axis]);

    const Tensor source = tensor.reshaped(from);
    Tensor target = result.reshaped(to);
    for (std::int64_t a = 0; a < common[0]; ++a)
        for (std::int64_t b = 0; b < common[1]; ++b)
            for (std::int64_t y = 0; y < common[2]; ++y)
                for (std::int64_t x = 0; x < common[3]; ++x)
                    target.at(a, b, y, x) = source.at(a, b, y, x);
    return target.reshaped(shape);
}

ConvTransposeProblem withTensorsFollowingArguments(ConvTransposeProblem problem)
{
    const ConvTransposeParams& p = problem.params;

    const std::size_t spatial = static_cast<std::size_t>(p.spatialDims());
    Shape inputShape = problem.input.shape();
    const std::size_t rank = inputShape.size();
    if (rank == spatial + 1 || rank == spatial + 2) {
        inputShape[rank - spatial - 1] = p.in_channels;
        if (!hasNegativeExtent(inputShape))
            problem.input = resizedKeeping(problem.input, inputShape);
    }

    if (p.groups > 0 && p.out_channels % p.groups == 0) {
        const Shape weightShape = p.weightShape();
        if (!hasNegativeExtent(weightShape) && weightShape != problem.weight.shape())
            problem.weight = resizedKeeping(problem.weight, weightShape);
    }

    if (p.bias && p.out_channels >= 0)
        problem.bias.resize(static_cast<std::size_t>(p.out_channels), 0.0f);
    else if (!p.bias)
        problem.bias.clear();
    return problem;
}

} // namespace sb
