// SPDX-License-Identifier: MIT
#include "app/render/views/EquivalentLayout.h"

#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

EquivalentLayout::EquivalentLayout(const LayerGeometry& g, const PaddedInputGrid& grid, const Texts& texts, QSizeF budget)
    : g_(g), paddedRows_(grid.rows()), paddedCols_(grid.cols())
{
    auto fits = [&] { return bounds_.width() <= budget.width() && bounds_.height() <= budget.height(); };
    place(texts, 1.0, 1.0);
    if (fits())
        return;
    // The texts do not scale; the grids do. The grids the size of the layer (input, padded input,
    // output) shrink first, the kernel-sized ones only when that is not enough.
    constexpr double kSmallest = 1e-4;
    place(texts, kSmallest, 1.0);
    const bool kernelsKeepTheirCells = fits();
    double lo = 0.0, hi = 1.0;
    for (int i = 0; i < 30; ++i) {
        const double f = (lo + hi) / 2;
        place(texts, f, kernelsKeepTheirCells ? 1.0 : f);
        (fits() ? lo : hi) = f;
    }
    lo = std::max(lo, kSmallest);
    place(texts, lo, kernelsKeepTheirCells ? 1.0 : lo);
}

void EquivalentLayout::place(const Texts& t, double f, double fk)
{
    cellScale_ = f;
    const double m = PictureChrome::kMargin, cap = PictureChrome::captionHeight();
    const double cIn = t.inputCell * f, cK = t.kernelCell * fk, cPad = t.paddedCell * f, cProd = t.productsCell * fk,
                 cOut = t.outputCell * f;

    // ---- widths: each column is max(its grid, its texts) ------------------------------------
    const double colInput = std::max(g_.input.w * cIn, PictureChrome::captionWidth(t.inputCaption));
    const double colKernel = std::max(g_.kernel.w * cK, PictureChrome::captionWidth(t.kernelCaption));
    const double smallLine = Typography::lineHeight(Typography::kSmall);
    const double flipGap = std::max(kMinFlipGap, Typography::width(t.flipLabel, Typography::kSmall, true) + 24);
    const double colFlipped = std::max({g_.kernel.w * cK, PictureChrome::captionWidth(t.flippedCaption),
                                        Typography::widestLine(t.flipNote, Typography::kSmall)});

    // The rule, wrapped to its measure (the first line bold).
    const double labelLine = Typography::lineHeight(Typography::kLabel, true);
    std::vector<QString> ruleTexts;
    double rulesText = 0.0;
    for (int i = 0; i < t.rules.size(); ++i)
        for (const QString& line : Typography::wrap(t.rules[i], Typography::kLabel, i == 0, kRulesMeasure)) {
            ruleTexts.push_back(line);
            rulesText = std::max(rulesText, Typography::width(line, Typography::kLabel, i == 0));
        }
    const double rulesWidth = rulesText + 2 * kPad;
    const double row1Width = m + colInput + kGap + colKernel + flipGap + colFlipped + kGap + rulesWidth + m;

    // The legend, each row wrapped to max(its measure, the padded grid).
    const double paddedWidth = paddedCols_ * cPad;
    const double legendMeasure = std::max(kLegendMeasure, paddedWidth) - kSwatch - 10;
    std::vector<QStringList> legendTexts;
    double legendWidth = 0.0;
    for (const QString& row : t.legend) {
        legendTexts.push_back(Typography::wrap(row, Typography::kLabel, false, legendMeasure));
        legendWidth = std::max(legendWidth, kSwatch + 10 + Typography::widestLine(legendTexts.back(), Typography::kLabel));
    }
    const double colPadded = std::max({paddedWidth, PictureChrome::captionWidth(t.paddedCaption), legendWidth});
    const double colProducts = std::max({g_.kernel.w * cProd, PictureChrome::captionWidth(t.productsCaption),
                                         Typography::widestLine(t.sumLines, Typography::kLabel, true)});
    const double colOutput = std::max(g_.output.w * cOut, PictureChrome::captionWidth(t.outputCaption));
    const double row2Width = m + colPadded + kGap + colProducts + kGap + colOutput + m;

    const double width = std::max({row1Width, row2Width, PictureChrome::kMinWidth + 2 * m});

    // ---- top to bottom ---------------------------------------------------------------------
    const double titleHeight = PictureChrome::titleHeight(t.title, width - 2 * m);
    title_ = QRectF(m, m, width - 2 * m, titleHeight);
    const double row1Top = title_.bottom() + 18;
    const double row1 = row1Top + cap;
    input_ = {QPointF(m, row1), g_.input.h, g_.input.w, cIn};
    kernel_ = {QPointF(m + colInput + kGap, row1), g_.kernel.h, g_.kernel.w, cK};
    flipped_ = {QPointF(kernel_.origin.x() + colKernel + flipGap, row1), g_.kernel.h, g_.kernel.w, cK};
    flipLabel_ = QRectF(kernel_.rect().right(), kernel_.rect().bottom() + 6, flipped_.origin.x() - kernel_.rect().right(),
                        Typography::lineHeight(Typography::kSmall, true));
    flipNote_.clear();
    double y = flipped_.rect().bottom() + 6;
    for (const QString& line : t.flipNote) {
        flipNote_.push_back({QRectF(flipped_.origin.x(), y, colFlipped, smallLine), line});
        y += smallLine;
    }
    const double flipBottom = std::max(y, flipLabel_.bottom());
    rules_ = QRectF(flipped_.origin.x() + colFlipped + kGap, row1Top, rulesWidth,
                    static_cast<double>(ruleTexts.size()) * labelLine + 2 * kPad);
    ruleLines_.clear();
    for (std::size_t i = 0; i < ruleTexts.size(); ++i)
        ruleLines_.push_back({QRectF(rules_.left() + kPad, rules_.top() + kPad + static_cast<double>(i) * labelLine, rulesText + 1, labelLine),
                              ruleTexts[i]});
    const double row1Bottom = std::max({input_.rect().bottom(), kernel_.rect().bottom(), flipBottom, rules_.bottom()});

    // Row 2: padded input, products, output; the output starts level with the padded input, as
    // its cell (0, 0) is the window whose top-left is padded (0, 0).
    const double row2 = row1Bottom + kRowGap + cap;
    padded_ = {QPointF(m, row2), paddedRows_, paddedCols_, cPad};
    swatches_.clear();
    legendRows_.clear();
    y = padded_.rect().bottom() + 14;
    const double legendLine = Typography::lineHeight(Typography::kLabel);
    for (const QStringList& rowLines : legendTexts) {
        const double rowHeight = std::max(kSwatch + 6, rowLines.size() * legendLine);
        swatches_.push_back(QRectF(m, y + (std::min(rowHeight, legendLine + 6) - kSwatch) / 2, kSwatch, kSwatch));
        std::vector<Line> lines;
        double ly = y + (rowLines.size() == 1 ? (rowHeight - legendLine) / 2 : 0.0);
        for (const QString& line : rowLines) {
            lines.push_back({QRectF(m + kSwatch + 10, ly, colPadded - kSwatch - 10, legendLine), line});
            ly += legendLine;
        }
        legendRows_.push_back(std::move(lines));
        y += rowHeight + 4;
    }
    const double legendBottom = y;
    products_ = {QPointF(m + colPadded + kGap, row2), g_.kernel.h, g_.kernel.w, cProd};
    sumLineHeight_ = Typography::lineHeight(Typography::kLabel, true) + 2;
    sum_ = QRectF(products_.origin.x(), products_.rect().bottom() + 10, colProducts, t.sumLines.size() * sumLineHeight_);
    output_ = {QPointF(products_.origin.x() + colProducts + kGap, row2), g_.output.h, g_.output.w, cOut};

    const double bottom = std::max({padded_.rect().bottom(), legendBottom, sum_.bottom(), output_.rect().bottom()});
    footer_ = QRectF(m, bottom + 24, width - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width, footer_.bottom() + m);
}

QRectF EquivalentLayout::sumLine(int i) const
{
    return QRectF(sum_.left(), sum_.top() + i * sumLineHeight_, sum_.width(), sumLineHeight_);
}

HitTarget EquivalentLayout::hitTest(const QPointF& p, const PaddedInputGrid& grid, qint64 channel) const
{
    HitTarget hit;
    qint64 r = 0, col = 0;
    if (output_.cellAt(p, r, col)) {
        hit = HitTarget::outputCell(r, col, g_.padding);
    } else if (padded_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Padded;
        hit.y = grid.paddedRow(r);
        hit.x = grid.paddedCol(col);
        std::int64_t iy = 0, ix = 0;
        if (grid.elementAt(r, col, iy, ix)) {
            hit.ci = channel;
            hit.iy = iy;
            hit.ix = ix;
        }
    } else if (input_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Input;
        hit.ci = channel;
        hit.iy = r;
        hit.ix = col;
    } else if (kernel_.cellAt(p, r, col)) {
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = r;
        hit.kx = col;
    } else if (flipped_.cellAt(p, r, col) || products_.cellAt(p, r, col)) {
        // Flipped tap (fy, fx) is the original tap (kH−1−fy, kW−1−fx).
        hit.kind = HitTarget::Kind::Kernel;
        hit.ky = g_.kernel.h - 1 - r;
        hit.kx = g_.kernel.w - 1 - col;
    }
    return hit;
}

} // namespace sb
