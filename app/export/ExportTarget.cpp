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
            //: %2 is the file name pattern frame-%04d.png
            *error = tr("%1: a frame sequence needs exactly one frame number in the file name, like %2")
                         .arg(path, QStringLiteral("frame-%04d.png"));
            return std::nullopt;
        }
        if (suffix != QLatin1String("png")) {
            *error = tr("%1: frame sequences are written as PNG: end the name in .png").arg(path);
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
    // One arg() with every value: the pattern %04d inside a value is not taken for a placeholder.
    //: %2 is the file's extension; %3 the list .png, .svg, .pdf, .gif; %4 the file name pattern frame-%04d.png
    *error = tr("%1: unknown file type '%2': the extension chooses the format, one of %3, or a name like %4 for "
                "numbered frames")
                 .arg(path,
                      //: no file extension
                      suffix.isEmpty() ? tr("(none)") : QStringLiteral(".") + suffix,
                      extensions().join(QStringLiteral(", ")), QStringLiteral("frame-%04d.png"));
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
    case Format::PngSequence: return ExportTarget::tr("PNG frames");
    }
    return {};
}

QStringList ExportTarget::extensions()
{
    return {QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf"), QStringLiteral(".gif")};
}

} // namespace sb
