// SPDX-License-Identifier: MIT
#include "app/export/ExportTarget.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace sb {

std::optional<ExportTarget> ExportTarget::fromPath(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    // A sequence pattern holds exactly one %d or %0Nd (N one digit), in the file name only.
    static const QRegularExpression number(QStringLiteral("%(?:0(\\d))?d"));
    const QRegularExpressionMatch match = number.match(name);
    if (name.contains(QLatin1Char('%'))) {
        if (!match.hasMatch() || name.count(QLatin1Char('%')) != 1) {
            *error = path + QStringLiteral(": a frame sequence needs exactly one frame number in the file name, "
                                           "like frame-%04d.png");
            return std::nullopt;
        }
        if (suffix != QLatin1String("png")) {
            *error = path + QStringLiteral(": frame sequences are written as PNG: end the name in .png");
            return std::nullopt;
        }
        ExportTarget target(path, Format::PngSequence);
        target.before_ = path.left(path.size() - name.size()) + name.left(match.capturedStart());
        target.after_ = name.mid(match.capturedEnd());
        target.width_ = match.captured(1).toInt();  // 0 (no padding) for a plain %d
        return target;
    }
    if (suffix == QLatin1String("png"))
        return ExportTarget(path, Format::Png);
    if (suffix == QLatin1String("svg"))
        return ExportTarget(path, Format::Svg);
    if (suffix == QLatin1String("pdf"))
        return ExportTarget(path, Format::Pdf);
    if (suffix == QLatin1String("gif"))
        return ExportTarget(path, Format::Gif);
    // Messages with the pattern in them are joined, not arg()ed: arg() would take %04 for a placeholder.
    *error = QStringLiteral("%1: unknown file type '%2': the extension chooses the format, one of %3, ")
                 .arg(path, suffix.isEmpty() ? QStringLiteral("(none)") : QStringLiteral(".") + suffix,
                      extensions().join(QStringLiteral(", ")))
             + QStringLiteral("or a name like frame-%04d.png for numbered frames");
    return std::nullopt;
}

QString ExportTarget::framePath(int number) const
{
    return before_ + QStringLiteral("%1").arg(number, width_, 10, QLatin1Char('0')) + after_;
}

QString ExportTarget::formatName(Format format)
{
    switch (format) {
    case Format::Png: return QStringLiteral("PNG");
    case Format::Svg: return QStringLiteral("SVG");
    case Format::Pdf: return QStringLiteral("PDF");
    case Format::Gif: return QStringLiteral("GIF");
    case Format::PngSequence: return QStringLiteral("PNG frames");
    }
    return {};
}

QStringList ExportTarget::extensions()
{
    return {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf"), QStringLiteral(".gif")};
}

} // namespace sb
