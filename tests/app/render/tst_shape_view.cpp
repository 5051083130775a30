// SPDX-License-Identifier: MIT
// The `shape` view: its terms are OutputSizeFormula's, its Conv2d candidates all convolve back to
// the input size and span PyTorch's output_size range, seed 000's table and the rows a user adds,
// and the rendered pixels (the size output_padding picks, the layer's row, terms revealed by step).
#include "PictureImage.h"

#include "app/render/GridPainter.h"
#include "app/render/views/ShapePicture.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QtTest>

namespace {

// A one-channel layer on an H×W input with square arguments.
std::shared_ptr<const sb::ScatterRecord> layerRecord(std::int64_t in, std::int64_t kernel, std::int64_t stride,
                                                     std::int64_t padding, std::int64_t outputPadding,
                                                     std::int64_t dilation = 1, std::int64_t inW = -1)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    p.params.output_padding = outputPadding;
    p.params.dilation = dilation;
    p.input = sb::makeFilled({1, 1, in, inW < 0 ? in : inW}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, kernel, kernel}, {sb::FillKind::Ones});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

using Sizes = QList<qint64>;

} // namespace

class ShapeViewTest : public QObject {
    Q_OBJECT
private slots:
    void termsAreTheOutputSizeFormulas_data();
    void termsAreTheOutputSizeFormulas();
    void conv2dCandidatesConvolveBackToTheInputSize_data();
    void conv2dCandidatesConvolveBackToTheInputSize();
    void tableHoldsSeed000AndKeepsAddedRows();
    void renderedPictureMarksThePickedSizeAndTheLayerRow();
    void stepsRevealTheTermsOneByOne();
    void differentHeightAndWidthGetTwoRows();
};

void ShapeViewTest::termsAreTheOutputSizeFormulas_data()
{
    QTest::addColumn<qint64>("kernel");
    QTest::addColumn<qint64>("stride");
    QTest::addColumn<qint64>("padding");
    QTest::addColumn<qint64>("outputPadding");
    QTest::addColumn<qint64>("dilation");
    QTest::addColumn<QString>("substituted");
    // Seed 000's comments, on its 4×4 input.
    QTest::newRow("k3 s1 on 4x4 gives 6x6") << 3LL << 1LL << 0LL << 0LL << 1LL << "(4 − 1)·1 − 2·0 + 1·(3 − 1) + 0 + 1 = 6";
    QTest::newRow("k4 s2 p1 on 4x4 gives 8x8") << 4LL << 2LL << 1LL << 0LL << 1LL << "(4 − 1)·2 − 2·1 + 1·(4 − 1) + 0 + 1 = 8";
    QTest::newRow("k3 s2 p1 op1 on 4x4 gives 8x8") << 3LL << 2LL << 1LL << 1LL << 1LL
                                                   << "(4 − 1)·2 − 2·1 + 1·(3 − 1) + 1 + 1 = 8";
    QTest::newRow("k5 s3 p1 on 4x4 gives 12x12") << 5LL << 3LL << 1LL << 0LL << 1LL << "(4 − 1)·3 − 2·1 + 1·(5 − 1) + 0 + 1 = 12";
    QTest::newRow("k3 s2 d2 on 4x4 gives 11x11") << 3LL << 2LL << 0LL << 0LL << 2LL << "(4 − 1)·2 − 2·0 + 2·(3 − 1) + 0 + 1 = 11";
}

void ShapeViewTest::termsAreTheOutputSizeFormulas()
{
    QFETCH(qint64, kernel);
    QFETCH(qint64, stride);
    QFETCH(qint64, padding);
    QFETCH(qint64, outputPadding);
    QFETCH(qint64, dilation);
    QFETCH(QString, substituted);
    const auto record = layerRecord(4, kernel, stride, padding, outputPadding, dilation);
    const sb::ShapePicture picture(record, {0, 0});

    sb::OutputSizeFormula f;
    f.in = 4;
    f.kernel = kernel;
    f.stride = stride;
    f.padding = padding;
    f.output_padding = outputPadding;
    f.dilation = dilation;
    for (int axis : {0, 1}) {
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::StrideTerm), f.strideTerm());
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::PaddingTerm), f.paddingTerm());
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::KernelTerm), f.kernelTerm());
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::OutputPaddingTerm), outputPadding);
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::OneTerm), 1);
        QCOMPARE(picture.termValue(axis, sb::ShapePicture::Result), f.result());
    }
    // The picture's sum is the layer's real output size, and reads like seed 000's comment.
    QCOMPARE(picture.termValue(0, sb::ShapePicture::Result), record->geometry().output.h);
    QCOMPARE(QString::fromStdString(picture.formula(0).substituted()), substituted);
    QCOMPARE(picture.axisRows(), 1);  // H and W share their arithmetic
}

void ShapeViewTest::conv2dCandidatesConvolveBackToTheInputSize_data()
{
    QTest::addColumn<qint64>("kernel");
    QTest::addColumn<qint64>("stride");
    QTest::addColumn<qint64>("padding");
    QTest::addColumn<qint64>("outputPadding");
    QTest::addColumn<qint64>("dilation");
    QTest::addColumn<Sizes>("sizes");
    QTest::addColumn<qint64>("picked");
    QTest::newRow("k3 s2 p1 on 4: 7 and 8 both convolve to 4, op 1 picks 8") << 3LL << 2LL << 1LL << 1LL << 1LL << Sizes{7, 8} << 1LL;
    QTest::newRow("k4 s2 p1 on 4: 8 and 9, op 0 picks 8") << 4LL << 2LL << 1LL << 0LL << 1LL << Sizes{8, 9} << 0LL;
    QTest::newRow("k5 s3 p1 on 4: 12, 13 and 14") << 5LL << 3LL << 1LL << 0LL << 1LL << Sizes{12, 13, 14} << 0LL;
    QTest::newRow("k3 s1 on 4: only 6, nothing to pick") << 3LL << 1LL << 0LL << 0LL << 1LL << Sizes{6} << 0LL;
    // PyTorch accepts output_padding < max(stride, dilation): 2 with dilation 3 > stride 2 gives 15,
    // which Conv2d takes to 5, not 4: outside the round trip of 13 and 14.
    QTest::newRow("op 2 under dilation 3 > stride 2 leaves the round trip") << 3LL << 2LL << 0LL << 2LL << 3LL << Sizes{13, 14} << -1LL;
}

void ShapeViewTest::conv2dCandidatesConvolveBackToTheInputSize()
{
    QFETCH(qint64, kernel);
    QFETCH(qint64, stride);
    QFETCH(qint64, padding);
    QFETCH(qint64, outputPadding);
    QFETCH(qint64, dilation);
    QFETCH(Sizes, sizes);
    QFETCH(qint64, picked);
    const sb::ShapePicture picture(layerRecord(4, kernel, stride, padding, outputPadding, dilation), {0, 0});
    const sb::ConvRoundTrip trip = picture.roundTrip(0);

    Sizes actual;
    for (const sb::RoundTripCandidate& c : trip.candidates()) {
        actual << c.size;
        // Conv2d with the same arguments takes every candidate back to H_in = 4.
        QCOMPARE(c.conv2dOutput, 4);
        QCOMPARE(sb::ConvRoundTrip::conv2dOutputSize(c.size, kernel, stride, padding, dilation), 4);
        QCOMPARE(c.output_padding, c.size - picture.formula(0).minimum());
    }
    QCOMPARE(actual, sizes);
    QCOMPARE(trip.picked(), picked);
    // They are exactly the sizes PyTorch accepts as output_size.
    QCOMPARE(sizes.front(), picture.formula(0).minimum());
    QCOMPARE(sizes.back(), picture.formula(0).maximum());
    if (picked < 0)
        QCOMPARE(trip.current().conv2dOutput, 5);
}

void ShapeViewTest::tableHoldsSeed000AndKeepsAddedRows()
{
    sb::ShapePicture picture(layerRecord(4, 3, 2, 1, 1), {0, 0});
    const auto& rows = picture.table().rows();
    QCOMPARE(rows.size(), std::size_t{10});  // this layer + seed 000's nine cells
    QCOMPARE(rows[0].origin, sb::ShapeTableRow::Origin::Layer);
    // Seed 000's outputs on its 4×4 input, in notebook order (In[21] gives 12 on 4×4).
    const QList<qint64> seed = {6, 8, 8, 8, 12, 12, 9, 7, 10};
    for (int i = 0; i < seed.size(); ++i) {
        QCOMPARE(rows[static_cast<std::size_t>(i + 1)].output().h, seed[i]);
        QVERIFY(rows[static_cast<std::size_t>(i + 1)].valid());
    }
    // In[8] is this very layer, so it is marked like it.
    QVERIFY(picture.table().matchesLayer(3));
    QVERIFY(!picture.table().matchesLayer(2));

    picture.addRow(4, 4, 0, 0);
    picture.addRow(3, 2, 0, 2);  // output_padding 2 ≥ stride 2: PyTorch refuses it
    QCOMPARE(picture.table().rows().size(), std::size_t{12});
    QCOMPARE(picture.table().rows()[10].output().h, 16);
    QVERIFY(picture.table().rows()[10].valid());
    QVERIFY(!picture.table().rows()[11].valid());
    QVERIFY(QString::fromStdString(picture.table().rows()[11].error).startsWith(
        QStringLiteral("output padding must be smaller than either stride or dilation")));
    QCOMPARE(picture.options().addedRows.size(), std::size_t{2});

    // Only added rows can be removed; what is left persists through the options.
    QVERIFY(!picture.removeRow(0));
    QVERIFY(!picture.removeRow(5));
    QVERIFY(picture.removeRow(11));
    QCOMPARE(picture.options().addedRows.size(), std::size_t{1});
    const sb::ShapePicture reopened(layerRecord(4, 3, 2, 1, 1), {0, 0}, picture.options());
    QCOMPARE(reopened.table().rows().size(), std::size_t{11});
    QCOMPARE(reopened.table().rows()[10].kernel_size, sb::Size2(4));
    // The table grows the picture.
    QVERIFY(reopened.bounds().height() > sb::ShapePicture(layerRecord(4, 3, 2, 1, 1), {0, 0}).bounds().height());
}

void ShapeViewTest::renderedPictureMarksThePickedSizeAndTheLayerRow()
{
    const sb::ShapePicture picture(layerRecord(4, 3, 2, 1, 1), {0, 0});
    const sb::RenderOptions options;
    const sb::Theme& theme = options.theme;
    const QImage image = sbtest::renderPicture(picture, picture.stepCount() - 1, options);

    // output_padding = 1 picks 8, the second candidate: its box is tinted with the highlight.
    const QColor picked = image.pixelColor(sbtest::cornerOf(picture.candidateRect(0, 1)));
    const QColor other = image.pixelColor(sbtest::cornerOf(picture.candidateRect(0, 0)));
    QVERIFY(sbtest::colorDistance(picked, sb::GridPainter::mix(theme.panel, theme.highlight, 0.22)) < 30);
    QVERIFY(sbtest::colorDistance(other, theme.panel) < 20);
    // The H_in box the candidates converge on.
    QVERIFY(sbtest::colorDistance(image.pixelColor(sbtest::cornerOf(picture.inputSizeRect(0))),
                                  sb::GridPainter::mix(theme.panel, theme.pinned, 0.15)) < 30);
    // The table's first row is this layer, highlighted; a plain seed row is not.
    const QPoint layerRow = picture.tableRowRect(0).topLeft().toPoint() + QPoint(4, 4);
    const QPoint seedRow = picture.tableRowRect(1).topLeft().toPoint() + QPoint(4, 4);
    QVERIFY(sbtest::colorDistance(image.pixelColor(layerRow), sb::GridPainter::mix(theme.panel, theme.highlight, 0.16)) < 30);
    QVERIFY(sbtest::colorDistance(image.pixelColor(seedRow), sb::GridPainter::mix(theme.panel, theme.highlight, 0.16)) > 40);
    // The output_padding term is boxed in the colour the scatter view marks output_padding with.
    const QRectF box = picture.termRect(0, sb::ShapePicture::OutputPaddingTerm);
    int nearest = 1000;
    for (int dy = -2; dy <= 2; ++dy)
        nearest = std::min(nearest, sbtest::colorDistance(image.pixelColor(qRound(box.center().x()), qRound(box.top()) + dy),
                                                          theme.outputPadding));
    QVERIFY(nearest < 40);
}

void ShapeViewTest::stepsRevealTheTermsOneByOne()
{
    const sb::ShapePicture picture(layerRecord(4, 3, 2, 1, 1), {0, 0});
    QCOMPARE(picture.stepCount(), 7);
    const sb::RenderOptions options;
    // Ink in the result box: the result's number is written in the highlight colour.
    auto inkIn = [&](const QImage& image, const QRectF& rect) {
        int count = 0;
        const QRect r = rect.adjusted(6, 6, -6, -6).toRect();
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                count += sbtest::colorDistance(image.pixelColor(x, y), options.theme.highlight) < 60;
        return count;
    };
    const QRectF result = picture.termRect(0, sb::ShapePicture::Result);
    const QRectF stride = picture.termRect(0, sb::ShapePicture::StrideTerm);
    const QImage start = sbtest::renderPicture(picture, 0, options);
    const QImage first = sbtest::renderPicture(picture, 1, options);
    const QImage done = sbtest::renderPicture(picture, 5, options);
    QCOMPARE(inkIn(start, result), 0);
    QCOMPARE(inkIn(first, result), 0);
    QVERIFY(inkIn(done, result) > 20);
    // The first term's numbers arrive at step 1: dark text pixels appear in its box.
    auto darkIn = [&](const QImage& image, const QRectF& rect) {
        int count = 0;
        const QRect r = rect.adjusted(6, 6, -6, -6).toRect();
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                count += sbtest::colorDistance(image.pixelColor(x, y), options.theme.text) < 60;
        return count;
    };
    QCOMPARE(darkIn(start, stride), 0);
    QVERIFY(darkIn(first, stride) > 20);
    QVERIFY(picture.narration(1).startsWith(QStringLiteral("(H_in − 1)·stride = (4 − 1)·2 = 6")));
    QVERIFY(picture.narration(6).contains(QStringLiteral("from 7 to 8 back to 4")));
}

void ShapeViewTest::differentHeightAndWidthGetTwoRows()
{
    // A 4×6 input: H and W have different arithmetic, so each gets its formula and round trip.
    const sb::ShapePicture picture(layerRecord(4, 3, 2, 1, 0, 1, 6), {0, 0});
    QCOMPARE(picture.axisRows(), 2);
    QCOMPARE(picture.termValue(0, sb::ShapePicture::Result), 7);
    QCOMPARE(picture.termValue(1, sb::ShapePicture::Result), 11);
    QVERIFY(picture.termRect(1, sb::ShapePicture::StrideTerm).top() > picture.termRect(0, sb::ShapePicture::StrideTerm).bottom());
    QCOMPARE(picture.table().rows()[0].output(), sb::Size2(7, 11));
}

SB_TEST_MAIN(ShapeViewTest)
#include "tst_shape_view.moc"
