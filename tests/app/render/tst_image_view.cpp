// SPDX-License-Identifier: MIT
// The image view (issue 6) on the committed test photo: core's per-channel transposed convolution
// (output sizes, the checkerboard's alternating row means for k3 s2 and their absence after the
// resize-convolution, the bilinear kernel's even overlap, cancellation), the picture, `scatterboard
// export --view image` through the real binary, and the window's worker (newest request wins).
#include "PictureImage.h"
#include "ScatterboardProcess.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ImageFile.h"
#include "app/config/ImageInputs.h"
#include "app/config/NpyFile.h"
#include "app/controller/ImageController.h"
#include "app/controller/PlaybackController.h"
#include "app/export/PictureCanvas.h"
#include "app/gui/MainWindow.h"
#include "app/render/PictureFactory.h"
#include "app/render/views/ImagePicture.h"
#include "app/widgets/ImageControls.h"
#include "core/ImageConvTranspose.h"
#include "core/OutputSizeFormula.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QComboBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCheckerboard = QStringLiteral(SB_SOURCE_DIR "/resources/presets/checkerboard-k3-s2.json");

sb::Tensor testPhoto()
{
    return sb::ImageFile::read(QStringLiteral(SB_SOURCE_DIR "/resources/images/test-photo.png"));
}

// The image view's source as the window first draws it: the built-in photo (and a kernel) through
// the record's layer, read and computed by the caller.
sb::PictureFactory::Source imageSource(std::shared_ptr<const sb::ScatterRecord> record, const QString& kernel = {})
{
    sb::PictureFactory::Source source{record, {}, false};
    source.imageExperiment = sb::ImageController::run({QString(), kernel}, record->layer());
    return source;
}

sb::ImageConvTransposeResult applied(const sb::Tensor& image, sb::ImageLayerArguments arguments,
                                     const sb::ImageKernel& kernel = sb::ImageKernel::ones())
{
    std::optional<sb::ImageConvTransposeResult> result = sb::convTransposeImage(image, arguments, kernel);
    if (!result)
        qFatal("convTransposeImage returned nothing without a progress callback");
    return std::move(*result);
}

// Mean of each output row over channels and columns, computed here rather than with core's
// rowPhaseMeans, so the test does not check the code with itself.
std::vector<double> rowMeans(const sb::Tensor& image)
{
    const std::int64_t c = image.size(0), h = image.size(1), w = image.size(2);
    std::vector<double> means(static_cast<std::size_t>(h));
    for (std::int64_t y = 0; y < h; ++y) {
        double sum = 0;
        for (std::int64_t ch = 0; ch < c; ++ch)
            for (std::int64_t x = 0; x < w; ++x)
                sum += image.data()[(ch * h + y) * w + x];
        means[static_cast<std::size_t>(y)] = sum / static_cast<double>(c * w);
    }
    return means;
}

struct RowAlternation {
    double ratio = 0;       // mean of the even interior rows / mean of the odd ones
    double consistent = 0;  // share of interior rows brighter (even) or darker (odd) than both neighbours
};

RowAlternation rowAlternation(const sb::Tensor& image, std::int64_t border)
{
    const std::vector<double> m = rowMeans(image);
    const auto h = static_cast<std::int64_t>(m.size());
    double even = 0, odd = 0;
    std::int64_t evenRows = 0, oddRows = 0, agreeing = 0, rows = 0;
    for (std::int64_t y = border; y < h - border; ++y) {
        const double v = m[static_cast<std::size_t>(y)];
        (y % 2 == 0 ? even : odd) += v;
        ++(y % 2 == 0 ? evenRows : oddRows);
        const double up = m[static_cast<std::size_t>(y - 1)], down = m[static_cast<std::size_t>(y + 1)];
        agreeing += y % 2 == 0 ? (v > up && v > down) : (v < up && v < down);
        ++rows;
    }
    return {(even / evenRows) / (odd / oddRows), static_cast<double>(agreeing) / static_cast<double>(rows)};
}

std::shared_ptr<const sb::ScatterRecord> checkerboardRecord()
{
    return std::make_shared<const sb::ScatterRecord>(sb::validateConfig(sb::readConfigFile(kCheckerboard), kCheckerboard));
}


} // namespace

class ImageViewTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void testPhotoIsSmallAndInColour();
    void outputSizeFollowsTheFormula_data();
    void outputSizeFollowsTheFormula();
    void k3s2OnesRowsAlternateOnThePhoto();
    void resizeConvolutionHasNoAlternation();
    void bilinearK4S2P1IsEvenAndInterpolates();
    void bilinearKernelValues();
    void kernelNamesAndDefaults();
    void cancellationStopsEarly();
    void normalisationHandlesConstantImages();
    void pictureShowsThePhotoAndItsParts();
    void theSubtitleSaysWhetherTheColoursMix();
    void exportWritesAPngOfThePictureSize();
    void exportReportsBadImagesAndKernels_data();
    void exportReportsBadImagesAndKernels();
    void workerRunsOffTheGuiThreadAndTheNewestWins();
    void windowOpensPhotosIntoTheImageTab();
};

void ImageViewTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void ImageViewTest::testPhotoIsSmallAndInColour()
{
    const sb::Tensor photo = testPhoto();
    QCOMPARE(photo.shape(), (sb::Shape{3, 64, 96}));
    // A real photo: values spread over the range, and the channels differ (the board is green).
    const auto [lo, hi] = std::minmax_element(photo.values().begin(), photo.values().end());
    QVERIFY(*lo < 0.2f && *hi > 0.8f);
    double green = 0, redSum = 0;
    for (std::int64_t i = 0; i < 64 * 96; ++i) {
        redSum += photo.data()[i];
        green += photo.data()[64 * 96 + i];
    }
    QVERIFY(green > redSum * 1.1);
}

void ImageViewTest::outputSizeFollowsTheFormula_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("s");
    QTest::addColumn<int>("p");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("d");
    QTest::newRow("k3 s2 on 96x64 gives 193x129") << 3 << 2 << 0 << 0 << 1;
    QTest::newRow("k4 s2 p1 doubles the size") << 4 << 2 << 1 << 0 << 1;
    QTest::newRow("k3 s2 p1 op1 doubles the size") << 3 << 2 << 1 << 1 << 1;
    QTest::newRow("k3 d2 s2 widens by the dilation") << 3 << 2 << 0 << 0 << 2;
    QTest::newRow("k5 s3 p1 triples") << 5 << 3 << 1 << 0 << 1;
    QTest::newRow("k3 s1 p1 keeps the size") << 3 << 1 << 1 << 0 << 1;
}

void ImageViewTest::outputSizeFollowsTheFormula()
{
    QFETCH(int, k);
    QFETCH(int, s);
    QFETCH(int, p);
    QFETCH(int, op);
    QFETCH(int, d);
    const sb::Tensor photo = testPhoto();
    const sb::ImageConvTransposeResult r = applied(photo, {k, s, p, op, d});
    auto size = [&](std::int64_t in) { return sb::OutputSizeFormula{in, k, s, p, op, d}.result(); };
    QCOMPARE(r.output.shape(), (sb::Shape{3, size(64), size(96)}));
    QCOMPARE(r.resized.shape(), r.output.shape());
    QCOMPARE(r.overlap.height(), size(64));
    QCOMPARE(r.overlap.width(), size(96));
    QCOMPARE(r.geometry.groups, 3);
}

void ImageViewTest::k3s2OnesRowsAlternateOnThePhoto()
{
    // Even output rows receive two kernel rows, odd ones one: the row means of the photo's output
    // alternate, every interior even row brighter than both its neighbours.
    const sb::ImageConvTransposeResult r = applied(testPhoto(), {3, 2, 0, 0, 1});
    const RowAlternation a = rowAlternation(r.output, 4);
    QVERIFY2(a.ratio > 1.6 && a.ratio < 2.4, qPrintable(QStringLiteral("even/odd row means %1").arg(a.ratio)));
    QVERIFY2(a.consistent > 0.95, qPrintable(QStringLiteral("%1 of the rows alternate").arg(a.consistent)));
    // The same in core's own measure, which the view's sentence quotes.
    const std::vector<double> phases = sb::rowPhaseMeans(r.output, 2, 4);
    QVERIFY(phases[0] > 1.6 * phases[1]);
}

void ImageViewTest::resizeConvolutionHasNoAlternation()
{
    const sb::ImageConvTransposeResult r = applied(testPhoto(), {3, 2, 0, 0, 1});
    const RowAlternation a = rowAlternation(r.resized, 4);
    QVERIFY2(a.ratio > 0.95 && a.ratio < 1.05, qPrintable(QStringLiteral("even/odd row means %1").arg(a.ratio)));
    QVERIFY2(a.consistent < 0.6, qPrintable(QStringLiteral("%1 of the rows alternate").arg(a.consistent)));
    // Its overlap is even inside: 9 taps on every interior pixel, where the transposed one has 1, 2 or 4.
    QCOMPARE(r.overlap.minimum(), 1);
    QCOMPARE(r.overlap.maximum(), 4);
}

void ImageViewTest::bilinearK4S2P1IsEvenAndInterpolates()
{
    const sb::Tensor photo = testPhoto();
    const sb::ImageConvTransposeResult r = applied(photo, {4, 2, 1, 0, 1}, sb::ImageKernel::bilinear());
    // Interior overlap constant 4 (kernel 4 divisible by stride 2).
    for (std::int64_t y = 3; y < r.overlap.height() - 3; ++y)
        for (std::int64_t x = 3; x < r.overlap.width() - 3; ++x)
            QCOMPARE(r.overlap.at(y, x), 4);
    const RowAlternation a = rowAlternation(r.output, 4);
    QVERIFY2(a.ratio > 0.97 && a.ratio < 1.03, qPrintable(QStringLiteral("even/odd row means %1").arg(a.ratio)));
    // And the weights per output pixel sum to 1: a grey image stays that grey inside.
    const sb::ImageConvTransposeResult grey = applied(sb::Tensor({3, 10, 12}, 0.5f), {4, 2, 1, 0, 1}, sb::ImageKernel::bilinear());
    for (std::int64_t y = 1; y < 19; ++y)
        for (std::int64_t x = 1; x < 23; ++x)
            QVERIFY(std::abs(grey.output.data()[y * 24 + x] - 0.5f) < 1e-5f);
}

void ImageViewTest::bilinearKernelValues()
{
    // FCN's upsample_filt: k4 → [0.25, 0.75, 0.75, 0.25], k3 → [0.5, 1, 0.5], outer products.
    const sb::Tensor k4 = sb::bilinearKernel(4);
    QCOMPARE(k4.shape(), (sb::Shape{1, 1, 4, 4}));
    QCOMPARE(k4.at(0, 0, 0, 0), 0.0625f);
    QCOMPARE(k4.at(0, 0, 1, 2), 0.5625f);
    QCOMPARE(k4.at(0, 0, 3, 1), 0.1875f);
    const sb::Tensor k3 = sb::bilinearKernel({3, 2});
    QCOMPARE(k3.at(0, 0, 1, 0), 0.5f);
    QCOMPARE(k3.at(0, 0, 0, 1), 0.25f);
}

void ImageViewTest::kernelNamesAndDefaults()
{
    QCOMPARE(sb::ImageKernel::fromName("random:7")->seed, std::uint64_t{7});
    QVERIFY(sb::ImageKernel::fromName("bilinear")->kind == sb::ImageKernel::Kind::Bilinear);
    QVERIFY(!sb::ImageKernel::fromName("random:x"));
    QVERIFY(!sb::ImageKernel::fromName("gaussian"));
    // The config's kernel when it is one plane (the checkerboard preset's 3x3), ones otherwise.
    const sb::Layer layer = checkerboardRecord()->layer();
    QString description;
    const sb::ImageKernel fromConfig = sb::ImageInputs::kernelFor(QString(), layer, &description);
    QVERIFY(fromConfig.kind == sb::ImageKernel::Kind::Weight);
    QCOMPARE(fromConfig.weight, layer.weight);
    // A trained layer of other channels (a decoder's 2 → 1 here) goes per channel: colour c
    // through its plane w[c mod 2, c mod 1].
    sb::Layer twoChannels = layer;
    twoChannels.weight = sb::makeFilled({2, 1, 3, 3}, {sb::FillKind::Arange, 1.0f});
    const sb::ImageKernel perChannel = sb::ImageInputs::kernelFor(QString(), twoChannels, &description);
    QVERIFY(perChannel.kind == sb::ImageKernel::Kind::Weight);
    QCOMPARE(perChannel.weight.shape(), (sb::Shape{3, 1, 3, 3}));
    for (int c = 0; c < 3; ++c)
        QCOMPARE(perChannel.weight.at(c, 0, 0, 0), twoChannels.weight.at(c % 2, 0, 0, 0));
    QCOMPARE(description, QStringLiteral("the config's own weights w[c, c]"));
    // A 3-channel layer is applied whole.
    sb::Layer threeChannels = layer;
    threeChannels.weight = sb::makeFilled({3, 3, 3, 3}, {sb::FillKind::Random, 0.0f, 2});
    QCOMPARE(sb::ImageInputs::kernelFor(QString(), threeChannels).weight, threeChannels.weight);
    // A loaded (3, 3, k, k) weight is a whole layer (groups 1): channels mix.
    QTemporaryDir dir;
    QFile npy(dir.filePath(QStringLiteral("mix.npy")));
    QVERIFY(npy.open(QIODevice::WriteOnly));
    npy.write(sb::npyBytes(sb::makeFilled({3, 3, 2, 2}, {sb::FillKind::Random, 0.0f, 5})));
    npy.close();
    const sb::ImageKernel mix = sb::ImageInputs::kernelFor(npy.fileName(), layer);
    const sb::ImageConvTransposeResult r = applied(testPhoto(), {3, 2, 0, 0, 1}, mix);
    QCOMPARE(r.geometry.groups, 1);
    QCOMPARE(r.geometry.kernel, sb::Size2(2));  // the weight's size replaces kernel_size
    QVERIFY_THROWS_EXCEPTION(sb::ConfigError, sb::ImageInputs::kernelFor(QStringLiteral("gaussian"), layer));
}

void ImageViewTest::cancellationStopsEarly()
{
    const sb::Tensor photo = testPhoto();
    int fullRun = 0;
    QVERIFY(sb::convTransposeImage(photo, {}, sb::ImageKernel::ones(), [&](double) { return ++fullRun > 0; }));
    QVERIFY(fullRun >= 6);  // a band and a resize-convolution per channel at least
    int calls = 0;
    const auto cancelled = sb::convTransposeImage(photo, {}, sb::ImageKernel::ones(), [&](double fraction) {
        ++calls;
        return fraction < 0.3;
    });
    QVERIFY(!cancelled);
    QVERIFY2(calls < fullRun, qPrintable(QStringLiteral("%1 of %2 steps").arg(calls).arg(fullRun)));
}

void ImageViewTest::normalisationHandlesConstantImages()
{
    const sb::Tensor n = sb::normalizedForDisplay(sb::Tensor({3, 1, 2}, std::vector<float>{1, 3, 2, 5, 1, 1}));
    QCOMPARE(n.values(), (std::vector<float>{0, 0.5f, 0.25f, 1, 0, 0}));
    QCOMPARE(sb::normalizedForDisplay(sb::Tensor({3, 2, 2}, 0.4f)).values(), std::vector<float>(12, 0.4f));
    QCOMPARE(sb::normalizedForDisplay(sb::Tensor({3, 2, 2}, 7.0f)).values(), std::vector<float>(12, 1.0f));
}

void ImageViewTest::pictureShowsThePhotoAndItsParts()
{
    const std::unique_ptr<sb::Picture> made =
        sb::PictureFactory::make(sb::ViewId::Image, imageSource(checkerboardRecord()));
    const auto* picture = dynamic_cast<const sb::ImagePicture*>(made.get());
    QVERIFY(picture);
    QCOMPARE(picture->experiment().imageName, QStringLiteral("test-photo.png"));
    QVERIFY(picture->narration(0).contains(QStringLiteral("1, 2 or 4")));
    const QImage image = sbtest::renderPicture(*picture, 0);
    // The input panel shows the photo: its centre pixel's colour at the panel's centre.
    const QImage photo = picture->experiment().photoImage;
    const QRectF input = picture->panelRect(sb::ImagePicture::Input);
    const QPointF at = input.topLeft() + QPointF(input.width() * 0.3, input.height() * 0.7);
    const QColor expected = photo.pixelColor(static_cast<int>(photo.width() * 0.3), static_cast<int>(photo.height() * 0.7));
    QVERIFY(sbtest::colorDistance(image.pixelColor(at.toPoint()), expected) < 40);
    // The magnified output alternates: one output pixel down (an odd row) is darker than the even rows around it.
    const QRectF detail = picture->detailRect(sb::ImagePicture::Output);
    const double pixel = detail.height() / picture->detailRegion().height();
    int darker = 0;
    for (int row = 2; row < picture->detailRegion().height() - 2; row += 2) {
        const int y0 = picture->detailRegion().top() + row;  // the output row's parity decides
        const double evenTop = detail.top() + (row + (y0 % 2)) * pixel + pixel / 2;
        double evenSum = 0, oddSum = 0;
        for (int x = 4; x < detail.width() - 4; x += 3) {
            evenSum += qGray(image.pixel(static_cast<int>(detail.left() + x), static_cast<int>(evenTop)));
            oddSum += qGray(image.pixel(static_cast<int>(detail.left() + x), static_cast<int>(evenTop + pixel)));
        }
        darker += oddSum < evenSum;
    }
    QVERIFY2(darker >= (picture->detailRegion().height() - 4) / 2 - 1, qPrintable(QString::number(darker)));
}

void ImageViewTest::theSubtitleSaysWhetherTheColoursMix()
{
    // One plane for every colour: channel by channel.
    const std::unique_ptr<sb::Picture> apart =
        sb::PictureFactory::make(sb::ViewId::Image, imageSource(checkerboardRecord()));
    QVERIFY(sbtest::drawnTexts(*apart, 0).contains(QStringLiteral("channel by channel")));
    // A whole 3 → 3 layer, groups 1: the colours mix.
    sb::ConvTransposeProblem p;
    p.params.in_channels = p.params.out_channels = 3;
    p.params.kernel_size = 4;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 3, 4, 4}, {sb::FillKind::Random, 0, 7});
    p.weight = sb::makeFilled({3, 3, 4, 4}, {sb::FillKind::Random, 0, 8});
    const auto whole = std::make_shared<const sb::ScatterRecord>(sb::validate(p));
    const QString texts = sbtest::drawnTexts(*sb::PictureFactory::make(sb::ViewId::Image, imageSource(whole)), 0);
    QVERIFY2(texts.contains(QStringLiteral("through the config's own layer, the channels mixed")), qPrintable(texts));
}

void ImageViewTest::exportWritesAPngOfThePictureSize()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("image.png"));
    const ScatterboardProcess p = ScatterboardProcess::run(
        {QStringLiteral("export"), kCheckerboard, QStringLiteral("--view"), QStringLiteral("image"), QStringLiteral("--out"), out,
         QStringLiteral("--kernel"), QStringLiteral("bilinear")});
    QCOMPARE(p.exitCode, 0);
    const QImage written(out);
    QVERIFY(!written.isNull());
    // The same picture made in-process: same size, same kernel.
    const std::unique_ptr<sb::Picture> picture =
        sb::PictureFactory::make(sb::ViewId::Image, imageSource(checkerboardRecord(), QStringLiteral("bilinear")));
    QVERIFY(picture);
    QCOMPARE(written.size(), sb::PictureCanvas::pixelSize(*picture, 1.0));
    // A photo given on the command line is the one drawn: a different size than the test photo's picture.
    const QString photo = dir.filePath(QStringLiteral("tall.png"));
    QImage tall(40, 90, QImage::Format_RGB32);
    tall.fill(Qt::darkCyan);
    QVERIFY(tall.save(photo));
    const QString out2 = dir.filePath(QStringLiteral("tall-out.png"));
    const ScatterboardProcess q = ScatterboardProcess::run({QStringLiteral("export"), kCheckerboard, QStringLiteral("--view=image"),
                                                            QStringLiteral("--out"), out2, QStringLiteral("--image"), photo});
    QCOMPARE(q.exitCode, 0);
    QVERIFY(QImage(out2).size() != written.size());
}

void ImageViewTest::exportReportsBadImagesAndKernels_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("a missing photo is named") << QStringList{"--image", "@/nothing.png"} << "nothing.png: no such image file";
    QTest::newRow("a text file is not a photo") << QStringList{"--image", "@/notes.jpg"} << "notes.jpg: not a PNG or JPEG image";
    QTest::newRow("an unknown kernel") << QStringList{"--kernel", "gaussian"} << "unknown kernel 'gaussian'";
    QTest::newRow("a random seed that is not a number") << QStringList{"--kernel", "random:abc"} << "unknown kernel 'random:abc'";
    QTest::newRow("a missing .npy is named") << QStringList{"--kernel", "@/w.npy"} << "w.npy: cannot open";
    QTest::newRow("--image with another view") << QStringList{"--image", "x.png", "--view", "scatter"} << "are for --view image";
}

void ImageViewTest::exportReportsBadImagesAndKernels()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QFile notes(dir.filePath(QStringLiteral("notes.jpg")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a photo\n");
    notes.close();
    for (QString& o : options)
        o.replace(QLatin1Char('@'), dir.path());
    const QString out = dir.filePath(QStringLiteral("x.png"));
    QStringList arguments{QStringLiteral("export"), kCheckerboard, QStringLiteral("--out"), out};
    if (!options.contains(QStringLiteral("--view")))
        arguments << QStringLiteral("--view") << QStringLiteral("image");
    const ScatterboardProcess p = ScatterboardProcess::run(arguments + options);
    QCOMPARE(p.exitCode, 2);
    QVERIFY2(p.err.contains(message.toUtf8()), p.err.constData());
    QVERIFY(!QFile::exists(out));
}

void ImageViewTest::workerRunsOffTheGuiThreadAndTheNewestWins()
{
    // A photo large enough to take many steps; the first request is overtaken by the second.
    QTemporaryDir dir;
    QImage big(900, 700, QImage::Format_RGB32);
    for (int y = 0; y < big.height(); ++y)
        for (int x = 0; x < big.width(); ++x)
            big.setPixel(x, y, qRgb((x * 7) % 256, (y * 3) % 256, (x + y) % 256));
    const QString path = dir.filePath(QStringLiteral("big.png"));
    QVERIFY(big.save(path));

    sb::ImageController controller;
    QSignalSpy ready(&controller, &sb::ImageController::experimentReady);
    QSignalSpy progress(&controller, &sb::ImageController::progressed);
    controller.setRecord(checkerboardRecord());
    controller.setImagePath(path);
    QCOMPARE(ready.count(), 0);  // nothing while the view is hidden
    controller.setActive(true);
    QVERIFY(controller.isComputing());
    controller.setKernel(QStringLiteral("random:4"));  // the newest request
    QVERIFY(ready.wait(60000));
    QTRY_VERIFY(!controller.isComputing());
    QCOMPARE(ready.count(), 1);  // the first run's result was dropped
    QCOMPARE(controller.experiment()->kernel.seed, std::uint64_t{4});
    QCOMPARE(controller.experiment()->imageName, QStringLiteral("big.png"));
    QVERIFY(progress.count() >= 2);
    QCOMPARE(progress.last().at(0).toInt(), 100);

    // A bad photo is reported and the request goes back to the one that worked.
    QSignalSpy failed(&controller, &sb::ImageController::failed);
    controller.setImagePath(dir.filePath(QStringLiteral("missing.png")));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.front().at(0).toString().contains(QStringLiteral("missing.png: no such image file")));
    QCOMPARE(controller.request().imagePath, path);
}

void ImageViewTest::windowOpensPhotosIntoTheImageTab()
{
    sb::MainWindow w(kCheckerboard);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!w.imageControls()->isVisible());
    QTemporaryDir dir;
    QImage photo(120, 80, QImage::Format_RGB32);
    photo.fill(QColor(200, 120, 40));
    const QString path = dir.filePath(QStringLiteral("orange.jpg"));
    QVERIFY(photo.save(path));
    w.openImage(path);
    QCOMPARE(w.viewTabs()->tabText(w.viewTabs()->currentIndex()), QStringLiteral("image"));
    QVERIFY(w.imageControls()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(w.playback()->picture() && dynamic_cast<const sb::ImagePicture*>(w.playback()->picture())
                                 && static_cast<const sb::ImagePicture*>(w.playback()->picture())->experiment().imageName
                                        == QStringLiteral("orange.jpg"),
                             20000);
    QTRY_VERIFY(!w.imageProgress()->isVisible());
    // Dropping another photo on the window shows it instead.
    photo.fill(QColor(30, 60, 200));
    const QString dropped = dir.filePath(QStringLiteral("blue.png"));
    QVERIFY(photo.save(dropped));
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QCOMPARE(w.imageController()->request().imagePath, dropped);
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<const sb::ImagePicture*>(w.playback()->picture())->experiment().imageName
                                 == QStringLiteral("blue.png"),
                             20000);
    delete mime;

    // The kernel chooser: Bilinear recomputes with that kernel.
    QComboBox* chooser = w.imageControls()->kernelChooser();
    chooser->setCurrentIndex(chooser->findData(QStringLiteral("bilinear")));
    emit chooser->activated(chooser->currentIndex());
    QCOMPARE(w.imageController()->request().kernel, QStringLiteral("bilinear"));
    QTRY_VERIFY_WITH_TIMEOUT(static_cast<const sb::ImagePicture*>(w.playback()->picture())->experiment().kernel.kind
                                 == sb::ImageKernel::Kind::Bilinear,
                             20000);
}

SB_TEST_MAIN(ImageViewTest)
#include "tst_image_view.moc"
