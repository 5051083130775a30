// SPDX-License-Identifier: MIT
#include "app/config/ImageFile.h"

#include "app/config/BuiltinPresets.h"
#include "app/config/ConfigError.h"
#include "app/config/InputFile.h"
#include "app/config/SystemEncoding.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <sys/stat.h>

namespace sb {

QString ImageFile::testPhotoPath()
{
    BuiltinPresets::demoPath();  // registers the compiled-in resources (a static library drops them otherwise)
    return QStringLiteral(":/images/test-photo.png");
}

namespace {

struct ImageFileText {
    Q_DECLARE_TR_FUNCTIONS(sb::ImageFile)
};

// Whether a JPEG's last scan ends with the end-of-image marker (FF D9). Qt's reader draws what a
// cut-off file holds and says nothing; the missing marker is what shows it was cut. Inside a
// scan a data byte FF is written FF 00, so FF D9 after the last start-of-scan (FF DA) is the real
// end (an EXIF thumbnail's markers come before the main image's scans).
bool jpegIsComplete(const QByteArray& bytes)
{
    const qsizetype scan = bytes.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
    return scan >= 0 && bytes.indexOf(QByteArrayView("\xFF\xD9", 2), scan + 2) >= 0;
}

} // namespace

Tensor ImageFile::read(const QString& path, QSize* originalSize)
{
    // Resources through Qt; files by the name the system spells (SystemEncoding), as InputFile opens them.
    struct stat info {};
    const bool resource = path.startsWith(QLatin1Char(':'));
    const bool exists =
        resource ? QFileInfo::exists(path) : ::stat(SystemEncoding::encode(path).constData(), &info) == 0;
    if (!exists)
        throw ConfigError(ImageFileText::tr("%1: no such image file").arg(path));
    if (resource ? QFileInfo(path).isDir() : S_ISDIR(info.st_mode))
        throw ConfigError(ImageFileText::tr("%1: is a folder, not an image file").arg(path));
    // Read through InputFile, which checks what it opened (a regular file of sane size), then
    // decoded from memory.
    QByteArray bytes = InputFile::read(path, kMaxFileBytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);  // a JPEG's EXIF orientation, as photo viewers show it
    const QByteArray format = reader.format();
    if (format.isEmpty())
        throw ConfigError(ImageFileText::tr("%1: not a PNG or JPEG image (%2)").arg(path, reader.errorString()));
    if (format == "jpeg" && !jpegIsComplete(bytes))
        throw ConfigError(ImageFileText::tr("%1: the JPEG image is truncated (it has no end-of-image marker after its "
                                         "last scan); only part of the photo could be read")
                              .arg(path));
    const QSize size = reader.size();
    if (originalSize)
        *originalSize = size;
    if (size.isValid() && std::max(size.width(), size.height()) > kMaxSide)
        reader.setScaledSize(scaledSize(size));
    const QImage image = reader.read();
    if (image.isNull())
        throw ConfigError(ImageFileText::tr("%1: cannot read the %2 image: %3").arg(path, QString::fromLatin1(format), reader.errorString()));
    if (originalSize && !size.isValid())
        *originalSize = image.size();
    return toTensor(image.width() > kMaxSide || image.height() > kMaxSide
                        ? image.scaled(scaledSize(image.size()), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                        : image);
}

QSize ImageFile::scaledSize(QSize size)
{
    // Qt's KeepAspectRatio rounds a 4096×2 photo to 1024×0, which no reader can make: a side
    // never goes below one pixel, whatever the aspect ratio.
    const QSize scaled = size.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio);
    return {std::max(scaled.width(), 1), std::max(scaled.height(), 1)};
}

Tensor ImageFile::toTensor(const QImage& image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const std::int64_t h = rgb.height(), w = rgb.width();
    Tensor tensor({3, h, w});
    float* r = tensor.data();
    float* g = r + h * w;
    float* b = g + h * w;
    for (std::int64_t y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(static_cast<int>(y)));
        for (std::int64_t x = 0; x < w; ++x, ++r, ++g, ++b) {
            *r = static_cast<float>(qRed(line[x])) / 255.0f;
            *g = static_cast<float>(qGreen(line[x])) / 255.0f;
            *b = static_cast<float>(qBlue(line[x])) / 255.0f;
        }
    }
    return tensor;
}

QImage ImageFile::toImage(const Tensor& tensor)
{
    if (tensor.dim() != 3 || tensor.numel() == 0)
        return {};
    const std::int64_t channels = tensor.size(0), h = tensor.size(1), w = tensor.size(2);
    QImage image(static_cast<int>(w), static_cast<int>(h), QImage::Format_RGB32);
    const std::int64_t plane = h * w;
    auto level = [&](std::int64_t c, std::int64_t i) {
        const float v = tensor.data()[std::min(c, channels - 1) * plane + i];
        return static_cast<int>(std::clamp(v, 0.0f, 1.0f) * 255.0f + 0.5f);
    };
    for (std::int64_t y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(static_cast<int>(y)));
        for (std::int64_t x = 0; x < w; ++x) {
            const std::int64_t i = y * w + x;
            line[x] = qRgb(level(0, i), level(1, i), level(2, i));
        }
    }
    return image;
}

} // namespace sb
