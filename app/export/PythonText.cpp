// SPDX-License-Identifier: MIT
#include "app/export/PythonText.h"

#include "app/config/TensorJson.h"

#include <QStringList>

#include <cmath>

namespace sb {

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

// Text as "# " lines of at most about 96 characters, broken between words.
QString pythonComment(const QString& text)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line = QStringLiteral("#");
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
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

} // namespace sb
