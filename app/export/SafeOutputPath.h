// SPDX-License-Identifier: MIT
// SafeOutputPath: the one check every export makes on where it will write, before any work: only
// a regular file (reached directly or through symbolic links) may be replaced, or a new name
// created; never a device, a FIFO, a socket or a folder, never one of the export's own inputs, and
// never a frame sequence over frames of an earlier export (they would mix two animations).
#pragma once

#include "app/export/ExportTarget.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace sb {

class SafeOutputPath {
    Q_DECLARE_TR_FUNCTIONS(sb::SafeOutputPath)

public:
    // Empty when target may be written; otherwise why not, naming the path. inputs: every file the
    // export reads (config, photo, .npy files); an output that is one of them, by device and inode
    // or by canonical path, is refused.
    static QString check(const ExportTarget& target, const QStringList& inputs);
    // The same for one file (a still picture, a GIF, a .py script).
    static QString checkFile(const QString& path, const QStringList& inputs);
    // The files already in a frame sequence's folder that its pattern would produce
    // (frame-%04d.png: frame-0001.png, frame-0123.png, ...), sorted.
    static QStringList existingFrames(const ExportTarget& target);
    // The hidden file beside a sequence's frames whose lock claims the pattern while an export
    // writes it (FrameSequenceExporter): frames/.frame-%04d.png.lock.
    static QString framesLockPath(const ExportTarget& target);
    // Whether an export holds that lock now (asked with F_OFD_GETLK, which takes nothing, and sees
    // a lock of this process too), and the message that says so.
    static bool framesClaimed(const ExportTarget& target);
    static QString claimedMessage(const ExportTarget& target);
    // Why a sequence's folder may not take its frames (it holds frames of the same pattern), or
    // empty: what check() says once it knows no export is writing them.
    static QString earlierFrames(const ExportTarget& target);

    // Flushes and commits file (open for writing, everything written), or cancels it: true when
    // the target now holds all of it. QSaveFile::commit() alone misses a short last write (a
    // full disk, a file size limit) that happens while it flushes, and would put the cut-off file
    // in place of the old one. *error (if given) then says why, with the system's reason.
    static bool commit(QSaveFile& file, QString* error);
    // "cannot write PATH: reason", the reason from errno when Qt has none.
    static QString writeError(const QFileDevice& file);
};

} // namespace sb
