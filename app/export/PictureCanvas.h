// SPDX-License-Identifier: MIT
// PictureCanvas: how every exporter lays a Picture on its device — the picture's world bounds
// scaled by `scale` device pixels per world unit, fonts sized for a 96-dpi device — so a PNG, an
// SVG, a PDF page and a GIF frame of the same scale show the same layout and the same text.
#pragma once

#include "app/render/Picture.h"

#include <QImage>
#include <QSize>

class QPainter;

namespace sb {

class PictureCanvas {
public:
    // The renderer sizes its text in points; every export device is given this resolution while
    // painting so text keeps the size it has on a standard screen, whatever the format.
    static constexpr double kDpi = 96.0;

    // Device pixels of the picture at scale (its bounds × scale, rounded up).
    static QSize pixelSize(const Picture& picture, double scale);
    // Paints what the window shows at position onto painter's device, which is pixelSize() big.
    static void paint(QPainter& painter, const Picture& picture, double position, const RenderOptions& options,
                      double scale);
    // The picture as an image (ARGB32 premultiplied), transparent where options ask for it. Safe to
    // call from a worker thread.
    static QImage render(const Picture& picture, double position, const RenderOptions& options, double scale);
    // Dots per metre for a resolution, as QImage stores it.
    static int dotsPerMeter(double dpi);
    // The image as PNG bytes, encoded in memory (empty if encoding fails). Exporters then write the
    // bytes themselves: a write error (a full disk) is theirs to report, instead of libpng's,
    // which longjmps out of Qt's PNG writer and leaks what that was building.
    static QByteArray encodePng(const QImage& image);
};

} // namespace sb
