// SPDX-License-Identifier: MIT
#include "app/render/views/SideBySidePicture.h"

#include "app/render/CellSweep.h"
#include "app/render/GridPainter.h"
#include "app/render/Narration.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/SceneRenderer.h"
#include "app/render/Typography.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

struct SideBySidePictureText {
    Q_DECLARE_TR_FUNCTIONS(SideBySidePicture)
};

// The comparison of one output cell: y[oy,ox], its two values and the verdict (✓ or ✗).
QString comparisonText(qint64 oy, qint64 ox, const QString& scattered, const QString& direct, const QString& verdict)
{
    //: %1,%2 index the output cell y[%1,%2]; %3 and %4 are its value computed both ways, %5 is ✓ or ✗
    return SideBySidePictureText::tr("y[%1,%2]:  scatter %3  ·  direct convolution %4  %5")
        .arg(oy)
        .arg(ox)
        .arg(scattered, direct, verdict);
}

} // namespace

SideBySidePicture::SideBySidePicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel)
    : scatter_(record, plane, false, ViewId::Scatter), reserve_(comparisonReserve(*record, plane)),
      equivalent_(record, plane, channel, besideBudget())
{
    // The equivalent half gets the room the scatter leaves within the budget: beside it if its
    // layout fits there, else under it.
    QRectF left = scatter_.layout().bounds();
    const QSizeF beside = besideBudget();
    const QRectF besideBounds = equivalent_.bounds();
    stacked_ = besideBounds.width() > beside.width() || besideBounds.height() > beside.height();
    if (stacked_) {
        const QSizeF under(kBudget, kBudget - left.height() - kPanelGap - reserve_);
        equivalent_ = EquivalentPicture(record, plane, channel, under.expandedTo(QSizeF(1, 1)));
        // Even at its smallest the direct convolution needs more height than the scatter leaves:
        // the scatter gives up the difference (its grids turn to colour sooner).
        double over = equivalent_.bounds().height() - under.height();
        for (int attempt = 0; attempt < 3 && over > 0; ++attempt) {
            const double scatterHeight = scatter_.layout().bounds().height() - over - 8;
            scatter_ = ScatterScene(record, plane, false, ViewId::Scatter, QSizeF(kBudget, std::max(scatterHeight, 480.0)));
            const QSizeF room(kBudget, kBudget - scatter_.layout().bounds().height() - kPanelGap - reserve_);
            equivalent_ = EquivalentPicture(record, plane, channel, room.expandedTo(QSizeF(1, 1)));
            over = equivalent_.bounds().height() - room.height();
        }
    }
    layout_ = SideBySideLayout(scatter_.layout().bounds(), equivalent_.bounds(), stacked_, [this](double measure) {
        return comparisonHeight(measure, [this](qint64 oy, qint64 ox) { return comparison(oy, ox); });
    });
}

QStringList SideBySidePicture::comparisonLines(const QString& text, bool strong, double width)
{
    return Typography::wrap(text, strong ? Typography::kBody : Typography::kLabel, strong, width);
}

QSizeF SideBySidePicture::besideBudget() const
{
    const QRectF left = scatter_.layout().bounds();
    return QSizeF(kBudget - left.width() - kPanelGap, kBudget - reserve_).expandedTo(QSizeF(1, 1));
}

double SideBySidePicture::comparisonReserve(const ScatterRecord& record, PlaneSelection plane) const
{
    // Before the width is known: at the narrowest a picture is, with the scatter's value written
    // both ways (the direct one is the same number).
    const std::vector<float> output = record.planeOutput(plane.n, plane.co);  // once here, not once per cell
    const qint64 width = record.geometry().output.w;
    return comparisonHeight(PictureChrome::kMinWidth, [&](qint64 oy, qint64 ox) {
               const QString v = formatValue(output[static_cast<std::size_t>(oy * width + ox)]);
               return comparisonText(oy, ox, v, v, QStringLiteral("✓"));
           }) + PictureChrome::kMargin;
}

double SideBySidePicture::comparisonHeight(double width, const std::function<QString(qint64, qint64)>& comparisonAt) const
{
    // The start's sentence, or the widest comparison of any cell, wrapped to the width.
    double height = comparisonLines(startSentence(), false, width).size() * Typography::lineHeight(Typography::kLabel);
    const LayerGeometry& g = scatter_.record().geometry();
    const qint64 cells = g.output.h * g.output.w;
    const qint64 every = std::max<qint64>(1, cells / kMeasuredCells);
    QString widest;
    double widestWidth = 0.0;
    for (qint64 cell = 0; cell < cells; cell += every) {
        const QString text = comparisonAt(cell / g.output.w, cell % g.output.w);
        const double w = Typography::width(text, Typography::kBody, true);
        if (w > widestWidth) {
            widestWidth = w;
            widest = text;
        }
    }
    if (every > 1)
        widest += QStringLiteral("0000");  // cells not measured: room for longer numbers
    height = std::max(height, comparisonLines(widest, true, width).size() * Typography::lineHeight(Typography::kBody, true));
    return height + 16;
}

double SideBySidePicture::scatterPosition(double position) const
{
    // The halves run to the end together. At a whole step the scatter is at a whole step of its
    // own (never mid-flight, where its arriving numbers slide over the ones already in), and
    // between two steps it moves between theirs.
    const double last = static_cast<double>(stepCount() - 1);
    const double scatterLast = static_cast<double>(scatter_.timeline().size() - 1);
    if (last <= 0)
        return scatterLast;
    const auto at = [&](double step) { return std::floor(step * scatterLast / last); };
    const double p = std::clamp(position, 0.0, last), whole = std::floor(p);
    return at(whole) + (p - whole) * (at(std::min(whole + 1, last)) - at(whole));
}

QString SideBySidePicture::comparison(qint64 oy, qint64 ox) const
{
    const DirectConvolutionPlane& m = equivalent_.model();
    const float scattered = m.scatterValue(oy, ox), direct = m.directValue(oy, ox);
    return comparisonText(oy, ox, formatValue(scattered), formatValue(direct),
                          DirectConvolutionPlane::sameNumber(scattered, direct) ? QStringLiteral("✓") : QStringLiteral("✗"));
}

QString SideBySidePicture::startSentence() const
{
    return stacked_ ? SideBySidePictureText::tr("Above, the scatter; below, the same layer as a direct convolution. Both run to the end "
                                     "together, and every output cell gets the same number both ways.")
                    : SideBySidePictureText::tr("Left, the scatter; right, the same layer as a direct convolution. Both run to the end "
                                     "together, and every output cell gets the same number both ways.");
}

QString SideBySidePicture::narration(qint64 step) const
{
    const qint64 cell = std::min<qint64>(step, equivalent_.model().cellCount()) - 1;
    if (cell < 0)
        return startSentence();
    const qint64 w = equivalent_.model().geometry().output.w;
    return comparison(cell / w, cell % w);
}

// One frame's painting, section by section over the layout: each half as its own view paints it,
// then what joins them.
class SideBySidePicture::Painter : public PicturePainter {
public:
    Painter(QPainter& p, const SideBySidePicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position, Edges::AsGiven), pic_(picture), L_(picture.layout_),
          sweep_(CellSweep::at(position, picture.equivalent_.model().cellCount())),
          w_(picture.equivalent_.model().geometry().output.w)
    {
        // The cell being filled on the right, or the hovered output cell.
        const HitTarget& target = o_.inspection.target;
        index_ = target.kind == HitTarget::Kind::Output ? target.oy * w_ + target.ox
                 : sweep_.filled > 0                    ? sweep_.filled - 1
                                                        : -1;
    }

    void paint()
    {
        fillBackground(L_.bounds());
        paintScatter();
        paintEquivalent();
        paintRule();
        paintComparison();
    }

private:
    // Left: the scatter exactly as its own view paints it, its footer telling its own step. The
    // cell being filled on the right (or the hovered one) is inspected on the left, so the
    // scatter's sum for it is written out under it.
    void paintScatter()
    {
        const ScatterScene& scatter = pic_.scatter_;
        const HitTarget& target = o_.inspection.target;
        RenderOptions left = o_;
        left.transparentBackground = true;
        const SceneFrame frame = scatter.frameAt(pic_.scatterPosition(position_));
        left.caption = narrate(scatter, frame.step);
        HitTarget cell;
        if (target.kind != HitTarget::Kind::None && target.kind != HitTarget::Kind::Padded
            && target.kind != HitTarget::Kind::Output)
            cell = target;  // a scatter-side hover
        else if (index_ >= 0)
            cell = HitTarget::outputCell(index_ / w_, index_ % w_, pic_.equivalent_.model().geometry().padding);
        const qint64 shownChannel = scatter.bufferWindow(frame).ci;
        left.inspection = scatter.inspect(cell, shownChannel);
        left.inspectionPinned = o_.inspectionPinned && !target.isNone();
        p_.save();
        p_.translate(L_.scatterOffset());
        SceneRenderer::paint(p_, scatter, frame, left);
        p_.restore();
    }

    // Right: the equivalent view; scatter-only targets mean nothing there.
    void paintEquivalent()
    {
        const HitTarget& target = o_.inspection.target;
        RenderOptions right = o_;
        right.transparentBackground = true;
        const bool rightTarget = target.kind == HitTarget::Kind::Output || target.kind == HitTarget::Kind::Padded
                                 || target.kind == HitTarget::Kind::Kernel || target.kind == HitTarget::Kind::Input;
        if (!rightTarget)
            right.inspection = Inspection();
        p_.save();
        p_.translate(L_.equivalentOffset());
        pic_.equivalent_.paint(p_, position_, right);
        p_.restore();
    }

    // A rule between the halves.
    void paintRule()
    {
        p_.setPen(QPen(o_.theme.grid, 1.0 / std::max(gp_.scale(), 1e-6)));
        p_.drawLine(L_.rule());
    }

    // The comparison under both, wrapped to the picture's width: the cell's two values, or the
    // start's sentence.
    void paintComparison()
    {
        const DirectConvolutionPlane& m = pic_.equivalent_.model();
        const bool strong = index_ >= 0;
        QColor color = o_.theme.mutedText;
        if (strong)
            color = DirectConvolutionPlane::sameNumber(m.scatterValue(index_ / w_, index_ % w_),
                                                       m.directValue(index_ / w_, index_ % w_))
                        ? o_.theme.text
                        : o_.theme.error;
        const double px = strong ? Typography::kBody : Typography::kLabel;
        const double line = Typography::lineHeight(px, strong);
        const QRectF box = L_.comparisonRect();
        double y = box.top() + 8;
        const QString text = strong ? pic_.comparison(index_ / w_, index_ % w_) : pic_.startSentence();
        for (const QString& l : comparisonLines(text, strong, box.width())) {
            gp_.text(QRectF(box.left(), y, box.width(), line), l, color, px, strong,
                     Qt::AlignCenter | Qt::TextSingleLine);
            y += line;
        }
    }

    const SideBySidePicture& pic_;
    const SideBySideLayout& L_;
    const CellSweep sweep_;
    const qint64 w_;  // the output's width, for a cell's index
    qint64 index_;    // the output cell compared, −1 at the start
};

void SideBySidePicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    Painter(painter, *this, position, options).paint();
}

HitTarget SideBySidePicture::hitTest(const QPointF& world, double position) const
{
    if (layout_.inEquivalentHalf(world))
        return equivalent_.hitTest(world - layout_.equivalentOffset(), position);
    return scatter_.layout().hitTest(world - layout_.scatterOffset(),
                                     scatter_.bufferWindow(scatter_.frameAt(scatterPosition(position))));
}

} // namespace sb
