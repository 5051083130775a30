// SPDX-License-Identifier: MIT
// Overlap analysis against hand-computed cases: k3 s2 alternates 1, 2, 4 in the interior; k4 s2
// is a constant 4; dilation can break or keep evenness; borders are reported apart.
#include "LayerBuilder.h"

#include "core/OverlapAnalysis.h"
#include "core/ResizeConvolution.h"

#include "TestMain.h"

#include <QtTest>

namespace {
sb::LayerGeometry geometry(sb::Size2 input, sb::Size2 kernel, sb::Size2 stride, sb::Size2 padding = 0, sb::Size2 dilation = 1)
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    p.params.dilation = dilation;
    p.input = sb::makeFilled({1, 1, input.h, input.w}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({1, 1, kernel.h, kernel.w}, {sb::FillKind::Ones});
    return sb::validate(p).geometry;
}
} // namespace

class OverlapAnalysisTest : public QObject {
    Q_OBJECT
private slots:
    void k3s2InteriorAlternates124();
    void k4s2InteriorIsConstant4();
    void dilationCases_data();
    void dilationCases();
    void bordersAreReportedApart();
    void resizeConvolutionIsEven();
};

void OverlapAnalysisTest::k3s2InteriorAlternates124()
{
    const sb::OverlapAnalysis a(geometry(6, 3, 2));
    QCOMPARE(a.rowPattern(), (std::vector<std::int32_t>{2, 1}));
    QVERIFY(!a.even());
    QCOMPARE(a.interior().minimum, 1);
    QCOMPARE(a.interior().maximum, 4);
    // Interior cells along a row alternate 4, 2, 4 (even rows) and 2, 1, 2 (odd rows).
    QCOMPARE(a.map().at(2, 2), 4);
    QCOMPARE(a.map().at(2, 3), 2);
    QCOMPARE(a.map().at(3, 3), 1);
    QVERIFY(QString::fromStdString(a.verdict()).startsWith(QStringLiteral("uneven: interior cells receive 1, 2 or 4")));
    QCOMPARE(a.period(), sb::Size2(2));
}

void OverlapAnalysisTest::k4s2InteriorIsConstant4()
{
    const sb::OverlapAnalysis a(geometry(6, 4, 2, 1));
    QVERIFY(a.even());
    QCOMPARE(a.interior().minimum, 4);
    QCOMPARE(a.interior().maximum, 4);
    QCOMPARE(a.interior().ratio(), 1.0);
    QVERIFY(QString::fromStdString(a.verdict()).startsWith(QStringLiteral("even: every interior cell receives 4")));
}

void OverlapAnalysisTest::dilationCases_data()
{
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("dilation");
    QTest::addColumn<bool>("even");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("maximum");
    // k·d mod s: d = 3 with s = 2 visits both residues like d = 1 does.
    QTest::newRow("k4 s2 d3 stays even (3 is odd)") << 4 << 2 << 3 << true << 4 << 4;
    // d = 2 with s = 2: every tap lands on even positions, odd positions get none.
    QTest::newRow("k4 s2 d2 leaves holes") << 4 << 2 << 2 << false << 0 << 16;
    QTest::newRow("k3 s3 d2 is even (2 is coprime to 3)") << 3 << 3 << 2 << true << 1 << 1;
    QTest::newRow("k2 s2 d1 is even with one tap each") << 2 << 2 << 1 << true << 1 << 1;
}

void OverlapAnalysisTest::dilationCases()
{
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(int, dilation);
    QFETCH(bool, even);
    QFETCH(int, minimum);
    QFETCH(int, maximum);
    const sb::OverlapAnalysis a(geometry(8, kernel, stride, 0, dilation));
    QCOMPARE(a.even(), even);
    QCOMPARE(a.interior().minimum, minimum);
    QCOMPARE(a.interior().maximum, maximum);
}

void OverlapAnalysisTest::bordersAreReportedApart()
{
    // k4 s2 p0 on 4×4: the output's edges get fewer contributions than the even interior.
    const sb::OverlapAnalysis a(geometry(4, 4, 2));
    QVERIFY(a.even());
    QCOMPARE(a.interior().minimum, 4);
    QCOMPARE(a.border().minimum, 1);
    QVERIFY(!a.isInterior(0, 0));
    QVERIFY(a.isInterior(4, 4));
    QCOMPARE(a.interior().cells + a.border().cells, a.all().cells);
}

void OverlapAnalysisTest::resizeConvolutionIsEven()
{
    const sb::Layer layer = sbtest::singleChannel(sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones}),
                                                  sb::makeFilled({1, 1, 3, 3}, {sb::FillKind::Ones}), 2, 1, 1);
    const sb::ResizeConvolution resize(layer, sb::UpsampleMode::Nearest);
    QCOMPARE(resize.outputSize(), layer.geometry.output);
    for (std::int64_t y = 1; y < 7; ++y)
        for (std::int64_t x = 1; x < 7; ++x) {
            QCOMPARE(resize.overlapAt(y, x), 9);
            QCOMPARE(resize.output().at(0, 0, y, x), 9.0f);  // ones in, ones kernel: no checkerboard
        }
    QCOMPARE(resize.overlapAt(0, 0), 4);
}

SB_TEST_APPLESS_MAIN(OverlapAnalysisTest)
#include "tst_overlap_analysis.moc"
