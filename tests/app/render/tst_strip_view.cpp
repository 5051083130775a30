// SPDX-License-Identifier: MIT
// The `strip` view (1-D): contributions per cell (k3 s2 → 1 2 1 2 1, k4 s2 flat inside), the
// strip values and their sum against the layer's own output, the steps, and the rendered strips
// (stride apart, dilation gaps, the crop shaded, the counts in heat colours).
#include "PictureImage.h"

#include "app/render/GridPainter.h"
#include "app/render/views/StripPicture.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>

namespace {

using Counts = QList<int>;

// A 1-D layer: H = 1, kernel (1, k), one channel; the input is arange so every strip differs.
std::shared_ptr<const sb::ScatterRecord> rowRecord(std::int64_t width, std::int64_t kernel, std::int64_t stride,
                                                   std::int64_t padding = 0, std::int64_t outputPadding = 0,
                                                   std::int64_t dilation = 1)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = sb::Size2(1, kernel);
    p.params.stride = sb::Size2(1, stride);
    p.params.padding = sb::Size2(0, padding);
    p.params.output_padding = sb::Size2(0, outputPadding);
    p.params.dilation = sb::Size2(1, dilation);
    p.input = sb::makeFilled({1, 1, 1, width}, {sb::FillKind::Arange, 1});
    p.weight = sb::makeFilled({1, 1, 1, kernel}, {sb::FillKind::Arange, 1});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

template <typename T>
Counts toCounts(const std::vector<T>& values)
{
    Counts out;
    for (T v : values)
        out << static_cast<int>(v);
    return out;
}

} // namespace

class StripViewTest : public QObject {
    Q_OBJECT
private slots:
    void overlapCountsShowTheCheckerboard_data();
    void overlapCountsShowTheCheckerboard();
    void evenKernelHasAFlatInterior();
    void stripsSumToTheLayersOutputRow();
    void twoDimensionalLayersShowRowZeroAndTheMiddleKernelRow();
    void groupedConvTranspose1dStacksEveryChannelOfTheGroup();
    void renderedStripsSitStrideApartWithTheCropShaded();
};

void StripViewTest::overlapCountsShowTheCheckerboard_data()
{
    QTest::addColumn<qint64>("width");
    QTest::addColumn<qint64>("kernel");
    QTest::addColumn<qint64>("stride");
    QTest::addColumn<qint64>("padding");
    QTest::addColumn<qint64>("dilation");
    QTest::addColumn<Counts>("full");
    QTest::addColumn<Counts>("output");
    QTest::newRow("k3 s2 p1 on 3 gives 1 2 1 2 1") << 3LL << 3LL << 2LL << 1LL << 1LL << Counts{1, 1, 2, 1, 2, 1, 1}
                                                   << Counts{1, 2, 1, 2, 1};
    QTest::newRow("k3 s2 on 5 alternates 1 and 2") << 5LL << 3LL << 2LL << 0LL << 1LL
                                                   << Counts{1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1}
                                                   << Counts{1, 1, 2, 1, 2, 1, 2, 1, 2, 1, 1};
    QTest::newRow("k3 s1 on 4 ramps 1 2 3 3 2 1") << 4LL << 3LL << 1LL << 0LL << 1LL << Counts{1, 2, 3, 3, 2, 1}
                                                  << Counts{1, 2, 3, 3, 2, 1};
    QTest::newRow("k3 d2 s2 on 3 leaves empty cells") << 3LL << 3LL << 2LL << 0LL << 2LL << Counts{1, 0, 2, 0, 3, 0, 2, 0, 1}
                                                      << Counts{1, 0, 2, 0, 3, 0, 2, 0, 1};
}

void StripViewTest::overlapCountsShowTheCheckerboard()
{
    QFETCH(qint64, width);
    QFETCH(qint64, kernel);
    QFETCH(qint64, stride);
    QFETCH(qint64, padding);
    QFETCH(qint64, dilation);
    QFETCH(Counts, full);
    QFETCH(Counts, output);
    const sb::StripPicture picture(rowRecord(width, kernel, stride, padding, 0, dilation), {0, 0});
    QCOMPARE(toCounts(picture.fullOverlap()), full);
    QCOMPARE(toCounts(picture.outputOverlap()), output);
    QCOMPARE(picture.stepCount(), width + 2);
    QVERIFY(picture.isLayerRow());
}

void StripViewTest::evenKernelHasAFlatInterior()
{
    const sb::StripPicture picture(rowRecord(5, 4, 2), {0, 0});
    const Counts counts = toCounts(picture.fullOverlap());
    QCOMPARE(counts, (Counts{1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1}));
    // Away from the two cells at each end every cell gets kernel / stride = 2 contributions.
    for (int f = 2; f < counts.size() - 2; ++f)
        QCOMPARE(counts[f], 2);
    QVERIFY(picture.narration(picture.stepCount() - 1).contains(QStringLiteral("no checkerboard")));
    const sb::StripPicture odd(rowRecord(5, 3, 2), {0, 0});
    QVERIFY(odd.narration(odd.stepCount() - 1).contains(QStringLiteral("the checkerboard in 1-D")));
}

void StripViewTest::stripsSumToTheLayersOutputRow()
{
    // H = 1 with kernel (1, k): the strip is the layer itself, so its sums are the layer's output.
    const auto record = rowRecord(4, 3, 2, 0, 1);
    const sb::StripPicture picture(record, {0, 0});
    const sb::Tensor out = record->output();
    const std::vector<float> values = picture.outputValues();
    QCOMPARE(static_cast<std::int64_t>(values.size()), out.size(3));
    for (std::int64_t ox = 0; ox < out.size(3); ++ox)
        QCOMPARE(values[static_cast<std::size_t>(ox)], out.at(0, 0, 0, ox));
    // Each strip holds x[ix]·w[kx]: input 1..4, kernel 1..3.
    QCOMPARE(picture.product(2, 1), 3.0f * 2.0f);
    QCOMPARE(picture.product(3, 2), 4.0f * 3.0f);
    // output_padding 1 adds the cell past the full row, which is 0.
    QCOMPARE(values.back(), 0.0f);
    QVERIFY(picture.narration(2).startsWith(QStringLiteral("x[0,1] = 2 scatters 2·w into cells 2–4 of the full row")));
}

void StripViewTest::groupedConvTranspose1dStacksEveryChannelOfTheGroup()
{
    // ConvTranspose1d(4, 2, 3, stride=2, groups=2, bias): y[1] sums x[2] and x[3], each through its
    // own kernel row, so the strips are 2 × L and their sum is y[1]'s row, bias aside.
    sb::ConvTransposeProblem p;
    p.params.module = sb::ConvModule::ConvTranspose1d;
    p.params.in_channels = 4;
    p.params.out_channels = 2;
    p.params.groups = 2;
    p.params.kernel_size = {1, 3};
    p.params.stride = {1, 2};
    p.params.bias = true;
    p.bias = {0.5f, -2.0f};
    p.input = sb::makeFilled({1, 4, 5}, {sb::FillKind::Random, 0, 3});
    p.weight = sb::makeFilled({4, 1, 3}, {sb::FillKind::Random, 0, 4});
    const auto record = std::make_shared<const sb::ScatterRecord>(sb::validate(p));
    const sb::StripPicture picture(record, {0, 1});
    QVERIFY(picture.isLayerRow());
    QCOMPARE(picture.channels(), (std::vector<std::int64_t>{2, 3}));
    QCOMPARE(picture.elementCount(), 10);
    QCOMPARE(picture.stepCount(), 12);
    const sb::Tensor out = record->output();
    const std::vector<float> values = picture.outputValues();
    QCOMPARE(static_cast<std::int64_t>(values.size()), out.size(3));
    for (std::int64_t ox = 0; ox < out.size(3); ++ox)
        QVERIFY2(std::abs(values[static_cast<std::size_t>(ox)] + p.bias[1] - out.at(0, 1, 0, ox)) < 1e-5f, qPrintable(QString::number(ox)));
    // Strip 5 is x[3][0]'s: its products are x[3][0]·w[3, 0, :].
    const sb::Layer& layer = record->layer();
    QCOMPARE(picture.productOf(5, 2), layer.input.at(0, 3, 0, 0) * layer.weightAt(3, 0, 0, 2));
    // Two channels land on every cell twice as often as one.
    QCOMPARE(toCounts(picture.fullOverlap()), (Counts{2, 2, 4, 2, 4, 2, 4, 2, 4, 2, 2}));
    QVERIFY(picture.narration(6).startsWith(QStringLiteral("x[c=3][0,0] = ")));
    // The second input row sits under the first, and the strips under both.
    QVERIFY(picture.layout().inputCellRect(0, 1).top() > picture.layout().inputCellRect(0, 0).bottom());
    QVERIFY(picture.layout().stripCellRect(0, 0).top() > picture.layout().inputCellRect(0, 1).bottom());
}

void StripViewTest::twoDimensionalLayersShowRowZeroAndTheMiddleKernelRow()
{
    // Seed 004 (4×4 ones, kernel 1..16): row 0 through kernel row 2 = [9, 10, 11, 12].
    sb::ConvTransposeProblem p;
    p.params.kernel_size = 4;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1});
    const sb::StripPicture picture(std::make_shared<const sb::ScatterRecord>(sb::validate(p)), {0, 0});
    QVERIFY(!picture.isLayerRow());
    QCOMPARE(picture.kernelRow(), 2);
    QCOMPARE(picture.product(0, 0), 9.0f);
    QCOMPARE(picture.product(1, 3), 12.0f);
    // 1-D: 9 10 11 12 stamped 2 apart: 9, 10, 11+9, 12+10, ... cropped by 1.
    QCOMPARE(picture.fullSums()[2], 20.0f);
    QCOMPARE(toCounts(picture.outputOverlap()), (Counts{1, 2, 2, 2, 2, 2, 2, 1}));
}

void StripViewTest::renderedStripsSitStrideApartWithTheCropShaded()
{
    const sb::StripPicture picture(rowRecord(3, 3, 2, 1), {0, 0});
    const sb::RenderOptions options;
    const sb::Theme& theme = options.theme;
    const QImage done = sbtest::renderPicture(picture, picture.stepCount() - 1, options);

    // Element 1's strip covers full cells 2–4 in its colour; cell 1 of that strip is empty.
    const QColor element1 = options.palette.tint(0, 0, 1, 0.55);
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(1, 2))), element1)
            < 30);
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(1, 4))), element1)
            < 30);
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(1, 1))), theme.panel)
            < 10);
    // Element 2 starts stride 2 further right, at full cell 4.
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(2, 4))),
                                  options.palette.tint(0, 0, 2, 0.55))
            < 30);
    // Padding 1 crops full cell 0: shaded, where element 0's colour shows unshaded at cell 1.
    const QColor cropped = done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(0, 0)));
    const QColor kept = done.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(0, 1)));
    QVERIFY(sbtest::colorDistance(kept, options.palette.tint(0, 0, 0, 0.55)) < 30);
    QVERIFY(cropped.lightness() < kept.lightness() - 20);
    // Counts: the cells with 2 contributions are the heat's top colour, those with 1 its bottom.
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().countCellRect(2))), theme.heatHigh)
            < 60);
    QVERIFY(sbtest::colorDistance(done.pixelColor(sbtest::cornerOf(picture.layout().countCellRect(3))), theme.heatLow)
            < 60);

    // After step 1 only x[0] has scattered: element 1's strip is still nearly empty.
    const QImage first = sbtest::renderPicture(picture, 1, options);
    QVERIFY(sbtest::colorDistance(first.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(1, 2))), element1)
            > 40);
    QVERIFY(sbtest::colorDistance(first.pixelColor(sbtest::cornerOf(picture.layout().stripCellRect(0, 2))),
                                  options.palette.tint(0, 0, 0, 0.55))
            < 30);
}

SB_TEST_MAIN(StripViewTest)
#include "tst_strip_view.moc"
