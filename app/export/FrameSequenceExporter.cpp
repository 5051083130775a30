// SPDX-License-Identifier: MIT
#include "app/export/FrameSequenceExporter.h"

#include "app/export/PictureCanvas.h"
#include "app/export/SafeOutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace sb {

FrameSequenceExporter::FrameSequenceExporter(ExportTarget target, double dpi) : target_(std::move(target)), dpi_(dpi) {}

FrameSequenceExporter::~FrameSequenceExporter()
{
    if (!finished_)
        cancel();
}

bool FrameSequenceExporter::fail(const QString& message)
{
    error_ = message;
    cancel();
    return false;
}

bool FrameSequenceExporter::open()
{
    const QFileInfo folder(QFileInfo(target_.framePath(1)).absolutePath());
    if (!folder.isDir())
        return fail(FrameSequenceExporter::tr("cannot write %1: the folder %2 does not exist").arg(target_.path(), folder.filePath()));
    if (!folder.isWritable())
        return fail(FrameSequenceExporter::tr("cannot write %1: the folder %2 is not writable").arg(target_.path(), folder.filePath()));
    return true;
}

bool FrameSequenceExporter::addFrame(const QImage& frame)
{
    QImage image = frame;
    image.setDotsPerMeterX(PictureCanvas::dotsPerMeter(dpi_));
    image.setDotsPerMeterY(PictureCanvas::dotsPerMeter(dpi_));
    QSaveFile file(target_.framePath(static_cast<int>(written_.size()) + 1));
    QString error;
    if (!file.open(QIODevice::WriteOnly))
        return fail(SafeOutputPath::writeError(file));
    const QByteArray png = PictureCanvas::encodePng(image);
    if (png.isEmpty() || file.write(png) != png.size()) {
        error = png.isEmpty() ? FrameSequenceExporter::tr("the frame could not be encoded as PNG") : SafeOutputPath::writeError(file);
        file.cancelWriting();
        file.commit();
        return fail(error);
    }
    if (!SafeOutputPath::commit(file, &error))
        return fail(error);
    written_.append(file.fileName());
    return true;
}

void FrameSequenceExporter::finish()
{
    finished_ = true;
}

void FrameSequenceExporter::cancel()
{
    for (const QString& path : std::as_const(written_))
        QFile::remove(path);
    written_.clear();
}

} // namespace sb
