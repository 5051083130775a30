// StillExporter: every format goes through PictureCanvas onto a QSaveFile, which only replaces
// the target when everything was written (commit), so a failure leaves no half-written file.
#include "app/export/StillExporter.h"

#include "app/export/PictureCanvas.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace sb {

namespace {

QString title(const Picture& picture, double position)
{
    return QStringLiteral("Scatterboard: %1 view, step %2").arg(picture.viewName()).arg(picture.stepAt(position));
}

QString fileError(const QSaveFile& file)
{
    return QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
}

QString writePng(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    QImage image = PictureCanvas::render(picture, position, options, scale);
    if (image.isNull()) {
        const QSize size = PictureCanvas::pixelSize(picture, scale);
        return QStringLiteral("not enough memory for a %1×%2 image").arg(size.width()).arg(size.height());
    }
    image.setDotsPerMeterX(PictureCanvas::dotsPerMeter(PictureCanvas::kDpi * scale));
    image.setDotsPerMeterY(PictureCanvas::dotsPerMeter(PictureCanvas::kDpi * scale));
    image.setText(QStringLiteral("Title"), title(picture, position));
    image.setText(QStringLiteral("Software"), QStringLiteral("Scatterboard"));
    if (!image.save(&file, "PNG"))
        return fileError(file);
    return {};
}

QString writeSvg(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    const QSize size = PictureCanvas::pixelSize(picture, scale);
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(static_cast<int>(PictureCanvas::kDpi));
    svg.setTitle(title(picture, position));
    svg.setDescription(picture.narration(picture.stepAt(position)));
    QPainter painter;
    if (!painter.begin(&svg))
        return fileError(file);
    PictureCanvas::paint(painter, picture, position, options, scale);
    painter.end();
    return {};
}

QString writePdf(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    QPdfWriter pdf(&file);
    pdf.setResolution(static_cast<int>(PictureCanvas::kDpi));
    pdf.setPageSize(QPageSize(StillExporter::pdfPageSize(picture, scale), QPageSize::Point, QString(), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(title(picture, position));
    pdf.setCreator(QStringLiteral("Scatterboard"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fileError(file);
    PictureCanvas::paint(painter, picture, position, options, scale);
    painter.end();
    return {};
}

} // namespace

QString StillExporter::write(const Picture& picture, double position, const RenderOptions& options, double scale,
                             const ExportTarget& target)
{
    QSaveFile file(target.path());
    if (!file.open(QIODevice::WriteOnly))
        return fileError(file);
    QString error;
    switch (target.format()) {
    case ExportTarget::Format::Png: error = writePng(file, picture, position, options, scale); break;
    case ExportTarget::Format::Svg: error = writeSvg(file, picture, position, options, scale); break;
    case ExportTarget::Format::Pdf: error = writePdf(file, picture, position, options, scale); break;
    case ExportTarget::Format::Gif:
    case ExportTarget::Format::PngSequence:
        error = QStringLiteral("%1 is not a still format").arg(ExportTarget::formatName(target.format()));
        break;
    }
    // Errors while painting are only seen by the device: a failed write shows in the file's error.
    if (error.isEmpty() && file.error() != QFileDevice::NoError)
        error = fileError(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    return file.commit() ? QString() : fileError(file);
}

QSizeF StillExporter::pdfPageSize(const Picture& picture, double scale)
{
    // Qt writes page sizes in whole points; rounding up keeps the picture's edge on the page.
    const QSizeF points = picture.bounds().size() * scale * (72.0 / PictureCanvas::kDpi);
    return {std::ceil(points.width() - 1e-6), std::ceil(points.height() - 1e-6)};
}

} // namespace sb
