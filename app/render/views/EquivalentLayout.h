// SPDX-License-Identifier: MIT
// EquivalentLayout: where every part of the equivalent view sits, in world coordinates. Row 1: the
// input x, the kernel w and its flipped copy, seed 000's rule; row 2: the padded input the
// flipped kernel slides over (its legend under it), the window's products (their sum under them),
// the output y. Measured: every caption, rule line, legend row and sum is measured in the font
// that draws it, each column is max(grid, its texts), and each grid's cells are sized to fit its
// widest number. When that would make the picture larger than its budget (4000 px a side), the
// grids' cells shrink together until it fits, and the grids then show colour instead of numbers.
// Shared by painting and hit testing.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/HitTarget.h"
#include "core/LayerGeometry.h"
#include "core/PaddedInputGrid.h"

#include <QRectF>
#include <QSizeF>
#include <QStringList>

#include <vector>

namespace sb {

class EquivalentLayout {
public:
    static constexpr double kBudget = 4000.0;      // the largest side of a picture at scale 1
    static constexpr double kRulesMeasure = 620.0;  // the rule's lines wrap at this width
    static constexpr double kLegendMeasure = 460.0; // a legend row wraps at max(this, its grid)
    static constexpr double kSwatch = 16.0;

    // What the picture measured before placing anything: its texts, and the side of each grid's
    // cells at which its widest number fits (GridPainter::gridTextSize at scale 1).
    struct Texts {
        QString title, subtitle;
        QString inputCaption, kernelCaption, flippedCaption, paddedCaption, productsCaption, outputCaption;
        double inputCell = 40, kernelCell = 40, paddedCell = 40, productsCell = 40, outputCell = 40;
        QStringList rules;        // seed 000's rule, one sentence a line (the first one is bold)
        QStringList legend;       // one row per kind of padded cell
        QStringList flipNote;     // under the flipped kernel
        QString flipLabel;        // under the arrow between the kernels
        QStringList sumLines;     // the widest lines the sum under the products can have
    };
    // One line of text placed by the layout.
    struct Line {
        QRectF rect;
        QString text;
    };

    EquivalentLayout() = default;
    EquivalentLayout(const LayerGeometry& geometry, const PaddedInputGrid& grid, const Texts& texts,
                     QSizeF budget = QSizeF(kBudget, kBudget));

    QRectF bounds() const { return bounds_; }
    QRectF titleRect() const { return title_; }
    QRectF footerRect() const { return footer_; }
    QRectF rulesRect() const { return rules_; }
    // The rule's lines, wrapped to the panel.
    const std::vector<Line>& ruleLines() const { return ruleLines_; }
    // Legend rows under the padded input: a swatch and its text (wrapped lines).
    const std::vector<QRectF>& legendSwatches() const { return swatches_; }
    const std::vector<std::vector<Line>>& legendRows() const { return legendRows_; }
    // Under the flipped kernel: which original tap its top-left is.
    const std::vector<Line>& flipNote() const { return flipNote_; }
    QRectF flipLabelRect() const { return flipLabel_; }
    // Under the products: their sum, one rectangle per line.
    QRectF sumLine(int i) const;
    // 1 when every grid has the cells its numbers need; less when the budget shrank the
    // layer-sized grids (input, padded input, output).
    double cellScale() const { return cellScale_; }

    const GridGeometry& input() const { return input_; }
    const GridGeometry& kernel() const { return kernel_; }
    const GridGeometry& flipped() const { return flipped_; }
    // The drawn padded input (PaddedInputGrid's rows × cols, crop included).
    const GridGeometry& padded() const { return padded_; }
    const GridGeometry& products() const { return products_; }
    const GridGeometry& output() const { return output_; }

    // Input cells report the element of `channel`; padded cells their padded coordinates (Padded);
    // both kernels and the products report the original tap (ky, kx); output cells (oy, ox).
    HitTarget hitTest(const QPointF& world, const PaddedInputGrid& grid, qint64 channel) const;

private:
    static constexpr double kGap = 48.0;     // between columns
    static constexpr double kRowGap = 32.0;  // between the rows, above the second row's captions
    static constexpr double kPad = 14.0;     // inside the rule's panel
    static constexpr double kMinFlipGap = 120.0;

    // Places everything with the layer-sized grids' cells scaled by f, the kernel-sized ones by fk.
    void place(const Texts& texts, double f, double fk);

    LayerGeometry g_;
    qint64 paddedRows_ = 0, paddedCols_ = 0;
    double cellScale_ = 1.0;
    QRectF bounds_, title_, footer_, rules_, flipLabel_, sum_;
    double sumLineHeight_ = 0;
    std::vector<Line> ruleLines_, flipNote_;
    std::vector<QRectF> swatches_;
    std::vector<std::vector<Line>> legendRows_;
    GridGeometry input_, kernel_, flipped_, padded_, products_, output_;
};

} // namespace sb
