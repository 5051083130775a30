// SPDX-License-Identifier: MIT
#include "app/render/Narration.h"

#include "app/render/Inspection.h"

namespace sb {

namespace {
QString plural(qint64 n, const QString& word) { return QStringLiteral("%1 %2%3").arg(n).arg(word).arg(n == 1 ? "" : "s"); }
QString pairText(Size2 s) { return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w); }
} // namespace

QString narrate(const ScatterScene& scene, qint64 step)
{
    const LayerGeometry& g = scene.geometry();
    const Timeline& timeline = scene.timeline();
    const TimelineStep& s = timeline.step(step);
    const Size2 full = g.full();
    switch (s.kind) {
    case PhaseKind::Start:
        return QStringLiteral("Each of the %1 input elements will scatter a copy of the kernel, scaled by its value, into a %2×%3 full buffer.")
            .arg(timeline.elementCount()).arg(full.h).arg(full.w);
    case PhaseKind::Scatter: {
        const float x = scene.record().layer().input.at(scene.plane().n, s.ci, s.iy, s.ix);
        const QString name = (g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][%2,%3]").arg(s.ci) : QStringLiteral("x[%2,%3]"))
                                 .arg(s.iy).arg(s.ix);
        const QString value = formatValue(x);
        if (s.ky >= 0) {
            const float w = scene.record().layer().weightAt(s.ci, scene.plane().co % g.outPerGroup(), s.ky, s.kx);
            return QStringLiteral("%1 = %2 times w[%3,%4] = %5 gives %6, added at full[%7,%8].")
                .arg(name, value).arg(s.ky).arg(s.kx).arg(formatValue(w)).arg(formatValue(double(x) * w))
                .arg(g.fullY(s.iy, s.ky)).arg(g.fullX(s.ix, s.kx));
        }
        QString sentence = QStringLiteral("%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer")
                               .arg(name, value)
                               .arg(g.fullY(s.iy, 0)).arg(g.fullY(s.iy, g.kernel.h - 1))
                               .arg(g.fullX(s.ix, 0)).arg(g.fullX(s.ix, g.kernel.w - 1));
        if (s.ix > 0)
            sentence += QStringLiteral(" (stride %1 moves it %2 right of x[%3,%4])")
                            .arg(g.stride.w).arg(plural(g.stride.w, QStringLiteral("column"))).arg(s.iy).arg(s.ix - 1);
        else if (s.iy > 0)
            sentence += QStringLiteral(" (stride %1 moves it %2 below x[%3,0])")
                            .arg(g.stride.h).arg(plural(g.stride.h, QStringLiteral("row"))).arg(s.iy - 1);
        return sentence + QLatin1Char('.');
    }
    case PhaseKind::Crop:
        return QStringLiteral("padding = %1 removes %2 and %3 from each side of the %4×%5 full buffer, leaving %6×%7.")
            .arg(pairText(g.padding)).arg(plural(g.padding.h, QStringLiteral("row"))).arg(plural(g.padding.w, QStringLiteral("column")))
            .arg(full.h).arg(full.w).arg(g.output.h - g.output_padding.h).arg(g.output.w - g.output_padding.w);
    case PhaseKind::OutputPadding:
        return QStringLiteral("output_padding = %1 adds %2 at the bottom and %3 at the right (cells past the full buffer are 0): %4×%5.")
            .arg(pairText(g.output_padding)).arg(plural(g.output_padding.h, QStringLiteral("row")))
            .arg(plural(g.output_padding.w, QStringLiteral("column"))).arg(g.output.h).arg(g.output.w);
    case PhaseKind::Bias:
        return QStringLiteral("The bias b = %1 of output channel %2 is added to every cell.").arg(formatValue(scene.bias())).arg(scene.plane().co);
    case PhaseKind::Done:
        return QStringLiteral("Done: output %1. Hover a cell to see the sum that made it.")
            .arg(QString::fromStdString(formatShape(g.outputShape())));
    }
    return {};
}

} // namespace sb
