#include "app/render/GridPainter.h"

#include "app/render/SceneRenderer.h"

#include <QPaintDevice>

#include <algorithm>
#include <cmath>

namespace sb {

GridPainter::GridPainter(QPainter& painter, const RenderOptions& options) : p_(painter), o_(options), base_(painter.font())
{
    const QTransform t = painter.worldTransform();
    scale_ = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
    if (painter.device() != nullptr && t.isInvertible())
        visible_ = t.inverted().mapRect(QRectF(0, 0, painter.device()->width(), painter.device()->height()));
    else
        visible_ = QRectF(-1e9, -1e9, 2e9, 2e9);
}

bool GridPainter::textFits(double cell) const
{
    return cell * scale_ >= SceneRenderer::kMinTextCellPixels;
}

const QFont& GridPainter::font(double pointSize, bool bold)
{
    const int key = static_cast<int>(std::lround(pointSize * 8)) * 2 + (bold ? 1 : 0);
    auto it = fonts_.find(key);
    if (it == fonts_.end()) {
        QFont f = base_;
        f.setPointSizeF(std::max(key / 2 / 8.0, 0.5));
        f.setBold(bold);
        it = fonts_.insert(key, f);
    }
    return it.value();
}

const QFontMetricsF& GridPainter::metrics(double pointSize, bool bold)
{
    const int key = static_cast<int>(std::lround(pointSize * 8)) * 2 + (bold ? 1 : 0);
    auto it = metrics_.find(key);
    if (it == metrics_.end())
        it = metrics_.insert(key, QFontMetricsF(font(pointSize, bold)));
    return it.value();
}

void GridPainter::cellText(const QRectF& r, const QString& text, const QColor& color, bool bold)
{
    if (!textFits(r.height()))
        return;
    const double size = r.height() * 0.36;
    const double width = metrics(size, bold).horizontalAdvance(text);
    const double maxWidth = r.width() * 0.9;
    p_.setFont(width > maxWidth ? font(std::max(size * maxWidth / width, 1.0), bold) : font(size, bold));
    p_.setPen(color);
    p_.drawText(r, Qt::AlignCenter, text);
}

void GridPainter::gridLines(const GridGeometry& grid, const QColor& color, double pixels)
{
    p_.setPen(QPen(color, pixels / std::max(scale_, 1e-6)));
    p_.setBrush(Qt::NoBrush);
    const QRectF r = grid.rect();
    QVector<QLineF> lines;
    lines.reserve(static_cast<int>(grid.rows + grid.cols + 2));
    for (qint64 i = 0; i <= grid.rows; ++i)
        lines.append(QLineF(r.left(), r.top() + i * grid.cell, r.right(), r.top() + i * grid.cell));
    for (qint64 j = 0; j <= grid.cols; ++j)
        lines.append(QLineF(r.left() + j * grid.cell, r.top(), r.left() + j * grid.cell, r.bottom()));
    p_.drawLines(lines);
}

void GridPainter::frameRect(const QRectF& r, const QColor& color, double pixels, Qt::PenStyle style)
{
    QPen pen(color, pixels / std::max(scale_, 1e-6), style);
    pen.setJoinStyle(Qt::MiterJoin);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    p_.drawRect(r);
}

void GridPainter::caption(const QPointF& bottomLeft, const QString& text, bool strong, double pointSize)
{
    p_.setFont(font(pointSize, strong));
    p_.setPen(strong ? o_.theme.text : o_.theme.mutedText);
    // Captions may run past their grid (a 2×2 kernel is narrower than its caption).
    p_.drawText(QRectF(bottomLeft.x(), bottomLeft.y() - 30, 2000, 24), Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                text);
}

void GridPainter::text(const QRectF& rect, const QString& text, const QColor& color, double pointSize, bool bold, int flags)
{
    p_.setFont(font(pointSize, bold));
    p_.setPen(color);
    p_.drawText(rect, flags, text);
}

void GridPainter::visibleSpan(const GridGeometry& grid, qint64& r0, qint64& r1, qint64& c0, qint64& c1) const
{
    const QRectF v = visible_.intersected(grid.rect());
    if (v.isEmpty() || grid.cell <= 0) {
        r0 = r1 = c0 = c1 = 0;
        return;
    }
    r0 = std::clamp<qint64>(static_cast<qint64>((v.top() - grid.origin.y()) / grid.cell), 0, grid.rows);
    r1 = std::clamp<qint64>(static_cast<qint64>(std::ceil((v.bottom() - grid.origin.y()) / grid.cell)), 0, grid.rows);
    c0 = std::clamp<qint64>(static_cast<qint64>((v.left() - grid.origin.x()) / grid.cell), 0, grid.cols);
    c1 = std::clamp<qint64>(static_cast<qint64>(std::ceil((v.right() - grid.origin.x()) / grid.cell)), 0, grid.cols);
}

QColor GridPainter::withAlpha(QColor c, double alpha)
{
    c.setAlphaF(static_cast<float>(std::clamp(alpha, 0.0, 1.0) * c.alphaF()));
    return c;
}

QColor GridPainter::mix(const QColor& a, const QColor& b, double t)
{
    auto lerp = [t](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * t)); };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()), lerp(a.alpha(), b.alpha()));
}

} // namespace sb
