// SPDX-License-Identifier: MIT
#include "app/render/ModuleCall.h"

namespace sb {

QString pairText(Size2 s)
{
    return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w);
}

QString argumentText(Size2 s, bool oneD)
{
    return oneD ? QString::number(s.w) : pairText(s);
}

QString indexText(qint64 row, qint64 col)
{
    return QStringLiteral("[%1,%2]").arg(row).arg(col);
}

QString shapeText(const Shape& shape)
{
    return QString::fromStdString(formatShape(shape));
}

QString moduleCall(const LayerGeometry& g, bool hasBias)
{
    // A 1-D layer's height holds the defaults, so the comparisons below hold for it too.
    const auto text = [&](Size2 s) { return argumentText(s, g.is1d()); };
    QString call = QStringLiteral("%1(%2, %3, kernel_size=%4, stride=%5")
                       .arg(g.is1d() ? QStringLiteral("ConvTranspose1d") : QStringLiteral("ConvTranspose2d"))
                       .arg(g.in_channels).arg(g.out_channels).arg(text(g.kernel), text(g.stride));
    if (g.padding != Size2(0))
        call += QStringLiteral(", padding=") + text(g.padding);
    if (g.output_padding != Size2(0))
        call += QStringLiteral(", output_padding=") + text(g.output_padding);
    if (g.dilation != Size2(1))
        call += QStringLiteral(", dilation=") + text(g.dilation);
    if (g.groups != 1)
        call += QStringLiteral(", groups=%1").arg(g.groups);
    return call + (hasBias ? QStringLiteral(")") : QStringLiteral(", bias=False)"));
}

} // namespace sb
