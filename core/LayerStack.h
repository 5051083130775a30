// SPDX-License-Identifier: MIT
// LayerStack: 2–4 transposed convolutions applied one after another, as in a decoder, and the
// overlap pattern of the whole chain: the number of paths from input elements to each output cell
// through every layer's taps. With all-ones inputs and kernels a layer's output is its overlap
// map, so the chain's pattern is the chain applied to ones — the product that, in the Distill
// article, grows into coarser checkerboards with depth.
#pragma once

#include "core/Layer.h"

#include <vector>

namespace sb {

// What a layer of the stack adds to the first one's problem: its module arguments and tensors.
struct StackedLayer {
    ConvTransposeParams params;
    Tensor weight;
    std::vector<float> bias;

    friend bool operator==(const StackedLayer&, const StackedLayer&) = default;
};

// What a chain may cost, checked for every layer before anything is allocated.
struct ChainLimits {
    // Output elements of all the chain's layers together: each output and its overlap map is held
    // (float32) and drawn cell by cell as a map. 2^24 elements: 64 MB per set of tensors.
    std::int64_t elements = std::int64_t{1} << 24;
    // Contributions (multiply-adds) of any one layer, the budget the first layer's scatter record
    // has in the window and in exports: 50 M.
    std::int64_t contributions = 50'000'000;
};

class LayerStack {
public:
    // Checks the chain (check()), then computes each layer on the previous layer's output.
    LayerStack(const ConvTransposeProblem& first, const std::vector<StackedLayer>& rest, const ChainLimits& limits = {});

    // The layers after the first, validated on the shapes alone, without allocating: each on the
    // previous output, as the constructor will run them; `first` is the first layer's geometry.
    // Throws TorchError with PyTorch's
    // message prefixed "layer N: " (N counts from 1, the first layer), std::invalid_argument
    // ("layer N: weight has shape ...") when a weight contradicts its kernel_size, and
    // std::length_error ("layer N: ...") when the chain goes beyond limits.
    static void check(const LayerGeometry& first, const std::vector<StackedLayer>& rest, const ChainLimits& limits = {});

    std::size_t size() const { return layers_.size(); }
    const Layer& layer(std::size_t i) const { return layers_[i]; }
    // Output of layer i (0-based), computed with the fast path.
    const Tensor& output(std::size_t i) const { return outputs_[i]; }
    // Overlap pattern after layer i: paths per output cell of one channel.
    const Tensor& overlap(std::size_t i) const { return overlaps_[i]; }

private:
    std::vector<Layer> layers_;
    std::vector<Tensor> outputs_;
    std::vector<Tensor> overlaps_;
};

} // namespace sb
