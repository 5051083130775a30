// SPDX-License-Identifier: MIT
// The checks use stat(2) on the path (which follows symbolic links, as QSaveFile's rename does)
// and lstat(2) for links that lead nowhere. They run before any work, so a refused export costs
// nothing; the window between check and write is left open (a file swapped in that instant is
// beyond what a drawing program can guard against).
#include "app/export/SafeOutputPath.h"

#include "app/config/JsonWording.h"
#include "app/config/SystemEncoding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return SafeOutputPath::tr("a folder");
    if (S_ISCHR(mode))
        return SafeOutputPath::tr("a character device");
    if (S_ISBLK(mode))
        return SafeOutputPath::tr("a block device");
    if (S_ISFIFO(mode))
        return SafeOutputPath::tr("a named pipe");
    if (S_ISSOCK(mode))
        return SafeOutputPath::tr("a socket");
    return SafeOutputPath::tr("a special file");
}

// An output is written through Qt (QSaveFile), which spells its name in UTF-8; an input is read
// through InputFile, which spells it in the system's encoding (SystemEncoding).
enum class Role { Output, Input };

bool statPath(const QString& path, struct stat& info, bool followLinks, Role role = Role::Output)
{
    const QByteArray name = role == Role::Output ? QFile::encodeName(path) : SystemEncoding::encode(path);
    return (followLinks ? ::stat(name.constData(), &info) : ::lstat(name.constData(), &info)) == 0;
}

} // namespace

QString SafeOutputPath::checkFile(const QString& path, const QStringList& inputs)
{
    if (path.contains(QChar(0)))
        return SafeOutputPath::tr("%1: a file name cannot hold a NUL character")
            .arg(printable(QString(path).replace(QChar(0), QStringLiteral("\\0"))));
    struct stat target {};
    if (!statPath(path, target, true)) {
        struct stat link {};
        if (statPath(path, link, false) && S_ISLNK(link.st_mode))
            return SafeOutputPath::tr("%1: is a symbolic link to a missing file; refusing to write through it")
                .arg(printable(path));
        return {};  // a new name: nothing to harm (a missing folder is the writer's error to report)
    }
    if (!S_ISREG(target.st_mode))
        return SafeOutputPath::tr("%1: not a regular file (it is %2); an export replaces only regular files")
            .arg(printable(path), kindOf(target.st_mode));
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const QString& input : inputs) {
        if (input.isEmpty() || input.startsWith(QLatin1Char(':')))
            continue;  // nothing given, or a compiled-in resource
        struct stat source {};
        const bool sameInode = statPath(input, source, true, Role::Input) && source.st_dev == target.st_dev
                               && source.st_ino == target.st_ino;
        if (sameInode || (!canonical.isEmpty() && QFileInfo(input).canonicalFilePath() == canonical))
            return SafeOutputPath::tr("%1: is the input file %2; refusing to overwrite an input with the export")
                .arg(printable(path), printable(input));
    }
    return {};
}

QStringList SafeOutputPath::existingFrames(const ExportTarget& target)
{
    // The file name around the pattern's one %d or %0Nd (ExportTarget accepts no other).
    const QFileInfo sample(target.framePath(1));
    const QString pattern = QFileInfo(target.path()).fileName();
    const qsizetype percent = pattern.indexOf(QLatin1Char('%'));
    const qsizetype d = pattern.indexOf(QLatin1Char('d'), percent);
    const QRegularExpression frame(QStringLiteral("^%1\\d+%2$")
                                       .arg(QRegularExpression::escape(pattern.left(percent)),
                                            QRegularExpression::escape(pattern.mid(d + 1))));
    QStringList found;
    const QDir folder = sample.absoluteDir();
    for (const QString& name : folder.entryList(QDir::Files | QDir::System | QDir::Hidden, QDir::Name))
        if (frame.match(name).hasMatch())
            found.append(folder.filePath(name));
    return found;
}

QString SafeOutputPath::framesLockPath(const ExportTarget& target)
{
    const QFileInfo pattern(target.path());
    return pattern.absoluteDir().filePath(QLatin1Char('.') + pattern.fileName() + QStringLiteral(".lock"));
}

bool SafeOutputPath::framesClaimed(const ExportTarget& target)
{
    const int fd = ::open(QFile::encodeName(framesLockPath(target)).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    const bool claimed = ::fcntl(fd, F_OFD_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
    ::close(fd);
    return claimed;
}

QString SafeOutputPath::claimedMessage(const ExportTarget& target)
{
    return tr("%1: another export is writing frames of this pattern now (it holds %2); wait for it to finish or choose "
              "another name, so the frames of two exports are never mixed")
        .arg(printable(target.path()), printable(framesLockPath(target)));
}

QString SafeOutputPath::check(const ExportTarget& target, const QStringList& inputs)
{
    if (target.format() != ExportTarget::Format::PngSequence)
        return checkFile(target.path(), inputs);
    if (framesClaimed(target))
        return claimedMessage(target);
    return earlierFrames(target);
}

QString SafeOutputPath::earlierFrames(const ExportTarget& target)
{
    // Frames of an earlier export with the same pattern would stay beside the new ones (a run of
    // steps 0-4, then of 0-1, leaves frames 3-5 of the first): the folder would mix two animations.
    // Refused rather than deleted, since an export never removes a file it did not write.
    const QStringList frames = existingFrames(target);
    if (!frames.isEmpty())
        return frames.size() == 1
                   ? tr("%1: the folder already holds 1 frame of this pattern (%2); remove them or choose another "
                        "name, so the sequence holds one animation only")
                         .arg(printable(target.path()), printable(QFileInfo(frames.front()).fileName()))
                   //: %3 … %4 are the first and the last of the frame files found
                   : tr("%1: the folder already holds %2 frames of this pattern (%3 … %4); remove them or choose "
                        "another name, so the sequence holds one animation only")
                         .arg(printable(target.path()), QString::number(frames.size()),
                              printable(QFileInfo(frames.front()).fileName()),
                              printable(QFileInfo(frames.back()).fileName()));
    return {};
}

QString SafeOutputPath::writeError(const QFileDevice& file)
{
    // An encoder's failed write (libpng's, giflib's) or a short write leaves Qt without a reason;
    // the system's is in errno (ENOSPC: a full disk, EFBIG: a file size limit).
    const int systemError = errno;
    QString reason = file.errorString();
    if ((file.error() == QFileDevice::NoError || reason == QLatin1String("Unknown error")) && systemError != 0)
        reason = SystemEncoding::errorText(systemError);
    return SafeOutputPath::tr("cannot write %1: %2").arg(printable(file.fileName()), reason);
}

bool SafeOutputPath::commit(QSaveFile& file, QString* error)
{
    errno = 0;
    // A writer that ignores a short write (QSvgGenerator's text stream does) leaves no error at
    // all: the file on disk is then shorter than what was written to it.
    const qint64 written = file.pos();
    const bool complete = file.error() == QFileDevice::NoError && file.flush() && file.size() == written;
    if (!complete) {
        if (error)
            *error = writeError(file);
        file.cancelWriting();
        file.commit();  // after cancelWriting, commit() removes the temporary file and fails
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = writeError(file);
        return false;
    }
    return true;
}

} // namespace sb
