// SPDX-License-Identifier: MIT
// Tensor: a dense row-major float32 array with a shape, the value type every computation in core
// takes and returns. float32 because that is PyTorch's default dtype, so rounding matches.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <new>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace sb {

using Shape = std::vector<std::int64_t>;

// The allocator of a tensor's floats: like std::allocator, except that an element made without a
// value is left as the memory held it (default- rather than value-initialised). Every Tensor
// constructor gives each element its value; only Tensor::uninitialized leaves them, for a
// computation that writes every output itself (the fast path's phase kernel, where zeroing a
// 2 MB output first was 3 % of a 64-channel layer's time and 14 % of a 3-channel one's).
template <class T>
struct DefaultInitAllocator : std::allocator<T> {
    template <class U>
    struct rebind {
        using other = DefaultInitAllocator<U>;
    };
    DefaultInitAllocator() = default;
    template <class U>
    DefaultInitAllocator(const DefaultInitAllocator<U>&) noexcept {}

    // On whole cache lines: rows of a power-of-two width then start on one, so a kernel's vector
    // stores never straddle two.
    static constexpr std::align_val_t kAlignment{64};
    T* allocate(std::size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), kAlignment)); }
    void deallocate(T* p, std::size_t) noexcept { ::operator delete(p, kAlignment); }

    template <class U>
    void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) { ::new (static_cast<void*>(p)) U; }
    template <class U, class... Args>
    void construct(U* p, Args&&... args) { ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...); }
};

// A tensor's values. Note Floats(n) and resize(n) leave the new floats unset: give them a value
// (Floats(n, 0.0f)) unless every one is written before it is read.
using Floats = std::vector<float, DefaultInitAllocator<float>>;

inline bool operator==(const Floats& a, const std::vector<float>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

inline std::vector<float> toVector(const Floats& values) { return {values.begin(), values.end()}; }

// "[1, 16, 8, 8]", the way PyTorch prints a size inside its error messages.
std::string formatShape(const Shape& shape);

class Tensor {
public:
    Tensor() = default;
    explicit Tensor(Shape shape, float fill = 0.0f);
    // values.size() must equal the shape's product.
    Tensor(Shape shape, Floats values);
    Tensor(Shape shape, const std::vector<float>& values);
    Tensor(Shape shape, std::initializer_list<float> values);
    // Every value unset: for a computation that writes each one before anything reads it.
    static Tensor uninitialized(Shape shape);

    const Shape& shape() const { return shape_; }
    int dim() const { return static_cast<int>(shape_.size()); }
    std::int64_t size(int axis) const { return shape_.at(static_cast<std::size_t>(axis)); }
    std::int64_t numel() const { return static_cast<std::int64_t>(values_.size()); }
    bool empty() const { return values_.empty(); }

    float* data() { return values_.data(); }
    const float* data() const { return values_.data(); }
    const Floats& values() const { return values_; }
    Floats& values() { return values_; }

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
    Floats values_;
};

// Product of the dimensions; throws std::overflow_error instead of wrapping around, so absurd
// sizes are refused before anything is allocated.
std::int64_t checkedNumel(const Shape& shape);

} // namespace sb
