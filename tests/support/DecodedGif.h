// SPDX-License-Identifier: MIT
// DecodedGif: a GIF read back with giflib (DGifOpenFileName + DGifSlurp) and played the way a
// viewer plays it — each frame drawn over the canvas, transparent pixels showing what was there,
// disposal applied — so tests can compare every frame with the picture it should show.
#pragma once

#include <QImage>
#include <QString>

#include <gif_lib.h>

#include <cstring>
#include <vector>

struct DecodedGif {
    bool ok = false;
    QSize screen;
    int loopCount = -1;              // NETSCAPE2.0 repetitions; −1 when there is no loop block
    std::vector<QRect> areas;        // each frame's rectangle
    std::vector<int> delays;         // centiseconds
    std::vector<QImage> frames;      // the canvas after each frame, ARGB32

    static DecodedGif read(const QString& path)
    {
        DecodedGif result;
        int error = 0;
        GifFileType* gif = DGifOpenFileName(path.toLocal8Bit().constData(), &error);
        if (!gif)
            return result;
        if (DGifSlurp(gif) != GIF_OK) {
            DGifCloseFile(gif, &error);
            return result;
        }
        result.screen = QSize(gif->SWidth, gif->SHeight);
        QImage canvas(result.screen, QImage::Format_ARGB32);
        canvas.fill(Qt::transparent);
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& image = gif->SavedImages[i];
            for (int e = 0; e + 1 < image.ExtensionBlockCount; ++e) {
                const ExtensionBlock& block = image.ExtensionBlocks[e];
                if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11
                    && std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0) {
                    const ExtensionBlock& data = image.ExtensionBlocks[e + 1];
                    result.loopCount = data.Bytes[1] | (data.Bytes[2] << 8);
                }
            }
            GraphicsControlBlock control{};
            control.TransparentColor = NO_TRANSPARENT_COLOR;
            DGifSavedExtensionToGCB(gif, i, &control);
            const GifImageDesc& d = image.ImageDesc;
            const ColorMapObject* map = d.ColorMap ? d.ColorMap : gif->SColorMap;
            const QRect area(d.Left, d.Top, d.Width, d.Height);
            const QImage before = canvas;
            for (int y = 0; y < d.Height; ++y)
                for (int x = 0; x < d.Width; ++x) {
                    const int index = image.RasterBits[y * d.Width + x];
                    if (index == control.TransparentColor || !map || index >= map->ColorCount)
                        continue;
                    const GifColorType c = map->Colors[index];
                    canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
                }
            result.frames.push_back(canvas);
            result.areas.push_back(area);
            result.delays.push_back(control.DelayTime);
            if (control.DisposalMode == DISPOSE_BACKGROUND) {
                for (int y = area.top(); y <= area.bottom(); ++y)
                    for (int x = area.left(); x <= area.right(); ++x)
                        canvas.setPixel(x, y, qRgba(0, 0, 0, 0));
            } else if (control.DisposalMode == DISPOSE_PREVIOUS) {
                canvas = before;
            }
        }
        DGifCloseFile(gif, &error);
        result.ok = true;
        return result;
    }
};
