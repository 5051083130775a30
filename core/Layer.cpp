// SPDX-License-Identifier: MIT
// Validation in PyTorch 1.13's order. The order matters because users see only the first message:
//   1. nn.ConvTranspose2d.__init__: groups, then channel divisibility (ValueError);
//   2. nn.ConvTranspose2d._output_padding when output_size is given (ValueError, IndexError);
//   3. at::_convolution: input rank, negative padding/output_padding, non-positive stride,
//      weight vs groups, channel mismatch, bias size, empty input;
//   4. slow_conv_transpose2d_shape_check: kernel size, dilation, output_padding, empty weight,
//      output size too small.
// The messages are PyTorch's, character for character (tests/golden holds the evidence).
// ConvTranspose1d takes the same path: its module checks the same things, and ATen runs it as a 2-D
// layer of height 1, so its messages differ only where they print a rank or a shape.
#include "core/Layer.h"

#include "core/OutputSizeFormula.h"
#include "core/TorchError.h"

#include <stdexcept>

namespace sb {

namespace {

std::string pyList(const std::vector<std::int64_t>& values)
{
    return formatShape(values);  // Python prints a list of ints as "[9, 9]", like PyTorch's sizes
}

TorchError runtimeError(const std::string& message, const char* argument = "")
{
    return std::move(TorchError("RuntimeError", message).about(argument));
}

TorchError valueError(const std::string& message, const char* argument = "")
{
    return std::move(TorchError("ValueError", message).about(argument));
}

std::string str(std::int64_t value) { return std::to_string(value); }

OutputSizeFormula formulaFor(const ConvTransposeParams& params, int axis, std::int64_t in,
                             std::int64_t outputPadding)
{
    OutputSizeFormula f;
    f.in = in;
    f.kernel = params.kernel_size[axis];
    f.stride = params.stride[axis];
    f.padding = params.padding[axis];
    f.output_padding = outputPadding;
    f.dilation = params.dilation[axis];
    return f;
}

// The spatial axes a module has, as indices into Size2: (h, w), or w alone for ConvTranspose1d.
std::vector<int> spatialAxes(const ConvTransposeParams& params)
{
    return params.is1d() ? std::vector<int>{1} : std::vector<int>{0, 1};
}

// nn.ConvTranspose{1,2}d._output_padding: picks output_padding so the output has output_size.
Size2 resolveOutputPadding(const ConvTransposeParams& params, const Shape& inputShape,
                           std::vector<std::int64_t> outputSize)
{
    const auto dim = static_cast<std::int64_t>(inputShape.size());
    const std::vector<int> axes = spatialAxes(params);
    const auto spatial = static_cast<std::int64_t>(axes.size());
    const std::int64_t nonSpatial = dim == spatial + 2 ? 2 : 1;
    if (static_cast<std::int64_t>(outputSize.size()) == nonSpatial + spatial)
        outputSize.erase(outputSize.begin(), outputSize.begin() + nonSpatial);
    if (static_cast<std::int64_t>(outputSize.size()) != spatial)
        throw valueError("ConvTranspose" + str(spatial) + "D: for " + str(dim) + "D input, output_size must have "
                             + str(spatial) + " or " + str(nonSpatial + spatial) + " elements (got "
                             + str(static_cast<std::int64_t>(outputSize.size())) + ")",
                         "output_size");

    std::vector<std::int64_t> minSizes, maxSizes;
    for (std::int64_t d = 0; d < spatial; ++d) {
        const std::int64_t index = d + nonSpatial;
        if (index >= dim)
            throw std::move(TorchError("IndexError", "Dimension out of range (expected to be in range of [-"
                                                         + str(dim) + ", " + str(dim - 1) + "], but got "
                                                         + str(index) + ")")
                                .about("input"));
        const OutputSizeFormula f =
            formulaFor(params, axes[static_cast<std::size_t>(d)], inputShape[static_cast<std::size_t>(index)], 0);
        minSizes.push_back(f.minimum());
        maxSizes.push_back(f.maximum());
    }
    for (std::size_t d = 0; d < outputSize.size(); ++d) {
        if (outputSize[d] < minSizes[d] || outputSize[d] > maxSizes[d]) {
            // PyTorch prints input.size()[2:] whatever the rank (so an unbatched input shows one size).
            const Shape tail(inputShape.begin() + std::min<std::int64_t>(2, dim), inputShape.end());
            throw valueError("requested an output size of " + pyList(outputSize) + ", but valid sizes range from "
                                 + pyList(minSizes) + " to " + pyList(maxSizes) + " (for an input of torch.Size("
                                 + pyList(tail) + "))",
                             "output_size");
        }
    }
    Size2 outputPadding{0};
    for (std::size_t d = 0; d < axes.size(); ++d)
        (axes[d] == 0 ? outputPadding.h : outputPadding.w) = outputSize[d] - minSizes[d];
    return outputPadding;
}

// A shape with a height axis of 1 inserted before the last one: how ATen's view1d_as_2d lifts a
// ConvTranspose1d tensor, and how its later messages print it.
Shape withUnitHeight(Shape shape)
{
    shape.insert(shape.end() - 1, 1);
    return shape;
}

} // namespace

LayerGeometry validateGeometry(const ConvTransposeParams& given, const Shape& inputShape,
                               const Shape& weightShape, std::optional<std::size_t> biasSize,
                               const std::optional<std::vector<std::int64_t>>& outputSize)
{
    // A 1-D layer's height is PyTorch's, whatever the caller left in h.
    ConvTransposeParams params = given;
    if (params.is1d())
        params.setUnitHeight();

    // 1. The module's constructor.
    if (params.groups <= 0)
        throw valueError("groups must be a positive integer", "groups");
    if (params.in_channels % params.groups != 0)
        throw valueError("in_channels must be divisible by groups", "in_channels");
    if (params.out_channels % params.groups != 0)
        throw valueError("out_channels must be divisible by groups", "out_channels");

    const Shape expectedWeight = params.weightShape();
    // The module allocates its weight in the constructor, so a negative size fails there.
    for (std::int64_t extent : expectedWeight)
        if (extent < 0)
            throw runtimeError("Trying to create tensor with negative dimension " + str(extent) + ": "
                                   + formatShape(expectedWeight),
                               extent == expectedWeight[0] ? "in_channels" : "kernel_size");
    if (weightShape != expectedWeight)
        throw std::invalid_argument("weight has shape " + formatShape(weightShape)
                                    + (params.is1d() ? " but (in_channels, out_channels/groups, kernel_size) is "
                                                     : " but (in_channels, out_channels/groups, kH, kW) is ")
                                    + formatShape(expectedWeight));

    // 2. output_size, resolved before any ATen check runs.
    Size2 outputPadding = params.output_padding;
    if (outputSize)
        outputPadding = resolveOutputPadding(params, inputShape, *outputSize);

    // 3. at::_convolution. ConvTranspose1d's checks up to the bias print its own 3-D shapes; ATen
    // then views its tensors as 2-D ones of height 1, which the later messages print.
    const std::size_t rank = static_cast<std::size_t>(params.spatialDims()) + 2;
    if (inputShape.size() != rank - 1 && inputShape.size() != rank)
        throw runtimeError("Expected " + str(static_cast<std::int64_t>(rank) - 1) + "D (unbatched) or "
                               + str(static_cast<std::int64_t>(rank)) + "D (batched) input to conv_transpose"
                               + str(params.spatialDims()) + "d, but got input of size: " + formatShape(inputShape),
                           "input");
    const bool batched = inputShape.size() == rank;
    Shape batchedInput = inputShape;
    if (!batched)
        batchedInput.insert(batchedInput.begin(), 1);
    const Shape input4 = params.is1d() ? withUnitHeight(batchedInput) : batchedInput;
    const Shape weight4 = params.is1d() ? withUnitHeight(weightShape) : weightShape;

    if (params.padding.h < 0 || params.padding.w < 0)
        throw runtimeError("negative padding is not supported", "padding");
    if (outputPadding.h < 0 || outputPadding.w < 0)
        throw runtimeError("negative output_padding is not supported", "output_padding");
    if (params.stride.h <= 0 || params.stride.w <= 0)
        throw runtimeError("non-positive stride is not supported", "stride");

    if (weightShape[0] < params.groups)
        throw runtimeError("Given groups=" + str(params.groups) + ", expected weight to be at least "
                               + str(params.groups) + " at dimension 0, but got weight of size "
                               + formatShape(weightShape) + " instead",
                           "in_channels");
    if (input4[1] != weightShape[0])
        throw runtimeError("Given transposed=1, weight of size " + formatShape(weightShape) + ", expected input"
                               + formatShape(batchedInput) + " to have " + str(weightShape[0])
                               + " channels, but got " + str(input4[1]) + " channels instead",
                           "in_channels");
    if (biasSize && static_cast<std::int64_t>(*biasSize) != weightShape[1] * params.groups)
        throw runtimeError("Given transposed=1, weight of size " + formatShape(weightShape)
                               + ", expected bias to be 1-dimensional with " + str(weightShape[1] * params.groups)
                               + " elements, but got bias of size [" + str(static_cast<std::int64_t>(*biasSize))
                               + "] instead",
                           "bias");
    if (input4[0] != 0 && (input4[2] == 0 || input4[3] == 0))
        throw runtimeError("Only zero batch or zero channel inputs are supported, but got input shape: "
                               + formatShape(input4),
                           "input");

    // 4. slow_conv_transpose2d_shape_check.
    const Size2 k = params.kernel_size;
    if (k.h <= 0 || k.w <= 0)
        throw runtimeError("kernel size should be greater than zero, but got kernel_height: " + str(k.h)
                               + " kernel_width: " + str(k.w),
                           "kernel_size");
    const Size2 d = params.dilation;
    if (d.h <= 0 || d.w <= 0)
        throw runtimeError("dilation should be greater than zero, but got dilation_height: " + str(d.h)
                               + ", dilation_width: " + str(d.w),
                           "dilation");
    const Size2 s = params.stride;
    const Size2 op = outputPadding;
    if (!((op.w < s.w || op.w < d.w) && (op.h < s.h || op.h < d.h)))
        throw runtimeError("output padding must be smaller than either stride or dilation, but got "
                           "output_padding_height: "
                               + str(op.h) + " output_padding_width: " + str(op.w) + " stride_height: " + str(s.h)
                               + " stride_width: " + str(s.w) + " dilation_height: " + str(d.h)
                               + " dilation_width: " + str(d.w),
                           "output_padding");
    if (weightShape[1] == 0)
        throw runtimeError("non-empty 2D or 4D weight tensor expected, but got: " + formatShape(weight4),
                           "out_channels");

    LayerGeometry g;
    g.module = params.module;
    g.batch = input4[0];
    g.batched = batched;
    g.in_channels = params.in_channels;
    g.out_channels = params.out_channels;
    g.groups = params.groups;
    g.input = {input4[2], input4[3]};
    g.kernel = k;
    g.stride = s;
    g.padding = params.padding;
    g.output_padding = op;
    g.dilation = d;
    g.output = {formulaFor(params, 0, g.input.h, op.h).result(), formulaFor(params, 1, g.input.w, op.w).result()};
    if (g.batch != 0 && (g.output.h < 1 || g.output.w < 1))
        throw runtimeError("Given input size per channel: (" + str(g.input.h) + " x " + str(g.input.w)
                               + "). Calculated output size per channel: (" + str(g.output.h) + " x "
                               + str(g.output.w) + "). Output size is too small",
                           "padding");
    if (g.output.h < 0 || g.output.w < 0)  // an empty batch skips the check above, as in PyTorch
        throw runtimeError("invalid shape dimension " + str(g.output.h < 0 ? g.output.h : g.output.w), "padding");
    return g;
}

Layer validate(const ConvTransposeProblem& problem)
{
    const std::optional<std::size_t> biasSize =
        problem.params.bias ? std::optional<std::size_t>(problem.bias.size()) : std::nullopt;
    Layer layer;
    layer.geometry = validateGeometry(problem.params, problem.input.shape(), problem.weight.shape(), biasSize,
                                      problem.output_size);
    layer.input = problem.input.reshaped(layer.geometry.inputShape());
    layer.weight = problem.weight.reshaped(layer.geometry.weightShape());
    if (problem.params.bias)
        layer.bias = problem.bias;
    return layer;
}

void Layer::addBias(Tensor& output) const
{
    if (bias.empty())
        return;
    const std::int64_t plane = geometry.output.h * geometry.output.w;
    float* out = output.data();
    for (std::int64_t n = 0; n < geometry.batch; ++n)
        for (std::int64_t co = 0; co < geometry.out_channels; ++co, out += plane)
            for (std::int64_t i = 0; i < plane; ++i)
                out[i] += bias[static_cast<std::size_t>(co)];
}

} // namespace sb
