// SPDX-License-Identifier: MIT
#include "app/config/InputFile.h"

#include "app/config/ConfigError.h"
#include "app/config/SystemEncoding.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sb {

namespace {

struct InputFileText {
    Q_DECLARE_TR_FUNCTIONS(sb::InputFile)
};

[[noreturn]] void fail(const QString& path, const QString& problem)
{
    throw ConfigError(path + QStringLiteral(": ") + problem);
}

// Checked before anything is read, for files and resources alike.
void checkSize(const QString& path, qint64 size, qint64 maxBytes)
{
    if (size > maxBytes)
        fail(path, InputFileText::tr("%1 bytes is larger than the %2 bytes this file may have").arg(size).arg(maxBytes));
}

// Closes the descriptor on every way out, exceptions included.
struct Descriptor {
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

QByteArray InputFile::read(const QString& path, qint64 maxBytes)
{
    // The system reads a name up to its first NUL: "/dev/zero\0x" would open /dev/zero. The NUL is
    // shown as \0, since a raw one would end the message early wherever it is printed.
    if (path.contains(QChar(0)))
        fail(QString(path).replace(QChar(0), QStringLiteral("\\0")), InputFileText::tr("a file name cannot hold a NUL character"));
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            fail(path, InputFileText::tr("cannot open: %1").arg(resource.errorString()));
        // Not read(maxBytes): that allocates maxBytes first, 64 MB for every preset opened (it
        // was a third of the window test's time under AddressSanitizer).
        checkSize(path, resource.size(), maxBytes);
        return resource.readAll();
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
    Descriptor file;
    file.fd = ::open(SystemEncoding::encode(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (file.fd < 0)
        fail(path, InputFileText::tr("cannot open: %1").arg(SystemEncoding::errorText(errno)));
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        fail(path, InputFileText::tr("cannot open: %1").arg(SystemEncoding::errorText(errno)));
    if (S_ISDIR(info.st_mode))
        fail(path, InputFileText::tr("not a regular file (it is a folder)"));
    if (!S_ISREG(info.st_mode))
        fail(path, InputFileText::tr("not a regular file (a device, FIFO or socket cannot be read as one)"));
    checkSize(path, info.st_size, maxBytes);

    // Read at most what fstat announced, plus one byte to notice a file that grows while read.
    QByteArray bytes(static_cast<qsizetype>(info.st_size), Qt::Uninitialized);
    qint64 done = 0;
    while (done < info.st_size) {
        const ssize_t n = ::read(file.fd, bytes.data() + done, static_cast<std::size_t>(info.st_size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail(path, InputFileText::tr("cannot read: %1").arg(SystemEncoding::errorText(errno)));
        if (n == 0)
            break;  // shrank while read: what is there is all there is
        done += n;
    }
    bytes.truncate(static_cast<qsizetype>(done));
    return bytes;
}

} // namespace sb
