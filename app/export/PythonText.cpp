// SPDX-License-Identifier: MIT
#include "app/export/PythonText.h"

#include "app/config/JsonWording.h"
#include "app/config/Limits.h"
#include "app/config/TensorJson.h"

#include <QCoreApplication>
#include <QStringList>

#include <charconv>
#include <cmath>

namespace sb {

namespace {

struct PythonTextText {
    Q_DECLARE_TR_FUNCTIONS(sb::PythonText)
};

// The bytes pythonFloat(v) writes, counted without making the text.
qint64 pythonFloatLength(float v)
{
    if (std::isnan(v) || std::isinf(v))
        return v < 0 ? 13 : 12;
    char text[32];
    const auto written = std::to_chars(text, text + sizeof text, v);
    const std::string_view digits(text, static_cast<std::size_t>(written.ptr - text));
    return static_cast<qint64>(digits.size()) + (digits.find_first_of(".e") == std::string_view::npos ? 2 : 0);
}

}  // namespace

// A float32 as Python reads it back exactly: the shortest decimal that round-trips (shared with
// config files), written with a point so it reads as a float; non-finite values as float(...).
QString pythonFloat(float v)
{
    if (std::isnan(v))
        return QStringLiteral("float('nan')");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("float('inf')") : QStringLiteral("float('-inf')");
    QString text = QString::fromLatin1(floatToJsonText(v));
    if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e')))
        text += QStringLiteral(".0");
    return text;
}

// Nested lists laid out like PyTorch prints a tensor: one innermost row per line, a blank line
// between planes. `indent` is the column of the opening bracket.
QString nestedList(const Tensor& t, int axis, std::int64_t offset, int indent)
{
    const std::int64_t extent = t.size(axis);
    if (axis == t.dim() - 1) {
        QStringList values;
        for (std::int64_t i = 0; i < extent; ++i)
            values << pythonFloat(t.values()[static_cast<std::size_t>(offset + i)]);
        return QLatin1Char('[') + values.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    std::int64_t stride = 1;
    for (int a = axis + 1; a < t.dim(); ++a)
        stride *= t.size(a);
    const QString separator = QLatin1Char(',') + QString(t.dim() - axis - 1, QLatin1Char('\n')) + QString(indent + 1, QLatin1Char(' '));
    QStringList children;
    for (std::int64_t i = 0; i < extent; ++i)
        children << nestedList(t, axis + 1, offset + i * stride, indent + 1);
    return QLatin1Char('[') + children.join(separator) + QLatin1Char(']');
}

QString pythonTensor(const QString& target, const Tensor& t, const QString& constructor, const QString& dtype)
{
    if (t.dim() == 0 || t.numel() == 0) {
        const QString zeros = constructor == QLatin1String("torch.tensor") ? QStringLiteral("torch.zeros") : QStringLiteral("np.zeros");
        return target + QStringLiteral("%1(%2)").arg(zeros, QString::fromStdString(formatShape(t.shape())));
    }
    return target + constructor + QStringLiteral("(\n    ") + nestedList(t, 0, 0, 4) + QStringLiteral(",\n    dtype=%1,\n)").arg(dtype);
}

QString pythonString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + printable(quoted) + QLatin1Char('\'');
}

// Text as "# " lines of at most about 96 characters, broken between words.
QString pythonComment(const QString& text)
{
    QStringList lines;
    for (const QString& paragraph :
         QString(text).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).split(QLatin1Char('\n'))) {
        QString line = QStringLiteral("#");
        for (const QString& word : printable(paragraph).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (line.size() > 1 && line.size() + 1 + word.size() > 96) {
                lines << line;
                line = QStringLiteral("#");
            }
            line += QLatin1Char(' ') + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

namespace {

// Each element takes at least "0.0, ", and each innermost row its brackets, line break and
// indentation (at most 64 bytes with the snippets' four-space indent).
constexpr qint64 kLeastPerElement = 5, kMostPerRow = 64, kTemplate = 8192;

QString tooLarge(qint64 bytes, qint64 elements)
{
    //: %1 a size in MB, %2 a number of elements, %3 the limit in MB
    return PythonTextText::tr(
               "the script would hold %1 MB of number literals for %2 elements, more than the limit of %3 MB "
               "for a generated script; `scatterboard compute` gives the output of a layer this large")
        .arg(QString::number(bytes / 1048576.0, 'f', 1), QString::number(elements),
             QString::number(kMaxPythonScriptBytes >> 20));
}

QString lowerBoundRefusal(std::int64_t elements)
{
    const qint64 least = kTemplate + kLeastPerElement * elements;
    return least > kMaxPythonScriptBytes ? tooLarge(least, elements) : QString();
}

}  // namespace

QString pythonScriptSizeRefusal(const Shape& input, const Shape& weight)
{
    // Each shape is within kMaxConfigElements already (a fill's is checked when it is read), or
    // refused later: its count here is at most that.
    const auto elements = [](const Shape& shape) {
        try {
            return std::min(checkedNumel(shape), kMaxConfigElements);
        } catch (const std::exception&) {
            return kMaxConfigElements;
        }
    };
    return lowerBoundRefusal(elements(input) + elements(weight));
}

QString pythonScriptSizeRefusal(std::initializer_list<const Tensor*> tensors)
{
    qint64 elements = 0;
    for (const Tensor* t : tensors)
        elements += t->numel();
    if (const QString refusal = lowerBoundRefusal(elements); !refusal.isEmpty())
        return refusal;
    qint64 bytes = kTemplate;
    for (const Tensor* t : tensors) {
        const std::int64_t rowLength = t->dim() == 0 ? 1 : std::max<std::int64_t>(t->size(t->dim() - 1), 1);
        bytes += (t->numel() / rowLength + 1) * kMostPerRow;
        for (const float v : t->values())
            bytes += pythonFloatLength(v) + 2;
    }
    return bytes > kMaxPythonScriptBytes ? tooLarge(bytes, elements) : QString();
}

} // namespace sb
