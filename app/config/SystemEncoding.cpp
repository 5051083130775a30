// SPDX-License-Identifier: MIT
// Conversions go through iconv(3), from and to UTF-8, a piece at a time: where iconv stops at a
// byte (or a character) it cannot convert, that one is escaped and the rest goes on.
#include "app/config/SystemEncoding.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iconv.h>
#include <langinfo.h>

namespace sb::SystemEncoding {

namespace {

// The locale's codeset, or "UTF-8" where Qt's reading is the right one.
QByteArray codeset()
{
    const QByteArray name = QByteArray(nl_langinfo(CODESET)).toUpper();
    if (name.isEmpty() || name == "ANSI_X3.4-1968" || name == "ASCII" || name == "US-ASCII" || name == "UTF-8"
        || name == "UTF8")
        return QByteArrayLiteral("UTF-8");
    return name;
}

// Converts in to `to` from `from` with iconv; at a piece it cannot convert, calls
// escape(piece, length) and goes on after it. False when iconv does not know the codesets.
template <typename Escape>
bool convert(const QByteArray& in, const char* to, const char* from, QByteArray& out, const Escape& escape)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    char* source = const_cast<char*>(in.constData());
    std::size_t left = static_cast<std::size_t>(in.size());
    char buffer[256];
    while (left > 0) {
        char* target = buffer;
        std::size_t room = sizeof buffer;
        const std::size_t done = iconv(cd, &source, &left, &target, &room);
        out.append(buffer, target - buffer);
        if (done == static_cast<std::size_t>(-1) && errno != E2BIG)
            escape(source, left);  // EILSEQ or EINVAL: escape() advances source and left
    }
    // A stateful codeset (ISO-2022) returns to its initial state.
    char* target = buffer;
    std::size_t room = sizeof buffer;
    iconv(cd, nullptr, nullptr, &target, &room);
    out.append(buffer, target - buffer);
    iconv_close(cd);
    return true;
}

}  // namespace

QString decode(const QByteArray& bytes)
{
    const QByteArray from = codeset();
    QString text;
    QByteArray utf8;
    const auto flush = [&] {
        text += QString::fromUtf8(utf8);
        utf8.clear();
    };
    // An undecodable byte becomes U+DC00 + byte, as the surrogateescape error handler does.
    const bool known = convert(bytes, "UTF-8", from.constData(), utf8, [&](char*& source, std::size_t& left) {
        flush();
        text += QChar(0xDC00 + static_cast<unsigned char>(*source));
        ++source;
        --left;
    });
    if (!known)
        return QString::fromUtf8(bytes);
    flush();
    return text;
}

QByteArray encode(const QString& text)
{
    const QByteArray to = codeset();
    QByteArray bytes;
    QString piece;
    const auto flush = [&] {
        const QByteArray utf8 = piece.toUtf8();
        piece.clear();
        // A character the codeset has no bytes for keeps its UTF-8 bytes: the name cannot exist
        // there, and the open then fails with the system's own message.
        const bool known = convert(utf8, to.constData(), "UTF-8", bytes, [&](char*& source, std::size_t& left) {
            const auto lead = static_cast<unsigned char>(*source);
            const std::size_t length = std::min<std::size_t>(left, lead < 0xC0   ? 1
                                                                   : lead < 0xE0 ? 2
                                                                   : lead < 0xF0 ? 3
                                                                                 : 4);
            bytes.append(source, static_cast<qsizetype>(length));
            source += length;
            left -= length;
        });
        if (!known)
            bytes += utf8;
    };
    for (const QChar c : text) {
        if (c.unicode() >= 0xDC80 && c.unicode() <= 0xDCFF && c.isLowSurrogate()) {
            // Only a lone one is an escaped byte; a low surrogate after a high one is half a pair.
            if (!piece.isEmpty() && piece.back().isHighSurrogate()) {
                piece += c;
                continue;
            }
            flush();
            bytes += static_cast<char>(c.unicode() - 0xDC00);
            continue;
        }
        piece += c;
    }
    flush();
    return bytes;
}

QStringList arguments(int argc, char** argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << decode(QByteArray(argv[i]));
    return list;
}

QString errorText(int error)
{
    return decode(QByteArray(std::strerror(error)));
}

}  // namespace sb::SystemEncoding
