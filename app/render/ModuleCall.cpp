// SPDX-License-Identifier: MIT
#include "app/render/ModuleCall.h"

namespace sb {

QString pairText(Size2 s)
{
    return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w);
}

QString indexText(qint64 row, qint64 col)
{
    return QStringLiteral("[%1,%2]").arg(row).arg(col);
}

QString moduleCall(const LayerGeometry& g, bool hasBias)
{
    QString call = QStringLiteral("ConvTranspose2d(%1, %2, kernel_size=%3, stride=%4")
                       .arg(g.in_channels).arg(g.out_channels).arg(pairText(g.kernel), pairText(g.stride));
    if (g.padding != Size2(0))
        call += QStringLiteral(", padding=") + pairText(g.padding);
    if (g.output_padding != Size2(0))
        call += QStringLiteral(", output_padding=") + pairText(g.output_padding);
    if (g.dilation != Size2(1))
        call += QStringLiteral(", dilation=") + pairText(g.dilation);
    if (g.groups != 1)
        call += QStringLiteral(", groups=%1").arg(g.groups);
    return call + (hasBias ? QStringLiteral(")") : QStringLiteral(", bias=False)"));
}

} // namespace sb
