// SPDX-License-Identifier: MIT
#include "app/render/SceneLayout.h"

#include "app/render/ModuleCall.h"
#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"
#include "core/OutputSizeFormula.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace sb {

namespace {

struct SceneLayoutText {
    Q_DECLARE_TR_FUNCTIONS(SceneLayout)
};

QStringList formulaLinesOf(const LayerGeometry& g)
{
    const Size2 full = g.full();
    const auto axis = [&](OutputSizeFormula::Axis a) { return QString::fromStdString(OutputSizeFormula::of(g, a).substituted()); };
    QStringList lines;
    //: The output-size formula; translate the words out, in, kernel, keep stride, padding, dilation, output_padding
    lines << SceneLayoutText::tr("out = (in − 1)·stride − 2·padding + dilation·(kernel − 1) + output_padding + 1");
    if (g.is1d()) {  // its one length; H is always 1
        lines << QStringLiteral("L_out = ") + axis(OutputSizeFormula::Axis::Width);
    } else {
        lines << QStringLiteral("H_out = ") + axis(OutputSizeFormula::Axis::Height);
        lines << QStringLiteral("W_out = ") + axis(OutputSizeFormula::Axis::Width);
    }
    //: Keep stride and dilation (PyTorch arguments); translate "full buffer", in, kernel
    lines << SceneLayoutText::tr("full buffer = (in − 1)·stride + dilation·(kernel − 1) + 1 = %1×%2").arg(full.h).arg(full.w);
    if (g.padding != Size2(0))
        //: padding is the PyTorch argument
        lines << SceneLayoutText::tr("padding crops %1 row(s) and %2 col(s) from each side").arg(g.padding.h).arg(g.padding.w);
    if (g.output_padding != Size2(0))
        //: output_padding is the PyTorch argument
        lines << SceneLayoutText::tr("output_padding adds %1 row(s) at the bottom, %2 col(s) at the right")
                     .arg(g.output_padding.h)
                     .arg(g.output_padding.w);
    lines << SceneLayoutText::tr("output shape %1").arg(QString::fromStdString(formatShape(g.outputShape())));
    return lines;
}

} // namespace

double SceneLayout::noteHeight()
{
    return Typography::lineHeight(Typography::kLabel, true);
}

// A cell wide enough for the grid's widest number in the bold cell type, with air around it.
double SceneLayout::cellFor(const QString& widest)
{
    const double text = Typography::width(widest, Typography::kCell, true);
    return std::ceil(std::max({kCell, text / 0.9 + 2.0, Typography::lineHeight(Typography::kCell, true) + 10.0}));
}

// Under the output of the scatter and output views: the overlap colour bar, its two end labels
// and the verdict (the H key colours the output by overlap in either).
double SceneLayout::underLegendHeight()
{
    return kLegendBar + 4 + Typography::lineHeight(Typography::kSmall) + 6
           + kVerdictLines * Typography::lineHeight(Typography::kLabel);
}

QString SceneLayout::inputCaptionText(const LayerGeometry& g, qint64 n, qint64 ci)
{
    return g.in_channels > 1 || g.batch > 1 ? SceneLayoutText::tr("input x[%1, c=%2]  %3×%4").arg(n).arg(ci).arg(g.input.h).arg(g.input.w)
                                            : SceneLayoutText::tr("input x  %1×%2").arg(g.input.h).arg(g.input.w);
}

QString SceneLayout::kernelCaptionText(const LayerGeometry& g, qint64 ci, qint64 cog)
{
    return g.in_channels > 1 || g.out_channels > 1 ? SceneLayoutText::tr("kernel w[%1, %2]  %3×%4").arg(ci).arg(cog).arg(g.kernel.h).arg(g.kernel.w)
                                                   : SceneLayoutText::tr("kernel w  %1×%2").arg(g.kernel.h).arg(g.kernel.w);
}

QString SceneLayout::bufferCaptionText(const LayerGeometry& g, qint64 ci, qint64 iy, qint64 ix)
{
    const QString element = g.inPerGroup() > 1 ? QStringLiteral("x[c=%1][%2,%3]").arg(ci).arg(iy).arg(ix)
                                               : QStringLiteral("x[%1,%2]").arg(iy).arg(ix);
    //: %1 is an input element like x[0,1]; %1·w is the kernel scaled by it
    return SceneLayoutText::tr("buffer of %1:  %1·w").arg(element);
}

QString SceneLayout::chipsCaptionText(const LayerGeometry& g)
{
    return SceneLayoutText::tr("all %1 buffers, %2 apart (stride)").arg(g.input.h * g.input.w).arg(pairText(g.stride));
}

QString SceneLayout::fullCaptionText(const LayerGeometry& g)
{
    const Size2 full = g.full();
    return SceneLayoutText::tr("full buffer %1×%2 = Σ buffers").arg(full.h).arg(full.w);
}

QString SceneLayout::outputCaptionText(const LayerGeometry& g, qint64 n, qint64 co, bool heat, const QString& bias)
{
    if (heat)
        return SceneLayoutText::tr("overlap: contributions per cell  %1×%2").arg(g.output.h).arg(g.output.w);
    QString text = g.batch > 1 || g.out_channels > 1 ? SceneLayoutText::tr("output y[%1, %2]  %3×%4").arg(n).arg(co).arg(g.output.h).arg(g.output.w)
                                                     : SceneLayoutText::tr("output y  %1×%2").arg(g.output.h).arg(g.output.w);
    if (!bias.isEmpty())
        text += SceneLayoutText::tr("  (+ bias %1)").arg(bias);
    return text;
}

QString SceneLayout::cropNoteText(const LayerGeometry& g)
{
    return SceneLayoutText::tr("cropped by padding = %1").arg(pairText(g.padding));
}

QString SceneLayout::outputPaddingNoteText(const LayerGeometry& g)
{
    return SceneLayoutText::tr("output_padding = %1 adds rows/cols at the bottom/right")
        .arg(pairText(g.output_padding));
}

SceneLayout::SceneLayout(const LayerGeometry& g, ViewId view, const SceneNumbers& numbers, const QString& title, QSizeF maxSize)
    : view_(view), g_(g), numbers_(numbers), title_text_(title)
{
    double inCell = cellFor(numbers.input.widest);
    double kernelCell = cellFor(numbers.kernel.widest);
    double sumCell = cellFor(outputWidest());
    place(inCell, kernelCell, sumCell);
    // Too large for a picture: the grids' cells shrink until it fits, and then show colour.
    const auto shrinkTo = [&](double maxWidth, double maxHeight, double smallestCell) {
        for (int attempt = 0; attempt < 12 && (bounds_.width() > maxWidth || bounds_.height() > maxHeight); ++attempt) {
            const double f = std::min(maxWidth / bounds_.width(), maxHeight / bounds_.height()) * 0.97;
            if (std::min({inCell, kernelCell, sumCell}) <= smallestCell)
                break;
            inCell = std::max(smallestCell, inCell * f);
            kernelCell = std::max(smallestCell, kernelCell * f);
            sumCell = std::max(smallestCell, sumCell * f);
            place(inCell, kernelCell, sumCell);
        }
    };
    // Down to a quarter pixel a cell: a million-cell grid is then one image, a pixel per 4×4 cells.
    shrinkTo(maxSize.width(), maxSize.height(), 0.25);
    // Once the sums show as colour anyway, a picture a screen can show whole reads better than a
    // vast one: shrink on to about a 1080p screen's size, keeping cells large enough to point at.
    const QString& widest = outputWidest();
    if (Typography::width(widest, Typography::kCell, true) > sumCell * 0.9)
        shrinkTo(std::min(kComfortableWidth, maxSize.width()), std::min(kComfortableHeight, maxSize.height()), 6.0);
}

const QString& SceneLayout::outputWidest() const
{
    return countsOverlap() ? numbers_.widestCount : numbers_.sums.widest;
}

void SceneLayout::place(double inCell, double kernelCell, double sumCell)
{
    const LayerGeometry& g = g_;
    const Size2 full = g.full();
    // Output rows past the full buffer exist when output_padding exceeds padding: p + H_out > fullH.
    const qint64 fullRows = std::max(full.h, g.padding.h + g.output.h);
    const qint64 fullCols = std::max(full.w, g.padding.w + g.output.w);
    const double capH = PictureChrome::captionHeight(Typography::kHeading, kCaptionGap);
    const QString biasText = NumberFormat::withTypographicMinus(QStringLiteral("-") + numbers_.sums.widest);
    const double outCaptionW =
        std::max(PictureChrome::captionWidth(outputCaptionText(g, g.batch - 1, g.out_channels - 1, false, biasText)),
                 PictureChrome::captionWidth(outputCaptionText(g, 0, 0, true, {})));
    const double outW = g.output.w * sumCell;

    if (!drawsTheScatter()) {
        // The output grid alone, its legend beside it (overlap) or under it (output, when H colours it).
        const double legendW = countsOverlap() ? kOverlapLegendWidth : 0.0;
        const double column = std::max(outW, outCaptionW);
        const double contentW = column + (legendW > 0 ? kGap * 0.5 + legendW : 0.0);
        const double width = std::max(contentW, PictureChrome::kMinWidth) + 2 * kMargin;
        title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, PictureChrome::titleHeight(title_text_, width - 2 * kMargin));
        const double top = title_.bottom() + 16;
        outputCaption_ = QPointF(kMargin, top + capH - kCaptionGap);
        output_ = {QPointF(kMargin, top + capH), g.output.h, g.output.w, sumCell};
        double bottom = output_.rect().bottom();
        if (countsOverlap()) {
            const double bar = std::clamp(output_.rect().height(), 120.0, 260.0);
            legend_ = QRectF(kMargin + column + kGap * 0.5, output_.rect().top(), legendW,
                             bar + 8 + (kVerdictLines + 1) * Typography::lineHeight(Typography::kLabel));
        } else {
            legend_ = QRectF(kMargin, bottom + 12, std::max(column, 360.0), underLegendHeight());
        }
        bottom = std::max(bottom, legend_.bottom());
        buffer_ = chips_ = input_ = kernel_ = full_ = GridGeometry{};
        footer_ = QRectF(kMargin, bottom + 20, width - 2 * kMargin, PictureChrome::footerHeight());
        bounds_ = QRectF(0, 0, std::ceil(width), std::ceil(footer_.bottom() + kMargin));
        return;
    }

    // ---- horizontal pass: the width of every column ----------------------------------------------
    const qint64 lastCi = g.in_channels - 1;
    const double inputW =
        std::max(g.input.w * inCell, PictureChrome::captionWidth(inputCaptionText(g, g.batch - 1, lastCi)));
    const double kernelW = std::max(g.kernel.w * kernelCell,
                                    PictureChrome::captionWidth(kernelCaptionText(g, lastCi, g.outPerGroup() - 1)));
    formulaLines_ = formulaLinesOf(g);
    double formulaTextW = 0.0;
    for (int i = 0; i < formulaLines_.size(); ++i)
        formulaTextW = std::max(formulaTextW, Typography::width(formulaLines_[i], Typography::kLabel, i == 1 || i == 2));
    const double formulaW = formulaTextW + 2 * kFormulaPadding;
    const double row1W = inputW + kGap + kernelW + kGap + formulaW;

    const double bufferGridW = full.w * sumCell;
    // Chips: labelled ("2,3") when there are more elements than colours, if the labels fit.
    const qint64 elements = g.input.h * g.input.w;
    const QString widestLabel = QStringLiteral("%1,%2").arg(g.input.h - 1).arg(g.input.w - 1);
    const double labelledChip = std::ceil(std::max(Typography::width(widestLabel, Typography::kSmall) + 8,
                                                   Typography::lineHeight(Typography::kSmall) + 4));
    const double chipRoom = std::max(bufferGridW, 480.0);
    chipLabels_ = elements > 16 && g.input.w * labelledChip <= chipRoom;
    double chip = chipLabels_ ? labelledChip : std::min(kChipCell, chipRoom / g.input.w);
    chip = std::max(chip, 1.0);
    const double bufferW =
        std::max({bufferGridW, g.input.w * chip,
                  PictureChrome::captionWidth(bufferCaptionText(g, lastCi, g.input.h - 1, g.input.w - 1)),
                  PictureChrome::captionWidth(chipsCaptionText(g))});
    const double fullW = std::max(
        {fullCols * sumCell, PictureChrome::captionWidth(fullCaptionText(g)),
         Typography::width(cropNoteText(g), Typography::kLabel, true),
         g.output_padding != Size2(0) ? Typography::width(outputPaddingNoteText(g), Typography::kLabel, true) : 0.0});
    const double outColW = std::max({outW, outCaptionW, 360.0});
    const double row2W = bufferW + kGap + fullW + kGap + outColW;

    const double width = std::max(std::max(row1W, row2W), PictureChrome::kMinWidth) + 2 * kMargin;
    title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, PictureChrome::titleHeight(title_text_, width - 2 * kMargin));

    // ---- vertical pass ----------------------------------------------------------------------------
    const double row1 = title_.bottom() + 16;
    double x = kMargin;
    inputCaption_ = QPointF(x, row1 + capH - kCaptionGap);
    input_ = {QPointF(x, row1 + capH), g.input.h, g.input.w, inCell};
    x += inputW + kGap;
    kernelCaption_ = QPointF(x, row1 + capH - kCaptionGap);
    kernel_ = {QPointF(x, row1 + capH), g.kernel.h, g.kernel.w, kernelCell};
    x += kernelW + kGap;
    const double formulaH = formulaLines_.size() * Typography::lineHeight(Typography::kLabel, true) + 2 * kFormulaPadding * 0.7;
    formula_ = QRectF(x, row1 + capH, formulaW, formulaH);
    const double row1Bottom = std::max({input_.rect().bottom(), kernel_.rect().bottom(), formula_.bottom()});

    const double row2 = row1Bottom + kRowGap;
    x = kMargin;
    bufferCaption_ = QPointF(x, row2 + capH - kCaptionGap);
    buffer_ = {QPointF(x, row2 + capH), full.h, full.w, sumCell};
    const double chipsTop = buffer_.rect().bottom() + 14 + capH;
    chipsCaption_ = QPointF(x, chipsTop - kCaptionGap);
    chips_ = {QPointF(x, chipsTop), g.input.h, g.input.w, chip};
    x += bufferW + kGap;
    fullCaption_ = QPointF(x, row2 + capH - kCaptionGap);
    full_ = {QPointF(x, row2 + capH), fullRows, fullCols, sumCell};
    cropNote_ = QRectF(x, full_.rect().bottom() + 6, fullW, noteHeight());
    outputPaddingNote_ = QRectF(x, cropNote_.bottom() + 2, fullW, noteHeight());
    x += fullW + kGap;
    output_ = {QPointF(x, row2 + capH + g.padding.h * sumCell), g.output.h, g.output.w, sumCell};
    outputCaption_ = QPointF(x, output_.origin.y() - kCaptionGap);
    legend_ = QRectF(x, output_.rect().bottom() + 12, outColW, underLegendHeight());

    const double bottom = std::max({chips_.rect().bottom(), outputPaddingNote_.bottom(), legend_.bottom(), row1Bottom});
    footer_ = QRectF(kMargin, bottom + 20, width - 2 * kMargin, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, std::ceil(width), std::ceil(footer_.bottom() + kMargin));
}

bool SceneLayout::numbersReadableAt(double scale) const
{
    const QString& widest = outputWidest();
    const double px = std::max(Typography::kCell, Typography::kMinimum / std::max(scale, 1e-9));
    const double cell = output_.cell;
    return Typography::width(widest, px, true) <= cell * 0.9 && Typography::lineHeight(px, true) <= cell;
}

HitTarget SceneLayout::hitTest(const QPointF& p, const BufferWindow& window) const
{
    HitTarget hit;
    qint64 r = 0, c = 0;
    if (output_.cellAt(p, r, c)) {
        hit = HitTarget::outputCell(r, c, g_.padding);
        return hit;
    }
    if (!drawsTheScatter())
        return hit;
    // An input element: a cell of the input grid, or a chip (which stands for its whole buffer).
    const auto element = [&](HitTarget::Kind kind) {
        hit.kind = kind;
        hit.ci = window.ci;
        hit.iy = r;
        hit.ix = c;
        return hit;
    };
    if (input_.cellAt(p, r, c))
        return element(HitTarget::Kind::Input);
    if (kernel_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = r;
        hit.kx = c;
        return hit;
    }
    if (full_.cellAt(p, r, c)) {
        hit.kind = HitTarget::Kind::Full;
        hit.y = r;
        hit.x = c;
        hit.oy = r - g_.padding.h;
        hit.ox = c - g_.padding.w;
        return hit;
    }
    if (buffer_.cellAt(p, r, c)) {
        // A cell of the buffer shown large: the active element's, at full-buffer cell (r, c).
        hit.kind = HitTarget::Kind::Buffer;
        hit.ci = window.ci;
        hit.iy = window.row0;
        hit.ix = window.col0;
        hit.y = r;
        hit.x = c;
        return hit;
    }
    if (chips_.cellAt(p, r, c))
        return element(HitTarget::Kind::Buffer);
    return hit;
}

} // namespace sb
