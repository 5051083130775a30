// SPDX-License-Identifier: MIT
// TensorJson: see the header. Conversions go through std::to_chars/from_chars, which ignore the
// locale (QCoreApplication sets LC_NUMERIC from the environment; strtod would then misread "0.5").
#include "app/config/TensorJson.h"

#include <QString>

#include <charconv>
#include <cmath>
#include <limits>

namespace sb {

namespace {

QJsonValue nestedLists(const Tensor& tensor, std::size_t axis, std::int64_t& next)
{
    if (axis == tensor.shape().size())
        return floatToJson(tensor.values()[static_cast<std::size_t>(next++)]);
    QJsonArray list;
    for (std::int64_t i = 0; i < tensor.shape()[axis]; ++i)
        list.append(nestedLists(tensor, axis + 1, next));
    return list;
}

// "nan", "inf", "-inf", or nullptr for a finite value.
const char* nonFiniteName(float value)
{
    if (std::isnan(value))
        return "nan";
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    return nullptr;
}

// The shortest decimal that reads back as value (a float32's, not a double's).
QByteArray shortestDecimal(float value)
{
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, value);
    return QByteArray(text, written.ptr - text);
}

} // namespace

QJsonValue floatToJson(float value)
{
    if (const char* name = nonFiniteName(value))
        return QLatin1String(name);
    const QByteArray text = shortestDecimal(value);
    double shortest = value;
    std::from_chars(text.constData(), text.constData() + text.size(), shortest);
    return shortest;
}

QByteArray floatToJsonText(float value)
{
    if (const char* name = nonFiniteName(value))
        return '"' + QByteArray(name) + '"';
    return shortestDecimal(value);
}

std::optional<float> floatFromJson(const QJsonValue& value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Beyond float32's range torch.tensor gives ±inf; the cast alone would be undefined there.
        // 2^128 − 2^103 is halfway between FLT_MAX and 2^128, where round-to-nearest tips to inf.
        constexpr double overflow = 0x1.ffffffp127;
        if (std::fabs(d) >= overflow)
            return d > 0 ? std::numeric_limits<float>::infinity() : -std::numeric_limits<float>::infinity();
        return static_cast<float>(d);
    }
    const QString text = value.toString();
    if (text == QLatin1String("nan"))
        return std::numeric_limits<float>::quiet_NaN();
    if (text == QLatin1String("inf"))
        return std::numeric_limits<float>::infinity();
    if (text == QLatin1String("-inf"))
        return -std::numeric_limits<float>::infinity();
    return std::nullopt;
}

QJsonValue tensorToJson(const Tensor& tensor)
{
    std::int64_t next = 0;
    return nestedLists(tensor, 0, next);
}

QJsonArray integersToJson(const std::vector<std::int64_t>& values)
{
    QJsonArray list;
    for (std::int64_t v : values)
        list.append(static_cast<qint64>(v));
    return list;
}

QJsonArray sizeToJson(Size2 size)
{
    return integersToJson({size.h, size.w});
}

} // namespace sb
