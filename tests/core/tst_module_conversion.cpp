// SPDX-License-Identifier: MIT
// Issue 17: ConvTranspose1d as core runs it. A 1-D layer and its 2-D lift give the same numbers in
// the same order; slicing a 2-D layer keeps the input's first row and the kernel's middle row; and
// the 1-D path's shapes are PyTorch's (N, C, L). PyTorch's own numbers and messages for 1-D layers
// are in tst_compute_golden (tests/golden/conv_transpose1d_cases.json).
#include "LayerBuilder.h"

#include "core/ConvModuleConversion.h"
#include "core/FastConvTranspose.h"
#include "core/ScatterRecord.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>
#include <random>

namespace {

sb::ConvTransposeProblem random1d(std::uint32_t seed)
{
    std::mt19937 rng(seed);
    const auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    sb::ConvTransposeProblem p;
    p.params.module = sb::ConvModule::ConvTranspose1d;
    p.params.groups = pick(1, 2);
    p.params.in_channels = p.params.groups * pick(1, 2);
    p.params.out_channels = p.params.groups * pick(1, 2);
    p.params.kernel_size = {1, pick(1, 4)};
    p.params.stride = {1, pick(1, 3)};
    p.params.dilation = {1, pick(1, 2)};
    p.params.padding = {0, pick(0, 1)};
    p.params.output_padding = {0, pick(0, std::max(p.params.stride.w, p.params.dilation.w) - 1)};
    const std::int64_t length = pick(2, 6);
    p.input = sb::makeFilled({pick(1, 2), p.params.in_channels, length}, {sb::FillKind::Random, 0.0f, seed});
    p.weight = sb::makeFilled({p.params.in_channels, p.params.out_channels / p.params.groups, p.params.kernel_size.w},
                              {sb::FillKind::Random, 0.0f, seed + 1});
    return p;
}

} // namespace

class ModuleConversionTest : public QObject {
    Q_OBJECT

private slots:
    void oneDimensionalLayerEqualsItsLift_data();
    void oneDimensionalLayerEqualsItsLift();
    void slicingKeepsTheFirstRowAndTheMiddleKernelRow();
    void sliceThenLiftIsTheHeightOneLayer();
    void heightArgumentsOfA1dLayerAreIgnored();
};

void ModuleConversionTest::oneDimensionalLayerEqualsItsLift_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 20; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void ModuleConversionTest::oneDimensionalLayerEqualsItsLift()
{
    QFETCH(int, seed);
    const sb::ConvTransposeProblem oneD = random1d(static_cast<std::uint32_t>(seed));
    const sb::ConvTransposeProblem twoD = sb::liftedTo2d(oneD);
    QVERIFY(!twoD.params.is1d());
    QCOMPARE(twoD.input.dim(), 4);
    QCOMPARE(twoD.weight.dim(), 4);
    const sb::Layer a = sb::validate(oneD), b = sb::validate(twoD);
    // The same computation: only the reported shape drops H.
    QCOMPARE(a.geometry.outputShape().size(), std::size_t(3));
    QCOMPARE(b.geometry.outputShape().size(), std::size_t(4));
    QCOMPARE(a.geometry.outputShape()[2], b.geometry.outputShape()[3]);
    QCOMPARE(b.geometry.outputShape()[2], std::int64_t(1));
    QCOMPARE(sb::fastConvTranspose(a).values(), sb::fastConvTranspose(b).values());
    // And the scatter record, which every view draws from, agrees with the fast path.
    const sb::ScatterRecord record(a);
    const sb::Floats fast = sb::fastConvTranspose(a).values(), recorded = record.output().values();
    QCOMPARE(recorded.size(), fast.size());
    for (std::size_t i = 0; i < fast.size(); ++i)
        QVERIFY2(std::abs(recorded[i] - fast[i]) <= 1e-5f, qPrintable(QStringLiteral("element %1").arg(i)));
}

void ModuleConversionTest::slicingKeepsTheFirstRowAndTheMiddleKernelRow()
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = {3, 2};
    p.params.stride = {2, 3};
    p.params.padding = {1, 0};
    p.input = sb::Tensor({1, 1, 2, 3}, {1, 2, 3, 4, 5, 6});
    p.weight = sb::Tensor({1, 1, 3, 2}, {1, 2, 3, 4, 5, 6});
    p.output_size = std::vector<std::int64_t>{1, 1, 3, 7};
    const sb::ConvTransposeProblem s = sb::slicedTo1d(p);
    QVERIFY(s.params.is1d());
    QCOMPARE(s.input, sb::Tensor({1, 1, 3}, {1, 2, 3}));
    QCOMPARE(s.weight, sb::Tensor({1, 1, 2}, {3, 4}));  // ky = kH / 2 = 1
    QCOMPARE(s.params.kernel_size, sb::Size2(1, 2));
    QCOMPARE(s.params.stride, sb::Size2(1, 3));
    QCOMPARE(s.params.padding, sb::Size2(0, 0));
    QCOMPARE(*s.output_size, (std::vector<std::int64_t>{1, 1, 7}));
}

void ModuleConversionTest::sliceThenLiftIsTheHeightOneLayer()
{
    sb::ConvTransposeProblem p;
    p.params.kernel_size = {1, 3};
    p.input = sb::Tensor({2, 1, 4}, {1, 2, 3, 4, 5, 6, 7, 8});  // unbatched (C, H, W) with H = 1
    p.weight = sb::Tensor({2, 1, 1, 3}, {1, 0, -1, 2, 2, 2});
    p.params.in_channels = 2;
    const sb::ConvTransposeProblem round = sb::liftedTo2d(sb::slicedTo1d(p));
    QCOMPARE(round, p);
}

void ModuleConversionTest::heightArgumentsOfA1dLayerAreIgnored()
{
    // Whatever a caller leaves in h, a 1-D layer's height is PyTorch's: kernel 1, stride 1, …
    sb::ConvTransposeProblem p = random1d(7);
    const sb::Layer expected = sb::validate(p);
    p.params.kernel_size.h = 5;
    p.params.stride.h = 3;
    p.params.padding.h = 2;
    QCOMPARE(sb::validate(p).geometry, expected.geometry);
}

SB_TEST_GUILESS_MAIN(ModuleConversionTest)
#include "tst_module_conversion.moc"
