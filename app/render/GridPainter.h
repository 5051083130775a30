// SPDX-License-Identifier: MIT
// GridPainter: the drawing vocabulary every view shares — grids of cells, numbers in their cells
// (colour alone when a cell is too small for readable type), hairline frames and captions — so
// the views look alike and none of them re-implements text fitting or culling. Every text goes
// through here in Typography's pinned font, and is written to RenderOptions::textLog when set.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/RenderOptions.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>
#include <optional>

namespace sb {

class GridPainter {
public:
    GridPainter(QPainter& painter, const RenderOptions& options);

    QPainter& painter() { return p_; }
    const RenderOptions& options() const { return o_; }
    const Theme& theme() const { return o_.theme; }
    // Device pixels per world unit.
    double scale() const { return scale_; }
    // The world rectangle that reaches the device: cells outside it are skipped.
    const QRectF& visible() const { return visible_; }

    // Below this many device pixels per cell, values are not written (colours still are).
    static constexpr double kMinTextCellPixels = 17.0;
    // Below kMinTextCellPixels device pixels a cell shows its colour only.
    bool textFits(double cell) const;
    // The size (world pixels) at which a grid writes its numbers at this scale: Typography::kCell,
    // or larger when zoomed out so the type stays Typography::kMinimum device pixels; nullopt when
    // its widest text does not fit its cells at that size — the grid then shows colour alone
    // (level of detail, never microscopic text). Zoomed in (scale > 1) a smaller world size that
    // is still kMinimum device pixels or more may be chosen, so numbers appear as one zooms in.
    // Decided once per grid, so a grid shows all its numbers or none.
    std::optional<double> gridTextSize(double cell, const QString& widest, bool bold = false) const;
    // A number (or short text) centred in a cell at a size from gridTextSize.
    void cellText(const QRectF& cell, const QString& text, const QColor& color, double px, bool bold = false);
    // The same, deciding for this cell alone (for cells outside a grid, such as a sliding tap).
    void cellText(const QRectF& cell, const QString& text, const QColor& color, bool bold = false);
    // Whether a span of `cells` cells is painted as one image (fillCells): beyond kImageCells.
    static constexpr qint64 kImageCells = 4096;
    static bool fillsAsImage(qint64 cells) { return cells > kImageCells; }
    // Paints cells [r0, r1) × [c0, c1) of `grid` in colourAt(row, col) as one image with a pixel
    // per cell, scaled without smoothing. It looks like a rectangle per cell, but a vector export
    // holds one image instead of a million rectangles (a 1000×1000 scatter was 900 MB of SVG) and
    // the window paints a large grid in one call.
    // A template, so that colourAt is inlined: a 513×513 grid is 263,169 calls a frame. colourAt
    // returns a QColor or a QRgb (cheaper for such grids).
    template <typename ColourAt>
    void fillCells(const GridGeometry& grid, qint64 r0, qint64 r1, qint64 c0, qint64 c1, ColourAt&& colourAt)
    {
        if (r1 <= r0 || c1 <= c0)
            return;
        if (const std::optional<QRect> device = sampledCells(grid, r0, r1, c0, c1)) {
            // Cells under a device pixel: one colour per device pixel, the cell at its centre, as
            // drawImage's nearest-pixel scaling would pick (level of detail: a 513×513 buffer in
            // 400 pixels asks 160,000 colours instead of 263,169).
            QImage image(device->size(), QImage::Format_ARGB32_Premultiplied);
            const QTransform t = p_.worldTransform();
            const double x0 = t.dx() + t.m11() * grid.origin.x(), y0 = t.dy() + t.m22() * grid.origin.y();
            const double w = t.m11() * grid.cell, h = t.m22() * grid.cell;
            std::vector<qint64> cols(static_cast<std::size_t>(device->width()));
            for (int i = 0; i < device->width(); ++i)
                cols[static_cast<std::size_t>(i)] = std::clamp<qint64>(static_cast<qint64>(std::floor((device->left() + i + 0.5 - x0) / w)), c0, c1 - 1);
            for (int j = 0; j < device->height(); ++j) {
                const qint64 r = std::clamp<qint64>(static_cast<qint64>(std::floor((device->top() + j + 0.5 - y0) / h)), r0, r1 - 1);
                auto* line = reinterpret_cast<QRgb*>(image.scanLine(j));
                for (int i = 0; i < device->width(); ++i)
                    line[i] = qPremultiply(rgba(colourAt(r, cols[static_cast<std::size_t>(i)])));
            }
            drawDeviceImage(device->topLeft(), image);
            return;
        }
        QImage image(static_cast<int>(c1 - c0), static_cast<int>(r1 - r0), QImage::Format_ARGB32_Premultiplied);
        for (qint64 r = r0; r < r1; ++r) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(static_cast<int>(r - r0)));
            for (qint64 c = c0; c < c1; ++c)
                line[c - c0] = qPremultiply(rgba(colourAt(r, c)));
        }
        drawCells(grid, r0, c0, image);
    }
    // Grid lines of a whole grid, drawn as lines (cheap for thousands of cells), hairline width;
    // none when the cells are under 4 device pixels (the lines would be all there is to see).
    void gridLines(const GridGeometry& grid, const QColor& color, double pixels = 1.0);
    // A rectangle outline `pixels` device pixels wide at any zoom.
    void frameRect(const QRectF& rect, const QColor& color, double pixels, Qt::PenStyle style = Qt::SolidLine);
    // A caption sitting on top of a grid, its bottom at bottomLeft (size in world pixels).
    void caption(const QPointF& bottomLeft, const QString& text, bool strong = true, double px = 16);
    // Free text in a rectangle at a size in world pixels (Typography's scale).
    void text(const QRectF& rect, const QString& text, const QColor& color, double px, bool bold = false,
              int flags = Qt::AlignLeft | Qt::AlignVCenter);
    // Rows [r0, r1) and columns [c0, c1) of a grid that intersect the visible area.
    void visibleSpan(const GridGeometry& grid, qint64& r0, qint64& r1, qint64& c0, qint64& c1) const;

    static QColor withAlpha(QColor color, double alpha);
    static QColor mix(const QColor& a, const QColor& b, double t);

private:
    const QFont& font(double px, bool bold);
    static QRgb rgba(const QColor& color) { return color.rgba(); }
    static QRgb rgba(QRgb color) { return color; }
    // The device pixels cells [r0, r1) × [c0, c1) cover, when fillCells is better off colouring
    // device pixels than cells: cells under a pixel, on a raster device without rotation.
    std::optional<QRect> sampledCells(const GridGeometry& grid, qint64 r0, qint64 r1, qint64 c0, qint64 c1) const;
    // Draws an image of device pixels at a device position.
    void drawDeviceImage(const QPoint& at, const QImage& image);
    // Draws fillCells' image, a pixel per cell, over cells from (r0, c0).
    void drawCells(const GridGeometry& grid, qint64 r0, qint64 c0, const QImage& image);
    // gridLines on a raster device at one pixel: rectangles of whole device pixels.
    void rasterGridLines(const GridGeometry& grid, const QColor& color);
    // Draws and logs: the box is the one the text really occupies, laid out in rect with flags.
    void draw(const QRectF& rect, int flags, const QString& text, double px, bool bold);

    QPainter& p_;
    const RenderOptions& o_;
    double scale_ = 1.0;
    QRectF visible_;
    QHash<int, QFont> fonts_;          // built once per size: per-cell QFonts dominated frame time
};

} // namespace sb
