// GridPainter: the drawing vocabulary every view shares — grids of cells, numbers that fit their
// cell (hidden when cells get too small to read), hairline frames and captions — so the views
// look alike and none of them re-implements text fitting or culling.
#pragma once

#include "app/render/GridGeometry.h"
#include "app/render/RenderOptions.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>

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
    // A number (or short text) centred in a cell, shrunk to fit its width.
    void cellText(const QRectF& cell, const QString& text, const QColor& color, bool bold = false);
    // Grid lines of a whole grid, drawn as lines (cheap for thousands of cells), hairline width.
    void gridLines(const GridGeometry& grid, const QColor& color, double pixels = 1.0);
    // A rectangle outline `pixels` device pixels wide at any zoom.
    void frameRect(const QRectF& rect, const QColor& color, double pixels, Qt::PenStyle style = Qt::SolidLine);
    // A caption sitting on top of a grid, its baseline at bottomLeft.
    void caption(const QPointF& bottomLeft, const QString& text, bool strong = true, double pointSize = 13);
    // Free text in a rectangle at a point size.
    void text(const QRectF& rect, const QString& text, const QColor& color, double pointSize, bool bold = false,
              int flags = Qt::AlignLeft | Qt::AlignVCenter);
    // Rows [r0, r1) and columns [c0, c1) of a grid that intersect the visible area.
    void visibleSpan(const GridGeometry& grid, qint64& r0, qint64& r1, qint64& c0, qint64& c1) const;

    static QColor withAlpha(QColor color, double alpha);
    static QColor mix(const QColor& a, const QColor& b, double t);

private:
    const QFont& font(double pointSize, bool bold);
    const QFontMetricsF& metrics(double pointSize, bool bold);

    QPainter& p_;
    const RenderOptions& o_;
    double scale_ = 1.0;
    QRectF visible_;
    QFont base_;
    QHash<int, QFont> fonts_;          // built once per size: per-cell QFonts dominated frame time
    QHash<int, QFontMetricsF> metrics_;
};

} // namespace sb
