// SPDX-License-Identifier: MIT
// ElementType: the element types the model readers know (app/config/ModelFile.h), and how
// little-endian elements of each become the float32 values a Tensor holds. One place for the
// conversions the safetensors, torch.save, .npz and .npy readers all need.
#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace sb {

// The floating types become layers; the others (BatchNorm's int64 counters, uint8 or bool masks,
// quantisation tables) are listed with their values and never become a layer's tensor.
enum class ElementType { Float32, Float16, BFloat16, Float64, Int64, Int32, Int16, Int8, UInt8, Bool };

// "float32", "float16", "bfloat16", "float64", "int64", "int32", "int16", "int8", "uint8", "bool":
// PyTorch's dtype names.
const char* elementName(ElementType type);
int elementBytes(ElementType type);
bool isFloating(ElementType type);

// out[i] = element i of data, for i < count; data holds count · elementBytes(type) bytes. A float64
// that float32 cannot hold (beyond its range, which PyTorch's .float() makes ±inf, or so small it
// becomes 0) is a different layer, not a rounding: the flat index of the first one is returned,
// and the caller refuses the tensor (float64Refusal says why); nullopt when every value fits.
std::optional<std::int64_t> convertElements(const char* data, ElementType type, std::int64_t count, float* out);

// "float64 value 1e+300 at flat index 1 does not fit float32 (it would become inf); layers compute
// in float32": the words every reader uses for convertElements' answer, element `at` of data
// (little-endian), called flatIndex in the tensor.
QString float64Refusal(const char* data, std::int64_t at, std::int64_t flatIndex);

} // namespace sb
