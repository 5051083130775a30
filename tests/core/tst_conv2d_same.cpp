// SPDX-License-Identifier: MIT
// conv2dSame (core/ResizeConvolution.h), the resize-convolution's stride-1 convolution, now runs
// on the transposed fast path with a turned kernel: it must still equal the convolution's
// definition, summed here directly, for odd, even and rectangular kernels, groups and batches
// (an even kernel takes the crop from the second row and column).
#include "core/ResizeConvolution.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>
#include <random>

namespace {

// out[b, co, y, x] = Σ in[b, ci, y + ky − top, x + kx − left] · w[co, ci', ky, kx], zero outside.
sb::Tensor byDefinition(const sb::Tensor& input, const sb::Tensor& weight, std::int64_t groups)
{
    const std::int64_t n = input.size(0), cin = input.size(1), h = input.size(2), w = input.size(3);
    const std::int64_t cout = weight.size(0), inG = cin / groups, outG = cout / groups;
    const std::int64_t kh = weight.size(2), kw = weight.size(3), top = (kh - 1) / 2, left = (kw - 1) / 2;
    sb::Tensor out({n, cout, h, w});
    for (std::int64_t b = 0; b < n; ++b)
        for (std::int64_t co = 0; co < cout; ++co)
            for (std::int64_t y = 0; y < h; ++y)
                for (std::int64_t x = 0; x < w; ++x) {
                    double sum = 0;
                    for (std::int64_t c = 0; c < inG; ++c)
                        for (std::int64_t ky = 0; ky < kh; ++ky)
                            for (std::int64_t kx = 0; kx < kw; ++kx) {
                                const std::int64_t sy = y + ky - top, sx = x + kx - left;
                                if (sy >= 0 && sy < h && sx >= 0 && sx < w)
                                    sum += double(input.at(b, co / outG * inG + c, sy, sx)) * weight.at(co, c, ky, kx);
                            }
                    out.at(b, co, y, x) = static_cast<float>(sum);
                }
    return out;
}

} // namespace

class Conv2dSameTest : public QObject {
    Q_OBJECT
private slots:
    void equalsTheDefinition_data();
    void equalsTheDefinition();
};

void Conv2dSameTest::equalsTheDefinition_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 40; ++seed)
        QTest::newRow(qPrintable(QStringLiteral("random %1").arg(seed))) << seed;
}

void Conv2dSameTest::equalsTheDefinition()
{
    QFETCH(int, seed);
    std::mt19937 rng(static_cast<unsigned>(seed));
    auto pick = [&rng](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const std::int64_t groups = pick(1, 3), inG = pick(1, 4), outG = pick(1, 5);
    // Rows long enough, now and then, for the phase kernel's whole vectors.
    const sb::Tensor input = sb::makeFilled({pick(1, 2), groups * inG, pick(1, 20), pick(1, 70)},
                                            {sb::FillKind::Random, 0, rng()});
    const sb::Tensor weight = sb::makeFilled({groups * outG, inG, pick(1, 8), pick(1, 8)},
                                             {sb::FillKind::Random, 0, rng()});
    const sb::Tensor expected = byDefinition(input, weight, groups);
    const sb::Tensor actual = sb::conv2dSame(input, weight, groups);
    QCOMPARE(actual.shape(), expected.shape());
    for (std::int64_t i = 0; i < expected.numel(); ++i) {
        const float e = expected.values()[static_cast<std::size_t>(i)], a = actual.values()[static_cast<std::size_t>(i)];
        QVERIFY2(std::abs(a - e) <= 1e-4f * (1.0f + std::abs(e)),
                 qPrintable(QStringLiteral("element %1: %2, by definition %3 (kernel %4×%5)")
                                .arg(i).arg(a).arg(e).arg(weight.size(2)).arg(weight.size(3))));
    }
}

SB_TEST_APPLESS_MAIN(Conv2dSameTest)
#include "tst_conv2d_same.moc"
