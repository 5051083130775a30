// SPDX-License-Identifier: MIT
#include "app/render/views/MatrixLayout.h"

#include "app/render/PictureChrome.h"
#include "app/render/Typography.h"

#include <algorithm>

namespace sb {

namespace {
constexpr double kMargin = PictureChrome::kMargin;
constexpr double kCaptionRoom = 30.0;  // a caption's line over a grid
} // namespace

double MatrixLayout::blockWidth() const
{
    return m_.rowLabels + kLabelGap + cell_ + kOperator + std::max(columns_ * cell_, m_.blockCaption + kLabelGap);
}

double MatrixLayout::blockLeft(int block) const
{
    return kMargin + block * (blockWidth() + kBlockGap);
}

MatrixLayout::MatrixLayout(qint64 rows, qint64 columns, qint64 rowGroup, const MatrixMeasures& measures)
    : m_(measures), cell_(measures.cell), rows_(rows), columns_(columns)
{
    place(rowGroup);
    // Over the budget: shrink the cells (the label bands keep their size) until it fits.
    for (int i = 0; i < 12 && (bounds_.width() > kBudget || bounds_.height() > kBudget); ++i) {
        const double side = std::max(bounds_.width(), bounds_.height());
        cell_ = std::max(0.05, cell_ * std::min(0.95, (kBudget - 300.0) / side));
        place(rowGroup);
    }
}

void MatrixLayout::place(qint64 rowGroup)
{
    const qint64 rows = rows_, columns = columns_;
    labels_ = m_.columnLabels + 16 + kColourBar;
    const double footer = PictureChrome::footerHeight();
    const double note = Typography::lineHeight(Typography::kSmall) + 8;

    // Blocks of whole output rows, split as evenly as they go: the fewest blocks whose cells a
    // 1920×1080 screen shows comfortably large, else the count that shows them largest (more blocks
    // only when clearly better, since one block reads most simply).
    rowGroup = std::max<qint64>(rowGroup, 1);
    const qint64 groups = std::max<qint64>((rows + rowGroup - 1) / rowGroup, 1);
    double best = 0.0;
    qint64 bestRows = rows;
    for (qint64 count = 1; count <= groups; ++count) {
        const qint64 blockRows = (groups + count - 1) / count * rowGroup;
        blockRows_ = blockRows;
        blocks_ = static_cast<int>((rows + blockRows - 1) / blockRows);
        if (blocks_ != count)
            continue;  // the same split as a smaller count
        const double width = blockLeft(blocks_) - kBlockGap + kOperator + cell_ + kLabelGap + m_.inputLabels + kMargin;
        const double chrome = kMargin + 3 * Typography::lineHeight(Typography::kTitle, true) + note + kCaptionRoom + labels_ + 24
                              + footer + kMargin;
        const double height = chrome + std::max(blockRows, columns) * cell_;
        const double scale = std::min(1920.0 / std::max(width, kMargin + m_.minWidth), 1080.0 / height);
        if (scale > best * 1.1) {
            best = scale;
            bestRows = blockRows;
        }
        if (best * cell_ >= kComfortablePixels)
            break;
    }
    blockRows_ = std::clamp<qint64>(bestRows, 1, std::max<qint64>(rows, 1));
    blocks_ = static_cast<int>(std::max<qint64>((rows + blockRows_ - 1) / blockRows_, 1));

    const double matrixRight = blockLeft(blocks_ - 1) + blockWidth();
    const double right = std::max(matrixRight + kOperator + cell_ + kLabelGap + m_.inputLabels, kMargin + m_.minWidth);
    const double titleHeight = PictureChrome::titleHeight(m_.title, right - kMargin);
    title_ = QRectF(kMargin, kMargin, right - kMargin, titleHeight);
    note_ = QRectF(kMargin, title_.bottom() + 4, right - kMargin, note);
    top_ = note_.bottom() + kCaptionRoom + labels_;

    times_ = QRectF(matrixRight, top_, kOperator, std::max(blockRows_, columns) * cell_);
    x_ = {QPointF(times_.right(), top_), columns, 1, cell_};
    xLabels_ = QRectF(x_.rect().right() + kLabelGap, top_, m_.inputLabels, columns * cell_);

    const double bottom = top_ + std::max(blockRows_, columns) * cell_;
    footer_ = QRectF(kMargin, bottom + 24, right - kMargin, footer);
    bounds_ = QRectF(0, 0, right + kMargin, footer_.bottom() + kMargin);
}

QRectF MatrixLayout::rowLabels(int block) const
{
    const qint64 count = std::min(blockRows_, rows_ - firstRowOf(block));
    return QRectF(blockLeft(block), top_, m_.rowLabels, count * cell_);
}

GridGeometry MatrixLayout::outputBlock(int block) const
{
    const qint64 count = std::min(blockRows_, rows_ - firstRowOf(block));
    return {QPointF(blockLeft(block) + m_.rowLabels + kLabelGap, top_), count, 1, cell_};
}

QRectF MatrixLayout::equalsRect(int block) const
{
    const GridGeometry y = outputBlock(block);
    return QRectF(y.rect().right(), top_, kOperator, y.rect().height());
}

GridGeometry MatrixLayout::matrixBlock(int block) const
{
    const GridGeometry y = outputBlock(block);
    return {QPointF(equalsRect(block).right(), top_), y.rows, columns_, cell_};
}

QRectF MatrixLayout::columnLabels(int block) const
{
    const GridGeometry m = matrixBlock(block);
    return QRectF(m.origin.x(), top_ - labels_, columns_ * cell_, labels_);
}

QRectF MatrixLayout::matrixRow(qint64 row) const
{
    const int block = static_cast<int>(blockOf(row));
    const GridGeometry m = matrixBlock(block);
    return QRectF(m.origin.x(), m.origin.y() + (row - firstRowOf(block)) * cell_, m.rect().width(), cell_);
}

QRectF MatrixLayout::outputCell(qint64 row) const
{
    const int block = static_cast<int>(blockOf(row));
    return outputBlock(block).cellRect(row - firstRowOf(block), 0);
}

QRectF MatrixLayout::matrixCell(qint64 row, qint64 column) const
{
    const int block = static_cast<int>(blockOf(row));
    return matrixBlock(block).cellRect(row - firstRowOf(block), column);
}

void MatrixLayout::rowColumnAt(const QPointF& p, qint64& row, qint64& column) const
{
    row = column = -1;
    qint64 r = 0, c = 0;
    if (x_.cellAt(p, r, c) || (xLabels_.contains(p) && x_.cellAt(QPointF(x_.origin.x(), p.y()), r, c))) {
        column = r;
        return;
    }
    for (int b = 0; b < blocks_; ++b) {
        const GridGeometry m = matrixBlock(b), y = outputBlock(b);
        if (m.cellAt(p, r, c)) {
            row = firstRowOf(b) + r;
            column = c;
        } else if (y.cellAt(p, r, c) || (rowLabels(b).contains(p) && y.cellAt(QPointF(y.origin.x(), p.y()), r, c))) {
            row = firstRowOf(b) + r;
        } else if (columnLabels(b).contains(p)) {
            column = std::clamp<qint64>(static_cast<qint64>((p.x() - m.origin.x()) / m.cell), 0, columns_ - 1);
        } else {
            continue;
        }
        return;
    }
}

} // namespace sb
