// SPDX-License-Identifier: MIT
// Output-size arithmetic: every size worked out in seeds 000 and 002, and the formula text.
#include "core/Layer.h"
#include "core/OutputSizeFormula.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QtTest>

class OutputShapeTest : public QObject {
    Q_OBJECT
private slots:
    void seedSizes_data();
    void seedSizes();
    void formulaIsSubstitutedTermByTerm();
    void outputSizeRangeMatchesPyTorch();
};

void OutputShapeTest::seedSizes_data()
{
    QTest::addColumn<int>("in");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("stride");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("outputPadding");
    QTest::addColumn<int>("expected");
    // Seed 000, a 4×4 input.
    QTest::newRow("000: k3 s1 on 4x4 gives 6x6") << 4 << 3 << 1 << 0 << 0 << 6;
    QTest::newRow("000: k4 s2 p1 on 4x4 gives 8x8 (CenterNet)") << 4 << 4 << 2 << 1 << 0 << 8;
    QTest::newRow("000: k3 s2 p1 op1 on 4x4 gives 8x8") << 4 << 3 << 2 << 1 << 1 << 8;
    QTest::newRow("000: k2 s2 on 4x4 gives 8x8") << 4 << 2 << 2 << 0 << 0 << 8;
    QTest::newRow("000: k5 s3 p1 on 4x4 gives 12x12 (not In[21]'s 30, a 10x10 input)") << 4 << 5 << 3 << 1 << 0 << 12;
    QTest::newRow("000: k5 s3 p1 on 10x10 gives 30x30 (what In[21] printed)") << 10 << 5 << 3 << 1 << 0 << 30;
    QTest::newRow("000: k3 s3 on 4x4 gives 12x12") << 4 << 3 << 3 << 0 << 0 << 12;
    QTest::newRow("000: k3 s2 on 4x4 gives 9x9") << 4 << 3 << 2 << 0 << 0 << 9;
    QTest::newRow("000: k3 s2 p1 on 4x4 gives 7x7") << 4 << 3 << 2 << 1 << 0 << 7;
    QTest::newRow("000: k4 s2 on 4x4 gives 10x10") << 4 << 4 << 2 << 0 << 0 << 10;
    // Seed 000's TransposeConvNormAct block on a 10×10 input.
    QTest::newRow("000: k3 s1 on 10x10 gives 12x12") << 10 << 3 << 1 << 0 << 0 << 12;
    QTest::newRow("000: k3 s2 p1 on 10x10 gives 19x19") << 10 << 3 << 2 << 1 << 0 << 19;
    QTest::newRow("000: k3 s2 p1 op1 on 10x10 gives 20x20") << 10 << 3 << 2 << 1 << 1 << 20;
    QTest::newRow("000: k4 s2 p1 on 10x10 gives 20x20") << 10 << 4 << 2 << 1 << 0 << 20;
    // Seed 002.
    QTest::newRow("002: k3 s2 on 5x5 gives 11x11") << 5 << 3 << 2 << 0 << 0 << 11;
    QTest::newRow("002: k3 s2 op1 on 4x4 gives 10x10") << 4 << 3 << 2 << 0 << 1 << 10;
    // Seed 001 (d2l): k5 p2 s3 maps 16 → 6 by convolution and back to 16.
    QTest::newRow("001: k5 s3 p2 on 6x6 gives 16x16") << 6 << 5 << 3 << 2 << 0 << 16;
}

void OutputShapeTest::seedSizes()
{
    QFETCH(int, in);
    QFETCH(int, kernel);
    QFETCH(int, stride);
    QFETCH(int, padding);
    QFETCH(int, outputPadding);
    QFETCH(int, expected);

    // Through the whole validation path, as seed 000 does with nn.ConvTranspose2d(3, 16, ...).
    sb::ConvTransposeProblem p;
    p.params.in_channels = 3;
    p.params.out_channels = 16;
    p.params.kernel_size = kernel;
    p.params.stride = stride;
    p.params.padding = padding;
    p.params.output_padding = outputPadding;
    p.input = sb::makeFilled({1, 3, in, in}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({3, 16, kernel, kernel}, {sb::FillKind::Ones});
    const sb::LayerGeometry g = sb::validate(p).geometry;
    QCOMPARE(g.outputShape(), (sb::Shape{1, 16, expected, expected}));
}

void OutputShapeTest::formulaIsSubstitutedTermByTerm()
{
    // Seed 000, In[7]: (4 - 1) * 2 - 2 * 1 + 1 * (4 - 1) + 0 + 1 = 8.
    sb::OutputSizeFormula f{4, 4, 2, 1, 0, 1};
    QCOMPARE(f.strideTerm(), 6);
    QCOMPARE(f.paddingTerm(), 2);
    QCOMPARE(f.kernelTerm(), 3);
    QCOMPARE(f.result(), 8);
    QCOMPARE(QString::fromStdString(f.substituted()), QString::fromUtf8("(4 − 1)·2 − 2·1 + 1·(4 − 1) + 0 + 1 = 8"));
}

void OutputShapeTest::outputSizeRangeMatchesPyTorch()
{
    // PyTorch's docs example: Conv2d(16, 16, 3, stride=2, padding=1) maps 12 → 6; the transposed
    // layer maps 6 back to 11 or 12, and output_size=12 picks output_padding = 1.
    sb::OutputSizeFormula f{6, 3, 2, 1, 0, 1};
    QCOMPARE(f.minimum(), 11);
    QCOMPARE(f.maximum(), 12);

    sb::ConvTransposeProblem p;
    p.params.in_channels = p.params.out_channels = 16;
    p.params.kernel_size = 3;
    p.params.stride = 2;
    p.params.padding = 1;
    p.input = sb::makeFilled({1, 16, 6, 6}, {sb::FillKind::Ones});
    p.weight = sb::makeFilled({16, 16, 3, 3}, {sb::FillKind::Ones});
    p.output_size = std::vector<std::int64_t>{1, 16, 12, 12};
    const sb::LayerGeometry g = sb::validate(p).geometry;
    QCOMPARE(g.output_padding, sb::Size2(1));
    QCOMPARE(g.outputShape(), (sb::Shape{1, 16, 12, 12}));
}

SB_TEST_APPLESS_MAIN(OutputShapeTest)
#include "tst_output_shape.moc"
