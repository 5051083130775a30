// SPDX-License-Identifier: MIT
#include "app/config/ZipArchive.h"

#include "app/config/ConfigError.h"
#include "app/config/Limits.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>

namespace sb {

namespace {

struct ZipArchiveText {
    Q_DECLARE_TR_FUNCTIONS(sb::ZipArchive)
};

[[noreturn]] void fail(const QString& source, const QString& problem)
{
    throw ConfigError(source + QStringLiteral(": ") + problem);
}

// Deflate turns one byte into at most 1032; anything claiming more is not a real entry.
constexpr qint64 kMaxDeflateRatio = 1032;

} // namespace

ZipArchive::ZipArchive(const QByteArray& bytes, const QString& source) : bytes_(bytes), source_(source)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(bytes_.constData(), static_cast<zip_uint64_t>(bytes_.size()), 0, &error);
    if (buffer)
        archive_.reset(zip_open_from_source(buffer, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive_) {
        const QString reason = QString::fromUtf8(zip_error_strerror(&error));
        if (buffer)
            zip_source_free(buffer);
        zip_error_fini(&error);
        fail(source_, ZipArchiveText::tr("not a readable zip archive (%1)").arg(reason));
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
    names_.reserve(static_cast<qsizetype>(std::min<zip_int64_t>(count, 1 << 20)));
    nameSet_.reserve(static_cast<qsizetype>(std::min<zip_int64_t>(count, 1 << 20)));
    qint64 declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)
            || !(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
            fail(source_, ZipArchiveText::tr("zip entry %1 cannot be read").arg(i));
        const QString name = QString::fromUtf8(stat.name);
        const qint64 size = static_cast<qint64>(std::min<zip_uint64_t>(stat.size, zip_uint64_t{1} << 62));
        const qint64 packed = static_cast<qint64>(std::min<zip_uint64_t>(stat.comp_size, zip_uint64_t{1} << 62));
        if (size > kMaxModelBytes || size > kMaxDeflateRatio * packed + 1024)
            fail(source_, ZipArchiveText::tr("zip entry %1 declares %2 bytes from %3 compressed: refused as a zip bomb")
                              .arg(name).arg(size).arg(packed));
        declared += size;
        if (declared > kMaxModelBytes)
            fail(source_, ZipArchiveText::tr("its entries declare more than %1 bytes together").arg(kMaxModelBytes));
        if (nameSet_.contains(name))
            fail(source_, ZipArchiveText::tr("the zip holds two entries named %1").arg(name));
        nameSet_.insert(name);
        names_ << name;
    }
}

void ZipArchive::Discard::operator()(zip* archive) const
{
    zip_discard(archive);  // also frees the source it was opened from
}

qint64 ZipArchive::declaredSize(const QString& name) const
{
    const zip_int64_t index = zip_name_locate(archive_.get(), name.toUtf8().constData(), 0);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
        return -1;
    return static_cast<qint64>(std::min<zip_uint64_t>(stat.size, zip_uint64_t{1} << 62));
}

QByteArray ZipArchive::read(const QString& name) const
{
    const zip_int64_t index = zip_name_locate(archive_.get(), name.toUtf8().constData(), 0);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
        fail(source_, ZipArchiveText::tr("zip entry %1 is missing").arg(name));
    zip_file_t* file = zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0);
    if (!file)
        fail(source_, ZipArchiveText::tr("zip entry %1 cannot be opened (%2)").arg(name, QString::fromUtf8(zip_strerror(archive_.get()))));
    // The size was checked against kMaxModelBytes when the archive was opened.
    QByteArray data(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t got = zip_fread(file, data.data(), stat.size);
    char extra = 0;
    const zip_int64_t beyond = got == static_cast<zip_int64_t>(stat.size) ? zip_fread(file, &extra, 1) : 0;
    const QString reason = QString::fromUtf8(zip_file_strerror(file));
    zip_fclose(file);
    if (got != static_cast<zip_int64_t>(stat.size) || beyond != 0)
        fail(source_, ZipArchiveText::tr("zip entry %1 is damaged or truncated (%2)").arg(name, reason));
    return data;
}

} // namespace sb
