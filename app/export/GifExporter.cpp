// SPDX-License-Identifier: MIT
#include "app/export/GifExporter.h"

#include "app/export/IndexedFrame.h"
#include "app/export/SafeOutputPath.h"

#include <gif_lib.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace sb {

namespace {

// giflib's output callback: everything goes to the QSaveFile behind UserData.
int writeToFile(GifFileType* gif, const GifByteType* bytes, int length)
{
    auto* file = static_cast<QSaveFile*>(gif->UserData);
    return static_cast<int>(file->write(reinterpret_cast<const char*>(bytes), length));
}

// The smallest rectangle holding every pixel that differs between two images of one size.
QRect changedArea(const QImage& before, const QImage& after)
{
    const int w = after.width(), h = after.height();
    const auto rowBytes = static_cast<std::size_t>(w) * sizeof(QRgb);
    int top = -1, bottom = -1, left = w, right = -1;
    for (int y = 0; y < h; ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(before.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(after.constScanLine(y));
        if (std::memcmp(a, b, rowBytes) == 0)
            continue;
        if (top < 0)
            top = y;
        bottom = y;
        int x0 = 0;
        while (a[x0] == b[x0])
            ++x0;
        int x1 = w - 1;
        while (a[x1] == b[x1])
            --x1;
        left = std::min(left, x0);
        right = std::max(right, x1);
    }
    return top < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

GifExporter::GifExporter(const QString& path) : file_(path) {}

GifExporter::~GifExporter()
{
    cancel();
}

bool GifExporter::fail(const QString& message)
{
    if (error_.isEmpty())
        error_ = message;
    cancel();
    return false;
}

bool GifExporter::failGif(const char* what, int code)
{
    // A failed write shows as giflib's generic write error; the file knows the reason.
    if (file_.error() != QFileDevice::NoError)
        return fail(SafeOutputPath::writeError(file_));
    const char* reason = GifErrorString(code);
    return fail(GifExporter::tr("cannot write %1: %2 failed (%3)")
                    .arg(file_.fileName(), QString::fromLatin1(what), QString::fromLatin1(reason ? reason : "unknown giflib error")));
}

bool GifExporter::open(QSize size, int loopCount, bool transparent)
{
    if (size.width() < 1 || size.height() < 1 || size.width() > 65535 || size.height() > 65535)
        return fail(GifExporter::tr("a GIF is between 1 and 65535 pixels on each side, not %1×%2").arg(size.width()).arg(size.height()));
    if (!file_.open(QIODevice::WriteOnly))
        return fail(GifExporter::tr("cannot write %1: %2").arg(file_.fileName(), file_.errorString()));
    size_ = size;
    transparent_ = transparent;
    int code = 0;
    gif_ = EGifOpen(&file_, writeToFile, &code);
    if (!gif_)
        return failGif("EGifOpen", code);
    EGifSetGifVersion(gif_, true);  // GIF89a: delays, transparency, looping
    // No global palette: each frame brings its own.
    if (EGifPutScreenDesc(gif_, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR)
        return failGif("EGifPutScreenDesc", gif_->Error);
    return putLoopExtension(loopCount);
}

bool GifExporter::putLoopExtension(int loopCount)
{
    // The NETSCAPE2.0 block counts repetitions after the first play (0 = forever); a GIF without
    // it plays once.
    if (loopCount == 1)
        return true;
    const int repeats = std::clamp(loopCount == 0 ? 0 : loopCount - 1, 0, 65535);
    const GifByteType application[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    const GifByteType loop[] = {1, static_cast<GifByteType>(repeats & 0xff), static_cast<GifByteType>(repeats >> 8)};
    if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR
        || EGifPutExtensionBlock(gif_, sizeof application, application) == GIF_ERROR
        || EGifPutExtensionBlock(gif_, sizeof loop, loop) == GIF_ERROR || EGifPutExtensionTrailer(gif_) == GIF_ERROR)
        return failGif("the loop extension", gif_->Error);
    return true;
}

bool GifExporter::addFrame(const QImage& frame, int delayCentiseconds)
{
    if (!gif_)
        return fail(error_.isEmpty() ? GifExporter::tr("the GIF is not open") : error_);
    if (frame.size() != size_)
        return fail(GifExporter::tr("frame %1 is %2×%3, the GIF %4×%5")
                        .arg(frames_ + 1).arg(frame.width()).arg(frame.height()).arg(size_.width()).arg(size_.height()));
    const QImage image = frame.convertToFormat(transparent_ ? QImage::Format_ARGB32 : QImage::Format_RGB32);

    // Opaque frames are drawn over the one before, so only the rectangle that changed is stored,
    // and inside it the unchanged pixels are transparent. Transparent frames replace the one
    // before whole: their transparent pixels must show the background, not the old frame.
    const bool drawnOver = !transparent_ && !previous_.isNull();
    QRect area = image.rect();
    if (drawnOver) {
        area = changedArea(previous_, image);
        if (area.isEmpty())
            area = QRect(0, 0, 1, 1);  // GIF has no empty frame: repeat one pixel
    }
    const IndexedFrame indexed = IndexedFrame::quantize(image, area, transparent_, drawnOver ? &previous_ : nullptr);

    std::vector<GifColorType> colors;
    for (QRgb c : indexed.palette())
        colors.push_back({static_cast<GifByteType>(qRed(c)), static_cast<GifByteType>(qGreen(c)), static_cast<GifByteType>(qBlue(c))});
    ColorMapObject* map = GifMakeMapObject(static_cast<int>(colors.size()), colors.data());
    if (!map)
        return fail(GifExporter::tr("not enough memory for a GIF palette"));

    GraphicsControlBlock control{};
    control.DisposalMode = transparent_ ? DISPOSE_BACKGROUND : DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(delayCentiseconds, 0, 65535);
    control.TransparentColor = indexed.transparentIndex() >= 0 ? indexed.transparentIndex() : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const auto length = static_cast<int>(EGifGCBToExtension(&control, extension));
    bool ok = EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, length, extension) != GIF_ERROR
              && EGifPutImageDesc(gif_, area.left(), area.top(), area.width(), area.height(), false, map) != GIF_ERROR;
    GifFreeMapObject(map);
    auto* row = const_cast<GifPixelType*>(indexed.indices().data());  // giflib's API is not const-correct
    for (int y = 0; ok && y < area.height(); ++y, row += area.width())
        ok = EGifPutLine(gif_, row, area.width()) != GIF_ERROR;
    if (!ok)
        return failGif("writing a frame", gif_->Error);
    previous_ = image;
    ++frames_;
    return true;
}

bool GifExporter::finish()
{
    if (!gif_)
        return fail(error_.isEmpty() ? GifExporter::tr("the GIF is not open") : error_);
    if (frames_ == 0)
        return fail(GifExporter::tr("a GIF needs at least one frame"));
    int code = 0;
    const int closed = EGifCloseFile(gif_, &code);  // writes the trailer and frees gif_ either way
    gif_ = nullptr;
    if (closed == GIF_ERROR)
        return failGif("EGifCloseFile", code);
    QString error;
    if (!SafeOutputPath::commit(file_, &error))
        return fail(error);
    previous_ = QImage();
    return true;
}

void GifExporter::cancel()
{
    if (gif_) {
        int code = 0;
        EGifCloseFile(gif_, &code);
        gif_ = nullptr;
    }
    if (file_.isOpen()) {
        file_.cancelWriting();
        file_.commit();  // after cancelWriting, commit() removes the temporary file and fails
    }
    previous_ = QImage();
}

} // namespace sb
