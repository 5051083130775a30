// SPDX-License-Identifier: MIT
// ZipArchive: the entries of a zip held in memory, through libzip, with the limits a hostile file
// needs: an entry may not declare more bytes than kMaxModelBytes, nor more than deflate can make
// of its compressed size (a zip bomb), and reading one stops at the size it declared, with its
// CRC checked by libzip. Every problem is a ConfigError naming the file.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;

namespace sb {

class ZipArchive {
public:
    ZipArchive(const QByteArray& bytes, const QString& source);
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    static bool looksLikeZip(const QByteArray& bytes) { return bytes.startsWith("PK\x03\x04"); }

    const QStringList& names() const { return names_; }
    bool contains(const QString& name) const { return nameSet_.contains(name); }
    // The entry's bytes, whole, or a ConfigError.
    QByteArray read(const QString& name) const;
    // The size it declares (what read() will allocate, at most kMaxModelBytes), or -1 when missing.
    qint64 declaredSize(const QString& name) const;

private:
    struct Discard {
        void operator()(zip* archive) const;
    };
    QByteArray bytes_;  // libzip reads from this buffer; it must outlive the archive
    QString source_;
    // Owned from the moment it opens: the constructor may still throw after that.
    std::unique_ptr<zip, Discard> archive_;
    QStringList names_;      // in the archive's order
    QSet<QString> nameSet_;  // the same, for finding a repeated name in constant time
};

} // namespace sb
