// SPDX-License-Identifier: MIT
#include "app/render/views/ShapeLayout.h"

#include "app/render/Typography.h"

#include <algorithm>
#include <set>

namespace sb {

ShapeLayout::ShapeLayout(const Texts& texts)
{
    const double m = PictureChrome::kMargin;
    // The term boxes: each as wide as the widest of its texts (the term with numbers, its value,
    // the label under it) on every axis row.
    labelWidth_ = Typography::width(QStringLiteral("W_out ="), kPieceSize, true) + 16;
    termWidths_.fill(0);
    for (const AxisTexts& axis : texts.axes) {
        for (int t = 0; t < kTermCount; ++t) {
            const auto i = static_cast<std::size_t>(t);
            const bool result = t == kTermCount - 1;
            double w = Typography::width(axis.labels[i], Typography::kLabel, result);
            if (result)
                w = std::max(w, Typography::width(axis.pieces[i], kResultSize, true));
            else
                w = std::max({w, Typography::width(axis.pieces[i], kPieceSize, true),
                              Typography::width(axis.values[i], Typography::kLabel)});
            termWidths_[i] = std::max(termWidths_[i], std::max(w + 24, 60.0));
        }
    }
    double termsWidth = labelWidth_;
    for (double w : termWidths_)
        termsWidth += w + kOperatorWidth;
    termRow_ = kTermBox + 24 + Typography::lineHeight(Typography::kLabel, true) + 28;

    // The round trip's columns: output_padding, the candidate size, Conv2d's arithmetic, the H_in
    // box they converge on, and the explanation.
    tripPad_ = Typography::width(QStringLiteral("output_padding"), Typography::kSmall) + 8;
    tripBox_ = m + tripPad_ + 16;
    tripText_ = tripBox_ + PictureChrome::kCell + 16;
    tripTextWidth_ = Typography::width(texts.tripHeader, Typography::kSmall);
    for (const AxisTexts& axis : texts.axes)
        for (const QString& line : axis.tripLines)
            tripTextWidth_ = std::max(tripTextWidth_, Typography::width(line, Typography::kLabel, true));
    tripTarget_ = tripText_ + tripTextWidth_ + 60;
    tripWhy_ = tripTarget_ + PictureChrome::kCell + 40;
    const double whyMin = 340.0;

    // The table's columns.
    for (int c = 0; c < 8; ++c)
        columnWidths_[static_cast<std::size_t>(c)] =
            Typography::width(texts.tableHeaders[c], Typography::kSmall, true) + 16;
    for (const QStringList& cells : texts.tableRows)
        for (int c = 0; c < cells.size(); ++c)
            columnWidths_[static_cast<std::size_t>(c)] = std::max(
                columnWidths_[static_cast<std::size_t>(c)], Typography::width(cells[c], Typography::kLabel, true) + 16);
    double tableWidth = 0;
    for (double w : columnWidths_)
        tableWidth += w;

    const double captions = std::max({Typography::width(texts.termsCaption, Typography::kHeading, true),
                                      Typography::width(texts.tripCaption, Typography::kHeading, true),
                                      Typography::width(texts.tableCaption, Typography::kHeading, true)});
    width_ =
        std::max({kPreferredWidth, m + termsWidth + m, tripWhy_ + whyMin + m, m + tableWidth + m, m + captions + m});

    title_ = QRectF(m, m, width_ - 2 * m, PictureChrome::titleHeight(texts.title, width_ - 2 * m));
    double y = title_.bottom() + 12 + kCaptionRoom;
    termsCaption_ = y;
    y += 10;
    rows_.assign(texts.axes.size(), Row{});
    for (Row& row : rows_) {
        row.termTop = y;
        y += termRow_;
    }
    y += 8 + kCaptionRoom;
    tripCaption_ = y;
    y += 8;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        Row& row = rows_[r];
        const AxisTexts& axis = texts.axes[r];
        // Long candidate lists (large strides) keep the first three, the one picked and the last
        // two, with "⋮" for the rest.
        const std::int64_t n = axis.candidates;
        std::set<std::int64_t> keep;
        for (std::int64_t i = 0; i < n; ++i)
            if (n <= 8 || i < 3 || i >= n - 2 || i == axis.picked)
                keep.insert(i);
        std::int64_t previous = -1;
        for (std::int64_t i : keep) {
            if (previous >= 0 && i > previous + 1)
                row.shown.push_back(-1);
            row.shown.push_back(i);
            previous = i;
        }
        row.tripTop = y;
        const double lines = static_cast<double>(row.shown.size()) + (axis.picked < 0 ? 1 : 0);
        const double why = Typography::wrappedHeight(axis.why, Typography::kLabel, false, width_ - m - tripWhy_);
        row.tripHeight = std::max({kTripHeader + lines * kLinePitch, why + 8, kTripHeader + 2 * kLinePitch});
        y += row.tripHeight + 16;
    }
    y += 12 + kCaptionRoom;
    tableCaption_ = y;
    tableTop_ = y + 8;
    const double tableBottom = tableTop_ + kTableRow * static_cast<double>(1 + texts.tableRows.size());
    footer_ = QRectF(m, tableBottom + 24, width_ - 2 * m, PictureChrome::footerHeight());
    bounds_ = QRectF(0, 0, width_, footer_.bottom() + m);
}

QRectF ShapeLayout::termLabelRect(std::size_t row) const
{
    return QRectF(PictureChrome::kMargin, rows_[row].termTop, labelWidth_ - 10, kTermBox);
}

QRectF ShapeLayout::termRect(std::size_t row, int term) const
{
    double x = PictureChrome::kMargin + labelWidth_;
    for (int t = 0; t < term; ++t)
        x += termWidths_[static_cast<std::size_t>(t)] + kOperatorWidth;
    return QRectF(x, rows_[row].termTop, termWidths_[static_cast<std::size_t>(term)], kTermBox);
}

double ShapeLayout::candidateRowTop(std::size_t row, std::size_t line) const
{
    return rows_[row].tripTop + kTripHeader + static_cast<double>(line) * kLinePitch;
}

QRectF ShapeLayout::candidateRect(std::size_t row, std::int64_t index) const
{
    const std::vector<std::int64_t>& shown = rows_[row].shown;
    for (std::size_t line = 0; line < shown.size(); ++line)
        if (shown[line] == index)
            return QRectF(tripBox_, candidateRowTop(row, line) + 4, PictureChrome::kCell, PictureChrome::kCell);
    return {};
}

QRectF ShapeLayout::inputSizeRect(std::size_t row) const
{
    const Row& r = rows_[row];
    const double lines = static_cast<double>(r.shown.size());
    const double centre = r.tripTop + kTripHeader + lines * kLinePitch / 2;
    return QRectF(tripTarget_, centre - PictureChrome::kCell / 2, PictureChrome::kCell, PictureChrome::kCell);
}

QRectF ShapeLayout::whyRect(std::size_t row) const
{
    return QRectF(tripWhy_, rows_[row].tripTop, width_ - PictureChrome::kMargin - tripWhy_, rows_[row].tripHeight);
}

QRectF ShapeLayout::tableRowRect(std::size_t row) const
{
    double width = 0;
    for (double w : columnWidths_)
        width += w;
    return QRectF(PictureChrome::kMargin, tableTop_ + kTableRow * static_cast<double>(row + 1), width, kTableRow);
}

QRectF ShapeLayout::tableCellRect(double top, int column) const
{
    double x = PictureChrome::kMargin;
    for (int c = 0; c < column; ++c)
        x += columnWidths_[static_cast<std::size_t>(c)];
    return QRectF(x + 8, top, columnWidths_[static_cast<std::size_t>(column)] - 16, kTableRow);
}

}  // namespace sb
