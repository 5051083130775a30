// SPDX-License-Identifier: MIT
#include "app/export/FrameSequenceExporter.h"

#include "app/config/JsonWording.h"
#include "app/config/SystemEncoding.h"
#include "app/export/PictureCanvas.h"
#include "app/export/SafeOutputPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb {

FrameSequenceExporter::FrameSequenceExporter(ExportTarget target, double dpi) : target_(std::move(target)), dpi_(dpi) {}

FrameSequenceExporter::~FrameSequenceExporter()
{
    if (!finished_)
        cancel();
    release();
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
        return fail(FrameSequenceExporter::tr("cannot write %1: the folder %2 does not exist")
                        .arg(printable(target_.path()), printable(folder.filePath())));
    if (!folder.isWritable())
        return fail(FrameSequenceExporter::tr("cannot write %1: the folder %2 is not writable")
                        .arg(printable(target_.path()), printable(folder.filePath())));
    if (!claim())
        return false;
    // Checked again under the lock: an export that finished between the command's first check and
    // now has left its frames here.
    if (const QString earlier = SafeOutputPath::earlierFrames(target_); !earlier.isEmpty())
        return fail(earlier);
    return true;
}

bool FrameSequenceExporter::claim()
{
    lockPath_ = SafeOutputPath::framesLockPath(target_);
    const QByteArray name = QFile::encodeName(lockPath_);
    // An open file description lock (F_OFD_SETLK), not an exclusive create: a lock dies with its
    // process, so an export killed by a signal never leaves the pattern claimed, and anyone can
    // ask whether it is held without taking it (SafeOutputPath::framesClaimed). Unlike a POSIX
    // record lock it is not dropped when this process closes another descriptor of the file, and
    // it holds against a second export in the same process (the window). The file is removed while
    // locked when the export ends; an export that opened it just before then finds, once it holds
    // the lock, that the name now leads to another file (or none) and starts again.
    for (int attempt = 0; attempt < 8; ++attempt) {
        lock_ = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0644);
        if (lock_ < 0)
            return fail(FrameSequenceExporter::tr("cannot write %1: the lock file %2 cannot be created: %3")
                            .arg(printable(target_.path()), printable(lockPath_), SystemEncoding::errorText(errno)));
        struct flock whole {};
        whole.l_type = F_WRLCK;
        whole.l_whence = SEEK_SET;
        if (::fcntl(lock_, F_OFD_SETLK, &whole) != 0) {
            ::close(lock_);
            lock_ = -1;
            return fail(SafeOutputPath::claimedMessage(target_));
        }
        struct stat held {
        }, named{};
        if (::fstat(lock_, &held) == 0 && ::stat(name.constData(), &named) == 0 && held.st_dev == named.st_dev
            && held.st_ino == named.st_ino)
            return true;
        ::close(lock_);
        lock_ = -1;
    }
    return fail(FrameSequenceExporter::tr("%1: the lock file %2 keeps changing; another export is starting and ending "
                                          "in this folder")
                    .arg(printable(target_.path()), printable(lockPath_)));
}

void FrameSequenceExporter::release()
{
    if (lock_ < 0)
        return;
    ::unlink(QFile::encodeName(lockPath_).constData());
    ::close(lock_);
    lock_ = -1;
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
    release();
}

void FrameSequenceExporter::cancel()
{
    for (const QString& path : std::as_const(written_))
        QFile::remove(path);
    written_.clear();
}

} // namespace sb
