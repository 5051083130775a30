#include "app/render/views/MatrixLayout.h"

#include "app/render/SceneLayout.h"

#include <algorithm>

namespace sb {

namespace {
constexpr double kCell = SceneLayout::kCell;
constexpr double kMargin = SceneLayout::kMargin;
} // namespace

double MatrixLayout::blockWidth() const
{
    return kRowLabels + 8 + kCell + kOperator + columns_ * kCell;
}

double MatrixLayout::blockLeft(int block) const
{
    return kMargin + block * (blockWidth() + kBlockGap);
}

MatrixLayout::MatrixLayout(qint64 rows, qint64 columns, qint64 rowGroup, int labelChars, double minWidth)
    : rows_(rows), columns_(columns)
{
    title_ = QRectF(kMargin, kMargin, 0, SceneLayout::kTitle - 8);
    note_ = QRectF(kMargin, kMargin + SceneLayout::kTitle, 0, kNote);
    // Column labels stand rotated above Wᵀ: as tall as the longest label (about 7.5 units a
    // character at the labels' 11 pt) plus the colour bar.
    labels_ = labelChars * 7.5 + 16 + kColourBar;
    top_ = note_.bottom() + SceneLayout::kCaption + 8 + labels_;
    const double chrome = top_ + 24 + SceneLayout::kFooter + kMargin;

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
        const double width = blockLeft(blocks_) - kBlockGap + kOperator + kCell + 8 + kInputLabels + kMargin;
        const double height = chrome + std::max(blockRows, columns) * kCell;
        const double scale = std::min(1920.0 / std::max(width, kMargin + minWidth), 1080.0 / height);
        if (scale > best * 1.1) {
            best = scale;
            bestRows = blockRows;
        }
        if (best * kCell >= kComfortablePixels)
            break;
    }
    blockRows_ = std::clamp<qint64>(bestRows, 1, std::max<qint64>(rows, 1));
    blocks_ = static_cast<int>(std::max<qint64>((rows + blockRows_ - 1) / blockRows_, 1));

    const double matrixRight = blockLeft(blocks_ - 1) + blockWidth();
    times_ = QRectF(matrixRight, top_, kOperator, std::max(blockRows_, columns) * kCell);
    x_ = {QPointF(times_.right(), top_), columns, 1, kCell};
    xLabels_ = QRectF(x_.rect().right() + 8, top_, kInputLabels, columns * kCell);

    const double right = std::max(xLabels_.right(), kMargin + minWidth);
    const double bottom = top_ + std::max(blockRows_, columns) * kCell;
    title_.setRight(right);
    note_.setRight(right);
    footer_ = QRectF(kMargin, bottom + 24, right - kMargin, SceneLayout::kFooter);
    bounds_ = QRectF(0, 0, right + kMargin, footer_.bottom() + kMargin);
}

QRectF MatrixLayout::rowLabels(int block) const
{
    const qint64 count = std::min(blockRows_, rows_ - firstRowOf(block));
    return QRectF(blockLeft(block), top_, kRowLabels, count * kCell);
}

GridGeometry MatrixLayout::outputBlock(int block) const
{
    const qint64 count = std::min(blockRows_, rows_ - firstRowOf(block));
    return {QPointF(blockLeft(block) + kRowLabels + 8, top_), count, 1, kCell};
}

QRectF MatrixLayout::equalsRect(int block) const
{
    const GridGeometry y = outputBlock(block);
    return QRectF(y.rect().right(), top_, kOperator, y.rect().height());
}

GridGeometry MatrixLayout::matrixBlock(int block) const
{
    const GridGeometry y = outputBlock(block);
    return {QPointF(equalsRect(block).right(), top_), y.rows, columns_, kCell};
}

QRectF MatrixLayout::columnLabels(int block) const
{
    const GridGeometry m = matrixBlock(block);
    return QRectF(m.origin.x(), top_ - labels_, columns_ * kCell, labels_);
}

QRectF MatrixLayout::matrixRow(qint64 row) const
{
    const int block = static_cast<int>(blockOf(row));
    const GridGeometry m = matrixBlock(block);
    return QRectF(m.origin.x(), m.origin.y() + (row - firstRowOf(block)) * kCell, m.rect().width(), kCell);
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
