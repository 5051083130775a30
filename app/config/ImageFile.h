// SPDX-License-Identifier: MIT
// ImageFile: photos in and out of tensors for the image view — a PNG or JPEG read into the
// (3, H, W) tensor of values in [0, 1] core transforms, and a (C, H, W) tensor back into a QImage
// to paint. Unreadable files get a message naming the file and what is wrong with it.
#pragma once

#include "core/Tensor.h"

#include <QImage>
#include <QSize>
#include <QString>

namespace sb {

class ImageFile {
public:
    // The long side photos are scaled down to: a stride-2 output of it is already 2047 pixels wide.
    static constexpr int kMaxSide = 1024;
    // The largest photo file read (a 1024-pixel photo is a few MB; a camera's 50 MP JPEG ~30 MB).
    static constexpr qint64 kMaxFileBytes = qint64{256} << 20;
    // A size scaled down to fit kMaxSide × kMaxSide, keeping its aspect ratio, at least 1 px a side.
    static QSize scaledSize(QSize size);

    // The committed test photo, ":/images/test-photo.png" (96×64, resources/images/README.md).
    static QString testPhotoPath();

    // Reads PATH as (3, H, W) RGB in [0, 1] (alpha and grey become RGB), scaled down to kMaxSide if
    // larger; originalSize (if given) receives the size in the file. Throws ConfigError("PATH: problem").
    static Tensor read(const QString& path, QSize* originalSize = nullptr);
    static Tensor toTensor(const QImage& image);
    // (C, H, W) values in [0, 1] (clamped) as an RGB image; one channel is grey, C ≥ 3 shows the first three.
    static QImage toImage(const Tensor& tensor);
};

} // namespace sb
