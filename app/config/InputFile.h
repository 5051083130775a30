// SPDX-License-Identifier: MIT
// InputFile: the one place the program reads a file the user named (a config, a .npy, a photo).
// The checks are made on what was actually opened, not on the name: a path holding a NUL is
// refused (the system would stop at the NUL and open another file), and the open descriptor must
// be a regular file no larger than the reader allows, so /dev/zero, a FIFO or a folder can never
// be read until memory runs out.
#pragma once

#include <QByteArray>
#include <QString>

namespace sb {

class InputFile {
public:
    // The whole file, or throws ConfigError("PATH: problem"). maxBytes: the largest file the caller
    // can use; larger ones are refused before reading. Paths starting with ":" are Qt resources
    // (compiled in, trusted) and read through QFile.
    static QByteArray read(const QString& path, qint64 maxBytes);
};

} // namespace sb
