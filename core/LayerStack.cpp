#include "core/LayerStack.h"

#include "core/FastConvTranspose.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

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

} // namespace

LayerStack::LayerStack(const ConvTransposeProblem& first, const std::vector<StackedLayer>& rest)
{
    layers_.push_back(validate(first));
    outputs_.push_back(fastConvTranspose(layers_.back()));
    const LayerGeometry& g0 = layers_.back().geometry;
    overlaps_.push_back(fastConvTranspose(onesLayer(g0, makeFilled({1, 1, g0.input.h, g0.input.w}, {FillKind::Ones}))));

    for (std::size_t i = 0; i < rest.size(); ++i) {
        ConvTransposeProblem p;
        p.params = rest[i].params;
        p.weight = rest[i].weight;
        p.bias = rest[i].bias;
        p.input = outputs_.back();
        try {
            layers_.push_back(validate(p));
        } catch (const TorchError& e) {
            // Which layer of the chain failed matters more than PyTorch's wording can say.
            throw std::move(TorchError(e.pythonType(), "layer " + std::to_string(i + 2) + ": " + e.what()).about(e.argument()));
        }
        outputs_.push_back(fastConvTranspose(layers_.back()));
        overlaps_.push_back(fastConvTranspose(onesLayer(layers_.back().geometry, overlaps_.back())));
    }
}

} // namespace sb
