// SPDX-License-Identifier: MIT
// StillExporter: every format goes through PictureCanvas onto a QSaveFile, which only replaces
// the target when everything was written (commit), so a failure leaves no half-written file.
#include "app/export/StillExporter.h"

#include "app/export/PictureCanvas.h"
#include "app/export/SafeOutputPath.h"

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

// Passes writes on to a file, retrying a short write until all of it is written or the file
// refuses. QFile reports a write that stopped part-way (a full disk, a file size limit) as a short
// count, not an error, and QSvgGenerator's text stream drops the rest without a word: through this
// device the rest is tried again, and the system's refusal becomes an error the exporter sees.
class WholeWrites : public QIODevice {
public:
    explicit WholeWrites(QFileDevice& file) : file_(file) { open(QIODevice::WriteOnly); }
    bool failed() const { return failed_; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override
    {
        for (qint64 done = 0; done < length;) {
            const qint64 n = file_.write(data + done, length - done);
            if (n <= 0) {
                failed_ = true;
                return -1;
            }
            done += n;
        }
        return length;
    }

private:
    QFileDevice& file_;
    bool failed_ = false;
};

QString fileError(const QSaveFile& file)
{
    return SafeOutputPath::writeError(file);
}

QString writePng(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    QImage image = PictureCanvas::render(picture, position, options, scale);
    if (image.isNull()) {
        const QSize size = PictureCanvas::pixelSize(picture, scale);
        return StillExporter::tr("not enough memory for a %1×%2 image").arg(size.width()).arg(size.height());
    }
    image.setDotsPerMeterX(PictureCanvas::dotsPerMeter(PictureCanvas::kDpi * scale));
    image.setDotsPerMeterY(PictureCanvas::dotsPerMeter(PictureCanvas::kDpi * scale));
    image.setText(QStringLiteral("Title"), title(picture, position));
    image.setText(QStringLiteral("Software"), QStringLiteral("Scatterboard"));
    const QByteArray png = PictureCanvas::encodePng(image);
    if (png.isEmpty())
        return StillExporter::tr("the picture could not be encoded as PNG");
    if (file.write(png) != png.size())
        return fileError(file);
    return {};
}

QString writeSvg(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    const QSize size = PictureCanvas::pixelSize(picture, scale);
    WholeWrites device(file);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
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
    }  // the generator's text stream writes its last piece when it goes
    return device.failed() ? fileError(file) : QString();
}

QString writePdf(QSaveFile& file, const Picture& picture, double position, const RenderOptions& options, double scale)
{
    WholeWrites device(file);
    QPdfWriter pdf(&device);
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
    return device.failed() ? fileError(file) : QString();
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
        error = StillExporter::tr("%1 is not a still format").arg(ExportTarget::formatName(target.format()));
        break;
    }
    // Errors while painting are only seen by the device: a failed write shows in the file's error.
    if (error.isEmpty() && file.error() != QFileDevice::NoError)
        error = fileError(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    return SafeOutputPath::commit(file, &error) ? QString() : error;
}

QSizeF StillExporter::pdfPageSize(const Picture& picture, double scale)
{
    // Qt writes page sizes in whole points; rounding up keeps the picture's edge on the page.
    const QSizeF points = picture.bounds().size() * scale * (72.0 / PictureCanvas::kDpi);
    return {std::ceil(points.width() - 1e-6), std::ceil(points.height() - 1e-6)};
}

} // namespace sb
