// SPDX-License-Identifier: MIT
// PhaseDecomposition: the s_h·s_w stride-1 convolutions, interleaved, are the layer (random layers
// of every argument against the scatter record); a phase's tap count is the overlap map's count
// inside it; on a constant input the interior of each phase is the phase's weight sum; ICNR makes
// the phases equal, so that interior is constant; k4 s2 p1's sub-kernels are the known ones.
#include "core/OverlapMap.h"
#include "core/PhaseDecomposition.h"
#include "core/ScatterRecord.h"
#include "core/TensorFill.h"

#include "CoreMetaTypes.h"
#include "LayerBuilder.h"
#include "TestMain.h"

#include <QtTest>

#include <cmath>

using sb::PhaseDecomposition;

namespace {

// A random layer with a constant input of 1 (bias dropped): its interior is the phases' sums.
sb::Layer constantInput(sb::Layer layer)
{
    layer.input = sb::Tensor(layer.input.shape(), 1.0f);
    layer.bias.clear();
    return layer;
}

// Whether output index o of an axis is interior: every tap of its phase reads an input element.
bool interior(const sb::AxisPhase& phase, std::int64_t q, std::int64_t inputSize)
{
    for (std::int64_t m : phase.offsets)
        if (q + m < 0 || q + m >= inputSize)
            return false;
    return true;
}

} // namespace

class PhaseDecompositionTest : public QObject {
    Q_OBJECT
private slots:
    void k4s2p1HasTheKnownSubKernels();
    void phasesInterleaveIntoTheLayer();
    void tapCountsAreTheOverlapInsideEachPhase();
    void constantInputGivesEachPhaseItsWeightSum();
    void icnrGivesAConstantInterior();
};

void PhaseDecompositionTest::k4s2p1HasTheKnownSubKernels()
{
    sb::LayerGeometry g;
    g.input = {4, 4};
    g.kernel = {4, 4};
    g.stride = {2, 2};
    g.padding = {1, 1};
    g.output = {8, 8};
    const PhaseDecomposition d(g);
    QCOMPARE(d.rows().size(), std::size_t{2});
    // Even outputs (phase 0) take taps 1 and 3 at input offsets 0 and −1; odd ones taps 0 and 2 at 1 and 0.
    QCOMPARE(d.rows()[0].taps, (std::vector<std::int64_t>{1, 3}));
    QCOMPARE(d.rows()[0].offsets, (std::vector<std::int64_t>{0, -1}));
    QCOMPARE(d.rows()[1].taps, (std::vector<std::int64_t>{0, 2}));
    QCOMPARE(d.rows()[1].offsets, (std::vector<std::int64_t>{1, 0}));
    QCOMPARE(d.rows()[0].outputs, std::int64_t{4});
    QVERIFY(d.evenTapCounts());
    g.kernel = {3, 3};
    g.output = {7, 7};
    const PhaseDecomposition k3(g);
    QCOMPARE(k3.tapCount(0, 0), std::int64_t{1});  // k3 s2 p1: tap 1 alone
    QCOMPARE(k3.tapCount(1, 1), std::int64_t{4});  // taps 0 and 2 on both axes
    QVERIFY(!k3.evenTapCounts());
}

void PhaseDecompositionTest::phasesInterleaveIntoTheLayer()
{
    for (unsigned seed = 1; seed <= 150; ++seed) {
        std::string description;
        const sb::Layer layer = sbtest::randomLayer(seed, &description);
        const sb::LayerGeometry& g = layer.geometry;
        const sb::ScatterRecord record(layer);
        const PhaseDecomposition d(g);
        for (std::int64_t n = 0; n < g.batch; ++n)
            for (std::int64_t co = 0; co < g.out_channels; ++co) {
                const std::vector<float> expected = record.planeOutput(n, co);
                for (std::int64_t ry = 0; ry < g.stride.h; ++ry)
                    for (std::int64_t rx = 0; rx < g.stride.w; ++rx) {
                        const std::vector<float> phase = d.phaseOutput(layer.input, layer.weight, layer.bias, n, co, ry, rx);
                        const std::int64_t width = d.columns()[static_cast<std::size_t>(rx)].outputs;
                        for (std::size_t i = 0; i < phase.size(); ++i) {
                            const std::int64_t oy = ry + static_cast<std::int64_t>(i) / width * g.stride.h;
                            const std::int64_t ox = rx + static_cast<std::int64_t>(i) % width * g.stride.w;
                            const float want = expected[static_cast<std::size_t>(oy * g.output.w + ox)];
                            QVERIFY2(std::abs(phase[i] - want) <= 1e-5f * std::max(1.0f, std::abs(want)),
                                     qPrintable(QStringLiteral("%1: y[%2,%3] %4, phase gives %5")
                                                    .arg(QString::fromStdString(description)).arg(oy).arg(ox).arg(want).arg(phase[i])));
                        }
                    }
            }
    }
}

void PhaseDecompositionTest::tapCountsAreTheOverlapInsideEachPhase()
{
    for (unsigned seed = 1; seed <= 150; ++seed) {
        const sb::Layer layer = sbtest::randomLayer(seed);
        const sb::LayerGeometry& g = layer.geometry;
        const sb::OverlapMap overlap(g);
        const PhaseDecomposition d(g);
        for (std::int64_t oy = 0; oy < g.output.h; ++oy)
            for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
                const std::int64_t ry = oy % g.stride.h, rx = ox % g.stride.w;
                const auto& row = d.rows()[static_cast<std::size_t>(ry)];
                const auto& column = d.columns()[static_cast<std::size_t>(rx)];
                const bool inside = interior(row, oy / g.stride.h, g.input.h) && interior(column, ox / g.stride.w, g.input.w);
                // Never more than the phase's taps; exactly that many where every tap reads the input.
                QVERIFY(overlap.at(oy, ox) <= d.tapCount(ry, rx));
                if (inside)
                    QCOMPARE(static_cast<std::int64_t>(overlap.at(oy, ox)), d.tapCount(ry, rx));
            }
    }
}

void PhaseDecompositionTest::constantInputGivesEachPhaseItsWeightSum()
{
    int interiorCells = 0;
    for (unsigned seed = 1; seed <= 150; ++seed) {
        const sb::Layer layer = constantInput(sbtest::randomLayer(seed));
        const sb::LayerGeometry& g = layer.geometry;
        const sb::Tensor output = sb::ScatterRecord(layer).output();
        const PhaseDecomposition d(g);
        for (std::int64_t co = 0; co < g.out_channels; ++co)
            for (std::int64_t oy = 0; oy < g.output.h; ++oy)
                for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
                    const std::int64_t ry = oy % g.stride.h, rx = ox % g.stride.w;
                    if (!interior(d.rows()[static_cast<std::size_t>(ry)], oy / g.stride.h, g.input.h)
                        || !interior(d.columns()[static_cast<std::size_t>(rx)], ox / g.stride.w, g.input.w))
                        continue;
                    const auto sums = d.weightSums(layer.weight, ry, rx);
                    double expected = 0.0;
                    for (std::int64_t ci = g.firstInputOfOutput(co); ci < g.firstInputOfOutput(co) + g.inPerGroup(); ++ci)
                        expected += sums[static_cast<std::size_t>(ci)][static_cast<std::size_t>(co % g.outPerGroup())];
                    QVERIFY(std::abs(output.at(0, co, oy, ox) - expected) <= 1e-4 * std::max(1.0, std::abs(expected)));
                    ++interiorCells;
                }
    }
    QVERIFY(interiorCells > 1000);
}

void PhaseDecompositionTest::icnrGivesAConstantInterior()
{
    int layers = 0;
    for (unsigned seed = 1; layers < 40 && seed < 2000; ++seed) {
        sb::Layer layer = constantInput(sbtest::randomLayer(seed));
        const sb::LayerGeometry& g = layer.geometry;
        if (!PhaseDecomposition(g).evenTapCounts() || g.stride == sb::Size2{1, 1})
            continue;
        std::mt19937 rng(seed);
        std::uniform_real_distribution<float> any(-1.0f, 1.0f);
        std::vector<float> small(1024);
        for (float& v : small)
            v = any(rng);
        layer.weight = sb::icnrWeight(g, [&](std::int64_t ci, std::int64_t cog, std::int64_t jy, std::int64_t jx) {
            return small[static_cast<std::size_t>((ci * 7 + cog * 5 + jy * 3 + jx) % 1024)];
        });
        const PhaseDecomposition d(g);
        // Every phase has the same weight sums, so the interior is one value per output channel.
        for (std::int64_t ci = 0; ci < g.in_channels; ++ci)
            for (std::int64_t cog = 0; cog < g.outPerGroup(); ++cog)
                QVERIFY(d.weightSumSpread(layer.weight, ci, cog) < 1e-5);
        const sb::Tensor output = sb::ScatterRecord(layer).output();
        for (std::int64_t co = 0; co < g.out_channels; ++co) {
            std::vector<float> interiorValues;
            for (std::int64_t oy = 0; oy < g.output.h; ++oy)
                for (std::int64_t ox = 0; ox < g.output.w; ++ox)
                    if (interior(d.rows()[static_cast<std::size_t>(oy % g.stride.h)], oy / g.stride.h, g.input.h)
                        && interior(d.columns()[static_cast<std::size_t>(ox % g.stride.w)], ox / g.stride.w, g.input.w))
                        interiorValues.push_back(output.at(0, co, oy, ox));
            for (float v : interiorValues)
                QVERIFY(std::abs(v - interiorValues.front()) <= 1e-4f * std::max(1.0f, std::abs(v)));
        }
        ++layers;
    }
    QCOMPARE(layers, 40);
}

SB_TEST_APPLESS_MAIN(PhaseDecompositionTest)
#include "tst_phase_decomposition.moc"
