// SPDX-License-Identifier: MIT
// Tensor: a dense row-major float32 array with a shape, the value type every computation in core
// takes and returns. float32 because that is PyTorch's default dtype, so rounding matches.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sb {

using Shape = std::vector<std::int64_t>;

// "[1, 16, 8, 8]", the way PyTorch prints a size inside its error messages.
std::string formatShape(const Shape& shape);

class Tensor {
public:
    Tensor() = default;
    explicit Tensor(Shape shape, float fill = 0.0f);
    Tensor(Shape shape, std::vector<float> values);  // values.size() must equal the shape's product

    const Shape& shape() const { return shape_; }
    int dim() const { return static_cast<int>(shape_.size()); }
    std::int64_t size(int axis) const { return shape_.at(static_cast<std::size_t>(axis)); }
    std::int64_t numel() const { return static_cast<std::int64_t>(values_.size()); }
    bool empty() const { return values_.empty(); }

    float* data() { return values_.data(); }
    const float* data() const { return values_.data(); }
    const std::vector<float>& values() const { return values_; }
    std::vector<float>& values() { return values_; }

    // Element access for 4-D tensors (N, C, H, W), the layout core works in.
    float& at(std::int64_t n, std::int64_t c, std::int64_t y, std::int64_t x) {
        return values_[static_cast<std::size_t>(offset(n, c, y, x))];
    }
    float at(std::int64_t n, std::int64_t c, std::int64_t y, std::int64_t x) const {
        return values_[static_cast<std::size_t>(offset(n, c, y, x))];
    }

    // The same values under another shape with the same number of elements.
    Tensor reshaped(Shape shape) const;

    friend bool operator==(const Tensor&, const Tensor&) = default;

private:
    std::int64_t offset(std::int64_t n, std::int64_t c, std::int64_t y, std::int64_t x) const {
        return ((n * shape_[1] + c) * shape_[2] + y) * shape_[3] + x;
    }

    Shape shape_;
    std::vector<float> values_;
};

// Product of the dimensions; throws std::overflow_error instead of wrapping around, so absurd
// sizes are refused before anything is allocated.
std::int64_t checkedNumel(const Shape& shape);

} // namespace sb
