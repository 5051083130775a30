// SPDX-License-Identifier: MIT
// ElementType: the element types the model readers know (app/config/ModelFile.h), and how
// little-endian elements of each become the float32 values a Tensor holds. One place for the
// conversions the safetensors, torch.save and .npz readers all need.
#pragma once

#include <cstdint>

namespace sb {

enum class ElementType { Float32, Float16, BFloat16, Float64, Int64, Int32 };

// "float32", "float16", "bfloat16", "float64", "int64", "int32": PyTorch's dtype names.
const char* elementName(ElementType type);
int elementBytes(ElementType type);
bool isFloating(ElementType type);

// out[i] = element i of data, for i < count; data holds count · elementBytes(type) bytes.
void convertElements(const char* data, ElementType type, std::int64_t count, float* out);

} // namespace sb
