// SPDX-License-Identifier: MIT
// PictureImage: a Picture rendered into a QImage at one world unit per pixel, and the pixel
// questions the view tests ask of it ("is this cell roughly that colour?").
#pragma once

#include "app/render/Picture.h"

#include <QImage>
#include <QPainter>

#include <cstdlib>

namespace sbtest {

inline QImage renderPicture(const sb::Picture& picture, double position, const sb::RenderOptions& options = {})
{
    const QRectF b = picture.bounds();
    QImage image(b.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    picture.paint(painter, position, options);
    return image;
}

// Sum of the channel differences: under 40 is "that colour", over 60 clearly another.
inline int colorDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// A point inside a rectangle but away from its centred text and its border.
inline QPoint cornerOf(const QRectF& r)
{
    return (r.topLeft() + QPointF(r.width() * 0.12, r.height() * 0.12)).toPoint();
}

} // namespace sbtest
