// SPDX-License-Identifier: MIT
// Other frameworks' size rules (issue 17), against the examples their specifications and tests
// print, and PyTorch's arguments carried over to each giving PyTorch's size on random layers.
//   ONNX: onnx/backend/test/case/node/convtranspose.py (convtranspose, _pads, _dilations,
//         _autopad_same); Keras: conv_utils.deconv_output_length; JAX: lax._conv_transpose_padding.
#include "core/FrameworkSizes.h"
#include "core/OutputSizeFormula.h"

#include "TestMain.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sb;
using namespace sb::frameworks;

class FrameworkSizesTest : public QObject {
    Q_OBJECT
private slots:
    void onnxSpecificationExamples();
    void kerasRule();
    void jaxPaddingModes();
    void pytorchArgumentsCarryOverExactly();
    void kerasSameIsInputTimesStride();
};

void FrameworkSizesTest::onnxSpecificationExamples()
{
    // convtranspose: x 3×3, W 3×3, stride 1 → 5×5.
    QCOMPARE(onnxLength(3, 3, 1, Pads{0, 0}, 0, 1), 5);
    // convtranspose_pads: strides [3, 2], pads [1, 2, 1, 2] → y (1, 2, 7, 3).
    QCOMPARE(onnxLength(3, 3, 3, Pads{1, 1}, 0, 1), 7);
    QCOMPARE(onnxLength(3, 3, 2, Pads{2, 2}, 0, 1), 3);
    // convtranspose_dilations: x 3×3, W 2×2, dilations [2, 2] → 5×5.
    QCOMPARE(onnxLength(3, 2, 1, Pads{0, 0}, 0, 2), 5);
    // convtranspose_autopad_same: x 3×3, W 3×3, strides [2, 2], SAME_UPPER → 6×6; the one pad
    // row goes at the end for SAME_UPPER, at the beginning for SAME_LOWER.
    QCOMPARE(onnxAutoPads(3, 3, 2, 0, 1, true), (Pads{0, 1}));
    QCOMPARE(onnxAutoPads(3, 3, 2, 0, 1, false), (Pads{1, 0}));
    QCOMPARE(onnxLength(3, 3, 2, onnxAutoPads(3, 3, 2, 0, 1, true), 0, 1), 6);
}

void FrameworkSizesTest::kerasRule()
{
    // Without output_padding: 'valid' in·s + max(k' − s, 0), 'same' in·s.
    QCOMPARE(kerasLength(5, 3, 2, Padding::Valid, std::nullopt, 1), 11);
    QCOMPARE(kerasLength(5, 3, 2, Padding::Same, std::nullopt, 1), 10);
    QCOMPARE(kerasLength(5, 1, 3, Padding::Valid, std::nullopt, 1), 15);  // k' < s: no overhang
    // With it: (in − 1)·s + k' − 2·pad + output_padding, pad = k' // 2 for 'same'.
    QCOMPARE(kerasLength(5, 3, 2, Padding::Same, 1, 1), 10);
    QCOMPARE(kerasLength(5, 3, 2, Padding::Valid, 0, 1), 11);
    QCOMPARE(kerasLength(4, 3, 2, Padding::Same, 0, 2), 7);  // k' = 5, pad 2: 6 + 5 − 4
}

void FrameworkSizesTest::jaxPaddingModes()
{
    QCOMPARE(jaxPadding(3, 2, 1, Padding::Same), (Pads{2, 1}));   // pad_len 3, s ≤ k' − 1: ⌈3/2⌉
    QCOMPARE(jaxPadding(3, 2, 1, Padding::Valid), (Pads{2, 2}));  // pad_len 3 + 1
    QCOMPARE(jaxPadding(2, 3, 1, Padding::Same), (Pads{1, 2}));   // s > k' − 1: pad_a = k' − 1
    QCOMPARE(jaxLength(4, 3, 2, 1, jaxPadding(3, 2, 1, Padding::Same)), 8);   // in·s
    QCOMPARE(jaxLength(4, 3, 2, 1, jaxPadding(3, 2, 1, Padding::Valid)), 9);  // in·s + max(k' − s, 0)
}

void FrameworkSizesTest::pytorchArgumentsCarryOverExactly()
{
    QRandomGenerator random(17);
    for (int i = 0; i < 2000; ++i) {
        const std::int64_t in = random.bounded(1, 20), k = random.bounded(1, 8), s = random.bounded(1, 5), d = random.bounded(1, 4);
        const std::int64_t op = random.bounded(0, static_cast<int>(std::max(s, d)));
        const std::int64_t p = random.bounded(0, static_cast<int>(d * (k - 1) + 2));
        const OutputSizeFormula pytorch{in, k, s, p, op, d};
        if (pytorch.result() < 1)
            continue;
        const QString where = QStringLiteral("in %1 k %2 s %3 p %4 op %5 d %6").arg(in).arg(k).arg(s).arg(p).arg(op).arg(d);
        QVERIFY2(onnxLength(in, k, s, toOnnx(p), op, d) == pytorch.result(), qPrintable(where));
        QVERIFY2(jaxLength(in, k, s, d, toJax(k, p, op, d)) == pytorch.result(), qPrintable(where));
        const KerasAxis keras = toKeras(k, s, p, op, d);
        QCOMPARE(keras.possible, op < s);
        if (keras.possible)
            QVERIFY2(kerasLength(in, k, s, keras.padding, keras.outputPadding, d) - 2 * keras.crop == pytorch.result(), qPrintable(where));
    }
}

void FrameworkSizesTest::kerasSameIsInputTimesStride()
{
    // Seed 004's layer (4 → 8): PyTorch's kernel 4, padding 1 is 'valid' cropped by 1 in Keras;
    // 'same' without output_padding happens to agree (in·s), with output_padding 0 it would crop 2.
    const KerasAxis axis = toKeras(4, 2, 1, 0, 1);
    QCOMPARE(axis.padding, Padding::Valid);
    QCOMPARE(axis.crop, 1);
    QCOMPARE(kerasLength(4, 4, 2, Padding::Same, std::nullopt, 1), 8);
    QCOMPARE(kerasLength(4, 4, 2, Padding::Same, 0, 1), 6);
    // Kernel 3, stride 2, padding 1, output_padding 1 is exactly Keras 'same' with output_padding 1.
    QCOMPARE(toKeras(3, 2, 1, 1, 1).padding, Padding::Same);
    QCOMPARE(toKeras(3, 2, 1, 1, 1).crop, 0);
}

SB_TEST_GUILESS_MAIN(FrameworkSizesTest)
#include "tst_framework_sizes.moc"
