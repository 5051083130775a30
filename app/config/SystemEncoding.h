// SPDX-License-Identifier: MIT
// SystemEncoding: file names, command-line arguments and the C library's messages in the encoding
// of the user's locale (LC_CTYPE), losslessly. Qt 6 takes "local 8-bit" text to be UTF-8 on Unix
// (QFile::encodeName and decodeName are toUtf8 and fromUtf8 there), so under zh_CN.GB18030 a name
// typed in the terminal arrived as replacement characters and could never be opened. Here the
// locale's own codeset is used (UTF-8 too when it is ASCII, as LC_ALL=C users of UTF-8 names
// expect), and a byte it cannot decode is kept as the lone surrogate U+DC80–U+DCFF (Python's
// "surrogateescape"), which encode() turns back into the same byte: every name the system can
// hold opens, and printable() shows such a byte as \xNN.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sb::SystemEncoding {

QString decode(const QByteArray& bytes);
QByteArray encode(const QString& text);
// argv[0 .. argc-1], decoded: what QCoreApplication::arguments() would be, without its losses.
QStringList arguments(int argc, char** argv);
// strerror(error), decoded.
QString errorText(int error);

}  // namespace sb::SystemEncoding
