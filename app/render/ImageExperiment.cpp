// SPDX-License-Identifier: MIT
#include "app/render/ImageExperiment.h"

#include "app/config/ConfigError.h"
#include "app/config/ImageFile.h"

#include <algorithm>
#include <stdexcept>

namespace sb {

namespace {

void rangeOf(const Tensor& t, float& lo, float& hi)
{
    const auto [a, b] = std::minmax_element(t.values().begin(), t.values().end());
    lo = a == t.values().end() ? 0.0f : *a;
    hi = b == t.values().end() ? 0.0f : *b;
}

} // namespace

std::shared_ptr<const ImageExperiment> ImageExperiment::compute(ImageInputs inputs, const Layer& layer,
                                                                const ImageProgress& progress)
{
    auto e = std::make_shared<ImageExperiment>();
    e->imageName = std::move(inputs.imageName);
    e->originalSize = inputs.originalSize;
    e->photo = std::move(inputs.photo);
    e->kernel = std::move(inputs.kernel);
    e->kernelName = std::move(inputs.kernelName);

    const LayerGeometry& g = layer.geometry;
    const ImageLayerArguments arguments{g.kernel, g.stride, g.padding, g.output_padding, g.dilation};
    std::optional<ImageConvTransposeResult> result;
    try {
        result = convTransposeImage(e->photo, arguments, e->kernel, progress);
    } catch (const std::logic_error& error) {
        // The image or a loaded weight that does not fit the other (std::invalid_argument), or a
        // kernel too large for the photo (std::length_error); TorchError is PyTorch's own and passes.
        throw ConfigError(QStringLiteral("%1: %2").arg(inputs.kernelText, QString::fromStdString(error.what())));
    }
    if (!result)
        return nullptr;
    e->result = std::move(*result);
    e->photoImage = ImageFile::toImage(e->photo);
    rangeOf(e->result.output, e->outputMin, e->outputMax);
    rangeOf(e->result.resized, e->resizedMin, e->resizedMax);
    e->outputImage = ImageFile::toImage(normalizedForDisplay(e->result.output));
    e->resizedImage = ImageFile::toImage(normalizedForDisplay(e->result.resized));
    return e;
}

} // namespace sb
