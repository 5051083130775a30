// SPDX-License-Identifier: MIT
// Property tests over random configurations spanning every argument: the scatter record summed,
// the equivalent direct convolution, the matrix view Wᵀx and the fast path are computed
// independently and must agree on every case.
#include "LayerBuilder.h"

#include "core/EquivalentConvolution.h"
#include "core/FastConvTranspose.h"
#include "core/ScatterRecord.h"
#include "core/TransposedConvMatrix.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>

namespace {
// Relative + absolute tolerance: the four paths sum the same products in different orders.
bool close(const sb::Tensor& a, const sb::Tensor& b, QString* where)
{
    if (a.shape() != b.shape()) {
        *where = QString::fromStdString("shapes " + sb::formatShape(a.shape()) + " vs " + sb::formatShape(b.shape()));
        return false;
    }
    for (std::int64_t i = 0; i < a.numel(); ++i) {
        const float x = a.values()[static_cast<std::size_t>(i)], y = b.values()[static_cast<std::size_t>(i)];
        if (std::abs(x - y) > 1e-4f + 1e-4f * std::abs(y)) {
            *where = QStringLiteral("element %1: %2 vs %3").arg(i).arg(x).arg(y);
            return false;
        }
    }
    return true;
}
} // namespace

class ThreeComputationsTest : public QObject {
    Q_OBJECT
private slots:
    void agree_data();
    void agree();
    void nanAndInfPropagateLikePyTorch();
};

void ThreeComputationsTest::agree_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1; seed <= 300; ++seed) {
        std::string description;
        sbtest::randomLayer(seed, &description);
        QTest::newRow(("random " + std::to_string(seed) + ": " + description).c_str()) << seed;
    }
}

void ThreeComputationsTest::agree()
{
    QFETCH(unsigned, seed);
    const sb::Layer layer = sbtest::randomLayer(seed);
    const sb::Tensor scatter = sb::ScatterRecord(layer).output();
    QString where;
    QVERIFY2(close(sb::EquivalentConvolution(layer).output(), scatter, &where), qPrintable("equivalent: " + where));
    QVERIFY2(close(sb::TransposedConvMatrix(layer).output(), scatter, &where), qPrintable("matrix: " + where));
    QVERIFY2(close(sb::fastConvTranspose(layer), scatter, &where), qPrintable("fast: " + where));
}

void ThreeComputationsTest::nanAndInfPropagateLikePyTorch()
{
    // PyTorch: conv_transpose2d([[inf, 0]], [[0, 1]]) = [[nan, inf, 0]] (inf·0 is nan), and
    // conv_transpose2d([[inf, -inf]], [[1, 1]]) = [[inf, nan, -inf]].
    const float inf = std::numeric_limits<float>::infinity();
    const sb::Layer a = sbtest::singleChannel(sbtest::plane(1, 2, {inf, 0}), sbtest::plane(1, 2, {0, 1}));
    const sb::Layer b = sbtest::singleChannel(sbtest::plane(1, 2, {inf, -inf}), sbtest::plane(1, 2, {1, 1}));
    for (const sb::Tensor& out : {sb::ScatterRecord(a).output(), sb::EquivalentConvolution(a).output(),
                                  sb::TransposedConvMatrix(a).output(), sb::fastConvTranspose(a)}) {
        QVERIFY(std::isnan(out.at(0, 0, 0, 0)));
        QCOMPARE(out.at(0, 0, 0, 1), inf);
        QCOMPARE(out.at(0, 0, 0, 2), 0.0f);
    }
    for (const sb::Tensor& out : {sb::ScatterRecord(b).output(), sb::EquivalentConvolution(b).output(),
                                  sb::TransposedConvMatrix(b).output(), sb::fastConvTranspose(b)}) {
        QCOMPARE(out.at(0, 0, 0, 0), inf);
        QVERIFY(std::isnan(out.at(0, 0, 0, 1)));
        QCOMPARE(out.at(0, 0, 0, 2), -inf);
    }
}

SB_TEST_APPLESS_MAIN(ThreeComputationsTest)
#include "tst_three_computations.moc"
