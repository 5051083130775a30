// SPDX-License-Identifier: MIT
#include "app/render/SceneRenderer.h"

#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "core/OverlapAnalysis.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sb {

namespace {

struct SceneRendererText {
    Q_DECLARE_TR_FUNCTIONS(SceneRenderer)
};

// The step's name as the timeline gives it (core, English), its phase names in the user's language.
QString stepLabel(const Timeline& timeline, qint64 step)
{
    switch (timeline.step(step).kind) {
    //: A step of the animation: the first one, before anything is scattered
    case PhaseKind::Start: return SceneRendererText::tr("start");
    //: A step of the animation: the full buffer is cropped by padding (the PyTorch argument)
    case PhaseKind::Crop: return SceneRendererText::tr("crop padding");
    case PhaseKind::OutputPadding: return QStringLiteral("output_padding");  // the argument's name
    //: A step of the animation: the bias is added
    case PhaseKind::Bias: return SceneRendererText::tr("bias");
    //: A step of the animation: the last one
    case PhaseKind::Done: return SceneRendererText::tr("done");
    case PhaseKind::Scatter: break;  // x[0,1]·w[1,1]: notation
    }
    return QString::fromStdString(timeline.label(step));
}

QColor withAlpha(QColor c, double alpha) { return GridPainter::withAlpha(c, alpha); }
QColor mix(const QColor& a, const QColor& b, double t) { return GridPainter::mix(a, b, t); }

// Element tints are light in both themes, so the numbers on them are always dark.
const QColor kTextOnTint(0x1d, 0x22, 0x2b);
// A grid drawn without its numbers (too small to read at this scale) shows its values as colour:
// negative blue, positive red, zero the panel.
const QColor kNegative(0x3b, 0x6e, 0xb5);
const QColor kPositive(0xd0, 0x4a, 0x3c);

// FramePainter::valueFill as a QRgb, with its colours' channels read once rather than per cell.
class ValueFill {
public:
    ValueFill(const QColor& panel, double maxAbs)
        : panel_(panel.rgba()), negative_(kNegative.rgba()), positive_(kPositive.rgba()), maxAbs_(maxAbs)
    {
    }
    QRgb operator()(double value) const
    {
        if (!std::isfinite(value) || maxAbs_ <= 0.0)
            return panel_;
        const double t = 0.85 * std::min(1.0, std::abs(value) / maxAbs_);
        const QRgb to = value < 0 ? negative_ : positive_;
        // GridPainter::mix's arithmetic, channel by channel.
        const auto lerp = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
        return qRgba(lerp(qRed(panel_), qRed(to)), lerp(qGreen(panel_), qGreen(to)), lerp(qBlue(panel_), qBlue(to)),
                     lerp(qAlpha(panel_), qAlpha(to)));
    }

private:
    QRgb panel_, negative_, positive_;
    double maxAbs_;
};

// The mean tint of the contributions landed on each full-buffer cell of a span (FramePainter's
// meanTint, cell by cell), for a buffer drawn as colour alone. fillCells asks it of each of a
// 513×513 buffer's cells every frame, so the cells' taps are listed once per row and per column
// instead of being searched for, and each element's tint is computed once. A mean needs no order.
class LandedTints {
public:
    LandedTints(const LayerGeometry& g, const ElementPalette& palette, qint64 firstChannel, qint64 done, qint64 r0, qint64 r1,
                qint64 c0, qint64 c1)
        : g_(g), done_(done), r0_(r0), c0_(c0), taps_(g.kernel.h * g.kernel.w), rows_(static_cast<std::size_t>(r1 - r0)),
          cols_(static_cast<std::size_t>(c1 - c0))
    {
        for (qint64 iy = 0; iy < g.input.h; ++iy)
            for (qint64 ky = 0; ky < g.kernel.h; ++ky)
                if (const qint64 y = g.fullY(iy, ky); y >= r0 && y < r1)
                    rows_[static_cast<std::size_t>(y - r0)].push_back({iy, ky});
        for (qint64 ix = 0; ix < g.input.w; ++ix)
            for (qint64 kx = 0; kx < g.kernel.w; ++kx)
                if (const qint64 x = g.fullX(ix, kx); x >= c0 && x < c1)
                    cols_[static_cast<std::size_t>(x - c0)].push_back({ix, kx});
        // Only elements with a contribution in have a tint to show.
        const qint64 elements = std::min<qint64>(g.inPerGroup() * g.input.h * g.input.w, (done + taps_ - 1) / std::max<qint64>(taps_, 1));
        tints_.resize(static_cast<std::size_t>(std::max<qint64>(elements, 0)));
        const qint64 plane = g.input.h * g.input.w;
        for (qint64 e = 0; e < elements; ++e)
            tints_[static_cast<std::size_t>(e)] = palette.tint(firstChannel + e / plane, (e % plane) / g.input.w, e % g.input.w, 0.5).rgba();
    }

    QRgb meanTint(qint64 y, qint64 x, QRgb none) const
    {
        const qint64 plane = g_.input.h * g_.input.w;
        int landed = 0, r = 0, g = 0, b = 0;
        for (qint64 c = 0; c < g_.inPerGroup(); ++c)
            for (const Tap& row : rows_[static_cast<std::size_t>(y - r0_)])
                for (const Tap& col : cols_[static_cast<std::size_t>(x - c0_)]) {
                    const qint64 element = c * plane + row.i * g_.input.w + col.i;
                    if (element * taps_ + row.k * g_.kernel.w + col.k >= done_)
                        continue;
                    const QRgb t = tints_[static_cast<std::size_t>(element)];
                    r += qRed(t);
                    g += qGreen(t);
                    b += qBlue(t);
                    ++landed;
                }
        return landed > 0 ? qRgb(r / landed, g / landed, b / landed) : none;
    }

private:
    struct Tap {
        qint64 i, k;  // input row (or column) and kernel row (or column)
    };
    const LayerGeometry& g_;
    qint64 done_, r0_, c0_, taps_;
    std::vector<std::vector<Tap>> rows_, cols_;
    std::vector<QRgb> tints_;
};

// One frame's painting; a struct so the sections share what they need without long argument lists.
class FramePainter : public PicturePainter {
public:
    FramePainter(QPainter& p, const ScatterScene& scene, const SceneFrame& frame, const RenderOptions& options)
        : PicturePainter(p, options, frame.position), scene_(scene), frame_(frame), g_(scene.geometry()),
          layout_(scene.layout()), numbers_(scene.numbers()), window_(scene.bufferWindow(frame))
    {
        plane_ = scene.plane();
        fullSum_ = scene.story().runningSum(frame.done);
        firstChannel_ = g_.firstInputOfOutput(plane_.co);
        // Each grid writes all its numbers or none, at one size (GridPainter::gridTextSize).
        inputPx_ = gp_.gridTextSize(layout_.input().cell, numbers_.input.widest);
        kernelPx_ = gp_.gridTextSize(layout_.kernel().cell, numbers_.kernel.widest);
        sumPx_ = gp_.gridTextSize(layout_.output().cell, numbers_.sums.widest, true);
        countPx_ = gp_.gridTextSize(layout_.output().cell, numbers_.widestCount, true);
    }

    void paint()
    {
        fillBackground(layout_.bounds());
        paintTitle();
        if (layout_.drawsTheScatter()) {
            paintInput();
            paintKernel();
            paintBuffer();
            paintChips();
            paintFull();
            paintFormula();
        }
        paintOutput();
        if (layout_.countsOverlap() || o_.overlapHeatmap)
            paintLegend();
        paintFooter();
    }

private:
    // ---- shared vocabulary (GridPainter) -------------------------------------------------------
    // Stripes narrower than a few pixels cannot be told apart; small cells get their colours' mean.
    bool stripesFit(double cell) const { return cell * gp_.scale() >= 14.0; }
    // NaN and ±Inf propagate exactly as in PyTorch; their cells are hatched in the error colour so
    // they stand out even when the cell is too small for its text.
    void markNonFinite(const QRectF& r, double value)
    {
        if (std::isfinite(value))
            return;
        p_.fillRect(r, withAlpha(o_.theme.error, 0.25));
        p_.fillRect(r, QBrush(o_.theme.error, std::isnan(value) ? Qt::DiagCrossPattern : Qt::BDiagPattern));
    }
    QColor valueFill(double value, double maxAbs) const
    {
        if (!std::isfinite(value) || maxAbs <= 0.0)
            return o_.theme.panel;
        return mix(o_.theme.panel, value < 0 ? kNegative : kPositive, 0.85 * std::min(1.0, std::abs(value) / maxAbs));
    }
    // An element's fill, with its hatch where the colour-blind palette shares its colour.
    void fillElement(const QRectF& r, qint64 ci, qint64 iy, qint64 ix, const QColor& fill)
    {
        p_.fillRect(r, fill);
        const Qt::BrushStyle pattern = o_.palette.pattern(ci, iy, ix);
        if (pattern != Qt::NoBrush)
            p_.fillRect(r, QBrush(withAlpha(kTextOnTint, 0.35), pattern));
    }
    void frameRect(const QRectF& r, const QColor& color, double pixels, Qt::PenStyle style = Qt::SolidLine)
    {
        gp_.frameRect(r, color, pixels, style);
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
    QString sumText(double v) const { return numbers_.sums.format.text(v); }

    // ---- sections ------------------------------------------------------------------------------
    void paintTitle()
    {
        const Timeline& tl = scene_.timeline();
        const QString where = (g_.batch > 1 || g_.out_channels > 1 ? QStringLiteral("n=%1, co=%2 · ").arg(plane_.n).arg(plane_.co)
                                                                    : QString())
                              //: The title's second line: step 3 / 12 · and the step's name
                              + SceneRendererText::tr("step %1 / %2 · %3")
                                    .arg(frame_.step)
                                    .arg(tl.size() - 1)
                                    .arg(stepLabel(tl, frame_.step));
        PictureChrome::paintTitle(gp_, layout_.titleRect(), moduleCall(g_, scene_.record().layer().hasBias()), where);
    }

    void paintInput()
    {
        const GridGeometry& grid = layout_.input();
        const qint64 ci = window_.ci;
        gp_.caption(layout_.inputCaption(), SceneLayout::inputCaptionText(g_, plane_.n, ci), true, Typography::kHeading);
        const Tensor& x = scene_.record().layer().input;
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        // Elements still waiting are pale; once scattered they take their full tint.
        const auto tint = [&](qint64 iy, qint64 ix) { return o_.palette.tint(ci, iy, ix, 0.22 + 0.5 * elementProgress(elementOrdinal(ci, iy, ix))); };
        const bool image = !inputPx_ && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0));
        if (image)
            gp_.fillCells(grid, r0, r1, c0, c1, tint);
        for (qint64 iy = r0; iy < r1; ++iy)
            for (qint64 ix = c0; ix < c1; ++ix) {
                const QRectF r = grid.cellRect(iy, ix);
                if (!image)
                    fillElement(r, ci, iy, ix, tint(iy, ix));
                const float v = x.at(plane_.n, ci, iy, ix);
                markNonFinite(r, v);
                if (inputPx_)
                    gp_.cellText(r, numbers_.input.format.text(v), kTextOnTint, *inputPx_);
            }
        gp_.gridLines(grid, o_.theme.grid);
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
        gp_.caption(layout_.kernelCaption(), SceneLayout::kernelCaptionText(g_, ci, cog), true, Typography::kHeading);
        const qint64 active = frame_.activeElement;
        for (qint64 ky = 0; ky < g_.kernel.h; ++ky)
            for (qint64 kx = 0; kx < g_.kernel.w; ++kx) {
                const QRectF r = grid.cellRect(ky, kx);
                const float w = scene_.record().layer().weightAt(ci, cog, ky, kx);
                QColor fill = kernelPx_ ? o_.theme.panel : valueFill(w, numbers_.kernel.maxAbs);
                bool tinted = false;
                if (active >= 0) {
                    // The taps being multiplied by the active element take its colour.
                    const StoryContribution& c = scene_.story().at(active * scene_.story().tapsPerElement());
                    if (tapIn(active, ky, kx) || tapArriving(active, ky, kx)) {
                        fill = o_.palette.tint(c.ci, c.iy, c.ix, 0.35);
                        tinted = true;
                    }
                }
                p_.fillRect(r, fill);
                markNonFinite(r, w);
                if (kernelPx_)
                    gp_.cellText(r, numbers_.kernel.format.text(w), tinted ? kTextOnTint : o_.theme.text, *kernelPx_);
            }
        gp_.gridLines(grid, o_.theme.grid);
        frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
        highlightCells(grid, o_.inspection.taps, g_.kernel.w);
    }

    // The active element's intermediate buffer, large and with its numbers x[i,j]·w (d2l's figure).
    void paintBuffer()
    {
        const GridGeometry& grid = layout_.buffer();
        const qint64 ci = window_.ci, iy = window_.row0, ix = window_.col0;
        gp_.caption(layout_.bufferCaption(), SceneLayout::bufferCaptionText(g_, ci, iy, ix), true, Typography::kHeading);
        const qint64 element = elementOrdinal(ci, iy, ix);
        const double progress = elementProgress(element);
        p_.fillRect(grid.rect(), o_.theme.panel);
        // The padding crop, faint, so the buffer shows what will survive.
        shadeCrop(grid, 0.35);
        const Tensor& x = scene_.record().layer().input;
        const float xv = x.at(plane_.n, ci, iy, ix);
        const qint64 cog = plane_.co % g_.outPerGroup();
        const QColor tint = o_.palette.tint(ci, iy, ix, 0.55);
        for (qint64 ky = 0; ky < g_.kernel.h; ++ky)
            for (qint64 kx = 0; kx < g_.kernel.w; ++kx) {
                const QRectF r = grid.cellRect(g_.fullY(iy, ky), g_.fullX(ix, kx));
                const bool in = tapIn(element, ky, kx) || tapArriving(element, ky, kx);
                p_.fillRect(r, withAlpha(tint, in ? std::max(progress, 0.35) : 0.18));
                if (in && sumPx_)
                    gp_.cellText(r, sumText(double(xv) * scene_.record().layer().weightAt(ci, cog, ky, kx)), kTextOnTint, *sumPx_);
            }
        gp_.gridLines(grid, withAlpha(o_.theme.grid, 0.7));
        frameRect(grid.rect(), o_.palette.color(ci, iy, ix), 2.5);
    }

    // One chip per input element at its position: its buffer's progress in its colour.
    void paintChips()
    {
        const GridGeometry& grid = layout_.chips();
        gp_.caption(layout_.chipsCaption(), SceneLayout::chipsCaptionText(g_), false, Typography::kLabel);
        const qint64 ci = window_.ci;
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        const double inset = grid.cell >= 8 ? 1.5 : 0.0;
        const auto tint = [&](qint64 iy, qint64 ix) { return o_.palette.tint(ci, iy, ix, 0.15 + 0.7 * elementProgress(elementOrdinal(ci, iy, ix))); };
        if (!layout_.chipLabels() && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0)))
            gp_.fillCells(grid, r0, r1, c0, c1, tint);
        else
        for (qint64 iy = r0; iy < r1; ++iy)
            for (qint64 ix = c0; ix < c1; ++ix) {
                const QRectF r = grid.cellRect(iy, ix).adjusted(inset, inset, -inset, -inset);
                const double progress = elementProgress(elementOrdinal(ci, iy, ix));
                fillElement(r, ci, iy, ix, o_.palette.tint(ci, iy, ix, 0.15 + 0.7 * progress));
                if (layout_.chipLabels())
                    gp_.text(r, QStringLiteral("%1,%2").arg(iy).arg(ix), kTextOnTint, Typography::kSmall, false, Qt::AlignCenter);
            }
        frameRect(grid.cellRect(window_.row0, window_.col0), o_.palette.color(ci, window_.row0, window_.col0), 3.0);
        if (o_.inspection.target.kind == HitTarget::Kind::Buffer || o_.inspection.target.kind == HitTarget::Kind::Input)
            highlightCells(grid, o_.inspection.elements, g_.input.w);
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
        gp_.caption(layout_.fullCaption(), SceneLayout::fullCaptionText(g_), true, Typography::kHeading);
        const PlaneStory& story = scene_.story();
        // Cells: one stripe per buffer that has landed, in that buffer's colour.
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(GridGeometry{grid.origin, full.h, full.w, grid.cell}, r0, r1, c0, c1);
        const bool stripes = stripesFit(grid.cell);
        if (!stripes && !sumPx_ && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0))) {
            // Too small for stripes or numbers: each cell in the mean of the tints landed there.
            const LandedTints landed(g_, o_.palette, firstChannel_, frame_.done, r0, r1, c0, c1);
            const QRgb panel = o_.theme.panel.rgba();
            gp_.fillCells(grid, r0, r1, c0, c1, [&](qint64 y, qint64 x) { return landed.meanTint(y, x, panel); });
            r1 = r0;  // painted: the loop below has nothing left to do
        }
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
                    const double sum = fullSum_[static_cast<std::size_t>(y * full.w + x)];
                    markNonFinite(r, sum);
                    if (sumPx_)
                        gp_.cellText(r, sumText(sum), kTextOnTint, *sumPx_, true);
                }
            }
        paintOutputPaddingBeyond(grid);
        shadeCrop(grid, 0.25 + 0.75 * frame_.cropAlpha);
        gp_.gridLines(GridGeometry{grid.origin, full.h, full.w, grid.cell}, o_.theme.grid);
        frameRect(QRectF(grid.origin, QSizeF(full.w * grid.cell, full.h * grid.cell)), o_.theme.gridStrong, 1.5);

        // The kept window, framed; labelled once the crop step is reached.
        const QRectF kept(grid.origin.x() + g_.padding.w * grid.cell, grid.origin.y() + g_.padding.h * grid.cell,
                          g_.output.w * grid.cell, g_.output.h * grid.cell);
        if (g_.padding != Size2(0) || g_.output_padding != Size2(0)) {
            frameRect(kept, withAlpha(o_.theme.cropFrame, 0.35 + 0.65 * frame_.cropAlpha), 1.0 + 2.0 * frame_.cropAlpha,
                      frame_.cropAlpha > 0 ? Qt::SolidLine : Qt::DashLine);
            if (g_.padding != Size2(0))
                gp_.text(layout_.cropNote(), SceneLayout::cropNoteText(g_), withAlpha(o_.theme.text, 0.45 + 0.55 * frame_.cropAlpha),
                         Typography::kLabel, true, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
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
                if (frame_.outputPaddingAlpha > 0 && sumPx_)
                    gp_.cellText(r, sumText(0.0), withAlpha(o_.theme.outputPadding, frame_.outputPaddingAlpha), *sumPx_);
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
            frameRect(QRectF(o.x(), o.y() + (g_.output.h - g_.output_padding.h) * cell, g_.output.w * cell, g_.output_padding.h * cell), c,
                      2.5, Qt::DashLine);
        if (g_.output_padding.w > 0)
            frameRect(QRectF(o.x() + (g_.output.w - g_.output_padding.w) * cell, o.y(), g_.output_padding.w * cell, g_.output.h * cell), c,
                      2.5, Qt::DashLine);
        if (&grid == &layout_.full() && frame_.outputPaddingAlpha > 0)
            gp_.text(layout_.outputPaddingNote(), SceneLayout::outputPaddingNoteText(g_), c, Typography::kLabel, true,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
    }

    // Contributions sliding from the large buffer (or their input element) into the full buffer.
    void paintArriving(const GridGeometry& grid)
    {
        if (frame_.arriving <= frame_.done)
            return;
        const PlaneStory& story = scene_.story();
        const double t = frame_.t;
        for (qint64 q = frame_.done; q < frame_.arriving; ++q) {
            const StoryContribution& c = story.at(q);
            const bool shown = c.ci == window_.ci && c.iy == window_.row0 && c.ix == window_.col0;
            const QRectF from = shown ? layout_.buffer().cellRect(c.y, c.x) : layout_.input().cellRect(c.iy, c.ix);
            const QRectF to = grid.cellRect(c.y, c.x);
            const QRectF r(from.topLeft() + (to.topLeft() - from.topLeft()) * t, from.size() + (to.size() - from.size()) * t);
            p_.fillRect(r, withAlpha(o_.palette.tint(c.ci, c.iy, c.ix, 0.7), 0.35 + 0.65 * t));
            frameRect(r, withAlpha(o_.palette.color(c.ci, c.iy, c.ix), t), 2.0);
            // The grid's size, if the cell in flight is as large as the grids it moves between.
            if (sumPx_ && std::min(r.width(), r.height()) >= grid.cell - 0.5)
                gp_.cellText(r, sumText(c.value), kTextOnTint, *sumPx_, true);
        }
    }

    void paintOutput()
    {
        const GridGeometry& grid = layout_.output();
        const bool heat = layout_.countsOverlap() || o_.overlapHeatmap;
        const bool biasShown = !heat && scene_.record().layer().hasBias() && frame_.biasAlpha > 0;
        gp_.caption(layout_.outputCaption(),
                    SceneLayout::outputCaptionText(g_, plane_.n, plane_.co, heat, biasShown ? sumText(scene_.bias()) : QString()), true,
                    Typography::kHeading);

        const Size2 full = g_.full();
        const bool standalone = !layout_.drawsTheScatter();
        // In the scatter view the output fills in at the crop; the other views show the result.
        const double reveal = standalone ? 1.0
                                         : (g_.padding == Size2(0) && frame_.cropAlpha == 0.0 ? (frame_.finished ? 1.0 : 0.55)
                                                                                              : 0.55 + 0.45 * frame_.cropAlpha);
        const std::vector<float> finishedSum = standalone ? scene_.story().runningSum(scene_.story().size()) : std::vector<float>();
        const std::vector<float>& sums = standalone ? finishedSum : fullSum_;
        const double bias = scene_.bias() * (standalone ? 1.0 : frame_.biasAlpha);
        const OverlapMap& overlap = scene_.overlap();
        const double lo = overlap.minimum(), hi = std::max<double>(overlap.maximum(), lo + 1);
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        const auto valueAt = [&](qint64 oy, qint64 ox) {
            const qint64 y = oy + g_.padding.h, x = ox + g_.padding.w;
            return (y < full.h && x < full.w ? sums[static_cast<std::size_t>(y * full.w + x)] : 0.0) + bias;
        };
        if (!sumPx_ && !(heat && countPx_) && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0))) {
            // Colour alone, as one image; only cells that are not numbers get a mark on top.
            const ValueFill fill(o_.theme.panel, numbers_.sums.maxAbs);
            bool nonFinite = false;
            gp_.fillCells(grid, r0, r1, c0, c1, [&](qint64 oy, qint64 ox) {
                if (heat)
                    return mix(o_.theme.heatLow, o_.theme.heatHigh, (overlap.at(oy, ox) - lo) / (hi - lo)).rgba();
                const double value = valueAt(oy, ox);
                nonFinite = nonFinite || !std::isfinite(value);
                return fill(value);
            });
            for (qint64 oy = r0; oy < r1 && nonFinite && reveal > 0.5; ++oy)
                for (qint64 ox = c0; ox < c1; ++ox)
                    markNonFinite(grid.cellRect(oy, ox), valueAt(oy, ox));
            r1 = r0;
        }
        for (qint64 oy = r0; oy < r1; ++oy)
            for (qint64 ox = c0; ox < c1; ++ox) {
                const QRectF r = grid.cellRect(oy, ox);
                const qint64 y = oy + g_.padding.h, x = ox + g_.padding.w;
                const bool inside = y < full.h && x < full.w;
                if (heat) {
                    const qint32 count = overlap.at(oy, ox);
                    p_.fillRect(r, mix(o_.theme.heatLow, o_.theme.heatHigh, (count - lo) / (hi - lo)));
                    if (countPx_)
                        gp_.cellText(r, QString::number(count), (count - lo) / (hi - lo) > 0.6 ? QColor(Qt::white) : o_.theme.text, *countPx_,
                                     true);
                    continue;
                }
                const double value = (inside ? sums[static_cast<std::size_t>(y * full.w + x)] : 0.0) + bias;
                p_.fillRect(r, sumPx_ ? o_.theme.panel : valueFill(value, numbers_.sums.maxAbs));
                if (reveal > 0.5)
                    markNonFinite(r, value);
                if (sumPx_)
                    gp_.cellText(r, sumText(value), withAlpha(o_.theme.text, reveal), *sumPx_, frame_.finished);
            }
        if (sumPx_ || (heat && countPx_))
            gp_.gridLines(grid, o_.theme.grid);
        frameRect(grid.rect(), o_.theme.gridStrong, frame_.finished || standalone ? 2.5 : 1.5);
        markOutputPadding(grid, Size2(0));
        highlightCells(grid, o_.inspection.outputCells, g_.output.w);
    }

    void paintLegend()
    {
        const OverlapMap& overlap = scene_.overlap();
        const QRectF r = layout_.legendRect();
        const double labelH = Typography::lineHeight(Typography::kLabel);
        const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine;
        if (layout_.countsOverlap()) {
            const double barHeight = std::clamp(layout_.output().rect().height(), 120.0, 260.0);
            QLinearGradient gradient(r.topLeft(), QPointF(r.left(), r.top() + barHeight));
            gradient.setColorAt(0, o_.theme.heatHigh);
            gradient.setColorAt(1, o_.theme.heatLow);
            const QRectF bar(r.left(), r.top(), 24, barHeight);
            p_.fillRect(bar, gradient);
            frameRect(bar, o_.theme.gridStrong, 1.0);
            gp_.text(QRectF(bar.right() + 8, bar.top(), r.width() - 32, labelH), SceneRendererText::tr("max %1").arg(overlap.maximum()),
                     o_.theme.text, Typography::kLabel, false, flags);
            gp_.text(QRectF(bar.right() + 8, bar.bottom() - labelH, r.width() - 32, labelH), SceneRendererText::tr("min %1").arg(overlap.minimum()),
                     o_.theme.text, Typography::kLabel, false, flags);
            double top = bar.bottom() + 8;
            for (const QString& line : Typography::wrap(overlapVerdict(), Typography::kLabel, false, r.width(), 4)) {
                gp_.text(QRectF(r.left(), top, r.width(), labelH), line, o_.theme.text, Typography::kLabel, false, flags);
                top += labelH;
            }
            return;
        }
        // Under the output: a horizontal bar from the fewest to the most contributions, and the verdict.
        const QRectF bar(r.left(), r.top(), std::min(r.width(), 240.0), 14);
        QLinearGradient gradient(bar.topLeft(), bar.topRight());
        gradient.setColorAt(0, o_.theme.heatLow);
        gradient.setColorAt(1, o_.theme.heatHigh);
        p_.fillRect(bar, gradient);
        frameRect(bar, o_.theme.gridStrong, 1.0);
        const double smallH = Typography::lineHeight(Typography::kSmall);
        gp_.text(QRectF(bar.left(), bar.bottom() + 4, bar.width(), smallH), QString::number(overlap.minimum()), o_.theme.text,
                 Typography::kSmall, false, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        gp_.text(QRectF(bar.left(), bar.bottom() + 4, bar.width(), smallH), QString::number(overlap.maximum()), o_.theme.text,
                 Typography::kSmall, false, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
        double top = bar.bottom() + 4 + smallH + 6;
        for (const QString& line : Typography::wrap(overlapVerdict(), Typography::kLabel, false, r.width(), 3)) {
            gp_.text(QRectF(r.left(), top, r.width(), labelH), line, o_.theme.text, Typography::kLabel, false, flags);
            top += labelH;
        }
    }

    // Core's analysis decides whether the interior is even: with dilation, kernel % stride is not
    // the rule (k4 s2 d2 is uneven), so the picture asks rather than re-derives.
    QString overlapVerdict() const
    {
        const OverlapMap& overlap = scene_.overlap();
        const bool even = OverlapAnalysis(g_).even();
        //: %3 is one of the two verdicts that follow
        return SceneRendererText::tr("%1–%2 contributions per cell: %3")
            .arg(overlap.minimum())
            .arg(overlap.maximum())
            .arg(even ? SceneRendererText::tr("the same count in every interior cell (even)")
                      : SceneRendererText::tr("interior counts alternate (the checkerboard)"));
    }

    void paintFormula()
    {
        const QRectF r = layout_.formulaRect();
        p_.fillRect(r, withAlpha(o_.theme.panel, 0.9));
        frameRect(r, o_.theme.grid, 1.0);
        const QStringList& lines = layout_.formulaLines();
        const double lh = Typography::lineHeight(Typography::kLabel, true);
        double top = r.top() + (r.height() - lines.size() * lh) / 2;
        for (int i = 0; i < lines.size(); ++i) {
            const bool strong = i == 1 || i == 2;
            gp_.text(QRectF(r.left() + 14, top, r.width() - 28, lh), lines[i], strong ? o_.theme.text : o_.theme.mutedText,
                     Typography::kLabel, strong, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
            top += lh;
        }
    }

    void paintFooter()
    {
        const bool inspecting = !o_.inspection.isEmpty();
        PictureChrome::paintFooter(gp_, layout_.footerRect(), inspecting ? o_.inspection.expression : o_.caption,
                                   inspecting ? o_.inspection.detail : QString(), inspecting);
    }

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

    const ScatterScene& scene_;
    const SceneFrame& frame_;
    const LayerGeometry& g_;
    const SceneLayout& layout_;
    const SceneNumbers& numbers_;
    BufferWindow window_;
    PlaneSelection plane_;
    std::vector<float> fullSum_;
    qint64 firstChannel_ = 0;
    std::optional<double> inputPx_, kernelPx_, sumPx_, countPx_;
};

} // namespace

void SceneRenderer::paint(QPainter& painter, const ScatterScene& scene, const SceneFrame& frame, const RenderOptions& options)
{
    if (!scene.isNull())
        FramePainter(painter, scene, frame, options).paint();
}

} // namespace sb
