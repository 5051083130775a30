// SPDX-License-Identifier: MIT
#include "core/ImageKernel.h"

#include "core/TensorFill.h"

#include <cmath>
#include <stdexcept>

namespace sb {

namespace {

std::vector<double> tent(std::int64_t k)
{
    const double factor = static_cast<double>((k + 1) / 2);
    const double centre = k % 2 == 1 ? factor - 1.0 : factor - 0.5;
    std::vector<double> values(static_cast<std::size_t>(k));
    for (std::int64_t i = 0; i < k; ++i)
        values[static_cast<std::size_t>(i)] = 1.0 - std::abs(static_cast<double>(i) - centre) / factor;
    return values;
}

} // namespace

std::optional<ImageKernel> ImageKernel::fromName(const std::string& name)
{
    if (name == "ones")
        return ones();
    if (name == "bilinear")
        return bilinear();
    if (name == "random")
        return random(0);
    const std::string prefix = "random:";
    if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size() || name.size() > prefix.size() + 19)
        return std::nullopt;
    std::uint64_t seed = 0;
    for (std::size_t i = prefix.size(); i < name.size(); ++i) {
        if (name[i] < '0' || name[i] > '9')
            return std::nullopt;
        seed = seed * 10 + static_cast<std::uint64_t>(name[i] - '0');
    }
    return random(seed);
}

std::string ImageKernel::name() const
{
    switch (kind) {
    case Kind::Ones: return "ones";
    case Kind::Bilinear: return "bilinear";
    case Kind::Random: return "random:" + std::to_string(seed);
    case Kind::Weight: return "weight " + formatShape(weight.shape());
    }
    return "ones";
}

Size2 ImageKernel::sizeFor(Size2 requested) const
{
    return kind == Kind::Weight && weight.dim() == 4 ? Size2{weight.size(2), weight.size(3)} : requested;
}

bool ImageKernel::isPerChannel() const
{
    return kind != Kind::Weight || (weight.dim() == 4 && weight.size(0) == 1 && weight.size(1) == 1);
}

Tensor ImageKernel::plane(Size2 kernelSize) const
{
    switch (kind) {
    case Kind::Ones: return Tensor({1, 1, kernelSize.h, kernelSize.w}, 1.0f);
    case Kind::Bilinear: return bilinearKernel(kernelSize);
    case Kind::Random: return makeFilled({1, 1, kernelSize.h, kernelSize.w}, {FillKind::Random, 0.0f, seed});
    case Kind::Weight:
        if (!isPerChannel())
            throw std::invalid_argument("a weight of shape " + formatShape(weight.shape()) + " is not one plane");
        return weight;
    }
    return {};
}

Tensor bilinearKernel(Size2 kernelSize)
{
    const std::vector<double> rows = tent(kernelSize.h), cols = tent(kernelSize.w);
    Tensor kernel({1, 1, kernelSize.h, kernelSize.w});
    for (std::int64_t y = 0; y < kernelSize.h; ++y)
        for (std::int64_t x = 0; x < kernelSize.w; ++x)
            kernel.at(0, 0, y, x) = static_cast<float>(rows[static_cast<std::size_t>(y)] * cols[static_cast<std::size_t>(x)]);
    return kernel;
}

} // namespace sb
