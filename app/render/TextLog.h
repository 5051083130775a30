// SPDX-License-Identifier: MIT
// TextLog: every text a picture drew, with its box in device coordinates and its size in device
// pixels. GridPainter writes to it when RenderOptions::textLog is set, from the same geometry
// that paints, so the layout test checks what is really drawn: every box inside the picture, no
// two boxes overlapping, no text under 12 px at scale 1.
#pragma once

#include <QRectF>
#include <QString>

#include <vector>

namespace sb {

struct DrawnText {
    QRectF box;        // device coordinates
    double pixels = 0; // the font's size in device pixels
    QString text;
};

class TextLog {
public:
    void add(const QRectF& box, double pixels, const QString& text) { texts_.push_back({box, pixels, text}); }
    const std::vector<DrawnText>& texts() const { return texts_; }
    void clear() { texts_.clear(); }

private:
    std::vector<DrawnText> texts_;
};

} // namespace sb
