// SPDX-License-Identifier: MIT
#include "core/Tensor.h"

#include <limits>
#include <stdexcept>

namespace sb {

std::string formatShape(const Shape& shape)
{
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0)
            text += ", ";
        text += std::to_string(shape[i]);
    }
    return text + "]";
}

std::int64_t checkedNumel(const Shape& shape)
{
    std::int64_t count = 1;
    for (std::int64_t extent : shape) {
        if (extent < 0)
            throw std::invalid_argument("negative dimension in shape " + formatShape(shape));
        if (extent != 0 && count > std::numeric_limits<std::int64_t>::max() / extent)
            throw std::overflow_error("shape " + formatShape(shape) + " has too many elements");
        count *= extent;
    }
    return count;
}

Tensor::Tensor(Shape shape, float fill)
    : shape_(std::move(shape)), values_(static_cast<std::size_t>(checkedNumel(shape_)), fill)
{
}

Tensor::Tensor(Shape shape, Floats values)
    : shape_(std::move(shape)), values_(std::move(values))
{
    if (checkedNumel(shape_) != static_cast<std::int64_t>(values_.size()))
        throw std::invalid_argument("tensor of shape " + formatShape(shape_) + " cannot hold "
                                    + std::to_string(values_.size()) + " values");
}

Tensor::Tensor(Shape shape, const std::vector<float>& values)
    : Tensor(std::move(shape), Floats(values.begin(), values.end()))
{
}

Tensor::Tensor(Shape shape, std::initializer_list<float> values)
    : Tensor(std::move(shape), Floats(values.begin(), values.end()))
{
}

Tensor Tensor::uninitialized(Shape shape)
{
    const auto count = static_cast<std::size_t>(checkedNumel(shape));
    return Tensor(std::move(shape), Floats(count));
}

Tensor Tensor::reshaped(Shape shape) const
{
    return Tensor(std::move(shape), values_);
}

} // namespace sb
