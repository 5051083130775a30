// SPDX-License-Identifier: MIT
// The scatter record: one entry per (input element, kernel tap, output channel of its group),
// each landing at i·s + k·d in the full buffer, and the queries the visualizer asks of it.
#include "LayerBuilder.h"

#include "core/FastConvTranspose.h"
#include "core/OverlapMap.h"
#include "core/ScatterRecord.h"

#include "TestMain.h"

#include <QtTest>

#include <cmath>

class ScatterRecordTest : public QObject {
    Q_OBJECT
private slots:
    void properties_data();
    void properties();
    void fullBufferHoldsTheCroppedBorder();
    void outputPaddingCellsBeyondTheFullBufferAreZero();
    void budgetRefusesHugeRecords();
};

void ScatterRecordTest::properties_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1000; seed < 1150; ++seed) {
        std::string description;
        sbtest::randomLayer(seed, &description);
        QTest::newRow(("random " + std::to_string(seed) + ": " + description).c_str()) << seed;
    }
}

void ScatterRecordTest::properties()
{
    QFETCH(unsigned, seed);
    const sb::ScatterRecord record(sbtest::randomLayer(seed));
    const sb::LayerGeometry& g = record.geometry();
    const sb::Tensor output = sb::fastConvTranspose(record.layer());

    // N·C_in·H·W·(C_out/groups)·kH·kW contributions.
    QCOMPARE(record.size(), g.batch * g.in_channels * g.input.h * g.input.w * (g.out_channels / g.groups)
                                * g.kernel.h * g.kernel.w);

    // Kept contributions sum to the output minus the bias; each lands where i·s + k·d − p says.
    sb::Tensor kept(output.shape().size() == 4 ? output.shape() : sb::Shape{1, g.out_channels, g.output.h, g.output.w});
    for (std::int64_t i = 0; i < record.size(); ++i) {
        const sb::Contribution c = record.at(i);
        QCOMPARE(c.y, c.iy * g.stride.h + c.ky * g.dilation.h);
        QCOMPARE(c.x, c.ix * g.stride.w + c.kx * g.dilation.w);
        QCOMPARE(c.oy, c.y - g.padding.h);
        QCOMPARE(c.kept, c.oy >= 0 && c.oy < g.output.h && c.ox >= 0 && c.ox < g.output.w);
        QCOMPARE(g.groupOfInput(c.ci), g.groupOfOutput(c.co));
        QCOMPARE(c.value, record.layer().input.at(c.n, c.ci, c.iy, c.ix)
                              * record.layer().weight.at(c.ci, c.co % g.outPerGroup(), c.ky, c.kx));
        if (c.kept)
            kept.at(c.n, c.co, c.oy, c.ox) += c.value;
    }
    for (std::int64_t n = 0; n < g.batch; ++n)
        for (std::int64_t co = 0; co < g.out_channels; ++co)
            for (std::int64_t oy = 0; oy < g.output.h; ++oy)
                for (std::int64_t ox = 0; ox < g.output.w; ++ox) {
                    const float bias = record.layer().hasBias() ? record.layer().bias[static_cast<std::size_t>(co)] : 0.0f;
                    const float expected = output.at(n, co, oy, ox) - bias;
                    QVERIFY(std::abs(kept.at(n, co, oy, ox) - expected) < 1e-4f + 1e-4f * std::abs(expected));

                    // intoOutput finds exactly the contributions that sum to the cell, and there are
                    // as many per input channel of the group as the overlap map says.
                    const auto into = record.intoOutput(n, co, oy, ox);
                    float sum = 0.0f;
                    for (const sb::Contribution& c : into) {
                        QCOMPARE(c.oy, oy);
                        QCOMPARE(c.ox, ox);
                        QCOMPARE(c.co, co);
                        sum += c.value;
                    }
                    QVERIFY(std::abs(sum - expected) < 1e-4f + 1e-4f * std::abs(expected));
                    QCOMPARE(static_cast<std::int64_t>(into.size()),
                             static_cast<std::int64_t>(sb::OverlapMap(g).at(oy, ox)) * g.inPerGroup());
                }

    // fromInput is the contiguous run of one element: every tap into every channel of its group.
    const sb::ContributionRange run = record.fromInput(g.batch - 1, g.in_channels - 1, g.input.h - 1, 0);
    QCOMPARE(run.size(), g.contributionsPerInputElement());
    for (std::int64_t i = run.begin; i < run.end; ++i) {
        const sb::Contribution c = record.at(i);
        QCOMPARE(c.n, g.batch - 1);
        QCOMPARE(c.ci, g.in_channels - 1);
        QCOMPARE(c.iy, g.input.h - 1);
        QCOMPARE(c.ix, 0);
    }
}

void ScatterRecordTest::fullBufferHoldsTheCroppedBorder()
{
    // Seed 004, k4 s2 p1 on 4×4 ones with kernel 1..16: full buffer (4−1)·2 + 4 = 10, corner
    // full[0,0] = x[0,0]·w[0,0] = 1 is cropped away by padding = 1.
    const sb::ScatterRecord record(sbtest::singleChannel(sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Ones}),
                                                         sb::makeFilled({1, 1, 4, 4}, {sb::FillKind::Arange, 1}), 2, 1));
    const sb::Tensor full = record.fullBuffer();
    QCOMPARE(full.shape(), (sb::Shape{1, 1, 10, 10}));
    QCOMPARE(full.at(0, 0, 0, 0), 1.0f);
    QCOMPARE(full.at(0, 0, 1, 1), 6.0f);  // = output[0,0]
    const sb::Contribution corner = record.at(0);
    QCOMPARE(corner.oy, -1);
    QVERIFY(!corner.kept);
}

void ScatterRecordTest::outputPaddingCellsBeyondTheFullBufferAreZero()
{
    // k3 s2 op1 on 2×2: full buffer 5×5, output 6×6; row and column 5 get no contribution.
    const sb::Layer layer = sbtest::singleChannel(sb::makeFilled({1, 1, 2, 2}, {sb::FillKind::Ones}),
                                                  sb::makeFilled({1, 1, 3, 3}, {sb::FillKind::Ones}), 2, 0, 1);
    const sb::ScatterRecord record(layer);
    QCOMPARE(layer.geometry.full(), sb::Size2(5));
    QCOMPARE(layer.geometry.output, sb::Size2(6));
    QVERIFY(record.intoOutput(0, 0, 5, 2).empty());
    const sb::Tensor out = record.output();
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(out.at(0, 0, 5, i), 0.0f);
        QCOMPARE(out.at(0, 0, i, 5), 0.0f);
    }
    QCOMPARE(sb::OverlapMap(layer.geometry).at(5, 5), 0);
}

void ScatterRecordTest::budgetRefusesHugeRecords()
{
    const sb::Layer layer = sbtest::singleChannel(sb::makeFilled({1, 1, 10, 10}, {sb::FillKind::Ones}),
                                                  sb::makeFilled({1, 1, 3, 3}, {sb::FillKind::Ones}));
    QVERIFY_THROWS_EXCEPTION(std::length_error, sb::ScatterRecord(layer, 899));
    QCOMPARE(sb::ScatterRecord(layer, 900).size(), 900);
}

SB_TEST_APPLESS_MAIN(ScatterRecordTest)
#include "tst_scatter_record.moc"
