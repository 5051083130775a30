// SPDX-License-Identifier: MIT
#include "app/export/PictureCanvas.h"

#include <QBuffer>
#include <QPainter>

#include <cmath>

namespace sb {

QSize PictureCanvas::pixelSize(const Picture& picture, double scale)
{
    const QRectF b = picture.bounds();
    return {static_cast<int>(std::ceil(b.width() * scale - 1e-6)), static_cast<int>(std::ceil(b.height() * scale - 1e-6))};
}

void PictureCanvas::paint(QPainter& painter, const Picture& picture, double position, const RenderOptions& options,
                          double scale)
{
    painter.save();
    painter.scale(scale, scale);
    painter.translate(-picture.bounds().topLeft());
    picture.paintAsShown(painter, position, options);
    painter.restore();
}

QImage PictureCanvas::render(const Picture& picture, double position, const RenderOptions& options, double scale)
{
    QImage image(pixelSize(picture, scale), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;  // too large to allocate; callers report it
    image.setDotsPerMeterX(dotsPerMeter(kDpi));
    image.setDotsPerMeterY(dotsPerMeter(kDpi));
    // The renderer fills the picture's bounds; this covers the fraction of a pixel rounding adds.
    image.fill(options.transparentBackground ? QColor(Qt::transparent) : options.theme.background);
    QPainter painter(&image);
    paint(painter, picture, position, options, scale);
    return image;
}

int PictureCanvas::dotsPerMeter(double dpi)
{
    return static_cast<int>(std::lround(dpi / 0.0254));
}

QByteArray PictureCanvas::encodePng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

} // namespace sb
