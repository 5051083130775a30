// SPDX-License-Identifier: MIT
// StripLayout: where every row of the strip view sits, in world coordinates — the input and kernel
// rows (one of each per input channel drawn), one strip per input element, the sum with its
// contributions-per-cell row under it, the output row under the cells the crop keeps, the labels
// left of the rows, the title and the footer. Measured: the labels and captions in the font that
// draws them, and one cell size for every row (so strips, sum and output align) at which the
// widest number any row writes fits. When that would make the picture larger than its room, the
// cells shrink (the rows then show colour at scale 1). Shared by painting and hit testing.
#pragma once

#include "app/render/PictureChrome.h"
#include "core/LayerGeometry.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace sb {

class StripLayout {
public:
    static constexpr double kLabelGap = 14.0;  // between the labels and the rows

    // What the layout measures: the texts the picture writes (the longest variant of each caption)
    // and the widest number of every row.
    struct Texts {
        QString title;
        QStringList labels;  // every label left of the rows: the strips', the count's, the sum's, the output's
        QString inputCaption, kernelCaption, stripsCaption, sumCaption, outputCaption;
        QStringList widest;  // one per row: input, kernel, products, sums, output, counts
    };

    StripLayout() = default;
    // `inputRows`: the input (and kernel) rows drawn, one per input channel; `strips`: one per
    // element of them; `extent`: the cells a strip spans (the full row, or further for output_padding).
    StripLayout(const LayerGeometry& geometry, std::int64_t inputRows, std::int64_t strips, std::int64_t extent,
                const Texts& texts, QSizeF maxSize = QSizeF(PictureChrome::kMaxSide, PictureChrome::kMaxSide));

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    // One cell size for every row.
    double cell() const { return cell_; }
    // Between two strips (and two input rows) of readable cells; a quarter of the cell when smaller.
    double stripGap() const;
    // The labels' column, left of the rows, and whether a row is tall enough for its label.
    QRectF labelRect(double top, double height) const;
    bool rowLabels() const;
    // The left edge of every row's cell 0 (the full row's first cell), and the kernel rows'.
    double rowsLeft() const { return x0_; }
    double kernelLeft() const { return kernelLeft_; }
    double inputTop() const { return inputTop_; }
    double stripsTop() const { return stripsTop_; }
    double sumTop() const { return sumTop_; }
    double countTop() const { return countTop_; }
    double outputTop() const { return outputTop_; }
    double countHeight() const;

    QRectF inputCellRect(std::int64_t ix, std::size_t row = 0) const;
    QRectF kernelCellRect(std::int64_t kx, std::size_t row = 0) const;
    QRectF stripCellRect(std::int64_t strip, std::int64_t f) const;  // strip `strip`, full-row cell f
    QRectF sumCellRect(std::int64_t f) const;
    QRectF countCellRect(std::int64_t f) const;
    // Under the cells the crop keeps, so the crop reads straight down.
    QRectF outputCellRect(std::int64_t ox) const;

private:
    static constexpr double kMargin = PictureChrome::kMargin;
    static constexpr double kStripGap = 6.0;      // between strips of readable cells
    static constexpr double kCaptionRoom = 30.0;  // a caption's line above a row
    static double countRowHeight();
    // Cells as wide as the widest number any row writes, never below a readable grid's and room for a line.
    static double cellFor(const QStringList& widest);
    void place(double cell, const Texts& texts);
    double inputRowsHeight() const;

    LayerGeometry g_;
    std::int64_t inputRows_ = 1, strips_ = 0, extent_ = 0;
    double inputCaption_ = 0, kernelCaption_ = 0, stripsCaption_ = 0, sumCaption_ = 0, outputCaption_ = 0;
    QRectF bounds_, title_, footer_;
    double cell_ = 0;   // one cell size for every row, so the strips, sum and output align
    double label_ = 0;  // width of the labels left of the rows, the gap included
    double x0_ = 0, inputTop_ = 0, kernelLeft_ = 0, stripsTop_ = 0, sumTop_ = 0, countTop_ = 0, outputTop_ = 0;
};

}  // namespace sb
