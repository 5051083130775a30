// SPDX-License-Identifier: MIT
// The exporters in-process on seed 004: PNG size, crop shading and element colours; SVG text;
// the PDF page; GIF frames (count, size, delays, loop, and that each decoded frame is the picture
// it stands for); numbered frames; and that a cancel or an error leaves no file behind.
#include "DecodedGif.h"
#include "SeedScenes.h"

#include "app/export/ExportJob.h"
#include "app/export/ExportTarget.h"
#include "app/export/IndexedFrame.h"
#include "app/export/PictureCanvas.h"
#include "app/export/StillExporter.h"
#include "app/render/ScenePicture.h"

#include "TestFiles.h"
#include "TestMain.h"

#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

using sbtest::filesIn;

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

// A point inside a cell but away from its text and border, in pixels at scale.
QPoint cellCorner(const sb::GridGeometry& grid, qint64 row, qint64 col, double scale)
{
    const QRectF r = grid.cellRect(row, col);
    return ((r.topLeft() + QPointF(r.width() * 0.12, r.height() * 0.12)) * scale).toPoint();
}

int luminance(QColor c)
{
    return c.red() * 299 + c.green() * 587 + c.blue() * 114;
}

sb::ExportJob job(const QString& path, sb::ExportJob::Settings settings = {})
{
    QString error;
    const std::optional<sb::ExportTarget> target = sb::ExportTarget::fromPath(path, &error);
    Q_ASSERT(target);
    return sb::ExportJob({sbtest::seed004Record(), {0, 0}, false}, *target, std::move(settings));
}

sb::ExportJob::Settings steps(qint64 first, qint64 last, double scale = 1.0, double fps = 20.0)
{
    sb::ExportJob::Settings s;
    s.steps = sb::ExportJob::StepRange{first, last};
    s.scale = scale;
    s.fps = fps;
    return s;
}

} // namespace

class ExportTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void vectorFilesOfHugeLayersHoldTheirGridsAsImages();
    void targetsFollowTheExtension_data();
    void targetsFollowTheExtension();
    void framePlanSlidesIntoEachStep();
    void pngSizeFollowsTheScale_data();
    void pngSizeFollowsTheScale();
    void pngShadesTheCropAndColoursWhereBuffersLand();
    void pngCanLeaveOutTheBackground();
    void svgKeepsTheValuesAsText();
    void pdfPageFitsThePicture();
    void gifHasTheFramesOfTheStepsAsked_data();
    void gifHasTheFramesOfTheStepsAsked();
    void gifFramesShowThePictureAtTheirPosition();
    void gifLoopsAsAsked_data();
    void gifLoopsAsAsked();
    void transparentGifReplacesWholeFrames();
    void frameSequenceIsNumberedFromOne();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void errorsLeaveNothing_data();
    void errorsLeaveNothing();
    void fewColoursStayExact();
    void manyColoursKeepTheCommonOnesExact();

private:
    QString path(const QString& name) const { return dir_->filePath(name); }
    std::unique_ptr<QTemporaryDir> dir_;
    sb::ScenePicture picture_{sbtest::seed004Scene()};
};

void ExportTest::initTestCase()
{
    QCOMPARE(picture_.stepCount(), 19);
}

void ExportTest::init()
{
    dir_ = std::make_unique<QTemporaryDir>();  // each test starts in an empty folder
    QVERIFY(dir_->isValid());
}

void ExportTest::targetsFollowTheExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");  // −1: refused
    QTest::addColumn<QString>("twelfthFrame");
    using F = sb::ExportTarget::Format;
    QTest::newRow("png") << "out/a.png" << int(F::Png) << "";
    QTest::newRow("upper-case SVG") << "a.SVG" << int(F::Svg) << "";
    QTest::newRow("pdf") << "a.pdf" << int(F::Pdf) << "";
    QTest::newRow("gif") << "a.gif" << int(F::Gif) << "";
    QTest::newRow("a zero-padded frame number") << "out/frame-%04d.png" << int(F::PngSequence) << "out/frame-0012.png";
    QTest::newRow("a plain frame number") << "f%d.png" << int(F::PngSequence) << "f12.png";
    QTest::newRow("an unknown extension") << "a.jpg" << -1 << "";
    QTest::newRow("no extension") << "picture" << -1 << "";
    QTest::newRow("frames must be PNG") << "frame-%04d.gif" << -1 << "";
    QTest::newRow("one number only") << "f%d-%d.png" << -1 << "";
    QTest::newRow("printf's space padding is not a frame number") << "f%4d.png" << -1 << "";
    QTest::newRow("a % in a folder name is not a pattern") << "run%d/a.png" << int(F::Png) << "";
}

void ExportTest::targetsFollowTheExtension()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QFETCH(QString, twelfthFrame);
    QString error;
    const std::optional<sb::ExportTarget> target = sb::ExportTarget::fromPath(path, &error);
    QCOMPARE(target.has_value(), format >= 0);
    if (!target) {
        QVERIFY2(error.contains(path), qPrintable(error));
        return;
    }
    QCOMPARE(int(target->format()), format);
    if (!twelfthFrame.isEmpty())
        QCOMPARE(target->framePath(12), twelfthFrame);
}

void ExportTest::framePlanSlidesIntoEachStep()
{
    const sb::FramePlan plan(2, 4, 4);
    QCOMPARE(plan.count(), 9);
    const QList<double> expected{2, 2.25, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4};
    for (int i = 0; i < plan.count(); ++i) {
        QCOMPARE(plan.position(i), expected[i]);
        QCOMPARE(plan.reachesStep(i), i % 4 == 0);
    }
    QCOMPARE(sb::FramePlan(5, 5, 9).count(), 1);
    // A step takes as long as in the window: 0.45 s at 20 fps is 9 frames.
    QCOMPARE(sb::FramePlan::framesPerStepAt(20), 9);
    QCOMPARE(sb::FramePlan::framesPerStepAt(1), 1);
}

void ExportTest::pngSizeFollowsTheScale_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("1 pixel per unit") << 1.0;
    QTest::newRow("half") << 0.5;
    QTest::newRow("double, for print") << 2.0;
}

void ExportTest::pngSizeFollowsTheScale()
{
    QFETCH(double, scale);
    const sb::ExportJob::Result result = job(path("a.png"), steps(18, 18, scale)).run();
    QCOMPARE(result.status, sb::ExportJob::Status::Done);
    const QImage image(path("a.png"));
    const QRectF b = picture_.bounds();
    QCOMPARE(image.size(), QSize(qCeil(b.width() * scale), qCeil(b.height() * scale)));
    QCOMPARE(result.pixelSize, image.size());
    // It prints at the same size at every scale: 96·scale dpi.
    QVERIFY(std::abs(image.dotsPerMeterX() * 0.0254 - 96.0 * scale) < 0.5);
    QCOMPARE(filesIn(dir_->path()), QStringList{"a.png"});
}

void ExportTest::pngShadesTheCropAndColoursWhereBuffersLand()
{
    const double scale = 1.5;
    const sb::SceneLayout& layout = picture_.scene().layout();
    const sb::RenderOptions options;

    // Done (step 18): padding 1 crops row 0; full-buffer cell (0,5) is shaded, (1,5) is kept. Both
    // hold the same two contributions (x[0,1] and x[0,2]), so only the shading tells them apart.
    QCOMPARE(job(path("done.png"), steps(18, 18, scale)).run().status, sb::ExportJob::Status::Done);
    const QImage done(path("done.png"));
    const QColor cropped = done.pixelColor(cellCorner(layout.full(), 0, 5, scale));
    const QColor kept = done.pixelColor(cellCorner(layout.full(), 1, 5, scale));
    QVERIFY2(luminance(cropped) + 20000 < luminance(kept),  // 20 levels of grey darker
             qPrintable(QStringLiteral("cropped %1, kept %2").arg(cropped.name(), kept.name())));

    // Step 1: x[0,0] has scattered. Its buffer lands on full rows/cols 0–3: cell (1,1) holds its
    // contribution alone and takes its colour; cell (1,5) is still empty.
    QCOMPARE(job(path("step1.png"), steps(1, 1, scale)).run().status, sb::ExportJob::Status::Done);
    const QImage step1(path("step1.png"));
    const QColor landed = step1.pixelColor(cellCorner(layout.full(), 1, 1, scale));
    QVERIFY2(distance(landed, options.palette.tint(0, 0, 0, 0.5)) <= 6,
             qPrintable(QStringLiteral("%1 vs %2").arg(landed.name(), options.palette.tint(0, 0, 0, 0.5).name())));
    QVERIFY(distance(step1.pixelColor(cellCorner(layout.full(), 1, 5, scale)), options.theme.panel) <= 6);
}

void ExportTest::pngCanLeaveOutTheBackground()
{
    sb::ExportJob::Settings s = steps(18, 18);
    s.render.transparentBackground = true;
    QCOMPARE(job(path("clear.png"), s).run().status, sb::ExportJob::Status::Done);
    const QImage clear(path("clear.png"));
    QVERIFY(clear.hasAlphaChannel());
    QCOMPARE(qAlpha(clear.pixel(2, 2)), 0);
    QCOMPARE(job(path("opaque.png"), steps(18, 18)).run().status, sb::ExportJob::Status::Done);
    QCOMPARE(QImage(path("opaque.png")).pixelColor(2, 2), sb::Theme::light().background);
}

void ExportTest::svgKeepsTheValuesAsText()
{
    const sb::ExportJob::Result result = job(path("a.svg"), steps(18, 18)).run();
    QCOMPARE(result.status, sb::ExportJob::Status::Done);
    QSvgRenderer renderer(path("a.svg"));
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(QPointF(0, 0), QSizeF(result.pixelSize)));

    QFile file(path("a.svg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
    QVERIFY(!xml.hasError());
    // Seed 004's output starts 6, 12, 14, 12; the caption is text too.
    for (const char* value : {"6", "12", "14", "44"})
        QVERIFY2(texts.contains(QLatin1String(value)), value);
    QVERIFY(texts.contains(picture_.narration(18)));
}

void ExportTest::pdfPageFitsThePicture()
{
    QCOMPARE(job(path("a.pdf"), steps(18, 18, 1.0)).run().status, sb::ExportJob::Status::Done);
    QFile file(path("a.pdf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QRegularExpressionMatch box =
        QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([\\d.]+)\\s+([\\d.]+)\\s*\\]")).match(QString::fromLatin1(pdf));
    QVERIFY(box.hasMatch());
    // The page is the picture at 96 dpi (¾ pt a pixel), rounded up to whole points.
    const QSizeF expected(std::ceil(picture_.bounds().width() * 0.75), std::ceil(picture_.bounds().height() * 0.75));
    QVERIFY2(std::abs(box.captured(1).toDouble() - expected.width()) < 1.0, qPrintable(box.captured(0)));
    QVERIFY2(std::abs(box.captured(2).toDouble() - expected.height()) < 1.0, qPrintable(box.captured(0)));
    QCOMPARE(sb::StillExporter::pdfPageSize(picture_, 1.0), expected);
}

void ExportTest::gifHasTheFramesOfTheStepsAsked_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<double>("fps");
    QTest::addColumn<int>("frames");
    QTest::newRow("all 19 steps, 2 frames a step at 4 fps") << qint64(0) << qint64(18) << 4.0 << 1 + 18 * 2;
    QTest::newRow("steps 2-5, 9 frames a step at 20 fps") << qint64(2) << qint64(5) << 20.0 << 1 + 3 * 9;
    QTest::newRow("one step is one frame") << qint64(7) << qint64(7) << 20.0 << 1;
}

void ExportTest::gifHasTheFramesOfTheStepsAsked()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(double, fps);
    QFETCH(int, frames);
    const double scale = 0.25;
    const sb::ExportJob::Result result = job(path("a.gif"), steps(first, last, scale, fps)).run();
    QCOMPARE(result.status, sb::ExportJob::Status::Done);
    QCOMPARE(result.frames, frames);
    const DecodedGif gif = DecodedGif::read(path("a.gif"));
    QVERIFY(gif.ok);
    QCOMPARE(int(gif.frames.size()), frames);
    QCOMPARE(gif.screen, sb::PictureCanvas::pixelSize(picture_, scale));
    // Moving frames last 1/fps; a GIF rests on each step reached, longest on its last frame.
    const int moving = qRound(100 / fps);
    QCOMPARE(gif.delays.back(), moving + qRound(100 * sb::ExportJob::kFinalHoldSeconds));
    if (frames > 1) {
        QCOMPARE(gif.delays.front(), moving + qRound(100 * sb::ExportJob::kHoldSeconds));
        QCOMPARE(gif.delays[1], moving);
    }
    QCOMPARE(filesIn(dir_->path()), QStringList{"a.gif"});
}

void ExportTest::gifFramesShowThePictureAtTheirPosition()
{
    // Every frame, decoded and composited as a viewer does, is the picture at its position: flat
    // areas exact; only antialiased text edges, where a frame has more than 256 colours, are
    // approximated (seed 004 at scale 0.5: 0.8% of the pixels by more than 6 levels summed over
    // red, green and blue, 0.05% by more than 24; allowed: 2.5% and 0.2%).
    const double scale = 0.5, fps = 8;
    const sb::ExportJob exporter = job(path("a.gif"), steps(4, 7, scale, fps));
    QCOMPARE(exporter.run().status, sb::ExportJob::Status::Done);
    const DecodedGif gif = DecodedGif::read(path("a.gif"));
    const sb::FramePlan plan = exporter.plan({4, 7});
    QCOMPARE(qint64(gif.frames.size()), plan.count());
    for (int i = 0; i < plan.count(); ++i) {
        const QImage expected = sb::PictureCanvas::render(picture_, plan.position(i), {}, scale).convertToFormat(QImage::Format_RGB32);
        const QImage& shown = gif.frames[static_cast<std::size_t>(i)];
        qint64 off = 0, far = 0;
        for (int y = 0; y < expected.height(); ++y)
            for (int x = 0; x < expected.width(); ++x) {
                const int d = distance(expected.pixelColor(x, y), shown.pixelColor(x, y));
                off += d > 6;
                far += d > 24;
            }
        const qint64 pixels = qint64(expected.width()) * expected.height();
        QVERIFY2(off * 40 < pixels && far * 500 < pixels,
                 qPrintable(QStringLiteral("frame %1 of %2 pixels: %3 differ by more than 6, %4 by more than 24")
                                .arg(i).arg(pixels).arg(off).arg(far)));
    }
}

void ExportTest::gifLoopsAsAsked_data()
{
    QTest::addColumn<int>("loop");
    QTest::addColumn<int>("repetitions");  // in the NETSCAPE2.0 block; −1: no block
    QTest::newRow("0 loops forever") << 0 << 0;
    QTest::newRow("1 plays once: no loop block") << 1 << -1;
    QTest::newRow("3 plays: 2 repetitions") << 3 << 2;
}

void ExportTest::gifLoopsAsAsked()
{
    QFETCH(int, loop);
    QFETCH(int, repetitions);
    sb::ExportJob::Settings s = steps(0, 1, 0.25, 4);
    s.loop = loop;
    QCOMPARE(job(path("a.gif"), s).run().status, sb::ExportJob::Status::Done);
    QCOMPARE(DecodedGif::read(path("a.gif")).loopCount, repetitions);
}

void ExportTest::transparentGifReplacesWholeFrames()
{
    sb::ExportJob::Settings s = steps(0, 2, 0.25, 4);
    s.render.transparentBackground = true;
    QCOMPARE(job(path("a.gif"), s).run().status, sb::ExportJob::Status::Done);
    const DecodedGif gif = DecodedGif::read(path("a.gif"));
    QCOMPARE(int(gif.frames.size()), 5);
    for (std::size_t i = 0; i < gif.frames.size(); ++i) {
        QCOMPARE(gif.areas[i], QRect(QPoint(0, 0), gif.screen));
        QCOMPARE(qAlpha(gif.frames[i].pixel(2, 2)), 0);  // the background is left out
    }
}

void ExportTest::frameSequenceIsNumberedFromOne()
{
    const sb::ExportJob::Result result = job(path("frame-%04d.png"), steps(0, 2, 0.25, 4)).run();
    QCOMPARE(result.status, sb::ExportJob::Status::Done);
    const QStringList expected{"frame-0001.png", "frame-0002.png", "frame-0003.png", "frame-0004.png", "frame-0005.png"};
    QCOMPARE(filesIn(dir_->path()), expected);
    QCOMPARE(result.files.size(), 5);
    QCOMPARE(QImage(path("frame-0005.png")).size(), sb::PictureCanvas::pixelSize(picture_, 0.25));
    // The last frame is step 2 reached, as a still of step 2 draws it.
    QCOMPARE(QImage(path("frame-0005.png")).convertToFormat(QImage::Format_RGB32),
             sb::PictureCanvas::render(picture_, 2.0, {}, 0.25).convertToFormat(QImage::Format_RGB32));
}

void ExportTest::cancelLeavesNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("GIF") << "a.gif";
    QTest::newRow("numbered frames") << "frame-%04d.png";
}

void ExportTest::cancelLeavesNothing()
{
    QFETCH(QString, name);
    qint64 calls = 0;
    const sb::ExportJob::Result result = job(path(name), steps(0, 18, 0.25, 4)).run([&](qint64 done, qint64 total) {
        ++calls;
        return !(done == 3 && total == 37);
    });
    QCOMPARE(result.status, sb::ExportJob::Status::Cancelled);
    QCOMPARE(calls, 3);
    QCOMPARE(filesIn(dir_->path()), QStringList());
}

void ExportTest::errorsLeaveNothing_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("view");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("message");
    for (const char* file : {"a.png", "a.svg", "a.pdf", "a.gif", "frame-%04d.png"})
        QTest::newRow(qPrintable(QStringLiteral("%1 in a missing folder").arg(file)))
            << QStringLiteral("missing/") + file << "scatter" << qint64(3) << qint64(3) << 1.0 << "missing";
    QTest::newRow("a step past the end") << "a.png" << "scatter" << qint64(19) << qint64(19) << 1.0
                                         << "step 19 is out of range: the scatter view of this layer has steps 0–18";
    QTest::newRow("a range for a still") << "a.pdf" << "scatter" << qint64(2) << qint64(5) << 1.0
                                         << "PDF draws one step, not steps 2–5";
    QTest::newRow("a backwards range") << "a.gif" << "scatter" << qint64(5) << qint64(2) << 1.0
                                       << "the first step comes after the last";
    QTest::newRow("a scale too large") << "a.png" << "scatter" << qint64(3) << qint64(3) << 100.0 << "scale 100 is out of range";
}

void ExportTest::errorsLeaveNothing()
{
    QFETCH(QString, name);
    QFETCH(QString, view);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(double, scale);
    QFETCH(QString, message);
    sb::ExportJob::Settings s = steps(first, last, scale, 4);
    s.view = *sb::viewFromName(view);
    const sb::ExportJob::Result result = job(path(name), s).run();
    QCOMPARE(result.status, sb::ExportJob::Status::Failed);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QCOMPARE(filesIn(dir_->path()), QStringList());
}

void ExportTest::fewColoursStayExact()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(0xfb, 0xfb, 0xfa));
    image.setPixelColor(3, 4, QColor(0xff, 0xff, 0xff));  // 4 levels apart: a quantiser would merge them
    image.setPixelColor(5, 6, QColor(0x11, 0x22, 0x33));
    const sb::IndexedFrame frame = sb::IndexedFrame::quantize(image, image.rect(), false);
    QVERIFY(frame.isExact());
    QCOMPARE(frame.transparentIndex(), -1);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            QCOMPARE(frame.colorAt(x, y), image.pixel(x, y));
    QCOMPARE(frame.palette().size(), std::size_t(4));  // 3 colours, padded to a power of two

    // Against a previous frame, unchanged pixels become transparent.
    QImage next = image;
    next.setPixelColor(10, 10, Qt::red);
    const sb::IndexedFrame over = sb::IndexedFrame::quantize(next, QRect(8, 8, 4, 4), false, &image);
    QVERIFY(over.transparentIndex() >= 0);
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x)
            QCOMPARE(over.indices()[std::size_t(y * 4 + x)] == over.transparentIndex(), !(x == 2 && y == 2));
}

void ExportTest::manyColoursKeepTheCommonOnesExact()
{
    // A flat background with a 64×64 gradient of 4096 colours on it.
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(QColor(0xfb, 0xfb, 0xfa));
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            image.setPixel(x, y, qRgb(x * 4, y * 4, 128));
    const sb::IndexedFrame frame = sb::IndexedFrame::quantize(image, image.rect(), false);
    QVERIFY(!frame.isExact());
    QVERIFY(frame.palette().size() <= 256);
    QCOMPARE(frame.colorAt(150, 80), image.pixel(150, 80));  // the background, exactly
    double error = 0;
    for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x)
            error += distance(QColor(frame.colorAt(x, y)), QColor(image.pixel(x, y)));
    QVERIFY2(error / 4096 < 30, qPrintable(QString::number(error / 4096)));  // ~10 levels a channel
}

// A 1000×1000 input's scatter spans millions of cells. At scale 1 its picture stays within 4000 px a
// side, its grids drawn as colour; a vector file holds each large grid as one image, not a
// rectangle per cell (it was 900 MB of SVG), so SVG and PDF stay small and quick.
void ExportTest::vectorFilesOfHugeLayersHoldTheirGridsAsImages()
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = 1;
    p.input = sb::makeFilled({1, 1, 1000, 1000}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, 1, 1}, {sb::FillKind::Ones});
    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validate(p));
    for (const QString& name : {QStringLiteral("huge.svg"), QStringLiteral("huge.pdf")}) {
        const sb::ExportJob job({record, {0, 0}, false}, *sb::ExportTarget::fromPath(path(name), nullptr), {});
        const sb::ExportJob::Result result = job.run();
        QCOMPARE(result.status, sb::ExportJob::Status::Done);
        QVERIFY2(result.pixelSize.width() <= 4000 && result.pixelSize.height() <= 4000,
                 qPrintable(QStringLiteral("%1×%2").arg(result.pixelSize.width()).arg(result.pixelSize.height())));
        const QFileInfo file(path(name));
        QVERIFY2(file.size() > 1000 && file.size() < 8'000'000, qPrintable(QString::number(file.size())));
    }
    QFile svg(path(QStringLiteral("huge.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.count("<image") >= 3);         // input, full buffer and output, each one image
    QVERIFY2(text.count("<rect") < 2000, qPrintable(QString::number(text.count("<rect"))));
}

SB_TEST_MAIN(ExportTest)
#include "tst_export.moc"
