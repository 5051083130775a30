// SPDX-License-Identifier: MIT
#include "app/render/Narration.h"

#include "app/render/Inspection.h"
#include "app/render/ModuleCall.h"
#include "app/render/PyTorchQuirks.h"

#include <QCoreApplication>

namespace sb {

namespace {
struct NarrationText {
    Q_DECLARE_TR_FUNCTIONS(Narration)
};
QString rows(qint64 n) { return n == 1 ? NarrationText::tr("1 row") : NarrationText::tr("%1 rows").arg(n); }
QString columns(qint64 n)
{
    return n == 1 ? NarrationText::tr("1 column") : NarrationText::tr("%1 columns").arg(n);
}
} // namespace

QString narrate(const ScatterScene& scene, qint64 step)
{
    const LayerGeometry& g = scene.geometry();
    const Timeline& timeline = scene.timeline();
    const TimelineStep& s = timeline.step(step);
    const Size2 full = g.full();
    switch (s.kind) {
    case PhaseKind::Start:
        return NarrationText::tr("Each of the %1 input elements will scatter a copy of the kernel, scaled by its value, into a %2×%3 full buffer.")
            .arg(timeline.elementCount()).arg(full.h).arg(full.w);
    case PhaseKind::Scatter: {
        const float x = scene.record().layer().input.at(scene.plane().n, s.ci, s.iy, s.ix);
        const QString name = (g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][%2,%3]").arg(s.ci) : QStringLiteral("x[%2,%3]"))
                                 .arg(s.iy).arg(s.ix);
        const QString value = formatValue(x);
        if (s.ky >= 0) {
            const float w = scene.record().layer().weightAt(s.ci, scene.plane().co % g.outPerGroup(), s.ky, s.kx);
            //: %1 is an input element like x[0,1], %6 the product; "full" is the full (uncropped) buffer
            return NarrationText::tr("%1 = %2 times w[%3,%4] = %5 gives %6, added at full[%7,%8].")
                .arg(name, value).arg(s.ky).arg(s.kx).arg(formatValue(w)).arg(formatValue(double(x) * w))
                .arg(g.fullY(s.iy, s.ky)).arg(g.fullX(s.ix, s.kx));
        }
        //: %1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it
        QString sentence = NarrationText::tr("%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer")
                               .arg(name, value)
                               .arg(g.fullY(s.iy, 0)).arg(g.fullY(s.iy, g.kernel.h - 1))
                               .arg(g.fullX(s.ix, 0)).arg(g.fullX(s.ix, g.kernel.w - 1));
        if (s.ix > 0)
            //: Continues the previous sentence: %2 is "1 column" or "3 columns"
            sentence += NarrationText::tr(" (stride %1 moves it %2 right of x[%3,%4])")
                            .arg(g.stride.w).arg(columns(g.stride.w)).arg(s.iy).arg(s.ix - 1);
        else if (s.iy > 0)
            //: Continues the previous sentence: %2 is "1 row" or "3 rows"
            sentence += NarrationText::tr(" (stride %1 moves it %2 below x[%3,0])")
                            .arg(g.stride.h).arg(rows(g.stride.h)).arg(s.iy - 1);
        return sentence + QLatin1Char('.');
    }
    case PhaseKind::Crop:
        //: %2 is "1 row"/"2 rows", %3 "1 column"/"2 columns"; padding is the PyTorch argument
        return NarrationText::tr("padding = %1 removes %2 and %3 from each side of the %4×%5 full buffer, leaving %6×%7.")
            .arg(pairText(g.padding)).arg(rows(g.padding.h)).arg(columns(g.padding.w))
            .arg(full.h).arg(full.w).arg(g.output.h - g.output_padding.h).arg(g.output.w - g.output_padding.w);
    case PhaseKind::OutputPadding: {
        // PyTorch's quirk: with padding > 0 the strip is sums the crop would have removed, with 0 it is zeros.
        const bool data = PyTorchQuirks::stripRowsWithData(g.padding.h, g.output_padding.h) > 0
                          || PyTorchQuirks::stripRowsWithData(g.padding.w, g.output_padding.w) > 0;
        const bool zeros = g.output_padding.h > g.padding.h || g.output_padding.w > g.padding.w;
        const QString what = data && zeros ? NarrationText::tr("sums the crop would have removed, then zeros past the full buffer")
                             : data        ? NarrationText::tr("sums the crop would have removed (padding > 0), not zeros")
                                           : NarrationText::tr("past the full buffer, so 0");
        //: %2 is "1 row"/"2 rows", %3 "1 column"/"2 columns", %4 what the strip holds; output_padding is the PyTorch argument
        return NarrationText::tr("output_padding = %1 adds %2 at the bottom and %3 at the right, %4: %5×%6.")
            .arg(pairText(g.output_padding)).arg(rows(g.output_padding.h))
            .arg(columns(g.output_padding.w)).arg(what).arg(g.output.h).arg(g.output.w);
    }
    case PhaseKind::Bias:
        return NarrationText::tr("The bias b = %1 of output channel %2 is added to every cell.").arg(formatValue(scene.bias())).arg(scene.plane().co);
    case PhaseKind::Done:
        return NarrationText::tr("Done: output %1. Hover a cell to see the sum that made it.")
            .arg(QString::fromStdString(formatShape(g.outputShape())));
    }
    return {};
}

} // namespace sb
