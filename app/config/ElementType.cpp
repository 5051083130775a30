// SPDX-License-Identifier: MIT
#include "app/config/ElementType.h"

#include <QFloat16>
#include <QtEndian>

#include <cstring>

namespace sb {

const char* elementName(ElementType type)
{
    switch (type) {
    case ElementType::Float32: return "float32";
    case ElementType::Float16: return "float16";
    case ElementType::BFloat16: return "bfloat16";
    case ElementType::Float64: return "float64";
    case ElementType::Int64: return "int64";
    case ElementType::Int32: return "int32";
    }
    return "float32";
}

int elementBytes(ElementType type)
{
    switch (type) {
    case ElementType::Float16:
    case ElementType::BFloat16: return 2;
    case ElementType::Float64:
    case ElementType::Int64: return 8;
    case ElementType::Float32:
    case ElementType::Int32: return 4;
    }
    return 4;
}

bool isFloating(ElementType type) { return type != ElementType::Int64 && type != ElementType::Int32; }

void convertElements(const char* data, ElementType type, std::int64_t count, float* out)
{
    // One switch per call, not per element: a checkpoint's tensors run to millions of elements.
    switch (type) {
    case ElementType::Float32:
        for (std::int64_t i = 0; i < count; ++i) {
            const quint32 bits = qFromLittleEndian<quint32>(data + 4 * i);
            std::memcpy(out + i, &bits, 4);
        }
        break;
    case ElementType::Float16:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(qFromLittleEndian<qfloat16>(data + 2 * i));
        break;
    case ElementType::BFloat16:  // the top half of a float32
        for (std::int64_t i = 0; i < count; ++i) {
            const quint32 bits = quint32(qFromLittleEndian<quint16>(data + 2 * i)) << 16;
            std::memcpy(out + i, &bits, 4);
        }
        break;
    case ElementType::Float64:
        for (std::int64_t i = 0; i < count; ++i) {
            const quint64 bits = qFromLittleEndian<quint64>(data + 8 * i);
            double d;
            std::memcpy(&d, &bits, 8);
            out[i] = static_cast<float>(d);
        }
        break;
    case ElementType::Int64:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(qFromLittleEndian<qint64>(data + 8 * i));
        break;
    case ElementType::Int32:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(qFromLittleEndian<qint32>(data + 4 * i));
        break;
    }
}

} // namespace sb
