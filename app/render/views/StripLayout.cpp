// SPDX-License-Identifier: MIT
#include "app/render/views/StripLayout.h"

#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

double StripLayout::countRowHeight()
{
    return Typography::lineHeight(Typography::kCell, true) + 12;
}

double StripLayout::cellFor(const QStringList& widest)
{
    double w = 0;
    for (const QString& t : widest)
        w = std::max(w, Typography::width(t, Typography::kCell, true));
    return std::max({PictureChrome::kCell, w / 0.9 + 4, Typography::lineHeight(Typography::kCell, true) + 10});
}

StripLayout::StripLayout(const LayerGeometry& geometry, std::int64_t inputRows, std::int64_t strips,
                         std::int64_t extent, const Texts& texts, QSizeF maxSize)
    : g_(geometry), inputRows_(inputRows), strips_(strips), extent_(extent)
{
    cell_ = cellFor(texts.widest);
    // The labels left of the rows, measured.
    label_ = 0;
    for (const QString& t : texts.labels)
        label_ = std::max(label_, Typography::width(t, Typography::kLabel, true));
    label_ += kLabelGap;
    x0_ = kMargin + label_;

    // Captions that run to the right of their rows decide the width with the cells.
    inputCaption_ = Typography::width(texts.inputCaption, Typography::kHeading, true);
    kernelCaption_ = Typography::width(texts.kernelCaption, Typography::kHeading, true);
    stripsCaption_ = Typography::width(texts.stripsCaption, Typography::kHeading, true);
    sumCaption_ = Typography::width(texts.sumCaption, Typography::kHeading, true);
    outputCaption_ = Typography::width(texts.outputCaption, Typography::kHeading, true);

    place(cell_, texts);
    // Over the room: the cells shrink (the rows then show colour at scale 1, numbers when zoomed in).
    const double maxW = maxSize.width(), maxH = maxSize.height();
    for (int i = 0; i < 4 && (bounds_.width() > maxW || bounds_.height() > maxH); ++i) {
        const double across = static_cast<double>(std::max<std::int64_t>(extent_, 1));
        // a strip and its gap, per element and per input row
        const double down = static_cast<double>(strips_ + inputRows_) * 1.25 + 2.5;
        const double fixedW = bounds_.width() - across * cell_, fixedH = bounds_.height() - down * cell_;
        const double fit = std::min((maxW - 1 - fixedW) / across, (maxH - 1 - fixedH) / down);
        place(std::max(2.0, std::min(cell_, fit)), texts);
    }
}

void StripLayout::place(double cell, const Texts& texts)
{
    const LayerGeometry& g = g_;
    cell_ = cell;
    kernelLeft_ = x0_ + std::max(static_cast<double>(g.input.w) * cell, inputCaption_) + PictureChrome::kGap;
    const double right = std::max(
        {x0_ + static_cast<double>(extent_) * cell, kernelLeft_ + static_cast<double>(g.kernel.w) * cell,
         kernelLeft_ + kernelCaption_, x0_ + stripsCaption_, x0_ + sumCaption_,
         x0_ + static_cast<double>(g.padding.w) * cell + outputCaption_, PictureChrome::kMinWidth - kMargin,
         // a module call of ordinary length on one line
         kMargin + std::min(Typography::width(texts.title, Typography::kTitle, true) + 4, 1240.0 - 2 * kMargin)});
    const double width = right + kMargin;
    const double titleHeight = PictureChrome::titleHeight(texts.title, width - 2 * kMargin);
    title_ = QRectF(kMargin, kMargin, width - 2 * kMargin, titleHeight);
    inputTop_ = title_.bottom() + 16 + kCaptionRoom;
    stripsTop_ = inputTop_ + inputRowsHeight() + 24 + kCaptionRoom;
    sumTop_ = stripsTop_ + static_cast<double>(strips_) * (cell + stripGap()) + 24 + kCaptionRoom;
    // Rows thinner than their labels (a long row shrunk to colour) are spaced by the labels.
    countTop_ = sumTop_ + std::max(cell, Typography::lineHeight(Typography::kLabel, true)) + 8;
    outputTop_ = countTop_ + countHeight() + 24 + kCaptionRoom;
    // Room under the output row for the output_padding mark.
    const double below = outputTop_ + cell + 8 + Typography::lineHeight(Typography::kLabel, true) + 12;
    footer_ = QRectF(kMargin, below, width - 2 * kMargin, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + kMargin);
}

double StripLayout::stripGap() const
{
    return std::min(kStripGap, cell_ / 4);
}

double StripLayout::inputRowsHeight() const
{
    const auto rows = static_cast<double>(inputRows_);
    return rows * cell_ + (rows - 1) * stripGap();
}

double StripLayout::countHeight() const
{
    return std::max(cell_ * 0.75, std::min(cell_, countRowHeight()));
}

QRectF StripLayout::labelRect(double top, double height) const
{
    return QRectF(kMargin, top, label_ - kLabelGap, height);
}

bool StripLayout::rowLabels() const
{
    return Typography::lineHeight(Typography::kLabel, true) <= cell_ + stripGap();
}

QRectF StripLayout::inputCellRect(std::int64_t ix, std::size_t row) const
{
    return QRectF(x0_ + static_cast<double>(ix) * cell_, inputTop_ + static_cast<double>(row) * (cell_ + stripGap()),
                  cell_, cell_);
}

QRectF StripLayout::kernelCellRect(std::int64_t kx, std::size_t row) const
{
    return QRectF(kernelLeft_ + static_cast<double>(kx) * cell_,
                  inputTop_ + static_cast<double>(row) * (cell_ + stripGap()), cell_, cell_);
}

QRectF StripLayout::stripCellRect(std::int64_t strip, std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, stripsTop_ + static_cast<double>(strip) * (cell_ + stripGap()),
                  cell_, cell_);
}

QRectF StripLayout::sumCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, sumTop_, cell_, cell_);
}

QRectF StripLayout::countCellRect(std::int64_t f) const
{
    return QRectF(x0_ + static_cast<double>(f) * cell_, countTop_, cell_, countHeight());
}

QRectF StripLayout::outputCellRect(std::int64_t ox) const
{
    return QRectF(x0_ + static_cast<double>(ox + g_.padding.w) * cell_, outputTop_, cell_, cell_);
}

}  // namespace sb
