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
    // A 1-D layer's arguments are its integers, held in w (see ConvModule).
    const auto text = [&](Size2 s) { return g.is1d() ? QString::number(s.w) : pairText(s); };
    const auto isDefault = [&](Size2 s, std::int64_t value) { return g.is1d() ? s.w == value : s == Size2(value); };
    QString call = QStringLiteral("%1(%2, %3, kernel_size=%4, stride=%5")
                       .arg(g.is1d() ? QStringLiteral("ConvTranspose1d") : QStringLiteral("ConvTranspose2d"))
                       .arg(g.in_channels).arg(g.out_channels).arg(text(g.kernel), text(g.stride));
    if (!isDefault(g.padding, 0))
        call += QStringLiteral(", padding=") + text(g.padding);
    if (!isDefault(g.output_padding, 0))
        call += QStringLiteral(", output_padding=") + text(g.output_padding);
    if (!isDefault(g.dilation, 1))
        call += QStringLiteral(", dilation=") + text(g.dilation);
    if (g.groups != 1)
        call += QStringLiteral(", groups=%1").arg(g.groups);
    return call + (hasBias ? QStringLiteral(")") : QStringLiteral(", bias=False)"));
}

} // namespace sb
