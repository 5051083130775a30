// SPDX-License-Identifier: MIT
// The shape solver against a brute-force enumeration: every padding from 0 to well past the
// formula's reach and every output_padding up to two past PyTorch's limit, each put to
// validateGeometry; the solver must list exactly the settings PyTorch accepts that give the size,
// the usual ones first (even, then uneven, then holes; no whole kernel copy cropped before those
// that crop one), each with its verdict agreeing with the overlap map.
#include "core/Layer.h"
#include "core/OverlapAnalysis.h"
#include "core/ShapeSolver.h"

#include "TestMain.h"

#include <QtTest>

#include <set>
#include <tuple>

using namespace sb;

namespace {

using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t, std::int64_t, std::int64_t>;

std::set<Key> bruteForce(std::int64_t from, std::int64_t to, const SolverBounds& bounds)
{
    std::set<Key> found;
    for (std::int64_t k = 1; k <= bounds.maxKernel; ++k)
        for (std::int64_t s = 1; s <= bounds.maxStride; ++s)
            for (std::int64_t d = 1; d <= bounds.maxDilation; ++d)
                for (std::int64_t p = 0; p <= (from + 2) * s + d * k; ++p)
                    for (std::int64_t op = 0; op < std::max(s, d) + 2; ++op) {
                        ConvTransposeParams params;
                        params.kernel_size = Size2(k);
                        params.stride = Size2(s);
                        params.padding = Size2(p);
                        params.output_padding = Size2(op);
                        params.dilation = Size2(d);
                        try {
                            const LayerGeometry g = validateGeometry(params, Shape{1, 1, from, from}, Shape{1, 1, k, k}, std::nullopt, std::nullopt);
                            if (g.output.h == to)
                                found.insert({k, s, p, op, d});
                        } catch (const std::exception&) {
                        }
                    }
    return found;
}

} // namespace

class ShapeSolverTest : public QObject {
    Q_OBJECT
private slots:
    void listsExactlyWhatPyTorchAccepts_data();
    void listsExactlyWhatPyTorchAccepts();
    void sixteenToThirtyTwoStartsWithTheEvenDoublers();
    void evenAxisAgreesWithTheOverlapMap();
    void verdictAgreesWithTheOverlapMap();
    void refusesSizesAndBoundsOutOfRange();
};

void ShapeSolverTest::listsExactlyWhatPyTorchAccepts_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("maxKernel");
    QTest::addColumn<int>("maxStride");
    QTest::addColumn<int>("maxDilation");
    QTest::newRow("16 to 32, the defaults") << 16 << 32 << 7 << 4 << 1;
    QTest::newRow("4 to 8 with dilation up to 3") << 4 << 8 << 5 << 3 << 3;
    QTest::newRow("7 to 7, sizes kept") << 7 << 7 << 5 << 3 << 2;
    QTest::newRow("5 to 3, shrinking by padding") << 5 << 3 << 4 << 2 << 2;
    QTest::newRow("1 to 1") << 1 << 1 << 3 << 3 << 3;
    QTest::newRow("3 to 100, out of reach") << 3 << 100 << 4 << 4 << 1;
}

void ShapeSolverTest::listsExactlyWhatPyTorchAccepts()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, maxKernel);
    QFETCH(int, maxStride);
    QFETCH(int, maxDilation);
    const SolverBounds bounds{maxKernel, maxStride, maxDilation};
    const std::vector<AxisSetting> solved = ShapeSolver::solveAxis(from, to, bounds);
    std::set<Key> listed;
    for (const AxisSetting& a : solved) {
        listed.insert({a.kernel_size, a.stride, a.padding, a.output_padding, a.dilation});
        QCOMPARE(a.even, OverlapAnalysis::evenAxis(a.kernel_size, a.stride, a.dilation));
    }
    QCOMPARE(listed.size(), solved.size());  // no setting twice
    QVERIFY(listed == bruteForce(from, to, bounds));
    // The classes in order: even, uneven, holes; within each, no whole copy cropped first.
    const auto rank = [](const AxisSetting& a) { return static_cast<int>(a.overlap) * 2 + (a.cropsWholeCopies ? 1 : 0); };
    for (std::size_t i = 1; i < solved.size(); ++i)
        QVERIFY(rank(solved[i - 1]) <= rank(solved[i]));
    for (const AxisSetting& a : solved) {
        QCOMPARE(a.even, a.overlap == AxisOverlap::Even);
        QCOMPARE(a.cropsWholeCopies, a.padding > a.dilation * (a.kernel_size - 1));
    }
}

void ShapeSolverTest::sixteenToThirtyTwoStartsWithTheEvenDoublers()
{
    const std::vector<AxisSetting> solved = ShapeSolver::solveAxis(16, 32, SolverBounds{});
    QVERIFY(solved.size() > 8);
    const auto position = [&](std::int64_t k, std::int64_t s, std::int64_t p, std::int64_t op) {
        return std::find_if(solved.begin(), solved.end(),
                            [&](const AxisSetting& a) { return a.kernel_size == k && a.stride == s && a.padding == p && a.output_padding == op; })
               - solved.begin();
    };
    const auto at = [&](std::int64_t k, std::int64_t s, std::int64_t p, std::int64_t op) { return solved[static_cast<std::size_t>(position(k, s, p, op))]; };
    // Kernel = stride tiles exactly; DCGAN's and CenterNet's kernel 4, stride 2, padding 1 right after it.
    QCOMPARE(position(2, 2, 0, 0), 0);
    QCOMPARE(position(4, 2, 1, 0), 1);
    QCOMPARE(at(4, 2, 1, 0).overlap, AxisOverlap::Even);
    // Kernel 3, stride 3 needs padding 8, cropping whole copies of the kernel: after every even
    // doubler that crops none, though its overlap is even too.
    QVERIFY(at(3, 3, 8, 0).cropsWholeCopies);
    QVERIFY(position(3, 3, 8, 0) > position(6, 2, 2, 0));
    // Kernel 3, stride 2 (the checkerboard) needs output_padding 1 and padding 1: uneven.
    QCOMPARE(at(3, 2, 1, 1).overlap, AxisOverlap::Uneven);
    // Kernel 1, stride 2 leaves every other row empty: holes, listed last.
    QCOMPARE(at(1, 2, 0, 1).overlap, AxisOverlap::Holes);
    QVERIFY(position(1, 2, 0, 1) > position(3, 2, 1, 1));
}

void ShapeSolverTest::evenAxisAgreesWithTheOverlapMap()
{
    for (std::int64_t k = 1; k <= 6; ++k)
        for (std::int64_t s = 1; s <= 4; ++s)
            for (std::int64_t d = 1; d <= 3; ++d) {
                ConvTransposeParams params;
                params.kernel_size = Size2(k);
                params.stride = Size2(s);
                params.dilation = Size2(d);
                const LayerGeometry g = validateGeometry(params, Shape{1, 1, 12, 12}, Shape{1, 1, k, k}, std::nullopt, std::nullopt);
                // Counted on the real map: even exactly when every interior cell gets as many.
                const OverlapAnalysis analysis(g);
                if (analysis.interior().cells == 0)
                    continue;
                QCOMPARE(OverlapAnalysis::evenAxis(k, s, d), analysis.interior().minimum == analysis.interior().maximum);
            }
}

// Holes where the overlap map has interior cells no tap reaches; even where every interior cell
// gets as many; uneven otherwise.
void ShapeSolverTest::verdictAgreesWithTheOverlapMap()
{
    for (std::int64_t k = 1; k <= 6; ++k)
        for (std::int64_t s = 1; s <= 4; ++s)
            for (std::int64_t d = 1; d <= 3; ++d) {
                ConvTransposeParams params;
                params.kernel_size = Size2(k);
                params.stride = Size2(s);
                params.dilation = Size2(d);
                const LayerGeometry g = validateGeometry(params, Shape{1, 1, 12, 12}, Shape{1, 1, k, k}, std::nullopt, std::nullopt);
                const OverlapAnalysis analysis(g);
                if (analysis.interior().cells == 0)
                    continue;
                const AxisOverlap verdict = AxisSetting::overlapOf(k, s, d);
                QCOMPARE(verdict == AxisOverlap::Holes, analysis.interior().minimum == 0);
                QCOMPARE(verdict == AxisOverlap::Even, analysis.interior().minimum == analysis.interior().maximum);
            }
}

void ShapeSolverTest::refusesSizesAndBoundsOutOfRange()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ShapeSolver::solveAxis(0, 4, SolverBounds{}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ShapeSolver::solveAxis(4, 4, SolverBounds{0, 4, 1}));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ShapeSolver::solveAxis(4, 4, SolverBounds{7, SolverBounds::kLargest + 1, 1}));
}

SB_TEST_GUILESS_MAIN(ShapeSolverTest)
#include "tst_shape_solver.moc"
