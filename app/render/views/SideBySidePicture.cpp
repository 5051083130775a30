#include "app/render/views/SideBySidePicture.h"

#include "app/render/GridPainter.h"
#include "app/render/Narration.h"
#include "app/render/SceneRenderer.h"
#include "app/render/views/CellSweep.h"

#include <QPainter>

#include <algorithm>

namespace sb {

SideBySidePicture::SideBySidePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel)
    : scatter_(record, plane, false, ViewId::Scatter), equivalent_(record, plane, channel)
{
    const QRectF left = scatter_.layout().bounds(), right = equivalent_.bounds();
    equivalentOffset_ = QPointF(left.right() + kPanelGap, 0.0);
    const double bottom = std::max(left.bottom(), right.bottom());
    comparison_ = QRectF(SceneLayout::kMargin, bottom, equivalentOffset_.x() + right.width() - 2 * SceneLayout::kMargin, kComparison);
    bounds_ = QRectF(0, 0, equivalentOffset_.x() + right.width(), comparison_.bottom() + SceneLayout::kMargin);
}

double SideBySidePicture::scatterPosition(double position) const
{
    const double last = static_cast<double>(stepCount() - 1);
    const double scatterLast = static_cast<double>(scatter_.timeline().size() - 1);
    return last > 0 ? std::clamp(position, 0.0, last) * scatterLast / last : scatterLast;
}

QString SideBySidePicture::comparison(qint64 oy, qint64 ox) const
{
    const DirectConvolutionPlane& m = equivalent_.model();
    const float scattered = m.scatterValue(oy, ox), direct = m.directValue(oy, ox);
    return QStringLiteral("y[%1,%2]:  scatter %3  ·  direct convolution %4  %5")
        .arg(oy).arg(ox).arg(formatValue(scattered), formatValue(direct),
                             DirectConvolutionPlane::sameNumber(scattered, direct) ? QStringLiteral("✓") : QStringLiteral("✗"));
}

QString SideBySidePicture::narration(qint64 step) const
{
    const qint64 cell = std::min<qint64>(step, equivalent_.model().cellCount()) - 1;
    if (cell < 0)
        return QStringLiteral("Left, the scatter; right, the same layer as a direct convolution. Both run to the end "
                              "together, and every output cell gets the same number both ways.");
    const qint64 w = equivalent_.model().geometry().output.w;
    return comparison(cell / w, cell % w);
}

void SideBySidePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    const CellSweep sweep = CellSweep::at(position, equivalent_.model().cellCount());
    const HitTarget& target = options.inspection.target;
    painter.save();
    if (!options.transparentBackground)
        painter.fillRect(bounds_, options.theme.background);

    // Left: the scatter exactly as its own view paints it, its footer telling its own step. The
    // cell being filled on the right (or the hovered one) is inspected on the left, so the
    // scatter's sum for it is written out under it.
    RenderOptions left = options;
    left.transparentBackground = true;
    const SceneFrame frame = scatter_.frameAt(scatterPosition(position));
    left.caption = narrate(scatter_, frame.step);
    HitTarget cell;
    const qint64 w = equivalent_.model().geometry().output.w;
    const qint64 index = target.kind == HitTarget::Kind::Output ? target.oy * w + target.ox : sweep.filled > 0 ? sweep.filled - 1 : -1;
    if (target.kind != HitTarget::Kind::None && target.kind != HitTarget::Kind::Padded && target.kind != HitTarget::Kind::Output)
        cell = target;  // a scatter-side hover
    else if (index >= 0) {
        cell.kind = HitTarget::Kind::Output;
        cell.oy = index / w;
        cell.ox = index % w;
        const LayerGeometry& g = equivalent_.model().geometry();
        cell.y = cell.oy + g.padding.h;
        cell.x = cell.ox + g.padding.w;
    }
    const qint64 shownChannel = scatter_.bufferWindow(frame).ci;
    left.inspection = Inspection::of(scatter_, cell, shownChannel);
    left.inspectionPinned = options.inspectionPinned && !target.isNone();
    painter.save();
    painter.translate(scatterOffset());
    SceneRenderer::paint(painter, scatter_, frame, left);
    painter.restore();

    // Right: the equivalent view; scatter-only targets mean nothing there.
    RenderOptions right = options;
    right.transparentBackground = true;
    const bool rightTarget = target.kind == HitTarget::Kind::Output || target.kind == HitTarget::Kind::Padded
                             || target.kind == HitTarget::Kind::Kernel || target.kind == HitTarget::Kind::Input;
    if (!rightTarget)
        right.inspection = Inspection();
    painter.save();
    painter.translate(equivalentOffset_);
    equivalent_.paint(painter, position, right);
    painter.restore();

    // A rule between the halves and the comparison under both.
    GridPainter gp(painter, options);
    const double x = equivalentOffset_.x() - kPanelGap / 2;
    painter.setPen(QPen(options.theme.grid, 1.0 / std::max(gp.scale(), 1e-6)));
    painter.drawLine(QPointF(x, SceneLayout::kMargin), QPointF(x, comparison_.top() - 8));
    if (index >= 0) {
        const bool same = DirectConvolutionPlane::sameNumber(equivalent_.model().scatterValue(index / w, index % w),
                                                             equivalent_.model().directValue(index / w, index % w));
        gp.text(comparison_, comparison(index / w, index % w), same ? options.theme.text : options.theme.error, 18, true,
                Qt::AlignCenter | Qt::TextSingleLine);
    } else {
        gp.text(comparison_, narration(0), options.theme.mutedText, 14, false, Qt::AlignCenter | Qt::TextSingleLine);
    }
    painter.restore();
}

HitTarget SideBySidePicture::hitTest(const QPointF& world, double position) const
{
    if (world.x() >= equivalentOffset_.x())
        return equivalent_.hitTest(world - equivalentOffset_, position);
    return scatter_.layout().hitTest(world - scatterOffset(), scatter_.bufferWindow(scatter_.frameAt(scatterPosition(position))));
}

} // namespace sb
