// SPDX-License-Identifier: MIT
// ElementPalette: the colour of each input element, used everywhere its contributions appear.
// The vivid palette has 16 hues, and every input plane of up to 16 elements (4×4, 2×8, 3×5, …)
// gives each element its own colour; larger planes keep right, down and diagonal neighbours
// apart. The colour-blind-safe palette is Okabe & Ito's 8 colours: there elements beyond the
// eighth are told apart by a hatch pattern as well (pattern()).
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

namespace sb {

class ElementPalette {
public:
    enum class Kind { Vivid, ColorBlindSafe };

    ElementPalette() : ElementPalette(Kind::Vivid) {}
    explicit ElementPalette(Kind kind);

    Kind kind() const { return kind_; }
    QColor color(qint64 ci, qint64 iy, qint64 ix) const;
    // The same colour made light enough to put dark text on: the fill of a cell.
    QColor tint(qint64 ci, qint64 iy, qint64 ix, double strength = 0.45) const;
    // Qt::NoBrush, or the hatch drawn over an element's fill when its colour is shared with
    // another element of a small plane (the colour-blind palette's second eight).
    Qt::BrushStyle pattern(qint64 ci, qint64 iy, qint64 ix) const;

    static QString name(Kind kind);  // "vivid", "colorblind"
    static Kind fromName(const QString& name);

private:
    qint64 index(qint64 ci, qint64 iy, qint64 ix) const;  // 0 … 15 (or beyond the table: any)

    Kind kind_;
    QVector<QColor> colors_;
};

} // namespace sb
