// SPDX-License-Identifier: MIT
// GridGeometry: where a grid of cells sits in world coordinates, and the cell ↔ point mapping
// shared by painting and hit testing.
#pragma once

#include <QPointF>
#include <QRectF>

namespace sb {

struct GridGeometry {
    QPointF origin;      // top-left of cell (0, 0)
    qint64 rows = 0;
    qint64 cols = 0;
    double cell = 0.0;   // side of one cell

    QRectF rect() const { return {origin, QSizeF(cols * cell, rows * cell)}; }
    QRectF cellRect(qint64 row, qint64 col) const
    {
        return {origin.x() + col * cell, origin.y() + row * cell, cell, cell};
    }
    // The cell under a point, or false outside the grid.
    bool cellAt(const QPointF& p, qint64& row, qint64& col) const
    {
        if (!rect().contains(p) || cell <= 0.0)
            return false;
        row = std::min(rows - 1, static_cast<qint64>((p.y() - origin.y()) / cell));
        col = std::min(cols - 1, static_cast<qint64>((p.x() - origin.x()) / cell));
        return true;
    }
};

} // namespace sb
