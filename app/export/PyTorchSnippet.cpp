// SPDX-License-Identifier: MIT
#include "app/export/PyTorchSnippet.h"

#include "app/config/TensorJson.h"

#include <QStringList>

#include <cmath>

namespace sb {

namespace {

// An argument as nn.ConvTranspose2d takes it: an int when both axes agree, else (h, w).
QString argument(Size2 s)
{
    return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w);
}

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

// "name = torch.tensor(...)" with the list starting on its own line.
QString tensorAssignment(const QString& target, const Tensor& t)
{
    if (t.dim() == 0 || t.numel() == 0)
        return target + QStringLiteral("torch.zeros(%1)").arg(QString::fromStdString(formatShape(t.shape())));
    return target + QStringLiteral("torch.tensor(\n    ") + nestedList(t, 0, 0, 4)
           + QStringLiteral(",\n    dtype=torch.float32,\n)");
}

// Text as "# " lines of at most about 96 characters, broken between words.
QString comment(const QString& text)
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

} // namespace

QString pytorchSnippet(const ConfigFile& config)
{
    const ConvTransposeProblem& problem = config.problem;
    const ConvTransposeParams& p = problem.params;
    QString s;
    s += comment(config.name.isEmpty() ? QStringLiteral("Scatterboard: ConvTranspose2d") : QStringLiteral("Scatterboard: ") + config.name);
    if (!config.description.isEmpty())
        s += comment(config.description);
    s += comment(QStringLiteral("Builds the same layer, weights and input as the picture and prints PyTorch's output."));
    s += QStringLiteral("import torch\nfrom torch import nn\n\n");

    s += QStringLiteral("conv = nn.ConvTranspose2d(\n");
    s += QStringLiteral("    in_channels=%1,\n").arg(p.in_channels);
    s += QStringLiteral("    out_channels=%1,\n").arg(p.out_channels);
    s += QStringLiteral("    kernel_size=%1,\n").arg(argument(p.kernel_size));
    s += QStringLiteral("    stride=%1,\n").arg(argument(p.stride));
    s += QStringLiteral("    padding=%1,\n").arg(argument(p.padding));
    s += QStringLiteral("    output_padding=%1,\n").arg(argument(p.output_padding));
    s += QStringLiteral("    groups=%1,\n").arg(p.groups);
    s += QStringLiteral("    bias=%1,\n").arg(p.bias ? QStringLiteral("True") : QStringLiteral("False"));
    s += QStringLiteral("    dilation=%1,\n").arg(argument(p.dilation));
    s += QStringLiteral(")\n\n");

    // The weight's shape is (in_channels, out_channels / groups, kH, kW), as PyTorch made it.
    s += QStringLiteral("with torch.no_grad():\n");
    s += QStringLiteral("    conv.weight.copy_(") + tensorAssignment(QString(), problem.weight).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
         + QStringLiteral(")\n");
    if (p.bias) {
        const Tensor bias({static_cast<std::int64_t>(problem.bias.size())}, problem.bias);
        s += QStringLiteral("    conv.bias.copy_(") + tensorAssignment(QString(), bias).replace(QLatin1Char('\n'), QStringLiteral("\n    "))
             + QStringLiteral(")\n");
    }
    s += QLatin1Char('\n');

    s += tensorAssignment(QStringLiteral("x = "), problem.input) + QStringLiteral("\n\n");

    s += QStringLiteral("with torch.no_grad():\n");
    if (problem.output_size) {
        QStringList sizes;
        for (std::int64_t v : *problem.output_size)
            sizes << QString::number(v);
        s += QStringLiteral("    out = conv(x, output_size=[%1])\n").arg(sizes.join(QStringLiteral(", ")));
    } else {
        s += QStringLiteral("    out = conv(x)\n");
    }
    s += QStringLiteral("\nprint(out)\n");
    s += QStringLiteral("print(\"shape:\", list(out.shape))\n");
    s += QStringLiteral("print(\"values:\", out.tolist())\n");
    return s;
}

} // namespace sb
