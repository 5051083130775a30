// SPDX-License-Identifier: MIT
#include "app/config/ElementType.h"

#include <QCoreApplication>
#include <QFloat16>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace sb {

namespace {

// The npy reader's context, where this message was first written.
struct ElementTypeText {
    Q_DECLARE_TR_FUNCTIONS(sb::NpyFile)
};

double float64At(const char* data, std::int64_t index)
{
    const quint64 bits = qFromLittleEndian<quint64>(data + 8 * index);
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
}

// PyTorch's float32, as torch.from_numpy(a).float() makes it, rounds to nearest.
bool fitsFloat32(double d, float f)
{
    return !(std::isfinite(d) && !std::isfinite(f)) && !(d != 0.0 && f == 0.0f);
}

}  // namespace

const char* elementName(ElementType type)
{
    switch (type) {
    case ElementType::Float32: return "float32";
    case ElementType::Float16: return "float16";
    case ElementType::BFloat16: return "bfloat16";
    case ElementType::Float64: return "float64";
    case ElementType::Int64: return "int64";
    case ElementType::Int32: return "int32";
    case ElementType::Int16: return "int16";
    case ElementType::Int8: return "int8";
    case ElementType::UInt8: return "uint8";
    case ElementType::Bool: return "bool";
    }
    return "float32";
}

int elementBytes(ElementType type)
{
    switch (type) {
    case ElementType::Int8:
    case ElementType::UInt8:
    case ElementType::Bool: return 1;
    case ElementType::Float16:
    case ElementType::BFloat16:
    case ElementType::Int16: return 2;
    case ElementType::Float64:
    case ElementType::Int64: return 8;
    case ElementType::Float32:
    case ElementType::Int32: return 4;
    }
    return 4;
}

bool isFloating(ElementType type)
{
    return type == ElementType::Float32 || type == ElementType::Float16 || type == ElementType::BFloat16
           || type == ElementType::Float64;
}

std::optional<std::int64_t> convertElements(const char* data, ElementType type, std::int64_t count, float* out)
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
            const double d = float64At(data, i);
            out[i] = static_cast<float>(d);
            if (!fitsFloat32(d, out[i]))
                return i;
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
    case ElementType::Int16:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(qFromLittleEndian<qint16>(data + 2 * i));
        break;
    case ElementType::Int8:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(static_cast<signed char>(data[i]));
        break;
    case ElementType::UInt8:
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = static_cast<float>(static_cast<unsigned char>(data[i]));
        break;
    case ElementType::Bool:  // numpy and PyTorch store a bool as one byte, 0 or 1
        for (std::int64_t i = 0; i < count; ++i)
            out[i] = data[i] != 0 ? 1.0f : 0.0f;
        break;
    }
    return std::nullopt;
}

QString float64Refusal(const char* data, std::int64_t at, std::int64_t flatIndex)
{
    const double d = float64At(data, at);
    const float f = static_cast<float>(d);
    return ElementTypeText::tr("float64 value %1 at flat index %2 does not fit float32 (it would become %3); "
                               "layers compute in float32")
        .arg(d, 0, 'g', 17)
        .arg(flatIndex)
        .arg(f == 0.0f ? QStringLiteral("0")
             : f > 0   ? QStringLiteral("inf")
                       : QStringLiteral("-inf"));
}

} // namespace sb
