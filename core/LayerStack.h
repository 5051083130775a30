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

class LayerStack {
public:
    // Validates each layer on the previous layer's output (PyTorch's messages, via validate()).
    LayerStack(const ConvTransposeProblem& first, const std::vector<StackedLayer>& rest);

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
