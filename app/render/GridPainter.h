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
#include <QPainter>

#include <functional>
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

    // Below SceneRenderer::kMinTextCellPixels device pixels a cell shows its colour only.
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
    void fillCells(const GridGeometry& grid, qint64 r0, qint64 r1, qint64 c0, qint64 c1,
                   const std::function<QColor(qint64, qint64)>& colourAt);
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
