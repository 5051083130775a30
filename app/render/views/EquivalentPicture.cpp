// SPDX-License-Identifier: MIT
#include "app/render/views/EquivalentPicture.h"

#include "app/render/CellSweep.h"
#include "app/render/GridPainter.h"
#include "app/render/ModuleCall.h"
#include "app/render/NumberFormat.h"
#include "app/render/PictureChrome.h"
#include "app/render/PicturePainter.h"
#include "app/render/Typography.h"
#include "app/render/views/HeatMap.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

// One frame's painting, with the sections sharing what they need (like SceneRenderer's).
class EquivalentPainter : public PicturePainter {
public:
    EquivalentPainter(QPainter& p, const EquivalentPicture& picture, double position, const RenderOptions& options)
        : PicturePainter(p, options, position), pic_(picture), m_(picture.model()), layout_(picture.layout()),
          grid_(m_.grid()), g_(m_.geometry()), f_(picture.formats()), sweep_(CellSweep::at(position, m_.cellCount())),
          inspection_(picture.inspect(options.inspection.target))
    {
        // The window shows the hovered output cell if there is one, else the cell being computed.
        const HitTarget& target = options.inspection.target;
        if (target.kind == HitTarget::Kind::Output) {
            focus_ = target.oy * g_.output.w + target.ox;
            from_ = focus_;
        } else {
            focus_ = sweep_.current;
            from_ = sweep_.previous;
            t_ = sweep_.t;
        }
        // Decided once per grid: all its numbers, or colour alone.
        inputPx_ = gp_.gridTextSize(layout_.input().cell, f_.widestInput, false);
        kernelPx_ = gp_.gridTextSize(layout_.kernel().cell, f_.widestWeight, false);
        paddedPx_ = gp_.gridTextSize(layout_.padded().cell, f_.widestInput, false);
        productPx_ = gp_.gridTextSize(layout_.products().cell, f_.widestProduct, true);
        outputPx_ = gp_.gridTextSize(layout_.output().cell, f_.widestOutput, true);
    }

    void paint()
    {
        fillBackground(layout_.bounds());
        paintTitle();
        paintInput();
        paintKernels();
        paintRules();
        paintPadded();
        paintWindow();
        paintLegend();
        paintProducts();
        paintOutput();
        paintFooter();
    }

private:
    qint64 channel() const { return pic_.channel(); }

    // ---- colours of the padded input: one per kind of cell, so the legend can name them ----------
    QColor elementFill(qint64 iy, qint64 ix) const { return o_.palette.tint(channel(), iy, ix, 0.6); }
    QColor insertedFill() const { return GridPainter::mix(o_.theme.panel, o_.theme.mutedText, 0.10); }
    QColor borderFill() const { return GridPainter::mix(o_.theme.panel, o_.theme.heatHigh, 0.16); }
    QColor outputPaddingFill() const { return GridPainter::mix(o_.theme.panel, o_.theme.outputPadding, 0.16); }
    QColor cropFill() const { return GridPainter::mix(o_.theme.panel, QColor(o_.theme.cropShade.rgb()), o_.theme.cropShade.alphaF()); }
    QColor zeroText() const { return GridPainter::withAlpha(o_.theme.mutedText, 0.75); }

    QColor fillOf(qint64 row, qint64 col) const
    {
        std::int64_t iy = 0, ix = 0;
        if (grid_.elementAt(row, col, iy, ix))
            return elementFill(iy, ix);
        switch (grid_.kind(row, col)) {
        case PaddedInputGrid::CellKind::OutputPaddingZero: return outputPaddingFill();
        case PaddedInputGrid::CellKind::BorderZero: return borderFill();
        case PaddedInputGrid::CellKind::Cropped:
        case PaddedInputGrid::CellKind::InsertedZero:
        case PaddedInputGrid::CellKind::Element: break;
        }
        return insertedFill();
    }

    // output_padding's rows and columns, the last ones of `area` (cells of side `cell`), dashed.
    void frameOutputPadding(const QRectF& area, double cell)
    {
        const QColor op = o_.theme.outputPadding;
        if (g_.output_padding.h > 0)
            gp_.frameRect(QRectF(area.left(), area.bottom() - g_.output_padding.h * cell, area.width(), g_.output_padding.h * cell), op,
                          2.5, Qt::DashLine);
        if (g_.output_padding.w > 0)
            gp_.frameRect(QRectF(area.right() - g_.output_padding.w * cell, area.top(), g_.output_padding.w * cell, area.height()), op,
                          2.5, Qt::DashLine);
    }

    // ---- sections ----------------------------------------------------------------------------
    void paintTitle()
    {
        QString where = EquivalentPicture::tr("equivalent direct convolution") + QStringLiteral(" · ");
        if (g_.batch > 1 || g_.out_channels > 1)
            where += QStringLiteral("n=%1, co=%2 · ").arg(m_.plane().n).arg(m_.plane().co);
        if (m_.channelCount() > 1)
            where += EquivalentPicture::tr("showing input channel c=%1 of %2–%3")
                         .arg(channel()).arg(m_.firstChannel()).arg(m_.firstChannel() + m_.channelCount() - 1)
                     + QStringLiteral(" · ");
        //: The title's step counter: step 3 of 15.
        where += EquivalentPicture::tr("step %1 / %2").arg(sweep_.step).arg(pic_.stepCount() - 1);
        if (sweep_.current >= 0)
            where += QStringLiteral(" · y") + indexText(sweep_.current / g_.output.w, sweep_.current % g_.output.w);
        PictureChrome::paintTitle(gp_, layout_.titleRect(), moduleCall(g_, m_.record().layer().hasBias()), where);
    }

    void paintInput()
    {
        const GridGeometry& grid = layout_.input();
        gp_.caption(grid.origin, pic_.inputCaption(), true, Typography::kHeading);
        const Tensor& x = m_.record().layer().input;
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        if (!inputPx_ && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0))) {
            gp_.fillCells(grid, r0, r1, c0, c1, [this](qint64 iy, qint64 ix) { return elementFill(iy, ix); });
            r1 = r0;  // colour alone, painted as one image
        }
        for (qint64 iy = r0; iy < r1; ++iy)
            for (qint64 ix = c0; ix < c1; ++ix) {
                const QRectF r = grid.cellRect(iy, ix);
                p_.fillRect(r, elementFill(iy, ix));
                if (inputPx_)
                    gp_.cellText(r, f_.input.text(x.at(m_.plane().n, channel(), iy, ix)), PictureChrome::inkOn(elementFill(iy, ix)), *inputPx_);
            }
        gp_.gridLines(grid, o_.theme.grid);
        gp_.frameRect(grid.rect(), o_.theme.gridStrong, 1.5);
        for (qint64 e : inspection_.elements)
            gp_.frameRect(grid.cellRect(e / g_.input.w, e % g_.input.w).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
    }

    // The kernel in grey steps by tap order, so the flipped copy visibly runs the other way even
    // when every weight is 1 (seed 003's all-ones kernels).
    QColor tapFill(qint64 ky, qint64 kx) const
    {
        const qint64 taps = g_.kernel.h * g_.kernel.w;
        const double t = taps > 1 ? static_cast<double>(ky * g_.kernel.w + kx) / static_cast<double>(taps - 1) : 0.0;
        return GridPainter::mix(o_.theme.panel, o_.theme.gridStrong, 0.04 + 0.26 * t);
    }

    void paintKernels()
    {
        const GridGeometry& kernel = layout_.kernel();
        const GridGeometry& flipped = layout_.flipped();
        const qint64 cog = m_.plane().co % g_.outPerGroup();
        const Layer& layer = m_.record().layer();
        gp_.caption(kernel.origin, pic_.kernelCaption(), true, Typography::kHeading);
        gp_.caption(flipped.origin, pic_.flippedCaption(), true, Typography::kHeading);
        for (qint64 ky = 0; ky < g_.kernel.h; ++ky)
            for (qint64 kx = 0; kx < g_.kernel.w; ++kx) {
                const QString value = f_.weight.text(layer.weightAt(channel(), cog, ky, kx));
                const QColor fill = tapFill(ky, kx), ink = PictureChrome::inkOn(fill);
                p_.fillRect(kernel.cellRect(ky, kx), fill);
                // flipped[fy, fx] = w[kH−1−fy, kW−1−fx]: tap (ky, kx) moves to the opposite corner.
                const QRectF f = flipped.cellRect(g_.kernel.h - 1 - ky, g_.kernel.w - 1 - kx);
                p_.fillRect(f, fill);
                if (kernelPx_) {
                    gp_.cellText(kernel.cellRect(ky, kx), value, ink, *kernelPx_);
                    gp_.cellText(f, value, ink, *kernelPx_);
                }
            }
        for (const GridGeometry* grid : {&kernel, &flipped}) {
            gp_.gridLines(*grid, o_.theme.grid);
            gp_.frameRect(grid->rect(), o_.theme.gridStrong, 1.5);
        }

        // The original's bottom-right tap becomes the flipped kernel's top-left: both outlined,
        // joined by an arrow.
        const QRectF bottomRight = kernel.cellRect(g_.kernel.h - 1, g_.kernel.w - 1);
        const QRectF topLeft = flipped.cellRect(0, 0);
        const QColor accent = o_.theme.highlight;
        gp_.frameRect(bottomRight.adjusted(2, 2, -2, -2), accent, 3.0);
        gp_.frameRect(topLeft.adjusted(2, 2, -2, -2), accent, 3.0);
        const QPointF from(kernel.rect().right() + 8, bottomRight.center().y());
        const QPointF to(flipped.rect().left() - 10, topLeft.center().y());
        QPainterPath arrow(from);
        arrow.cubicTo(from + QPointF(50, 0), to - QPointF(50, 0), to);
        p_.save();
        p_.setRenderHint(QPainter::Antialiasing, true);
        p_.setPen(QPen(accent, 2.0 / std::max(gp_.scale(), 1e-6)));
        p_.setBrush(Qt::NoBrush);
        p_.drawPath(arrow);
        QPolygonF head;
        head << to + QPointF(2, 0) << to + QPointF(-9, -5) << to + QPointF(-9, 5);
        p_.setBrush(accent);
        p_.setPen(Qt::NoPen);
        p_.drawPolygon(head);
        p_.restore();
        gp_.text(layout_.flipLabelRect(), pic_.flipLabel(), accent, Typography::kSmall, true, Qt::AlignCenter | Qt::TextSingleLine);
        for (const EquivalentLayout::Line& line : layout_.flipNote())
            gp_.text(line.rect, line.text, o_.theme.mutedText, Typography::kSmall, false, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);

        // Hovered taps, in both kernels and the products.
        for (qint64 tap : inspection_.taps) {
            const qint64 ky = tap / g_.kernel.w, kx = tap % g_.kernel.w;
            const qint64 fy = g_.kernel.h - 1 - ky, fx = g_.kernel.w - 1 - kx;
            gp_.frameRect(kernel.cellRect(ky, kx).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
            gp_.frameRect(flipped.cellRect(fy, fx).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
        }
    }

    void paintRules()
    {
        const QRectF r = layout_.rulesRect();
        p_.fillRect(r, GridPainter::withAlpha(o_.theme.panel, 0.9));
        gp_.frameRect(r, o_.theme.grid, 1.0);
        const std::vector<EquivalentLayout::Line>& lines = layout_.ruleLines();
        // The first sentence (which may have wrapped) is the heading.
        const qsizetype headingLines = Typography::wrap(pic_.rules().value(0), Typography::kLabel, true, EquivalentLayout::kRulesMeasure).size();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const bool heading = static_cast<qsizetype>(i) < headingLines;
            gp_.text(lines[i].rect, lines[i].text, heading ? o_.theme.text : o_.theme.mutedText, Typography::kLabel, heading,
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        }
    }

    void paintPadded()
    {
        const GridGeometry& grid = layout_.padded();
        const Size2 padded = grid_.paddedSize();
        gp_.caption(grid.origin, pic_.paddedCaption(), true, Typography::kHeading);
        const Tensor& x = m_.record().layer().input;
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        // A zero the construction put there (inserted, border, output_padding) is written "0":
        // it is not a value of x.
        const QString zero = QStringLiteral("0");
        if (!paddedPx_ && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0))) {
            // Colour alone, as one image; the cropped border shaded on top of its colour.
            QColor shade = o_.theme.cropShade;  // as fillRect lays it over the fill: opaque, mixed by its alpha
            shade.setAlpha(255);
            gp_.fillCells(grid, r0, r1, c0, c1, [&](qint64 row, qint64 col) {
                const QColor fill = fillOf(row, col);
                return grid_.kind(row, col) == PaddedInputGrid::CellKind::Cropped ? GridPainter::mix(fill, shade, o_.theme.cropShade.alphaF()) : fill;
            });
            r1 = r0;
        }
        for (qint64 row = r0; row < r1; ++row)
            for (qint64 col = c0; col < c1; ++col) {
                const QRectF r = grid.cellRect(row, col);
                const QColor fill = fillOf(row, col);
                p_.fillRect(r, fill);
                std::int64_t iy = 0, ix = 0;
                if (paddedPx_) {
                    if (grid_.elementAt(row, col, iy, ix))
                        gp_.cellText(r, f_.input.text(x.at(m_.plane().n, channel(), iy, ix)), PictureChrome::inkOn(fill), *paddedPx_);
                    else
                        gp_.cellText(r, zero, zeroText(), *paddedPx_);
                }
                if (grid_.kind(row, col) == PaddedInputGrid::CellKind::Cropped)
                    p_.fillRect(r, o_.theme.cropShade);
            }
        if (grid.cell * gp_.scale() >= 6)
            gp_.gridLines(grid, o_.theme.grid);
        // The padded input proper: framed strongly; when the border crops, the frame is the kept part.
        const Size2 origin = grid_.paddedOrigin();
        const QRectF kept(grid.cellRect(origin.h, origin.w).topLeft(), QSizeF(padded.w * grid.cell, padded.h * grid.cell));
        if (grid_.border().h < 0 || grid_.border().w < 0) {
            gp_.frameRect(grid.rect(), o_.theme.grid, 1.0);
            gp_.frameRect(kept, o_.theme.cropFrame, 2.5, Qt::DashLine);
        } else {
            gp_.frameRect(kept, o_.theme.gridStrong, 1.5);
        }
        // output_padding's rows/cols: the last ones of the padded input, dashed as in the scatter view.
        frameOutputPadding(kept, grid.cell);

        // Hover: the cell itself, or the element's cell.
        const HitTarget& target = o_.inspection.target;
        if (target.kind == HitTarget::Kind::Padded)
            gp_.frameRect(grid.cellRect(target.y + origin.h, target.x + origin.w).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
        if (target.kind == HitTarget::Kind::Input) {
            const Size2 b = grid_.border();
            gp_.frameRect(grid.cellRect(origin.h + b.h + target.iy * g_.stride.h, origin.w + b.w + target.ix * g_.stride.w)
                              .adjusted(1.5, 1.5, -1.5, -1.5),
                          inspectColor(), 3.0);
        }
    }

    // Top-left of the window of output cell `index`, in drawn-grid cells.
    QPointF windowCorner(qint64 index) const
    {
        const Size2 origin = grid_.paddedOrigin();
        return QPointF(static_cast<double>(index % g_.output.w + origin.w), static_cast<double>(index / g_.output.w + origin.h));
    }

    void paintWindow()
    {
        if (focus_ < 0)
            return;
        const GridGeometry& grid = layout_.padded();
        // Slides from the previous cell's window; the first one fades in.
        QPointF at = windowCorner(focus_);
        double alpha = 1.0;
        if (from_ >= 0 && from_ != focus_)
            at = windowCorner(from_) + (at - windowCorner(from_)) * t_;
        else if (from_ < 0)
            alpha = t_;
        const double c = grid.cell;
        const QPointF corner = grid.origin + at * c;
        const QColor accent = o_.theme.highlight;
        const QRectF span(corner, QSizeF(((g_.kernel.w - 1) * g_.dilation.w + 1) * c, ((g_.kernel.h - 1) * g_.dilation.h + 1) * c));
        gp_.frameRect(span.adjusted(-3, -3, 3, 3), GridPainter::withAlpha(accent, alpha), 1.5, Qt::DashLine);
        // The flipped weight in each tap's corner, when the cell has room for it beside its own
        // number (zoomed in): never over the number, never under the smallest type.
        const double px = Typography::kMinimum / std::max(gp_.scale(), 1e-9);
        const bool weights = paddedPx_ && cornerFits(c, *paddedPx_, px);
        for (qint64 fy = 0; fy < g_.kernel.h; ++fy)
            for (qint64 fx = 0; fx < g_.kernel.w; ++fx) {
                const QRectF r(corner + QPointF(fx * g_.dilation.w * c, fy * g_.dilation.h * c), QSizeF(c, c));
                p_.fillRect(r, GridPainter::withAlpha(accent, 0.14 * alpha));
                gp_.frameRect(r.adjusted(1, 1, -1, -1), GridPainter::withAlpha(accent, alpha), 2.5);
                if (weights)
                    gp_.text(r.adjusted(2, 1, -4, -1), QStringLiteral("×") + f_.weight.text(m_.flippedWeight(channel(), fy, fx)),
                             GridPainter::withAlpha(accent, alpha), px, true, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine);
            }
    }

    // Whether a "×w" at px fits in a cell's bottom-right corner below its centred number.
    bool cornerFits(double cell, double numberPx, double px) const
    {
        const double numberBottom = cell / 2 + Typography::lineHeight(numberPx) / 2;
        const double cornerTop = cell - 1 - Typography::lineHeight(px, true);
        const double cornerWidth = Typography::width(QStringLiteral("×") + f_.widestWeight, px, true);
        const double numberRight = cell / 2 + Typography::width(f_.widestInput, numberPx) / 2;
        return cornerWidth <= cell - 6 && (cornerTop >= numberBottom + 1 || cell - 4 - cornerWidth >= numberRight + 1);
    }

    void paintLegend()
    {
        const std::vector<EquivalentPicture::LegendKind>& kinds = pic_.legendKinds();
        const std::vector<QRectF>& swatches = layout_.legendSwatches();
        const std::vector<std::vector<EquivalentLayout::Line>>& rows = layout_.legendRows();
        for (std::size_t i = 0; i < kinds.size() && i < rows.size(); ++i) {
            using K = EquivalentPicture::LegendKind;
            QColor swatch;
            bool dashed = false, muted = false;
            switch (kinds[i]) {
            case K::Elements: swatch = elementFill(0, 0); break;
            case K::Inserted: swatch = insertedFill(); break;
            case K::Cropped: swatch = cropFill(); break;
            case K::Border: swatch = borderFill(); break;
            case K::NoBorder: muted = true; break;
            case K::OutputPadding: swatch = outputPaddingFill(); dashed = true; break;
            }
            if (!muted) {
                p_.fillRect(swatches[i], swatch);
                gp_.frameRect(swatches[i], dashed ? o_.theme.outputPadding : o_.theme.gridStrong, dashed ? 2.0 : 1.0,
                              dashed ? Qt::DashLine : Qt::SolidLine);
            }
            for (const EquivalentLayout::Line& line : rows[i])
                gp_.text(line.rect, line.text, muted ? o_.theme.mutedText : o_.theme.text, Typography::kLabel, false,
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
        }
    }

    void paintProducts()
    {
        const GridGeometry& grid = layout_.products();
        gp_.caption(grid.origin, pic_.productsCaption(), true, Typography::kHeading);
        const bool shown = focus_ >= 0;
        const qint64 oy = shown ? focus_ / g_.output.w : 0, ox = shown ? focus_ % g_.output.w : 0;
        const std::vector<WindowTap> taps = shown ? m_.window(channel(), oy, ox) : std::vector<WindowTap>{};
        const double alpha = shown && from_ < 0 ? t_ : 1.0;
        const Size2 origin = grid_.paddedOrigin();
        for (qint64 fy = 0; fy < g_.kernel.h; ++fy)
            for (qint64 fx = 0; fx < g_.kernel.w; ++fx) {
                const QRectF r = grid.cellRect(fy, fx);
                if (!shown) {
                    p_.fillRect(r, o_.theme.panel);
                    continue;
                }
                const WindowTap& t = taps[static_cast<std::size_t>(fy * g_.kernel.w + fx)];
                // The padded cell's own colour, so each product points back at where it came from.
                const QColor fill = GridPainter::mix(o_.theme.panel, fillOf(t.py + origin.h, t.px + origin.w), alpha);
                p_.fillRect(r, fill);
                if (productPx_)
                    gp_.cellText(r, t.holdsElement() ? pic_.productText(t.input, t.weight) : pic_.zeroProductText(t.weight),
                                 GridPainter::withAlpha(t.holdsElement() ? PictureChrome::inkOn(fill) : zeroText(), alpha), *productPx_,
                                 t.holdsElement());
            }
        gp_.gridLines(grid, o_.theme.grid);
        gp_.frameRect(grid.rect(), o_.theme.highlight, 2.0);
        for (qint64 tap : inspection_.taps)
            gp_.frameRect(grid.cellRect(g_.kernel.h - 1 - tap / g_.kernel.w, g_.kernel.w - 1 - tap % g_.kernel.w).adjusted(1.5, 1.5, -1.5, -1.5),
                          inspectColor(), 3.0);
        if (!shown)
            return;
        const QColor text = GridPainter::withAlpha(o_.theme.text, alpha);
        const QStringList lines = pic_.sumLines(oy, ox);
        for (int i = 0; i < lines.size(); ++i)
            gp_.text(layout_.sumLine(i), lines[i], text, Typography::kLabel, i == 0, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
    }

    void paintOutput()
    {
        const GridGeometry& grid = layout_.output();
        gp_.caption(grid.origin, pic_.outputCaption(), true, Typography::kHeading);
        // Without numbers (cells too small at this scale) the values are a heat-map.
        double lo = 0, hi = 0;
        if (!outputPx_)
            m_.outputRange(lo, hi);
        const HeatScale heat = HeatScale::values(o_.theme, lo, hi);
        qint64 r0, r1, c0, c1;
        gp_.visibleSpan(grid, r0, r1, c0, c1);
        if (!outputPx_ && GridPainter::fillsAsImage((r1 - r0) * (c1 - c0))) {
            gp_.fillCells(grid, r0, r1, c0, c1, [&](qint64 oy, qint64 ox) {
                const qint64 index = oy * g_.output.w + ox;
                const bool focused = index == focus_ && index < sweep_.filled;
                return index < sweep_.filled && hi > lo ? heat.color(m_.directValue(oy, ox))
                       : focused                        ? GridPainter::mix(o_.theme.panel, o_.theme.highlight, 0.12)
                                                        : o_.theme.panel;
            });
            r1 = r0;  // colour alone, painted as one image
        }
        for (qint64 oy = r0; oy < r1; ++oy)
            for (qint64 ox = c0; ox < c1; ++ox) {
                const QRectF r = grid.cellRect(oy, ox);
                const qint64 index = oy * g_.output.w + ox;
                const bool focused = index == focus_ && index < sweep_.filled;
                QColor fill = focused ? GridPainter::mix(o_.theme.panel, o_.theme.highlight, 0.12) : o_.theme.panel;
                if (!outputPx_ && index < sweep_.filled && hi > lo)
                    fill = heat.color(m_.directValue(oy, ox));
                p_.fillRect(r, fill);
                if (outputPx_ && index < sweep_.filled)
                    gp_.cellText(r, f_.output.text(m_.directValue(oy, ox)), o_.theme.text, *outputPx_, focused);
            }
        if (grid.cell * gp_.scale() >= 6)
            gp_.gridLines(grid, o_.theme.grid);
        gp_.frameRect(grid.rect(), o_.theme.gridStrong, sweep_.filled == m_.cellCount() ? 2.5 : 1.5);
        // output_padding's rows/cols, dashed as in the scatter view: their windows reach into the
        // padded input's extra zeros.
        frameOutputPadding(grid.rect(), grid.cell);
        if (focus_ >= 0)
            gp_.frameRect(grid.cellRect(focus_ / g_.output.w, focus_ % g_.output.w).adjusted(1, 1, -1, -1), o_.theme.highlight, 3.0);
        for (qint64 index : inspection_.outputCells)
            gp_.frameRect(grid.cellRect(index / g_.output.w, index % g_.output.w).adjusted(1.5, 1.5, -1.5, -1.5), inspectColor(), 3.0);
    }

    void paintFooter()
    {
        const bool inspecting = !inspection_.isEmpty() && !inspection_.expression.isEmpty();
        const qint64 step = std::clamp<qint64>(sweep_.step, 0, pic_.stepCount() - 1);
        PictureChrome::paintFooter(gp_, layout_.footerRect(), inspecting ? inspection_.expression : pic_.narration(step),
                                   inspecting ? inspection_.detail : QString(), inspecting);
    }

    const EquivalentPicture& pic_;
    const DirectConvolutionPlane& m_;
    const EquivalentLayout& layout_;
    const PaddedInputGrid& grid_;
    const LayerGeometry& g_;
    const EquivalentPicture::Formats& f_;
    CellSweep sweep_;
    Inspection inspection_;
    qint64 focus_ = -1;  // output cell whose window is shown
    qint64 from_ = -1;   // the window slides from this cell's
    double t_ = 1.0;
    std::optional<double> inputPx_, kernelPx_, paddedPx_, productPx_, outputPx_;
};

} // namespace

EquivalentPicture::EquivalentPicture(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, qint64 channel, QSizeF budget)
    : model_(std::move(record), plane)
{
    const qint64 first = model_.firstChannel();
    channel_ = channel >= first && channel < first + model_.channelCount() ? channel : first;
    rules_ = ruleLines();
    texts_ = measuredTexts();
    layout_ = EquivalentLayout(model_.geometry(), model_.grid(), texts_, budget);
}

EquivalentLayout::Texts EquivalentPicture::measuredTexts()
{
    const LayerGeometry& g = model_.geometry();
    const Layer& layer = model_.record().layer();
    const PlaneSelection plane = model_.plane();
    const qint64 cog = plane.co % g.outPerGroup();

    // One format per grid, from the values it shows.
    std::vector<double> xs{0.0}, ws, ys;
    for (qint64 iy = 0; iy < g.input.h; ++iy)
        for (qint64 ix = 0; ix < g.input.w; ++ix)
            xs.push_back(layer.input.at(plane.n, channel_, iy, ix));
    for (qint64 ky = 0; ky < g.kernel.h; ++ky)
        for (qint64 kx = 0; kx < g.kernel.w; ++kx)
            ws.push_back(layer.weightAt(channel_, cog, ky, kx));
    for (qint64 oy = 0; oy < g.output.h; ++oy)
        for (qint64 ox = 0; ox < g.output.w; ++ox)
            ys.push_back(model_.directValue(oy, ox));
    formats_.input = NumberFormat::forValues(xs);
    formats_.weight = NumberFormat::forValues(ws);
    formats_.output = NumberFormat::forValues(ys);
    formats_.widestInput = formats_.input.widest(xs);
    formats_.widestWeight = formats_.weight.widest(ws);
    formats_.widestOutput = formats_.output.widest(ys);
    // The widest product pairs the widest input with the widest weight (a negative weight in brackets).
    QString widestWeightFactor;
    for (double w : ws) {
        const QString t = productText(0.0, w).mid(formats_.input.text(0.0).size() + 1);
        if (t.size() > widestWeightFactor.size())
            widestWeightFactor = t;
    }
    formats_.widestProduct = formats_.widestInput + QStringLiteral("·") + widestWeightFactor;

    EquivalentLayout::Texts t;
    t.title = moduleCall(g, layer.hasBias());
    t.inputCaption = composedInputCaption();
    t.kernelCaption = g.in_channels > 1 || g.out_channels > 1
                          ? tr("kernel w[%1, %2]  %3×%4").arg(channel_).arg(cog).arg(g.kernel.h).arg(g.kernel.w)
                          : tr("kernel w  %1×%2").arg(g.kernel.h).arg(g.kernel.w);
    //: Caption of the kernel flipped up-down and left-right; %1×%2 is its size.
    t.flippedCaption = tr("flipped  %1×%2").arg(g.kernel.h).arg(g.kernel.w);
    const Size2 padded = model_.grid().paddedSize();
    t.paddedCaption = model_.channelCount() > 1 ? tr("padded input, c=%1  %2×%3").arg(channel_).arg(padded.h).arg(padded.w)
                                                : tr("padded input  %1×%2").arg(padded.h).arg(padded.w);
    //: Caption of the products grid: the window of the padded input times the flipped kernel.
    t.productsCaption = tr("window · flipped kernel");
    t.outputCaption = g.batch > 1 || g.out_channels > 1
                          ? tr("output y[%1, %2]  %3×%4").arg(plane.n).arg(plane.co).arg(g.output.h).arg(g.output.w)
                          : tr("output y  %1×%2").arg(g.output.h).arg(g.output.w);
    if (layer.hasBias())
        //: Appended to the output's caption: the bias value added to every cell.
        t.outputCaption += tr("  (+ bias %1)").arg(formatValue(model_.bias()));
    t.inputCell = HeatMap::cellFor(formats_.widestInput, false);
    t.paddedCell = t.inputCell;
    t.kernelCell = HeatMap::cellFor(formats_.widestWeight, false);
    t.productsCell = HeatMap::cellFor(formats_.widestProduct, true);
    t.outputCell = HeatMap::cellFor(formats_.widestOutput, true);
    t.rules = rules_;
    //: Label on the arrow from the kernel to its flipped copy (flipped up-down and left-right).
    t.flipLabel = tr("flip ↕ ↔");
    //: First line of a two-line note under the flipped kernel; %1 is an index like [2,2].
    t.flipNote = {tr("top-left = w%1,").arg(indexText(g.kernel.h - 1, g.kernel.w - 1)),
                  //: Second line of the note: "top-left = w[2,2], the original's bottom-right".
                  tr("the original's bottom-right")};

    // The legend names each kind of padded cell this layer has.
    const Size2 b = model_.grid().border();
    auto legend = [&](LegendKind kind, const QString& text) {
        legendKinds_.push_back(kind);
        t.legend << text;
    };
    legend(LegendKind::Elements, tr("input elements x[i,j], %1 apart (stride)").arg(pairText(g.stride)));
    if (g.stride.h > 1 || g.stride.w > 1)
        //: %1 is a formula like "s − 1 = 1".
        legend(LegendKind::Inserted, tr("%1 zeros between elements").arg(insertedText()));
    if (b.h < 0 || b.w < 0)
        legend(LegendKind::Cropped, tr("border %1: cropped").arg(NumberFormat::withTypographicMinus(pairText(b))));
    else if (b.h > 0 || b.w > 0)
        //: %1 is a formula like "d·(k − 1) − p = 1·(3 − 1) − 0 = 2".
        legend(LegendKind::Border, tr("border %1 zeros on each side").arg(borderText()));
    else
        legend(LegendKind::NoBorder, tr("border %1: none").arg(borderText()));
    if (g.output_padding != Size2(0))
        legend(LegendKind::OutputPadding,
               tr("output_padding = %1 more zeros at the bottom/right").arg(pairText(g.output_padding)));

    // The sum under the products: as wide as its widest line over every output cell.
    std::vector<double> widths;
    const qint64 cells = model_.cellCount();
    const qint64 every = std::max<qint64>(1, cells / kMeasuredCells);
    for (qint64 cell = 0; cell < cells; cell += every) {
        const QStringList lines = sumLines(cell / g.output.w, cell % g.output.w);
        if (t.sumLines.isEmpty())
            t.sumLines = lines;
        for (int i = 0; i < lines.size() && i < t.sumLines.size(); ++i)
            if (Typography::width(lines[i], Typography::kLabel, true) > Typography::width(t.sumLines[i], Typography::kLabel, true))
                t.sumLines[i] = lines[i];
    }
    if (every > 1 && !t.sumLines.isEmpty())
        t.sumLines[0] += QStringLiteral("0000");  // cells not measured: room for longer numbers
    return t;
}

QString EquivalentPicture::productTerms(const std::vector<WindowTap>& taps, int& count)
{
    QStringList terms;
    count = 0;
    for (const WindowTap& t : taps)
        if (t.holdsElement()) {
            if (++count <= kMaxTerms)
                terms << NumberFormat::product(formatValue(t.input), formatValue(t.weight));
        }
    QString joined = NumberFormat::sum(terms);
    if (count > kMaxTerms)
        joined += QStringLiteral(" + …");
    return joined;
}

QString EquivalentPicture::composedInputCaption() const
{
    const LayerGeometry& g = model_.geometry();
    return model_.channelCount() > 1 || g.in_channels > 1
               ? tr("input x[%1, c=%2]  %3×%4").arg(model_.plane().n).arg(channel_).arg(g.input.h).arg(g.input.w)
               : tr("input x  %1×%2").arg(g.input.h).arg(g.input.w);
}

QString EquivalentPicture::productText(double input, double weight) const
{
    const QString w = formats_.weight.text(weight);
    return formats_.input.text(input) + QStringLiteral("·") + (weight < 0 && w.startsWith(QStringLiteral("−")) ? QStringLiteral("(%1)").arg(w) : w);
}

QString EquivalentPicture::zeroProductText(double weight) const
{
    return QStringLiteral("0") + productText(0.0, weight).mid(formats_.input.text(0.0).size());
}

QStringList EquivalentPicture::sumLines(qint64 oy, qint64 ox) const
{
    const QString sum = formatValue(DirectConvolutionPlane::windowSum(model_.window(channel_, oy, ox)));
    const QString cellName = QStringLiteral("y") + indexText(oy, ox);
    const bool more = model_.channelCount() > 1 || model_.record().layer().hasBias();
    QStringList lines;
    lines << (model_.channelCount() > 1 ? QStringLiteral("c=%1: Σ = %2").arg(channel_).arg(sum)
              : more                    ? QStringLiteral("Σ = %1").arg(sum)
                                        : QStringLiteral("Σ = %1  →  %2").arg(sum, cellName));
    if (!more)
        return lines;
    QString total = model_.channelCount() > 1
                        //: The sum over the group's input channels c=%1 to %2.
                        ? tr("Σ over c=%1–%2").arg(model_.firstChannel()).arg(model_.firstChannel() + model_.channelCount() - 1)
                        : QStringLiteral("Σ");
    if (model_.record().layer().hasBias())
        total += QStringLiteral(" + b");
    lines << QStringLiteral("%1 = %2  →  %3").arg(total, formatValue(model_.directValue(oy, ox)), cellName);
    return lines;
}

QStringList EquivalentPicture::ruleLines() const
{
    const LayerGeometry& g = model_.geometry();
    const Size2 b = model_.grid().border(), padded = model_.grid().paddedSize();
    QStringList lines;
    //: Heading of a numbered list (items 1. to 4. follow). "Seed 000" is the name of a notebook.
    lines << tr("Seed 000: the same output as a direct convolution (Conv2d) of");
    lines << (g.stride == Size2(1) ? tr("1. x as it is (stride 1: no zeros between elements),")
                                   //: %1 is a formula like "s − 1 = 1".
                                   : tr("1. x with %1 zeros inserted between neighbouring elements,").arg(insertedText()));
    if (b.h < 0 || b.w < 0)
        //: %1 is a formula like "d·(k − 1) − p = 1·(3 − 1) − 3 = −1".
        lines << tr("2. a border of %1, i.e. a crop on each side,").arg(borderText());
    else
        //: %1 is a formula like "d·(k − 1) − p = 1·(3 − 1) − 0 = 2".
        lines << tr("2. a border of %1 zeros on each side,").arg(borderText());
    if (g.output_padding != Size2(0))
        //: Continues item 2.; keep the four leading spaces.
        lines << tr("    and output_padding = %1 more zero rows/cols at the bottom/right,").arg(pairText(g.output_padding));
    lines << tr("3. the kernel flipped up-down and left-right,");
    lines << tr("4. slid with stride 1 and dilation %1: one output cell per position.").arg(pairText(g.dilation));
    //: "padded" is the padded input; d, k are dilation and kernel size.
    lines << tr("padded %1×%2, output = padded − d·(k − 1) = %3×%4").arg(padded.h).arg(padded.w).arg(g.output.h).arg(g.output.w);
    return lines;
}

qint64 EquivalentPicture::stepCount() const
{
    return CellSweep::stepCount(model_.cellCount());
}

QString EquivalentPicture::insertedText() const
{
    const Size2 s = model_.geometry().stride;
    return QStringLiteral("s − 1 = ") + pairText({s.h - 1, s.w - 1});
}

QString EquivalentPicture::borderText() const
{
    const LayerGeometry& g = model_.geometry();
    const Size2 b = model_.grid().border();
    // Substituted when both axes agree, as seed 000 writes it; a pair otherwise.
    if (g.dilation.h == g.dilation.w && g.kernel.h == g.kernel.w && g.padding.h == g.padding.w)
        return QStringLiteral("d·(k − 1) − p = %1·(%2 − 1) − %3 = %4").arg(g.dilation.h).arg(g.kernel.h).arg(g.padding.h).arg(formatValue(b.h));
    return QStringLiteral("d·(k − 1) − p = ") + pairText(b).replace(QLatin1Char('-'), QStringLiteral("−"));
}

QString EquivalentPicture::sumExpression(qint64 oy, qint64 ox) const
{
    const QString cellName = QStringLiteral("y") + indexText(oy, ox);
    //: %1 is an output cell like y[1,2]; the sum of the window times the flipped kernel.
    QString text = tr("%1 = Σ window · flipped kernel").arg(cellName);
    QStringList parts;
    if (model_.channelCount() == 1) {
        int count = 0;
        const std::vector<WindowTap> taps = model_.window(channel_, oy, ox);
        const QString terms = productTerms(taps, count);
        if (count > 0)
            parts << terms;
        if (count > 1 && count <= kMaxTerms && !model_.record().layer().hasBias())
            parts.back() += QStringLiteral(" = ") + formatValue(DirectConvolutionPlane::windowSum(taps));
    } else {
        //: %1 is an output cell like y[1,2]; %2–%3 the input channels summed.
        text = tr("%1 = Σ over channels %2–%3 of window · flipped kernel")
                   .arg(cellName)
                   .arg(model_.firstChannel())
                   .arg(model_.firstChannel() + model_.channelCount() - 1);
        QStringList sums;
        for (qint64 c = model_.firstChannel(); c < model_.firstChannel() + model_.channelCount(); ++c)
            sums << formatValue(DirectConvolutionPlane::windowSum(model_.window(c, oy, ox)));
        parts << NumberFormat::sum(sums);
    }
    if (model_.record().layer().hasBias())
        parts << QStringLiteral("b");
    const QString value = formatValue(model_.directValue(oy, ox));
    if (parts.isEmpty())
        //: %1 is "y[1,2] = Σ window · flipped kernel".
        return tr("%1 = 0 (the kernel covers only zeros)").arg(text);
    text += QStringLiteral(" = ") + parts.join(QStringLiteral(" + "));
    if (!text.endsWith(QStringLiteral(" = ") + value))
        text += QStringLiteral(" = ") + value;
    return text;
}

QString EquivalentPicture::narration(qint64 step) const
{
    const LayerGeometry& g = model_.geometry();
    if (step <= 0) {
        const Size2 padded = model_.grid().paddedSize();
        if (g.stride == Size2(1))
            //: %1 is a formula like "d·(k − 1) − p = 1·(3 − 1) − 0 = 2"; %2×%3 the padded size; %4 the number of output cells.
            return tr("Stride 1 inserts no zeros; add a border of %1 (%2×%3), flip the kernel, and slide it with stride 1: "
                      "one output cell per position, %4 in all.")
                .arg(borderText()).arg(padded.h).arg(padded.w).arg(model_.cellCount());
        //: %1 is a formula like "s − 1 = 1"; %2 one like "d·(k − 1) − p = 1·(3 − 1) − 0 = 2"; %3×%4 the padded size; %5 the number of output cells.
        return tr("Insert %1 zeros between elements, add a border of %2 (%3×%4), flip the kernel, and slide it with stride 1: "
                  "one output cell per position, %5 in all.")
            .arg(insertedText(), borderText()).arg(padded.h).arg(padded.w).arg(model_.cellCount());
    }
    const qint64 cell = std::min<qint64>(step, model_.cellCount()) - 1;
    const qint64 oy = cell / g.output.w, ox = cell % g.output.w;
    const float scatter = model_.scatterValue(oy, ox);
    const QString expression = sumExpression(oy, ox);
    return DirectConvolutionPlane::sameNumber(model_.directValue(oy, ox), scatter)
               //: %1 is the sum written out: "y[1,2] = Σ window · flipped kernel = 1·7 + 1·5 = 12".
               ? tr("%1: the same number the scatter gives.").arg(expression)
               //: %1 is the sum written out; %2 the scatter view's different value.
               : tr("%1, but the scatter gives %2.").arg(expression, formatValue(scatter));
}

void EquivalentPicture::paint(QPainter& painter, double position, const RenderOptions& options) const
{
    EquivalentPainter(painter, *this, position, options).paint();
}

HitTarget EquivalentPicture::hitTest(const QPointF& world, double position) const
{
    Q_UNUSED(position);
    return layout_.hitTest(world, model_.grid(), channel_);
}

Inspection EquivalentPicture::inspect(const HitTarget& target) const
{
    Inspection out;
    out.target = target;
    const LayerGeometry& g = model_.geometry();
    const PaddedInputGrid& grid = model_.grid();
    const Size2 origin = grid.paddedOrigin();
    // The output cells whose windows read padded cell (py, px): oy = py − fy·d for a tap fy.
    auto readers = [&](qint64 py, qint64 px) {
        for (qint64 fy = 0; fy < g.kernel.h; ++fy)
            for (qint64 fx = 0; fx < g.kernel.w; ++fx) {
                const qint64 oy = py - fy * g.dilation.h, ox = px - fx * g.dilation.w;
                if (g.keptY(oy) && g.keptX(ox))
                    out.outputCells.insert(oy * g.output.w + ox);
            }
    };
    auto padName = [](qint64 py, qint64 px) { return QStringLiteral("padded") + indexText(py, px); };
    switch (target.kind) {
    case HitTarget::Kind::Output: {
        out.expression = sumExpression(target.oy, target.ox);
        for (const WindowTap& t : model_.window(channel_, target.oy, target.ox))
            if (t.holdsElement()) {
                out.elements.insert(t.iy * g.input.w + t.ix);
                out.taps.insert((g.kernel.h - 1 - t.fy) * g.kernel.w + g.kernel.w - 1 - t.fx);
            }
        out.outputCells.insert(target.oy * g.output.w + target.ox);
        const float scatter = model_.scatterValue(target.oy, target.ox);
        //: %6 is a check mark ✓ (same value) or a cross ✗.
        out.detail = tr("window rows %1–%2, cols %3–%4 of the padded input; the scatter gives %5 %6")
                         .arg(target.oy).arg(target.oy + (g.kernel.h - 1) * g.dilation.h)
                         .arg(target.ox).arg(target.ox + (g.kernel.w - 1) * g.dilation.w)
                         .arg(formatValue(scatter))
                         .arg(DirectConvolutionPlane::sameNumber(scatter, model_.directValue(target.oy, target.ox)) ? QStringLiteral("✓")
                                                                                                                 : QStringLiteral("✗"));
        break;
    }
    case HitTarget::Kind::Padded: {
        const qint64 row = target.y + origin.h, col = target.x + origin.w;
        const QString name = padName(target.y, target.x);
        switch (grid.kind(row, col)) {
        case PaddedInputGrid::CellKind::Element: {
            const float x = model_.record().layer().input.at(model_.plane().n, channel_, target.iy, target.ix);
            out.expression = name + QStringLiteral(" = x") + indexText(target.iy, target.ix) + QStringLiteral(" = ") + formatValue(x);
            out.elements.insert(target.iy * g.input.w + target.ix);
            break;
        }
        case PaddedInputGrid::CellKind::InsertedZero:
            //: %1 is a padded-input cell like padded[1,2]; %2 a formula like "s − 1 = 1".
            out.expression = tr("%1 = 0: one of the %2 zeros inserted between elements").arg(name, insertedText());
            break;
        case PaddedInputGrid::CellKind::BorderZero:
            //: %1 is a padded-input cell like padded[0,2]; %2 a formula like "d·(k − 1) − p = 1·(3 − 1) − 0 = 2".
            out.expression = tr("%1 = 0: the border, %2 zeros on each side").arg(name, borderText());
            break;
        case PaddedInputGrid::CellKind::OutputPaddingZero:
            //: %1 is a padded-input cell like padded[6,2]; %2 the output_padding value.
            out.expression = tr("%1 = 0: output_padding = %2 adds it at the bottom/right").arg(name, pairText(g.output_padding));
            break;
        case PaddedInputGrid::CellKind::Cropped:
            //: %1 is a formula like "d·(k − 1) − p = 1·(3 − 1) − 3 = −1".
            out.expression = tr("cropped: the border %1 removes this row/col").arg(borderText());
            break;
        }
        if (grid.kind(row, col) != PaddedInputGrid::CellKind::Cropped) {
            readers(target.y, target.x);
            out.detail = tr("under the flipped kernel for %1 output cells (outlined)").arg(out.outputCells.size());
        }
        break;
    }
    case HitTarget::Kind::Input: {
        const Size2 b = grid.border();
        const qint64 py = b.h + target.iy * g.stride.h, px = b.w + target.ix * g.stride.w;
        const float x = model_.record().layer().input.at(model_.plane().n, target.ci, target.iy, target.ix);
        //: %1 = %2 is an input element and its value, like x[1,2] = 0.5; %3 a padded-input cell like padded[3,5];
        //: s is the stride.
        out.expression = tr("%1 = %2 sits at %3 = (border + %4·s, border + %5·s)")
                             .arg(QStringLiteral("x") + indexText(target.iy, target.ix), formatValue(x), padName(py, px))
                             .arg(target.iy)
                             .arg(target.ix);
        out.elements.insert(target.iy * g.input.w + target.ix);
        readers(py, px);
        out.detail = tr("under the flipped kernel for %1 output cells (outlined)").arg(out.outputCells.size());
        break;
    }
    case HitTarget::Kind::Kernel: {
        const qint64 fy = g.kernel.h - 1 - target.ky, fx = g.kernel.w - 1 - target.kx;
        out.expression = QStringLiteral("flipped") + indexText(fy, fx) + QStringLiteral(" = w") + indexText(target.ky, target.kx)
                         + QStringLiteral(" = ") + formatValue(model_.flippedWeight(channel_, fy, fx));
        out.detail = tr("flipping up-down and left-right moves tap (%1, %2) to (%3, %4)")
                         .arg(target.ky).arg(target.kx).arg(fy).arg(fx);
        out.taps.insert(target.ky * g.kernel.w + target.kx);
        break;
    }
    case HitTarget::Kind::Buffer:
    case HitTarget::Kind::Full:
    case HitTarget::Kind::None:
        break;
    }
    return out;
}

} // namespace sb
