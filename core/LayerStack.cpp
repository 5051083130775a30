// SPDX-License-Identifier: MIT
#include "core/LayerStack.h"

#include "core/FastConvTranspose.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace sb {

namespace {

// The same geometry with one channel, ones everywhere: its output counts paths.
Layer onesLayer(const LayerGeometry& g, const Tensor& input)
{
    ConvTransposeProblem p;
    p.params.kernel_size = g.kernel;
    p.params.stride = g.stride;
    p.params.padding = g.padding;
    p.params.output_padding = g.output_padding;
    p.params.dilation = g.dilation;
    p.input = input;
    p.weight = makeFilled({1, 1, g.kernel.h, g.kernel.w}, {FillKind::Ones});
    return validate(p);
}

std::string layerName(std::size_t index)
{
    return "layer " + std::to_string(index + 1) + ": ";
}

// Output elements of one layer (N·C·H·W); over 2^62 counts as 2^62.
std::int64_t outputElements(const LayerGeometry& g)
{
    try {
        return checkedNumel({g.batch, g.out_channels, g.output.h, g.output.w});
    } catch (const std::exception&) {
        return std::int64_t{1} << 62;
    }
}

// The budget of one layer: its output counts towards the chain's elements; its contributions are
// held to the limit from the second layer on (the first has the scatter record's own budget).
void checkCost(std::size_t index, const LayerGeometry& g, std::int64_t& elements, const ChainLimits& limits)
{
    std::int64_t contributions = 0;
    try {
        contributions = checkedNumel({g.batch, g.in_channels, g.input.h, g.input.w, g.outPerGroup(), g.kernel.h, g.kernel.w});
    } catch (const std::exception&) {
        contributions = std::numeric_limits<std::int64_t>::max();
    }
    elements += outputElements(g);
    if (elements > limits.elements)
        throw std::length_error(layerName(index) + "its output would have " + std::to_string(g.output.h) + "×"
                                + std::to_string(g.output.w) + " elements, which brings the stack's outputs to "
                                + std::to_string(elements) + " elements, more than the limit of "
                                + std::to_string(limits.elements));
    if (index > 0 && contributions > limits.contributions)
        throw std::length_error(layerName(index) + "it would make " + std::to_string(contributions)
                                + " contributions (input elements × kernel taps), more than the limit of "
                                + std::to_string(limits.contributions) + " for a layer of the stack");
}

} // namespace

void LayerStack::check(const LayerGeometry& first, const std::vector<StackedLayer>& rest, const ChainLimits& limits)
{
    std::int64_t elements = 0;
    checkCost(0, first, elements, limits);
    LayerGeometry previous = first;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const std::size_t index = i + 1;
        const Shape input{previous.batch, previous.out_channels, previous.output.h, previous.output.w};
        const std::optional<std::size_t> bias = rest[i].bias.empty() ? std::nullopt : std::optional(rest[i].bias.size());
        try {
            previous = validateGeometry(rest[i].params, input, rest[i].weight.shape(), bias, std::nullopt);
        } catch (const TorchError& e) {
            // Which layer of the chain failed matters more than PyTorch's wording can say.
            throw std::move(TorchError(e.pythonType(), layerName(index) + e.what()).about(e.argument()));
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument(layerName(index) + e.what());
        }
        checkCost(index, previous, elements, limits);
    }
}

LayerStack::LayerStack(const ConvTransposeProblem& first, const std::vector<StackedLayer>& rest, const ChainLimits& limits)
{
    layers_.push_back(validate(first));
    check(layers_.back().geometry, rest, limits);
    outputs_.push_back(fastConvTranspose(layers_.back()));
    const LayerGeometry& g0 = layers_.back().geometry;
    overlaps_.push_back(fastConvTranspose(onesLayer(g0, makeFilled({1, 1, g0.input.h, g0.input.w}, {FillKind::Ones}))));

    for (std::size_t i = 0; i < rest.size(); ++i) {
        ConvTransposeProblem p;
        p.params = rest[i].params;
        p.weight = rest[i].weight;
        p.bias = rest[i].bias;
        p.input = outputs_.back();
        layers_.push_back(validate(p));  // check() has found any error it could raise
        outputs_.push_back(fastConvTranspose(layers_.back()));
        overlaps_.push_back(fastConvTranspose(onesLayer(layers_.back().geometry, overlaps_.back())));
    }
}

} // namespace sb
