// SPDX-License-Identifier: MIT
// Every worked example of the seed documents, through all four computations (scatter record,
// equivalent direct convolution, matrix view Wᵀx, fast path): the numbers the seeds print.
#include "LayerBuilder.h"

#include "core/EquivalentConvolution.h"
#include "core/FastConvTranspose.h"
#include "core/OverlapMap.h"
#include "core/ScatterRecord.h"
#include "core/TransposedConvMatrix.h"

#include "CoreMetaTypes.h"
#include "TestMain.h"

#include <QtTest>

using sbtest::plane;
using sbtest::singleChannel;

namespace {
sb::Tensor ones(int h, int w) { return sb::makeFilled({1, 1, h, w}, {sb::FillKind::Ones}); }
sb::Tensor kernel1to16() { return sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1.0f}); }
} // namespace

class SeedExamplesTest : public QObject {
    Q_OBJECT
private slots:
    void output_data();
    void output();
    void seed004ExplainsTheCorner();
    void seed003CheckerboardIsTheOverlapMap();
};

void SeedExamplesTest::output_data()
{
    QTest::addColumn<sb::Layer>("layer");
    QTest::addColumn<sb::Tensor>("expected");

    // Seed 001 (d2l 2.1, 2.2): X = K = [[0, 1], [2, 3]].
    const sb::Tensor X = plane(2, 2, {0, 1, 2, 3});
    QTest::newRow("001: d2l basic transposed convolution") << singleChannel(X, X) << plane(3, 3, {0, 0, 1, 0, 4, 6, 4, 12, 9});
    QTest::newRow("001: d2l padding 1 removes the outer rows and columns") << singleChannel(X, X, 1, 1) << plane(1, 1, {4});
    QTest::newRow("001: d2l stride 2 spaces the intermediate buffers")
        << singleChannel(X, X, 2) << plane(4, 4, {0, 0, 0, 1, 0, 0, 2, 3, 0, 2, 0, 3, 4, 6, 6, 9});

    // Seed 003: all-ones 4×4 input and kernels.
    QTest::newRow("003: k2 s1 p0 all ones")
        << singleChannel(ones(4, 4), ones(2, 2)) << plane(5, 5, {1, 2, 2, 2, 1, 2, 4, 4, 4, 2, 2, 4, 4, 4, 2, 2, 4, 4, 4, 2, 1, 2, 2, 2, 1});
    QTest::newRow("003: k2 s1 p1 all ones") << singleChannel(ones(4, 4), ones(2, 2), 1, 1) << plane(3, 3, {4, 4, 4, 4, 4, 4, 4, 4, 4});
    QTest::newRow("003: k3 s1 p0 all ones")
        << singleChannel(ones(4, 4), ones(3, 3))
        << plane(6, 6, {1, 2, 3, 3, 2, 1, 2, 4, 6, 6, 4, 2, 3, 6, 9, 9, 6, 3, 3, 6, 9, 9, 6, 3, 2, 4, 6, 6, 4, 2, 1, 2, 3, 3, 2, 1});
    QTest::newRow("003: k3 s1 p2 all ones") << singleChannel(ones(4, 4), ones(3, 3), 1, 2) << plane(2, 2, {9, 9, 9, 9});
    QTest::newRow("003: k3 s2 p2 all ones is the checkerboard")
        << singleChannel(ones(4, 4), ones(3, 3), 2, 2)
        << plane(5, 5, {4, 2, 4, 2, 4, 2, 1, 2, 1, 2, 4, 2, 4, 2, 4, 2, 1, 2, 1, 2, 4, 2, 4, 2, 4});

    // Seed 004: 4×4 ones, kernel 1..16, stride 2, padding 1 (the learner's 8×8).
    QTest::newRow("004: k4 s2 p1 with kernel 1..16 gives the learner's 8x8")
        << singleChannel(ones(4, 4), kernel1to16(), 2, 1)
        << plane(8, 8, {6,  12, 14, 12, 14, 12, 14, 7,  12, 24, 28, 24, 28, 24, 28, 14, 20, 40, 44, 40, 44, 40,
                        44, 22, 12, 24, 28, 24, 28, 24, 28, 14, 20, 40, 44, 40, 44, 40, 44, 22, 12, 24, 28, 24,
                        28, 24, 28, 14, 20, 40, 44, 40, 44, 40, 44, 22, 10, 20, 22, 20, 22, 20, 22, 11});
    // Seed 004's answer: X = [[2, 4], [0, 1]], K = [[3, 1], [1, 5]] for s ∈ {1, 2}, p ∈ {0, 1}.
    const sb::Tensor x2 = plane(2, 2, {2, 4, 0, 1}), k2 = plane(2, 2, {3, 1, 1, 5});
    QTest::newRow("004: s1 p0 sums four coloured buffers into 3x3") << singleChannel(x2, k2) << plane(3, 3, {6, 14, 4, 2, 17, 21, 0, 1, 5});
    QTest::newRow("004: s1 p1 leaves the 1x1 centre") << singleChannel(x2, k2, 1, 1) << plane(1, 1, {17});
    QTest::newRow("004: s2 p0 spaces the buffers into 4x4")
        << singleChannel(x2, k2, 2) << plane(4, 4, {6, 2, 12, 4, 2, 10, 4, 20, 0, 0, 3, 1, 0, 0, 1, 5});
    QTest::newRow("004: s2 p1 crops 4x4 to 2x2") << singleChannel(x2, k2, 2, 1) << plane(2, 2, {10, 4, 0, 3});
}

void SeedExamplesTest::output()
{
    QFETCH(sb::Layer, layer);
    QFETCH(sb::Tensor, expected);
    QCOMPARE(sb::ScatterRecord(layer).output(), expected);
    QCOMPARE(sb::EquivalentConvolution(layer).output(), expected);
    QCOMPARE(sb::TransposedConvMatrix(layer).output(), expected);
    QCOMPARE(sb::fastConvTranspose(layer), expected);
}

void SeedExamplesTest::seed004ExplainsTheCorner()
{
    // The learner asks where y[0,0] = 6 and y[0,1] = 12 come from. Output (0,0) is full-buffer
    // (1,1) after the padding crop: only x[0,0] reaches it, through w[1,1] = 6. Output (0,1) is
    // full (1,2): x[0,0]·w[1,2] = 7 plus x[0,1]·w[1,0] = 5.
    const sb::ScatterRecord record(singleChannel(ones(4, 4), kernel1to16(), 2, 1));
    const auto corner = record.intoOutput(0, 0, 0, 0);
    QCOMPARE(corner.size(), std::size_t(1));
    QCOMPARE(corner[0].iy, 0);
    QCOMPARE(corner[0].ix, 0);
    QCOMPARE(corner[0].ky, 1);
    QCOMPARE(corner[0].kx, 1);
    QCOMPARE(corner[0].value, 6.0f);

    const auto next = record.intoOutput(0, 0, 0, 1);
    QCOMPARE(next.size(), std::size_t(2));
    QCOMPARE(next[0].ix, 0);
    QCOMPARE(next[0].kx, 2);
    QCOMPARE(next[0].value, 7.0f);
    QCOMPARE(next[1].ix, 1);
    QCOMPARE(next[1].kx, 0);
    QCOMPARE(next[1].value, 5.0f);
}

void SeedExamplesTest::seed003CheckerboardIsTheOverlapMap()
{
    // With all-ones input and kernel, each output cell is the number of contributions it gets.
    const sb::Layer layer = singleChannel(ones(4, 4), ones(3, 3), 2, 2);
    const sb::OverlapMap overlap(layer.geometry);
    const sb::Tensor out = sb::fastConvTranspose(layer);
    QCOMPARE(overlap.height(), 5);
    for (std::int64_t y = 0; y < 5; ++y)
        for (std::int64_t x = 0; x < 5; ++x)
            QCOMPARE(static_cast<float>(overlap.at(y, x)), out.at(0, 0, y, x));
    QCOMPARE(overlap.minimum(), 1);
    QCOMPARE(overlap.maximum(), 4);
}

SB_TEST_APPLESS_MAIN(SeedExamplesTest)
#include "tst_seed_examples.moc"
