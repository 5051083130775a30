// SPDX-License-Identifier: MIT
#include "app/render/ScatterScene.h"

#include "app/render/Animation.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sb {

ScatterScene::ScatterScene(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, bool tapSubSteps,
                           ViewId view, QSizeF maxSize)
    : record_(std::move(record)),
      timeline_(record_->geometry(), plane, tapSubSteps, record_->layer().hasBias()),
      story_(*record_, plane),
      overlap_(record_->geometry()),
      numbers_(SceneNumbers::of(*record_, story_, plane)),
      layout_(record_->geometry(), view, numbers_, moduleCall(record_->geometry(), record_->layer().hasBias()), maxSize)
{
}

float ScatterScene::bias() const
{
    const Layer& layer = record_->layer();
    return layer.hasBias() ? layer.bias[static_cast<std::size_t>(plane().co)] : 0.0f;
}

SceneFrame ScatterScene::frameAt(double position) const
{
    SceneFrame f;
    const StepPosition where = stepPosition(position, timeline_.size() - 1);
    const bool moving = where.moving;
    f.position = where.position;
    f.step = where.step;
    f.t = where.t;
    f.done = story_.contributionsDoneAt(timeline_, where.reached);
    f.arriving = moving ? story_.contributionsDoneAt(timeline_, f.step) : f.done;
    if (!moving)
        f.done = f.arriving;

    // A phase fades in while its step arrives and stays once reached.
    auto alphaOf = [&](PhaseKind kind) {
        const qint64 at = timeline_.firstStepOf(kind);
        if (at < 0 || f.step < at)
            return 0.0;
        return f.step == at ? f.t : 1.0;
    };
    f.cropAlpha = alphaOf(PhaseKind::Crop);
    f.outputPaddingAlpha = alphaOf(PhaseKind::OutputPadding);
    f.biasAlpha = alphaOf(PhaseKind::Bias);
    f.finished = timeline_.step(f.step).kind == PhaseKind::Done;

    const qint64 lastIn = std::max(f.arriving, f.done) - 1;
    if (lastIn >= 0 && timeline_.step(f.step).kind == PhaseKind::Scatter)
        f.activeElement = story_.at(lastIn).element;
    return f;
}

BufferWindow ScatterScene::bufferWindow(const SceneFrame& frame) const
{
    if (frame.activeElement < 0 || story_.size() == 0) {
        // Before and after the scatter, show the window of the first (or last) element.
        const qint64 q = frame.done >= story_.size() && story_.size() > 0 ? story_.size() - 1 : 0;
        if (story_.size() == 0)
            return {};
        const StoryContribution& c = story_.at(q);
        return layout_.windowFor(c.ci, c.iy, c.ix);
    }
    const StoryContribution& c = story_.at(frame.activeElement * story_.tapsPerElement());
    return layout_.windowFor(c.ci, c.iy, c.ix);
}

namespace {

// The explanations keep the context they are translated under.
struct InspectionText {
    Q_DECLARE_TR_FUNCTIONS(Inspection)
};

QString index2(qint64 a, qint64 b)
{
    return QStringLiteral("[%1,%2]").arg(a).arg(b);
}

// "x" or "x[c=1]" when the group has several input channels.
QString inputName(const LayerGeometry& g, qint64 ci)
{
    return g.inPerGroup() > 1 ? QStringLiteral("x[c=%1]").arg(ci) : QStringLiteral("x");
}

// "w[1,2]", or "w[c=1][1,2]" when the group has several input channels: each channel has its own
// kernel, and two terms must not read as the same weight.
QString weightName(const LayerGeometry& g, qint64 ci, qint64 ky, qint64 kx)
{
    return (g.inPerGroup() > 1 ? QStringLiteral("w[c=%1]").arg(ci) : QStringLiteral("w")) + index2(ky, kx);
}

void explainSum(const ScatterScene& scene, const std::vector<Contribution>& terms, const QString& cellName,
                bool withBias, qint64 shownChannel, Inspection& out)
{
    const LayerGeometry& g = scene.geometry();
    const Layer& layer = scene.record().layer();
    QStringList symbolic, numeric, sources;
    double sum = 0.0;
    for (const Contribution& c : terms) {
        const float x = layer.input.at(c.n, c.ci, c.iy, c.ix);
        symbolic << formatValue(x) + QStringLiteral("·") + weightName(g, c.ci, c.ky, c.kx);
        numeric << formatValue(c.value);
        sources << inputName(g, c.ci) + index2(c.iy, c.ix) + QStringLiteral("·") + weightName(g, c.ci, c.ky, c.kx);
        sum += c.value;
        if (c.ci == shownChannel) {
            out.elements.insert(c.iy * g.input.w + c.ix);
            out.taps.insert(c.ky * g.kernel.w + c.kx);
        }
    }
    if (withBias && layer.hasBias()) {
        symbolic << QStringLiteral("b");
        numeric << formatValue(scene.bias());
        sum += scene.bias();
    }
    if (terms.empty()) {
        //: %1 is a cell like y[0,1] or full[2,3]
        out.expression = InspectionText::tr("%1 = 0  (no input element reaches this cell)").arg(cellName);
        if (withBias && layer.hasBias())
            out.expression = cellName + QStringLiteral(" = b = ") + formatValue(scene.bias());
        return;
    }
    out.expression = cellName + QStringLiteral(" = ") + NumberFormat::sum(symbolic);
    if (terms.size() > 1 || (withBias && layer.hasBias()))
        out.expression += QStringLiteral(" = ") + NumberFormat::sum(numeric);
    out.expression += QStringLiteral(" = ") + formatValue(sum);
    //: %1 is a sum of terms like x[0,1]·w[1,1] + x[0,2]·w[1,0]
    out.detail = InspectionText::tr("from %1").arg(sources.join(QStringLiteral(" + ")));
}

}  // namespace

Inspection ScatterScene::inspect(const HitTarget& target, qint64 shownChannel) const
{
    Inspection out;
    out.target = target;
    if (target.isNone() || isNull())
        return out;
    const ScatterScene& scene = *this;
    const LayerGeometry& g = scene.geometry();
    const PlaneSelection plane = scene.plane();
    const qint64 fullCols = scene.layout().full().cols;
    const Size2 full = g.full();

    switch (target.kind) {
    case HitTarget::Kind::Output: {
        const auto terms = scene.record().intoOutput(plane.n, plane.co, target.oy, target.ox);
        explainSum(scene, terms, QStringLiteral("y") + index2(target.oy, target.ox), true, shownChannel, out);
        out.outputCells.insert(target.oy * g.output.w + target.ox);
        out.fullCells.insert(target.y * fullCols + target.x);
        break;
    }
    case HitTarget::Kind::Full: {
        const bool inside = target.y < full.h && target.x < full.w;
        const auto terms =
            inside ? scene.record().intoFull(plane.n, plane.co, target.y, target.x) : std::vector<Contribution>{};
        explainSum(scene, terms, QStringLiteral("full") + index2(target.y, target.x), false, shownChannel, out);
        out.fullCells.insert(target.y * fullCols + target.x);
        if (g.keptY(target.oy) && g.keptX(target.ox)) {
            out.outputCells.insert(target.oy * g.output.w + target.ox);
            out.detail += (out.detail.isEmpty() ? QString() : QStringLiteral("; ")) +
                          //: %1 is an index like [0,1]: the full buffer's cell is kept as output cell y[0,1]
                          InspectionText::tr("kept as y%1").arg(index2(target.oy, target.ox));
        } else {
            out.detail +=
                (out.detail.isEmpty() ? QString() : QStringLiteral("; ")) + InspectionText::tr("cropped by padding");
        }
        break;
    }
    case HitTarget::Kind::Input:
    case HitTarget::Kind::Buffer: {
        const float x = scene.record().layer().input.at(plane.n, target.ci, target.iy, target.ix);
        const qint64 y0 = g.fullY(target.iy, 0), y1 = g.fullY(target.iy, g.kernel.h - 1);
        const qint64 x0 = g.fullX(target.ix, 0), x1 = g.fullX(target.ix, g.kernel.w - 1);
        out.elements.insert(target.iy * g.input.w + target.ix);
        for (qint64 ky = 0; ky < g.kernel.h; ++ky)
            for (qint64 kx = 0; kx < g.kernel.w; ++kx) {
                const qint64 y = g.fullY(target.iy, ky), xx = g.fullX(target.ix, kx);
                out.fullCells.insert(y * fullCols + xx);
                if (g.keptY(y - g.padding.h) && g.keptX(xx - g.padding.w))
                    out.outputCells.insert((y - g.padding.h) * g.output.w + xx - g.padding.w);
            }
        const QString name = inputName(g, target.ci) + index2(target.iy, target.ix);
        if (target.kind == HitTarget::Kind::Buffer && target.y >= 0) {
            // A cell of the element's buffer: one tap, if the footprint covers it.
            const qint64 ry = target.y - y0, rx = target.x - x0;
            if (ry >= 0 && rx >= 0 && ry % g.dilation.h == 0 && rx % g.dilation.w == 0 && ry / g.dilation.h < g.kernel.h
                && rx / g.dilation.w < g.kernel.w) {
                const qint64 ky = ry / g.dilation.h, kx = rx / g.dilation.w;
                const float w = scene.record().layer().weightAt(target.ci, plane.co % g.outPerGroup(), ky, kx);
                out.taps = {ky * g.kernel.w + kx};
                out.expression = name + QStringLiteral("·") + weightName(g, target.ci, ky, kx) + QStringLiteral(" = ")
                                 + NumberFormat::product(formatValue(x), formatValue(w)) + QStringLiteral(" = ")
                                 + formatValue(double(x) * w);
                //: %1 and %2 are indices like [2,3]; "full" is the full (uncropped) buffer, y the output
                out.detail =
                    g.keptY(target.y - g.padding.h) && g.keptX(target.x - g.padding.w)
                        ? InspectionText::tr("lands on full%1 = y%2")
                              .arg(index2(target.y, target.x), index2(target.y - g.padding.h, target.x - g.padding.w))
                        //: %1 is an index like [2,3]; "full" is the full (uncropped) buffer
                        : InspectionText::tr("lands on full%1, cropped by padding").arg(index2(target.y, target.x));
                break;
            }
        }
        //: %1 is an input element like x[0,1] and %2 its value; %2·w is the kernel scaled by it
        out.expression = InspectionText::tr("%1 = %2 scatters %2·w into rows %3–%4, cols %5–%6 of the full buffer")
                             .arg(name, formatValue(x))
                             .arg(y0)
                             .arg(y1)
                             .arg(x0)
                             .arg(x1);
        out.detail =
            InspectionText::tr("its buffer starts at (%1·%2, %3·%4) = (%5, %6): stride %2×%4 apart from its neighbours")
                .arg(target.iy)
                .arg(g.stride.h)
                .arg(target.ix)
                .arg(g.stride.w)
                .arg(y0)
                .arg(x0);
        break;
    }
    case HitTarget::Kind::Kernel: {
        const float w = scene.record().layer().weightAt(shownChannel, plane.co % g.outPerGroup(), target.ky, target.kx);
        out.taps.insert(target.ky * g.kernel.w + target.kx);
        out.expression = QStringLiteral("w") + index2(target.ky, target.kx) + QStringLiteral(" = ") + formatValue(w);
        //: A kernel tap (ky, kx); dilation is the PyTorch argument
        out.detail = InspectionText::tr("tap (%1, %2) sits %3 rows, %4 cols into every buffer (dilation %5×%6)")
                         .arg(target.ky)
                         .arg(target.kx)
                         .arg(target.ky * g.dilation.h)
                         .arg(target.kx * g.dilation.w)
                         .arg(g.dilation.h)
                         .arg(g.dilation.w);
        break;
    }
    case HitTarget::Kind::None:
    case HitTarget::Kind::Padded:  // the equivalent view's cells; EquivalentPicture explains them
        break;
    }
    return out;
}

} // namespace sb
