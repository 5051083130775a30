#include "app/render/SceneRenderer.h"

#include "app/render/GridPainter.h"
#include "core/OutputSizeFormula.h"

#include <QPainter>
#include <QHash>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

QColor withAlpha(QColor c, double alpha) { return GridPainter::withAlpha(c, alpha); }
QColor mix(const QColor& a, const QColor& b, double t) { return GridPainter::mix(a, b, t); }

// Element tints are light in both themes, so the numbers on them are always dark.
const QColor kTextOnTint(0x1d, 0x22, 0x2b);

QString shapeText(const Shape& shape)
{
    return QString::fromStdString(formatShape(shape));
}

// One frame's painting; a struct so the sections share what they need without long argument lists.
class FramePainter {
public:
    FramePainter(QPainter& p, const ScatterScene& scene, const SceneFrame& frame, const RenderOptions& options)
        : p_(p), gp_(p, options), scene_(scene), frame_(frame), o_(options), g_(scene.geometry()), layout_(scene.layout()),
          window_(scene.bufferWindow(frame))
    {
        plane_ = scene.plane();
        fullSum_ = scene.story().runningSum(frame.done);
        firstChannel_ = g_.firstInputOfOutput(plane_.co);
    }

    void paint()
    {
        if (!o_.transparentBackground)
            p_.fillRect(layout_.bounds(), o_.theme.background);
        paintTitle();
        if (layout_.view() == ViewId::Scatter) {
            paintInput();
            paintKernel();
            paintBuffers();
            paintFull();
            paintFormula();
        }
        paintOutput();
        if (layout_.view() == ViewId::Overlap || o_.overlapHeatmap)
            paintLegend();
        paintFooter();
    }

private:
    // ---- shared vocabulary (GridPainter) -------------------------------------------------------
    bool textFits(double cell) const { return gp_.textFits(cell); }
    // Stripes narrower than a few pixels cannot be told apart; small cells get their colours' mean.
    bool stripesFit(double cell) const { return cell * gp_.scale() >= 14.0; }
    void cellText(const QRectF& r, const QString& text, const QColor& color, bool bold = false)
    {
        gp_.cellText(r, text, color, bold);
    }
    // NaN and ±Inf propagate exactly as in PyTorch; their cells are hatched in the error colour so
    // they stand out even when the cell is too small for its text.
    void markNonFinite(const QRectF& r, double value)
    {
        if (std::isfinite(value))
            return;
        p_.fillRect(r, withAlpha(o_.theme.error, 0.25));
        p_.fillRect(r, QBrush(o_.theme.error, std::isnan(value) ? Qt::DiagCrossPattern : Qt::BDiagPattern));
    }
    void caption(const QPointF& bottomLeft, const QString& text) { gp_.caption(bottomLeft, text); }
    void gridLines(const GridGeometry& grid, const QColor& color) { gp_.gridLines(grid, color); }
    void frameRect(const QRectF& r, const QColor& color, double pixels, Qt::PenStyle style = Qt::SolidLine)
    {
        gp_.frameRect(r, color, pixels, style);
    }
    void visibleSpan(const GridGeometry& grid, qint64& r0, qint64& r1, qint64& c0, qint64& c1) const
    {
        gp_.visibleSpan(grid, r0, r1, c0, c1);
    }

    qint64 elementOrdinal(qint64 ci, qint64 iy, qint64 ix) const
    {
        return ((ci - firstChannel_) * g_.input.h + iy) * g_.input.w + ix;
    }
    // How much of an element's buffer is in: 1 done, 0 not started, t while arriving.
    double elementProgress(qint64 element) const
    {
        const qint64 taps = scene_.story().tapsPerElement();
        const qint64 first = element * taps, last = first + taps;
        if (frame_.done >= last)
            return 1.0;
        if (frame_.arriving > first && frame_.arriving <= last && frame_.arriving > frame_.done)
            return std::max(frame_.t, static_cast<double>(std::max<qint64>(frame_.done - first, 0)) / taps);
        return frame_.done > first ? static_cast<double>(frame_.done - first) / taps : 0.0;
    }
    bool tapIn(qint64 element, qint64 ky, qint64 kx) const
    {
        const qint64 q = element * scene_.story().tapsPerElement() + ky * g_.kernel.w + kx;
        return q < frame_.done;
    }
    bool tapArriving(qint64 element, qint64 ky, qint64 kx) const
    {
        const qint64 q = element * scene_.story().tapsPerElement() + ky * g_.kernel.w + kx;
        return q >= frame_.done && q < frame_.arriving;
    }

    // ---- sections ------------------------------------------------------------------------------
    void paintTitle()
    {
        QFont f = p_.font();
        f.setPointSizeF(16);
        f.setBold(true);
        p_.setFont(f);
        p_.setPen(o_.theme.text);
        auto pair = [](Size2 s) {
            return s.h == s.w ? QString::number(s.h) : QStringLiteral("(%1, %2)").arg(s.h).arg(s.w);
        };
        QString title = QStringLiteral("ConvTranspose2d(%1, %2, kernel_size=%3, stride=%4")
                            .arg(g_.in_channels).arg(g_.out_channels).arg(pair(g_.kernel), pair(g_.stride));
        if (g_.padding != Size2(0))
            title += QStringLiteral(", padding=") + pair(g_.padding);
        if (g_.output_padding != Size2(0))
            title += QStringLiteral(", output_padding=") + pair(g_.output_padding);
        if (g_.dilation != Size2(1))
            title += QStringLiteral(", dilation=") + pair(g_.dilation);
        if (g_.groups != 1)
            title += QStringLiteral(", groups=%1").arg(g_.groups);
        title += scene_.record().layer().hasBias() ? QStringLiteral(")") : QStringLiteral(", bias=False)");
        p_.drawText(layout_.titleRect().adjusted(0, -8, 0, -8), Qt::AlignLeft | Qt::AlignVCenter, title);

        f.setPointSizeF(12);
        f.setBold(false);
        p_.setFont(f);
        p_.setPen(o_.theme.mutedText);
        const Timeline& tl = scene_.timeline();
        const QString where = (g_.batch > 1 || g_.out_channels > 1 ? QStringLiteral("n=%1, co=%2 · ").arg(plane_.n).arg(plane_.co)
                                                                    : QString())
                              + QStringLiteral("step %1 / %2 · %3")
                                    .arg(frame_.step)
                                    .arg(tl.size() - 1)
                                    .arg(QString::fromStdString(tl.label(frame_.step)));
        p_.drawText(layout_.titleRect().adjusted(0, 30, 0, 30), Qt::AlignLeft | Qt::AlignVCenter, where);
    }

    void paintInput()
    {
        const GridGeometry& grid = layout_.input();
        const qint64 ci = window_.ci;
        caption(grid.origin, g_.inPerGroup() > 1 || g_.in_channels > 1
                                 ? QStringLiteral("input x[%1, c=%2]  %3×%4").arg(plane_.n).arg(ci).arg(g_.input.h).arg(g_.input.w)
                                 : QStringLiteral("input x  %1×%2").arg(g_.input.h).arg(g_.input.w));
        const Tensor& x = scene_.record().layer().input;
        qint64 r0, r1, c0, c1;
        visibleSpan(grid, r0, r1, c0, c1);
        for (qint64 iy = r0; iy < r1; ++iy)
            for (qint64 ix = c0; ix < c1; ++ix) {
                const QRectF r = grid.cellRect(iy, ix);
                const double progress = elementProgress(elementOrdinal(ci, iy, ix));
                // Elements still waiting are pale; once scattered they take their full tint.
                p_.fillRect(r, o_.palette.tint(ci, iy, ix, 0.22 + 0.5 * progress));
                markNonFinite(r, x.at(plane_.n, ci, iy, ix));
                cellText(r, formatValue(x.at(plane_.n, ci, iy, ix)), kTextOnTint);
            }
        gridLines(grid, o_.theme.grid);
        frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
        if (frame_.activeElement >= 0) {
            const StoryContribution& c = scene_.story().at(frame_.activeElement * scene_.story().tapsPerElement());
            if (c.ci == ci)
                frameRect(grid.cellRect(c.iy, c.ix).adjusted(1, 1, -1, -1), o_.palette.color(c.ci, c.iy, c.ix), 3.5);
        }
        highlightCells(grid, o_.inspection.elements, g_.input.w);
    }

    void paintKernel()
    {
        const GridGeometry& grid = layout_.kernel();
        const qint64 ci = window_.ci, cog = plane_.co % g_.outPerGroup();
        caption(grid.origin, g_.in_channels > 1 || g_.out_channels > 1
                                 ? QStringLiteral("kernel w[%1, %2]  %3×%4").arg(ci).arg(cog).arg(g_.kernel.h).arg(g_.kernel.w)
                                 : QStringLiteral("kernel w  %1×%2").arg(g_.kernel.h).arg(g_.kernel.w));
        const qint64 active = frame_.activeElement;
        for (qint64 ky = 0; ky < g_.kernel.h; ++ky)
            for (qint64 kx = 0; kx < g_.kernel.w; ++kx) {
                const QRectF r = grid.cellRect(ky, kx);
                QColor fill = o_.theme.panel;
                if (active >= 0) {
                    // The taps being multiplied by the active element take its colour.
                    const StoryContribution& c = scene_.story().at(active * scene_.story().tapsPerElement());
                    if (tapIn(active, ky, kx) || tapArriving(active, ky, kx))
                        fill = o_.palette.tint(c.ci, c.iy, c.ix, 0.35);
                }
                p_.fillRect(r, fill);
                markNonFinite(r, scene_.record().layer().weightAt(ci, cog, ky, kx));
                cellText(r, formatValue(scene_.record().layer().weightAt(ci, cog, ky, kx)), fill == o_.theme.panel ? o_.theme.text : kTextOnTint);
            }
        gridLines(grid, o_.theme.grid);
        frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
        highlightCells(grid, o_.inspection.taps, g_.kernel.w);
    }

    void paintBuffers()
    {
        const QRectF area = layout_.buffersRect();
        QString text = QStringLiteral("intermediate buffers x[i,j]·w, %1 apart (stride)").arg(
            g_.stride.h == g_.stride.w ? QString::number(g_.stride.h) : QStringLiteral("%1×%2").arg(g_.stride.h).arg(g_.stride.w));
        if (layout_.slotRows() < g_.input.h || layout_.slotCols() < g_.input.w)
            text = QStringLiteral("buffers of x[%1–%2, %3–%4] (of %5×%6)")
                       .arg(window_.row0).arg(window_.row0 + layout_.slotRows() - 1)
                       .arg(window_.col0).arg(window_.col0 + layout_.slotCols() - 1)
                       .arg(g_.input.h).arg(g_.input.w);
        caption(area.topLeft(), text);
        const Size2 full = g_.full();
        const Tensor& x = scene_.record().layer().input;
        const qint64 cog = plane_.co % g_.outPerGroup();
        for (qint64 sr = 0; sr < layout_.slotRows(); ++sr)
            for (qint64 sc = 0; sc < layout_.slotCols(); ++sc) {
                const GridGeometry slot = layout_.slot(sr, sc);
                const qint64 ci = window_.ci, iy = window_.row0 + sr, ix = window_.col0 + sc;
                const qint64 element = elementOrdinal(ci, iy, ix);
                const double progress = elementProgress(element);
                p_.fillRect(slot.rect(), o_.theme.panel);
                // The padding crop, faint, so each buffer shows what will survive.
                shadeCrop(slot, 0.35);
                const float xv = x.at(plane_.n, ci, iy, ix);
                const QColor tint = o_.palette.tint(ci, iy, ix, 0.55);
                for (qint64 ky = 0; ky < g_.kernel.h; ++ky)
                    for (qint64 kx = 0; kx < g_.kernel.w; ++kx) {
                        const QRectF r = slot.cellRect(g_.fullY(iy, ky), g_.fullX(ix, kx));
                        const bool in = tapIn(element, ky, kx) || tapArriving(element, ky, kx);
                        p_.fillRect(r, withAlpha(tint, in ? std::max(progress, 0.15) : 0.18));
                        if (in)
                            cellText(r, formatValue(double(xv) * scene_.record().layer().weightAt(ci, cog, ky, kx)),
                                     kTextOnTint);
                    }
                if (textFits(slot.cell))
                    gridLines(slot, withAlpha(o_.theme.grid, 0.7));
                frameRect(slot.rect(), withAlpha(o_.theme.gridStrong, 0.5 + 0.5 * progress), 1.0);
                if (frame_.activeElement == element)
                    frameRect(slot.rect().adjusted(-2, -2, 2, 2), o_.palette.color(ci, iy, ix), 3.0);
                if (o_.inspection.elements.contains(iy * g_.input.w + ix) && window_.ci == ci)
                    frameRect(slot.rect().adjusted(-4, -4, 4, 4), inspectColor(), 2.0);
                Q_UNUSED(full);
            }
    }

    void shadeCrop(const GridGeometry& grid, double alpha)
    {
        // Rows/cols outside the kept window [p, p + H_out) are what padding removes.
        const QRectF kept(grid.origin.x() + g_.padding.w * grid.cell, grid.origin.y() + g_.padding.h * grid.cell,
                          g_.output.w * grid.cell, g_.output.h * grid.cell);
        const Size2 full = g_.full();
        const QRectF whole(grid.origin, QSizeF(full.w * grid.cell, full.h * grid.cell));
        QPainterPath cropped;
        cropped.addRect(whole);
        QPainterPath keep;
        keep.addRect(kept);
        cropped = cropped.subtracted(keep);
        p_.fillPath(cropped, withAlpha(o_.theme.cropShade, alpha));
    }

    void paintFull()
    {
        const GridGeometry& grid = layout_.full();
        const Size2 full = g_.full();
        caption(grid.origin, QStringLiteral("full buffer %1×%2 = Σ buffers (before the crop)").arg(full.h).arg(full.w));
        const PlaneStory& story = scene_.story();
        // Cells: one stripe per buffer that has landed, in that buffer's colour.
        qint64 r0, r1, c0, c1;
        visibleSpan(GridGeometry{grid.origin, full.h, full.w, grid.cell}, r0, r1, c0, c1);
        const bool stripes = stripesFit(grid.cell);
        for (qint64 y = r0; y < r1; ++y)
            for (qint64 x = c0; x < c1; ++x) {
                const QRectF r = grid.cellRect(y, x);
                const std::vector<std::int64_t> arrivals = story.arrivals(y, x);
                int landed = 0;
                for (std::int64_t q : arrivals)
                    landed += q < frame_.done;
                if (landed > 0 && !stripes) {
                    p_.fillRect(r, meanTint(arrivals, landed));
                    continue;
                }
                p_.fillRect(r, o_.theme.panel);
                if (landed > 0) {
                    const double w = r.width() / landed;
                    int i = 0;
                    for (std::int64_t q : arrivals) {
                        if (q >= frame_.done)
                            break;
                        const StoryContribution& c = story.at(q);
                        p_.fillRect(QRectF(r.left() + i * w, r.top(), w + 0.02, r.height()), o_.palette.tint(c.ci, c.iy, c.ix, 0.5));
                        ++i;
                    }
                    markNonFinite(r, fullSum_[static_cast<std::size_t>(y * full.w + x)]);
                    cellText(r, formatValue(fullSum_[static_cast<std::size_t>(y * full.w + x)]), kTextOnTint, landed > 1);
                }
            }
        paintOutputPaddingBeyond(grid);
        shadeCrop(grid, 0.25 + 0.75 * frame_.cropAlpha);
        gridLines(GridGeometry{grid.origin, full.h, full.w, grid.cell}, o_.theme.grid);
        frameRect(QRectF(grid.origin, QSizeF(full.w * grid.cell, full.h * grid.cell)), o_.theme.gridStrong, 1.5);

        // The kept window, framed; labelled once the crop step is reached.
        const QRectF kept(grid.origin.x() + g_.padding.w * grid.cell, grid.origin.y() + g_.padding.h * grid.cell,
                          g_.output.w * grid.cell, g_.output.h * grid.cell);
        if (g_.padding != Size2(0) || g_.output_padding != Size2(0)) {
            frameRect(kept, withAlpha(o_.theme.cropFrame, 0.35 + 0.65 * frame_.cropAlpha), 1.0 + 2.0 * frame_.cropAlpha,
                      frame_.cropAlpha > 0 ? Qt::SolidLine : Qt::DashLine);
            if (g_.padding != Size2(0)) {
                QFont f = p_.font();
                f.setPointSizeF(12);
                f.setBold(true);
                p_.setFont(f);
                p_.setPen(withAlpha(o_.theme.text, 0.45 + 0.55 * frame_.cropAlpha));
                const QString label = g_.padding.h == g_.padding.w
                                          ? QStringLiteral("cropped by padding = %1").arg(g_.padding.h)
                                          : QStringLiteral("cropped by padding = (%1, %2)").arg(g_.padding.h).arg(g_.padding.w);
                p_.drawText(QRectF(grid.origin.x(), grid.rect().bottom() + 4, std::max(grid.rect().width(), 300.0), 22),
                            Qt::AlignLeft | Qt::AlignTop, label);
            }
        }
        markOutputPadding(grid, g_.padding);
        paintArriving(grid);
        highlightCells(grid, o_.inspection.fullCells, grid.cols);
    }

    QColor meanTint(const std::vector<std::int64_t>& arrivals, int landed) const
    {
        int r = 0, g = 0, b = 0;
        for (int i = 0; i < landed; ++i) {
            const StoryContribution& c = scene_.story().at(arrivals[static_cast<std::size_t>(i)]);
            const QColor t = o_.palette.tint(c.ci, c.iy, c.ix, 0.5);
            r += t.red();
            g += t.green();
            b += t.blue();
        }
        return QColor(r / landed, g / landed, b / landed);
    }

    // Output rows/cols that lie past the full buffer: output_padding adds them as zeros.
    void paintOutputPaddingBeyond(const GridGeometry& grid)
    {
        const Size2 full = g_.full();
        for (qint64 y = 0; y < grid.rows; ++y)
            for (qint64 x = 0; x < grid.cols; ++x) {
                if (y < full.h && x < full.w)
                    continue;
                const QRectF r = grid.cellRect(y, x);
                p_.fillRect(r, withAlpha(o_.theme.outputPadding, 0.08 + 0.12 * frame_.outputPaddingAlpha));
                frameRect(r, withAlpha(o_.theme.outputPadding, 0.5), 1.0, Qt::DashLine);
                if (frame_.outputPaddingAlpha > 0)
                    cellText(r, QStringLiteral("0"), withAlpha(o_.theme.outputPadding, frame_.outputPaddingAlpha));
            }
    }

    // The rows/cols output_padding adds at the bottom/right of the output, in output coordinates
    // offset by `at` within the grid.
    void markOutputPadding(const GridGeometry& grid, Size2 at)
    {
        if (g_.output_padding == Size2(0))
            return;
        const double alpha = 0.3 + 0.7 * frame_.outputPaddingAlpha;
        const QColor c = withAlpha(o_.theme.outputPadding, alpha);
        const double cell = grid.cell;
        const QPointF o(grid.origin.x() + at.w * cell, grid.origin.y() + at.h * cell);
        if (g_.output_padding.h > 0)
            frameRect(QRectF(o.x(), o.y() + (g_.output.h - g_.output_padding.h) * cell, g_.output.w * cell,
                             g_.output_padding.h * cell),
                      c, 2.5, Qt::DashLine);
        if (g_.output_padding.w > 0)
            frameRect(QRectF(o.x() + (g_.output.w - g_.output_padding.w) * cell, o.y(), g_.output_padding.w * cell,
                             g_.output.h * cell),
                      c, 2.5, Qt::DashLine);
        if (&grid == &layout_.full() && frame_.outputPaddingAlpha > 0) {
            QFont f = p_.font();
            f.setPointSizeF(12);
            f.setBold(true);
            p_.setFont(f);
            p_.setPen(c);
            p_.drawText(QRectF(grid.origin.x(), grid.rect().bottom() + 24, std::max(grid.rect().width(), 300.0), 22),
                        Qt::AlignLeft | Qt::AlignTop,
                        QStringLiteral("output_padding = %1 adds rows/cols at the bottom/right")
                            .arg(g_.output_padding.h == g_.output_padding.w
                                     ? QString::number(g_.output_padding.h)
                                     : QStringLiteral("(%1, %2)").arg(g_.output_padding.h).arg(g_.output_padding.w)));
        }
    }

    // Contributions sliding from their buffer (or their input element) into the full buffer.
    void paintArriving(const GridGeometry& grid)
    {
        if (frame_.arriving <= frame_.done)
            return;
        const PlaneStory& story = scene_.story();
        const double t = frame_.t;
        for (qint64 q = frame_.done; q < frame_.arriving; ++q) {
            const StoryContribution& c = story.at(q);
            QRectF from;
            const qint64 sr = c.iy - window_.row0, sc = c.ix - window_.col0;
            if (c.ci == window_.ci && sr >= 0 && sc >= 0 && sr < layout_.slotRows() && sc < layout_.slotCols())
                from = layout_.slot(sr, sc).cellRect(c.y, c.x);
            else
                from = layout_.input().cellRect(c.iy, c.ix);
            const QRectF to = grid.cellRect(c.y, c.x);
            const QRectF r(from.topLeft() + (to.topLeft() - from.topLeft()) * t,
                           from.size() + (to.size() - from.size()) * t);
            p_.fillRect(r, withAlpha(o_.palette.tint(c.ci, c.iy, c.ix, 0.7), 0.35 + 0.65 * t));
            frameRect(r, withAlpha(o_.palette.color(c.ci, c.iy, c.ix), t), 2.0);
            cellText(r, formatValue(c.value), kTextOnTint, true);
        }
    }

    void paintOutput()
    {
        const GridGeometry& grid = layout_.output();
        const bool heat = layout_.view() == ViewId::Overlap || o_.overlapHeatmap;
        QString text = heat ? QStringLiteral("overlap: contributions per output cell  %1×%2").arg(g_.output.h).arg(g_.output.w)
                            : QStringLiteral("output y  %1×%2").arg(g_.output.h).arg(g_.output.w);
        if (!heat && (g_.batch > 1 || g_.out_channels > 1))
            text = QStringLiteral("output y[%1, %2]  %3×%4").arg(plane_.n).arg(plane_.co).arg(g_.output.h).arg(g_.output.w);
        if (!heat && scene_.record().layer().hasBias() && frame_.biasAlpha > 0)
            text += QStringLiteral("  (+ bias %1)").arg(formatValue(scene_.bias()));
        caption(grid.origin, text);

        const Size2 full = g_.full();
        const bool standalone = layout_.view() != ViewId::Scatter;
        // In the scatter view the output fills in at the crop; the other views show the result.
        const double reveal = standalone ? 1.0 : (g_.padding == Size2(0) && frame_.cropAlpha == 0.0 ? (frame_.finished ? 1.0 : 0.55)
                                                                                                    : 0.55 + 0.45 * frame_.cropAlpha);
        const std::vector<float> sums = standalone ? scene_.story().runningSum(scene_.story().size()) : fullSum_;
        const double bias = scene_.bias() * (standalone ? 1.0 : frame_.biasAlpha);
        const OverlapMap& overlap = scene_.overlap();
        const double lo = overlap.minimum(), hi = std::max<double>(overlap.maximum(), lo + 1);
        qint64 r0, r1, c0, c1;
        visibleSpan(grid, r0, r1, c0, c1);
        for (qint64 oy = r0; oy < r1; ++oy)
            for (qint64 ox = c0; ox < c1; ++ox) {
                const QRectF r = grid.cellRect(oy, ox);
                const qint64 y = oy + g_.padding.h, x = ox + g_.padding.w;
                const bool inside = y < full.h && x < full.w;
                if (heat) {
                    const qint32 count = overlap.at(oy, ox);
                    p_.fillRect(r, mix(o_.theme.heatLow, o_.theme.heatHigh, (count - lo) / (hi - lo)));
                    cellText(r, QString::number(count), (count - lo) / (hi - lo) > 0.6 ? QColor(Qt::white) : o_.theme.text, true);
                    continue;
                }
                const double value = (inside ? sums[static_cast<std::size_t>(y * full.w + x)] : 0.0) + bias;
                p_.fillRect(r, o_.theme.panel);
                if (reveal > 0.5)
                    markNonFinite(r, value);
                cellText(r, formatValue(value), withAlpha(o_.theme.text, reveal), frame_.finished);
            }
        gridLines(grid, o_.theme.grid);
        frameRect(grid.rect(), o_.theme.gridStrong, frame_.finished || standalone ? 2.5 : 1.5);
        markOutputPadding(grid, Size2(0));
        highlightCells(grid, o_.inspection.outputCells, g_.output.w);
    }

    void paintLegend()
    {
        const OverlapMap& overlap = scene_.overlap();
        const QRectF r = layout_.legendRect();
        const double barHeight = layout_.view() == ViewId::Overlap ? r.height() - 40 : 14;
        QFont f = p_.font();
        f.setPointSizeF(11);
        f.setBold(false);
        p_.setFont(f);
        p_.setPen(o_.theme.text);
        if (layout_.view() == ViewId::Overlap) {
            QLinearGradient gradient(r.topLeft(), QPointF(r.left(), r.top() + barHeight));
            gradient.setColorAt(0, o_.theme.heatHigh);
            gradient.setColorAt(1, o_.theme.heatLow);
            const QRectF bar(r.left(), r.top(), 24, barHeight);
            p_.fillRect(bar, gradient);
            frameRect(bar, o_.theme.gridStrong, 1.0);
            p_.drawText(QRectF(bar.right() + 8, bar.top() - 2, 120, 20), Qt::AlignLeft | Qt::AlignTop,
                        QStringLiteral("max %1").arg(overlap.maximum()));
            p_.drawText(QRectF(bar.right() + 8, bar.bottom() - 18, 120, 20), Qt::AlignLeft | Qt::AlignBottom,
                        QStringLiteral("min %1").arg(overlap.minimum()));
            p_.drawText(QRectF(r.left(), bar.bottom() + 8, 300, 40), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                        overlapVerdict());
            return;
        }
        QLinearGradient gradient(r.topLeft(), r.topRight());
        gradient.setColorAt(0, o_.theme.heatLow);
        gradient.setColorAt(1, o_.theme.heatHigh);
        const QRectF bar(r.left(), r.top(), r.width(), barHeight);
        p_.fillRect(bar, gradient);
        frameRect(bar, o_.theme.gridStrong, 1.0);
        p_.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), 18), Qt::AlignLeft, QString::number(overlap.minimum()));
        p_.drawText(QRectF(bar.left(), bar.bottom() + 2, bar.width(), 18), Qt::AlignRight, QString::number(overlap.maximum()));
        p_.drawText(QRectF(bar.right() + 10, bar.top() - 3, 420, 20), Qt::AlignLeft | Qt::AlignVCenter, overlapVerdict());
    }

    QString overlapVerdict() const
    {
        const OverlapMap& overlap = scene_.overlap();
        const bool even = g_.kernel.h % g_.stride.h == 0 && g_.kernel.w % g_.stride.w == 0;
        return QStringLiteral("%1–%2 contributions per cell: %3")
            .arg(overlap.minimum())
            .arg(overlap.maximum())
            .arg(even ? QStringLiteral("kernel divisible by stride, even interior")
                      : QStringLiteral("kernel not divisible by stride, checkerboard"));
    }

    void paintFormula()
    {
        const QRectF r = layout_.formulaRect();
        p_.fillRect(r, withAlpha(o_.theme.panel, 0.9));
        frameRect(r, o_.theme.grid, 1.0);
        auto axis = [&](int a) {
            OutputSizeFormula f;
            f.in = a == 0 ? g_.input.h : g_.input.w;
            f.kernel = a == 0 ? g_.kernel.h : g_.kernel.w;
            f.stride = a == 0 ? g_.stride.h : g_.stride.w;
            f.padding = a == 0 ? g_.padding.h : g_.padding.w;
            f.output_padding = a == 0 ? g_.output_padding.h : g_.output_padding.w;
            f.dilation = a == 0 ? g_.dilation.h : g_.dilation.w;
            return QString::fromStdString(f.substituted());
        };
        const Size2 full = g_.full();
        QStringList lines;
        lines << QStringLiteral("out = (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1");
        lines << QStringLiteral("H_out = ") + axis(0);
        lines << QStringLiteral("W_out = ") + axis(1);
        lines << QStringLiteral("full buffer = (in − 1)·stride + dilation·(kernel − 1) + 1 = %1×%2").arg(full.h).arg(full.w);
        if (g_.padding != Size2(0) || g_.output_padding != Size2(0))
            lines << QStringLiteral("padding crops (%1, %2) rows/cols on each side; output_padding adds (%3, %4) at the bottom/right")
                         .arg(g_.padding.h).arg(g_.padding.w).arg(g_.output_padding.h).arg(g_.output_padding.w);
        lines << QStringLiteral("output shape %1").arg(shapeText(g_.outputShape()));
        QFont f = p_.font();
        f.setPointSizeF(12.5);
        f.setBold(false);
        p_.setFont(f);
        const double lineHeight = (r.height() - 16) / lines.size();
        for (int i = 0; i < lines.size(); ++i) {
            p_.setPen(i == 1 || i == 2 ? o_.theme.text : o_.theme.mutedText);
            QFont lf = f;
            lf.setBold(i == 1 || i == 2);
            p_.setFont(lf);
            p_.drawText(QRectF(r.left() + 14, r.top() + 8 + i * lineHeight, r.width() - 28, lineHeight),
                        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, lines[i]);
        }
    }

    void paintFooter()
    {
        const QRectF r = layout_.footerRect();
        QString first = o_.caption, second;
        if (!o_.inspection.isEmpty()) {
            first = o_.inspection.expression;
            second = o_.inspection.detail;
        }
        if (first.isEmpty())
            return;
        QFont f = p_.font();
        f.setPointSizeF(15);
        f.setBold(!o_.inspection.isEmpty());
        p_.setFont(f);
        p_.setPen(o_.inspection.isEmpty() ? o_.theme.text : inspectColor());
        p_.drawText(QRectF(r.left(), r.top(), r.width(), r.height() * 0.55), Qt::AlignLeft | Qt::AlignVCenter, first);
        if (!second.isEmpty()) {
            f.setPointSizeF(12);
            f.setBold(false);
            p_.setFont(f);
            p_.setPen(o_.theme.mutedText);
            p_.drawText(QRectF(r.left(), r.top() + r.height() * 0.55, r.width(), r.height() * 0.45),
                        Qt::AlignLeft | Qt::AlignVCenter, second);
        }
    }

    QColor inspectColor() const { return o_.inspectionPinned ? o_.theme.pinned : o_.theme.highlight; }

    void highlightCells(const GridGeometry& grid, const QSet<qint64>& cells, qint64 cols)
    {
        if (cells.isEmpty() || cols <= 0)
            return;
        for (qint64 index : cells) {
            const qint64 r = index / cols, c = index % cols;
            if (r < 0 || r >= grid.rows || c < 0 || c >= grid.cols)
                continue;
            frameRect(grid.cellRect(r, c).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
        }
    }

    QPainter& p_;
    GridPainter gp_;
    const ScatterScene& scene_;
    const SceneFrame& frame_;
    const RenderOptions& o_;
    const LayerGeometry& g_;
    const SceneLayout& layout_;
    BufferWindow window_;
    PlaneSelection plane_;
    std::vector<float> fullSum_;
    qint64 firstChannel_ = 0;
};

} // namespace

void SceneRenderer::paint(QPainter& painter, const ScatterScene& scene, const SceneFrame& frame, const RenderOptions& options)
{
    if (scene.isNull())
        return;
    painter.save();
    // Cells are axis-aligned: antialiasing their edges costs more than it shows.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    FramePainter(painter, scene, frame, options).paint();
    painter.restore();
}

} // namespace sb
