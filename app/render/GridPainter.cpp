// SPDX-License-Identifier: MIT
#include "app/render/GridPainter.h"

#include "app/render/Typography.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>

#include <algorithm>
#include <cmath>

namespace sb {

GridPainter::GridPainter(QPainter& painter, const RenderOptions& options) : p_(painter), o_(options)
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
    return cell * scale_ >= kMinTextCellPixels;
}

const QFont& GridPainter::font(double px, bool bold)
{
    const int key = static_cast<int>(std::lround(px * 4)) * 2 + (bold ? 1 : 0);
    auto it = fonts_.find(key);
    if (it == fonts_.end())
        it = fonts_.insert(key, Typography::font(px, bold));
    return it.value();
}

void GridPainter::draw(const QRectF& rect, int flags, const QString& text, double px, bool bold)
{
    p_.setFont(font(px, bold));
    if (o_.textLog != nullptr && !text.trimmed().isEmpty()) {
        const QRectF box = Typography::metrics(px, bold).boundingRect(rect, flags, text);
        o_.textLog->add(p_.worldTransform().mapRect(box), std::lround(px) * scale_, text);
    }
    p_.drawText(rect, flags, text);
}

std::optional<double> GridPainter::gridTextSize(double cell, const QString& widest, bool bold) const
{
    // A little air on both sides of the widest number, and the line's height within the cell.
    const auto fits = [&](double px) { return Typography::width(widest, px, bold) <= cell * 0.9 && Typography::numberHeight(px, bold) <= cell; };
    // Zoomed out, the type grows in world units so that it stays kMinimum device pixels.
    const double preferred = std::max(Typography::kCell, Typography::kMinimum / std::max(scale_, 1e-9));
    if (fits(preferred))
        return preferred;
    // Zoomed in, it may be smaller in world units, never under kMinimum device pixels: numbers
    // appear in cells that are too small for them at scale 1 (level of detail, as a map shows
    // street names when it is zoomed in). Fonts take whole pixel sizes, hence whole steps.
    for (double px = std::floor(preferred) - 1; scale_ > 1.0 && px * scale_ >= Typography::kMinimum; px -= 1)
        if (fits(px))
            return px;
    return std::nullopt;
}

void GridPainter::cellText(const QRectF& r, const QString& text, const QColor& color, double px, bool bold)
{
    p_.setPen(color);
    draw(r, Qt::AlignCenter, text, px, bold);
}

void GridPainter::cellText(const QRectF& r, const QString& text, const QColor& color, bool bold)
{
    if (const std::optional<double> px = gridTextSize(std::min(r.width(), r.height()), text, bold))
        cellText(r, text, color, *px, bold);
}

std::optional<QRect> GridPainter::sampledCells(const GridGeometry& grid, qint64 r0, qint64 r1, qint64 c0, qint64 c1) const
{
    const QTransform t = p_.worldTransform();
    if (grid.cell * scale_ >= 1.0 || p_.paintEngine() == nullptr || p_.paintEngine()->type() != QPaintEngine::Raster ||
        p_.device()->devicePixelRatio() != 1.0 || t.type() > QTransform::TxScale || t.m11() <= 0 || t.m22() <= 0)
        return std::nullopt;
    const QRectF cells(grid.origin.x() + c0 * grid.cell, grid.origin.y() + r0 * grid.cell, (c1 - c0) * grid.cell, (r1 - r0) * grid.cell);
    const QRectF d = t.mapRect(cells);
    // The pixels whose centres lie inside, as an aliased fill takes them.
    const int left = static_cast<int>(std::ceil(d.left() - 0.5)), right = static_cast<int>(std::ceil(d.right() - 0.5));
    const int top = static_cast<int>(std::ceil(d.top() - 0.5)), bottom = static_cast<int>(std::ceil(d.bottom() - 0.5));
    const QRect device = QRect(left, top, right - left, bottom - top).intersected(QRect(0, 0, p_.device()->width(), p_.device()->height()));
    if (device.isEmpty())
        return std::nullopt;
    return device;
}

void GridPainter::drawDeviceImage(const QPoint& at, const QImage& image)
{
    p_.save();
    p_.resetTransform();
    p_.drawImage(at, image);
    p_.restore();
}

void GridPainter::drawCells(const GridGeometry& grid, qint64 r0, qint64 c0, const QImage& image)
{
    const QRectF target(grid.origin.x() + c0 * grid.cell, grid.origin.y() + r0 * grid.cell, image.width() * grid.cell,
                        image.height() * grid.cell);
    p_.save();
    p_.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p_.drawImage(target, image);
    p_.restore();
}

void GridPainter::gridLines(const GridGeometry& grid, const QColor& color, double pixels)
{
    if (grid.cell * scale_ < 4.0)
        return;
    if (pixels == 1.0 && p_.paintEngine() != nullptr && p_.paintEngine()->type() == QPaintEngine::Raster &&
        p_.device()->devicePixelRatio() == 1.0 && p_.worldTransform().type() <= QTransform::TxScale &&
        !p_.testRenderHint(QPainter::Antialiasing)) {
        rasterGridLines(grid, color);
        return;
    }
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

void GridPainter::rasterGridLines(const GridGeometry& grid, const QColor& color)
{
    // The pixels a one-pixel line covers, as drawLines would colour them (square caps included):
    // the row or column qRound(c − 0.5) of the device coordinate c. Compared on random scales
    // and offsets, these rectangles and drawLines colour the same pixels.
    const QTransform t = p_.worldTransform();
    const auto pixel = [](double device) { return qRound(device - 0.5); };
    const QRectF r = t.mapRect(grid.rect());
    const int left = pixel(r.left()), right = pixel(r.right()), top = pixel(r.top()), bottom = pixel(r.bottom());
    // Qt's raster engine hands a fill of 96 rows or more to its thread pool; for a translucent
    // colour every tall line is such a fill, and waking the threads hundreds of times a frame
    // (a 67×67 grid) cost 10–15 ms on two busy cores. Opaque fills take a plain memory fill.
    const int band = color.alpha() == 255 ? 1 << 20 : 64;
    const QRect device = QRect(QPoint(0, 0), QSize(p_.device()->width(), p_.device()->height()));
    p_.save();
    p_.resetTransform();
    for (qint64 i = 0; i <= grid.rows; ++i) {
        const int y = pixel(t.map(QPointF(0, grid.origin.y() + i * grid.cell)).y());
        p_.fillRect(QRect(left, y, right - left + 1, 1).intersected(device), color);
    }
    const int from = std::max(top, device.top()), to = std::min(bottom, device.bottom());
    for (qint64 j = 0; j <= grid.cols; ++j) {
        const int x = pixel(t.map(QPointF(grid.origin.x() + j * grid.cell, 0)).x());
        if (x < device.left() || x > device.right())
            continue;
        for (int y = from; y <= to; y += band)
            p_.fillRect(QRect(x, y, 1, std::min(band, to - y + 1)), color);
    }
    p_.restore();
}

void GridPainter::frameRect(const QRectF& r, const QColor& color, double pixels, Qt::PenStyle style)
{
    QPen pen(color, pixels / std::max(scale_, 1e-6), style);
    pen.setJoinStyle(Qt::MiterJoin);
    p_.setPen(pen);
    p_.setBrush(Qt::NoBrush);
    p_.drawRect(r);
}

void GridPainter::caption(const QPointF& bottomLeft, const QString& text, bool strong, double px)
{
    p_.setPen(strong ? o_.theme.text : o_.theme.mutedText);
    // The layout gives a caption the room it measured; the rectangle here only anchors it.
    const double height = Typography::lineHeight(px, strong);
    draw(QRectF(bottomLeft.x(), bottomLeft.y() - height - 4, 4000, height), Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
         text, px, strong);
}

void GridPainter::text(const QRectF& rect, const QString& text, const QColor& color, double px, bool bold, int flags)
{
    p_.setPen(color);
    draw(rect, flags, text, px, bold);
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
    // Rounds half up like std::lround for these non-negative channels, without a libm call per
    // channel (fillCells mixes a colour per cell of a 513×513 grid).
    auto lerp = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()), lerp(a.alpha(), b.alpha()));
}

} // namespace sb
