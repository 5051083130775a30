// ElementPalette: the colour of each input element, used everywhere its contributions appear.
// Colours are assigned by (3·iy + ix + 7·ci) modulo the palette size, so right, down and diagonal
// neighbours never share a colour. The colour-blind-safe palette is Okabe & Ito's.
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

    static QString name(Kind kind);  // "vivid", "colorblind"
    static Kind fromName(const QString& name);

private:
    Kind kind_;
    QVector<QColor> colors_;
};

} // namespace sb
