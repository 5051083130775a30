// SPDX-License-Identifier: MIT
// The checkerboard lab's views (issue 6): `compare` rounds the kernel up to a multiple of the
// stride and puts every overlap map on one colour scale; `stack` chains layers whose outputs are
// the core's layer by layer; `resize-conv` keeps the output size with an even overlap. Each is
// checked in its model and in rendered pixels.
#include "PictureImage.h"
#include "SeedScenes.h"

#include "app/config/ConfigError.h"
#include "app/config/ConfigReader.h"
#include "app/config/ConfigWriter.h"
#include "app/render/PictureFactory.h"
#include "app/render/views/ComparePicture.h"
#include "app/render/views/NoticePicture.h"
#include "app/render/views/ResizeConvPicture.h"
#include "app/render/views/StackPicture.h"
#include "core/FastConvTranspose.h"
#include "core/TensorFill.h"
#include "core/TorchError.h"

#include "TestMain.h"

#include <QtTest>

namespace {

// A 1-channel layer on a random 5×5 input with a ones kernel, as the checkerboard presets.
std::shared_ptr<const sb::ScatterRecord> onesRecord(sb::Size2 kernel, sb::Size2 stride, sb::Size2 padding = 0)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    p.input = sb::makeFilled({1, 1, 5, 5}, {sb::FillKind::Random, 0, 7});
    p.weight = sb::makeFilled({1, 1, kernel.h, kernel.w}, {sb::FillKind::Ones});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

} // namespace

class LabViewsTest : public QObject {
    Q_OBJECT
private slots:
    void compareRoundsTheKernelUpToTheStride_data();
    void compareRoundsTheKernelUpToTheStride();
    void compareColoursEveryPanelOnOneScale();
    void stackOutputsAreTheCoreLayerByLayer_data();
    void stackOutputsAreTheCoreLayerByLayer();
    void stackHighlightsTheCurrentLayer();
    void resizeConvolutionKeepsTheSizeWithAnEvenOverlap_data();
    void resizeConvolutionKeepsTheSizeWithAnEvenOverlap();
    void configStackGivesEachLayerItsOwnArguments();
    void aStackPyTorchRejectsGetsItsMessage();
    void badStacksAreNamed_data();
    void badStacksAreNamed();
};

void LabViewsTest::compareRoundsTheKernelUpToTheStride_data()
{
    QTest::addColumn<qint64>("kernel");
    QTest::addColumn<qint64>("stride");
    QTest::addColumn<qint64>("roundedKernel");
    QTest::addColumn<int>("panels");
    QTest::addColumn<bool>("layerEven");

    QTest::newRow("k3 s2 is put beside k4 s2 and k2 s2") << qint64(3) << qint64(2) << qint64(4) << 3 << false;
    QTest::newRow("k5 s3 is put beside k6 s3 and k3 s3") << qint64(5) << qint64(3) << qint64(6) << 3 << false;
    QTest::newRow("k4 s2 is already a multiple, so only k2 s2 joins it") << qint64(4) << qint64(2) << qint64(2) << 2 << true;
}

void LabViewsTest::compareRoundsTheKernelUpToTheStride()
{
    QFETCH(qint64, kernel);
    QFETCH(qint64, stride);
    QFETCH(qint64, roundedKernel);
    QFETCH(int, panels);
    QFETCH(bool, layerEven);

    const sb::ComparePicture picture(onesRecord(kernel, stride), {0, 0});
    QCOMPARE(static_cast<int>(picture.panelCount()), panels);
    QCOMPARE(picture.panelGeometry(0).kernel, sb::Size2(kernel));
    QCOMPARE(picture.panelGeometry(1).kernel, sb::Size2(roundedKernel));
    QCOMPARE(picture.panelAnalysis(0).even(), layerEven);
    // Every panel after the layer is even: its kernel is a multiple of the stride.
    for (std::size_t i = 1; i < picture.panelCount(); ++i)
        QVERIFY(picture.panelAnalysis(i).even());
    if (!layerEven) {
        const QString uneven = QString::fromStdString(picture.panelAnalysis(0).verdict());
        const QString even = QString::fromStdString(picture.panelAnalysis(1).verdict());
        QVERIFY2(uneven.startsWith(QStringLiteral("uneven")), qPrintable(uneven));
        QVERIFY2(even.startsWith(QStringLiteral("even")), qPrintable(even));
    }
    QCOMPARE(picture.stepCount(), qint64(1));
}

void LabViewsTest::compareColoursEveryPanelOnOneScale()
{
    // k3 s2: counts 1–4; k4 s2: 1–4 with 4 inside; k2 s2: 1 everywhere. The scale runs 1–4, so a
    // 4 is heatHigh in the k3 and the k4 panel alike, and k2's 1 is heatLow.
    const sb::ComparePicture picture(onesRecord(3, 2), {0, 0});
    QCOMPARE(picture.scaleMinimum(), 1.0);
    QCOMPARE(picture.scaleMaximum(), 4.0);
    const sb::RenderOptions options;
    const QImage image = sbtest::renderPicture(picture, 0, options);
    // (2, 2) is an interior cell receiving 4 in both: k3 at even (y, x), k4 everywhere inside.
    QCOMPARE(picture.panelAnalysis(0).map().at(2, 2), 4);
    QCOMPARE(picture.panelAnalysis(1).map().at(2, 2), 4);
    for (std::size_t panel : {0u, 1u}) {
        const QColor pixel = image.pixelColor(sbtest::cornerOf(picture.cellRect(panel, 2, 2)));
        QVERIFY2(sbtest::colorDistance(pixel, options.theme.heatHigh) < 40, qPrintable(pixel.name()));
    }
    // The k3 panel's 1 (odd row and column) and the k2 panel's 1 are the same low colour.
    QCOMPARE(picture.panelAnalysis(0).map().at(1, 1), 1);
    for (const QRectF& cell : {picture.cellRect(0, 1, 1), picture.cellRect(2, 1, 1)}) {
        const QColor pixel = image.pixelColor(sbtest::cornerOf(cell));
        QVERIFY2(sbtest::colorDistance(pixel, options.theme.heatLow) < 40, qPrintable(pixel.name()));
    }
}

void LabViewsTest::stackOutputsAreTheCoreLayerByLayer_data()
{
    QTest::addColumn<std::shared_ptr<const sb::ScatterRecord>>("record");
    QTest::newRow("k3 s2 on a random 5x5, three times") << onesRecord(3, 2);
    QTest::newRow("seed 004 (k4 s2 p1, kernel 1..16), then twice with ones") << sbtest::seed004Record();
    QTest::newRow("k3 s2 p1, three times") << onesRecord(3, 2, 1);
}

void LabViewsTest::stackOutputsAreTheCoreLayerByLayer()
{
    QFETCH(std::shared_ptr<const sb::ScatterRecord>, record);
    const sb::StackPicture picture(record, {0, 0});
    QCOMPARE(static_cast<int>(picture.stack().size()), sb::StackPicture::kDefaultDepth);
    // One step per layer: the view opens on the first layer, not on an empty start.
    QCOMPARE(picture.stepCount(), qint64(sb::StackPicture::kDefaultDepth));

    // The layer as the config gives it, then the same call on its output with a ones kernel.
    sb::Tensor x = record->layer().input;
    for (std::size_t i = 0; i < picture.stack().size(); ++i) {
        sb::ConvTransposeProblem p;
        const sb::LayerGeometry& g = record->geometry();
        p.params.kernel_size = g.kernel;
        p.params.stride = g.stride;
        p.params.padding = g.padding;
        p.input = x;
        p.weight = i == 0 ? record->layer().weight : sb::makeFilled({1, 1, g.kernel.h, g.kernel.w}, {sb::FillKind::Ones});
        x = sb::fastConvTranspose(sb::validate(p));
        QCOMPARE(picture.stack().output(i).shape(), x.shape());
        for (std::int64_t k = 0; k < x.numel(); ++k)
            QVERIFY(qFuzzyCompare(1.0f + picture.stack().output(i).data()[k], 1.0f + x.data()[k]));
        // The map shown is the stack's overlap after that layer.
        QCOMPARE(picture.overlapMap(i).rows(), x.size(2));
        QCOMPARE(picture.overlapMap(i).maximum(), double(*std::max_element(picture.stack().overlap(i).values().begin(),
                                                                          picture.stack().overlap(i).values().end())));
    }
}

void LabViewsTest::stackHighlightsTheCurrentLayer()
{
    const sb::StackPicture picture(onesRecord(3, 2), {0, 0});
    const sb::RenderOptions options;
    // At step 1 layer 2 is framed in the highlight colour just outside its map; layer 3 is not.
    const QImage image = sbtest::renderPicture(picture, 1, options);
    auto frameBeside = [&](std::size_t layer) {
        const QRectF cell = picture.cellRect(layer, 0, 0);
        return image.pixelColor(QPoint(qRound(cell.left() - 4), qRound(cell.center().y())));
    };
    QVERIFY2(sbtest::colorDistance(frameBeside(1), options.theme.highlight) < 40, qPrintable(frameBeside(1).name()));
    QVERIFY2(sbtest::colorDistance(frameBeside(2), options.theme.highlight) > 60, qPrintable(frameBeside(2).name()));
    // Layer 1's largest count (4) is its own heatHigh; layer 2's (16) is its own.
    const QColor top = image.pixelColor(sbtest::cornerOf(picture.cellRect(1, 4, 4)));
    QCOMPARE(picture.overlapMap(1).at(4, 4), picture.overlapMap(1).maximum());
    QVERIFY2(sbtest::colorDistance(top, options.theme.heatHigh) < 40, qPrintable(top.name()));
    QVERIFY(picture.narration(1).contains(QStringLiteral("compounds")));
    // Step 0 is the first layer's own map, highlighted.
    QVERIFY(picture.narration(0).startsWith(QStringLiteral("Layer 1 makes")));
    const QImage first = sbtest::renderPicture(picture, 0, options);
    const QRectF cell = picture.cellRect(0, 0, 0);
    QVERIFY(sbtest::colorDistance(first.pixelColor(QPoint(qRound(cell.left() - 4), qRound(cell.center().y()))), options.theme.highlight) < 40);
}

void LabViewsTest::resizeConvolutionKeepsTheSizeWithAnEvenOverlap_data()
{
    QTest::addColumn<std::shared_ptr<const sb::ScatterRecord>>("record");
    QTest::newRow("k3 s2 on 5x5 gives 11x11 both ways") << onesRecord(3, 2);
    QTest::newRow("seed 004 (k4 s2 p1) gives 8x8 both ways") << sbtest::seed004Record();
}

void LabViewsTest::resizeConvolutionKeepsTheSizeWithAnEvenOverlap()
{
    using P = sb::ResizeConvPicture;
    QFETCH(std::shared_ptr<const sb::ScatterRecord>, record);
    const P picture(record, {0, 0});
    const sb::LayerGeometry& g = record->geometry();
    for (P::Method m : {P::Transposed, P::Nearest, P::Bilinear}) {
        QCOMPARE(picture.map(m, P::Output).rows(), g.output.h);
        QCOMPARE(picture.map(m, P::Output).cols(), g.output.w);
    }
    // Inside (a kernel's reach from the border) every cell of the resize-convolution gets kH·kW taps.
    const sb::HeatMap& even = picture.map(P::Nearest, P::Overlap);
    for (std::int64_t y = g.kernel.h; y < g.output.h - g.kernel.h; ++y)
        for (std::int64_t x = g.kernel.w; x < g.output.w - g.kernel.w; ++x)
            QCOMPARE(even.at(y, x), double(g.kernel.h * g.kernel.w));

    // Rendered: the overlap column shares one scale, so the resize-convolution's interior count
    // (the largest of both) is heatHigh.
    const sb::RenderOptions options;
    const QImage image = sbtest::renderPicture(picture, 0, options);
    const QColor pixel = image.pixelColor(sbtest::cornerOf(picture.cellRect(P::Nearest, P::Overlap, g.output.h / 2, g.output.w / 2)));
    QVERIFY2(sbtest::colorDistance(pixel, options.theme.heatHigh) < 40, qPrintable(pixel.name()));
}

// A config's "stack" gives each later layer its own arguments: k3 s2 then k4 s2 p1 then k2 s2.
// The view runs that chain (its outputs are the core's, layer by layer), and the file round-trips.
void LabViewsTest::configStackGivesEachLayerItsOwnArguments()
{
    const QByteArray json = R"({"kernel_size": 3, "stride": 2, "input": {"shape": [1, 1, 4, 4], "fill": "ones"},
        "weight": {"shape": [1, 1, 3, 3], "fill": "ones"},
        "stack": [{"kernel_size": 4, "stride": 2, "padding": 1}, {"kernel_size": 2, "stride": 2, "weight": [[1, 2], [3, 4]]}]})";
    const sb::ConfigFile config = sb::readConfigJson(json, QStringLiteral("chain.json"));
    QCOMPARE(config.stack.size(), std::size_t(2));
    QCOMPARE(config.stack[0].params.kernel_size, sb::Size2(4));
    QCOMPARE(config.stack[0].params.padding, sb::Size2(1));
    QCOMPARE(config.stack[1].weight.shape(), (sb::Shape{1, 1, 2, 2}));
    QCOMPARE(sb::readConfigJson(sb::writeConfigJson(config), QStringLiteral("again.json")), config);

    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validateConfig(config, QStringLiteral("chain.json")));
    sb::PictureFactory::Source source{record, {0, 0}};
    source.stack = config.stack;
    const std::unique_ptr<sb::Picture> picture = sb::PictureFactory::make(sb::ViewId::Stack, source);
    const auto* stack = dynamic_cast<const sb::StackPicture*>(picture.get());
    QVERIFY(stack != nullptr);
    QCOMPARE(stack->stack().size(), std::size_t(3));
    QCOMPARE(picture->stepCount(), qint64(3));  // one step per layer
    // 4 → 9 (k3 s2) → 18 (k4 s2 p1) → 36 (k2 s2), each layer the core's fast path on the last output.
    sb::Tensor x = sb::fastConvTranspose(record->layer());
    for (std::size_t i = 0; i < config.stack.size(); ++i) {
        sb::ConvTransposeProblem p;
        p.params = config.stack[i].params;
        p.weight = config.stack[i].weight;
        p.input = x;
        x = sb::fastConvTranspose(sb::validate(p));
        QCOMPARE(stack->stack().output(i + 1).values(), x.values());
    }
    QCOMPARE(x.shape(), (sb::Shape{1, 1, 36, 36}));
}

void LabViewsTest::aStackPyTorchRejectsGetsItsMessage()
{
    const QByteArray json = R"({"kernel_size": 3, "stride": 2, "input": [[1, 2], [3, 4]], "weight": {"fill": "ones", "shape": [1, 1, 3, 3]},
        "stack": [{"kernel_size": 2, "stride": 2}, {"kernel_size": 2, "stride": 0}]})";
    const sb::ConfigFile config = sb::readConfigJson(json, QStringLiteral("chain.json"));
    // Issue 11: refused when the config is validated, so the window marks "stack" and export exits 2.
    try {
        sb::validateConfig(config, QStringLiteral("chain.json"));
        QFAIL("the stack was accepted");
    } catch (const sb::TorchError& e) {
        QCOMPARE(QString::fromStdString(e.what()), QStringLiteral("layer 3: non-positive stride is not supported"));
        QCOMPARE(e.argument(), std::string("stack"));
    }
    // A picture made from such a chain all the same still says why instead of drawing.
    const sb::ConfigFile first = sb::readConfigJson(R"({"kernel_size": 3, "stride": 2, "input": [[1, 2], [3, 4]], "weight": {"fill": "ones", "shape": [1, 1, 3, 3]}})",
                                                    QStringLiteral("chain.json"));
    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validateConfig(first, QStringLiteral("chain.json")));
    sb::PictureFactory::Source source{record, {0, 0}};
    source.stack = config.stack;
    const std::unique_ptr<sb::Picture> picture = sb::PictureFactory::make(sb::ViewId::Stack, source);
    const auto* notice = dynamic_cast<const sb::NoticePicture*>(picture.get());
    QVERIFY(notice != nullptr);
    QVERIFY2(notice->notice().contains(QLatin1String("layer 3: non-positive stride is not supported")), qPrintable(notice->notice()));
}

void LabViewsTest::badStacksAreNamed_data()
{
    QTest::addColumn<QByteArray>("stack");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a list") << QByteArray("5")
                                << "chain.json: \"stack\": expected a list of 1 to 3 layer objects (the layers after this one), got 5";
    QTest::newRow("four more layers is a chain of five")
        << QByteArray("[{}, {}, {}, {}]")
        << "chain.json: \"stack\": expected a list of 1 to 3 layer objects (the layers after this one), got [{},{},{},{}]";
    QTest::newRow("a misspelt argument") << QByteArray(R"([{"strides": 2}])")
                                         << "chain.json: \"stack\": stack[0]: unknown key \"strides\" (did you mean \"stride\"?)";
    QTest::newRow("a number for a layer") << QByteArray("[3]")
                                          << "chain.json: \"stack\": stack[0]: expected an object of ConvTranspose2d arguments, got 3";
}

void LabViewsTest::badStacksAreNamed()
{
    QFETCH(QByteArray, stack);
    QFETCH(QString, message);
    try {
        sb::readConfigJson(R"({"input": [[1]], "weight": [[1]], "stack": )" + stack + "}", QStringLiteral("chain.json"));
        QFAIL("the stack was accepted");
    } catch (const sb::ConfigError& e) {
        QCOMPARE(e.message(), message);
        QCOMPARE(e.key(), QStringLiteral("stack"));
    }
}

SB_TEST_MAIN(LabViewsTest)
#include "tst_lab_views.moc"
