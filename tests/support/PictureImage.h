// SPDX-License-Identifier: MIT
// PictureImage: a Picture rendered into a QImage at one world unit per pixel, and the pixel
// questions the view tests ask of it ("is this cell roughly that colour?"), and the texts it draws.
#pragma once

#include "app/render/Picture.h"
#include "app/render/TextLog.h"

#include <QImage>
#include <QPainter>
#include <QStringList>

#include <algorithm>
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

// Every text the picture draws as shown at position (RenderOptions::textLog), one per line.
inline QString drawnTexts(const sb::Picture& picture, double position)
{
    sb::TextLog log;
    sb::RenderOptions options;
    options.textLog = &log;
    const QRectF b = picture.bounds();
    QImage image(std::max(1, int(b.width())), std::max(1, int(b.height())), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.translate(-b.topLeft());
    picture.paintAsShown(painter, position, options);
    painter.end();
    QStringList texts;
    for (const sb::DrawnText& t : log.texts())
        texts << t.text;
    return texts.join(QLatin1Char('\n'));
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
