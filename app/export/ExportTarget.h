// SPDX-License-Identifier: MIT
// ExportTarget: where an export goes and in which format, read from the path the user gives —
// .png .svg .pdf .gif for one file, or a PNG name holding a printf-style number (`frame-%04d.png`)
// for a numbered frame sequence, one file per frame counted from 1.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class ExportTarget {
    Q_DECLARE_TR_FUNCTIONS(sb::ExportTarget)

public:
    enum class Format { Png, Svg, Pdf, Gif, PngSequence };

    // The target for path, or nullopt with *error saying why (an unknown extension, a malformed
    // frame number pattern).
    static std::optional<ExportTarget> fromPath(const QString& path, QString* error);

    const QString& path() const { return path_; }
    Format format() const { return format_; }
    // Animations (GIF, frame sequences) take a step range; the others draw one step.
    bool isAnimation() const { return format_ == Format::Gif || format_ == Format::PngSequence; }
    bool isVector() const { return format_ == Format::Svg || format_ == Format::Pdf; }
    // The file of frame `number` (from 1) of a sequence: `frame-%04d.png`, 7 → `frame-0007.png`.
    QString framePath(int number) const;

    static QString formatName(Format format);  // "PNG", "SVG", "PDF", "GIF", "PNG frames"
    // The extensions fromPath understands, for messages and file dialogs.
    static QStringList extensions();

private:
    ExportTarget(QString path, Format format) : path_(std::move(path)), format_(format) {}

    QString path_;
    Format format_;
    // For a sequence: the file name before and after the number, and its zero-padded width.
    QString before_, after_;
    int width_ = 0;
};

} // namespace sb
