// SPDX-License-Identifier: MIT
// The `channels` view: one wire per (input, output) pair of a group — C_in·C_out/groups of them as
// groups slides from 1 to C_in — which wires each step highlights, the sum and weight shape it
// writes, and the rendered pixels (highlighted wires and planes, kernels on the wires).
#include "PictureImage.h"

#include "app/render/GridPainter.h"
#include "app/render/views/ChannelsPicture.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QtTest>

namespace {

std::shared_ptr<const sb::ScatterRecord> channelsRecord(std::int64_t in, std::int64_t out, std::int64_t groups,
                                                        std::int64_t kernel = 2, std::int64_t size = 3)
{
    sb::ConvTransposeProblem p;
    p.params.in_channels = in;
    p.params.out_channels = out;
    p.params.groups = groups;
    p.params.kernel_size = kernel;
    p.input = sb::makeFilled({1, in, size, size}, {sb::FillKind::Arange, 1});
    p.weight = sb::makeFilled({in, out / groups, kernel, kernel}, {sb::FillKind::Ones});
    return std::make_shared<const sb::ScatterRecord>(sb::validate(p));
}

} // namespace

class ChannelsViewTest : public QObject {
    Q_OBJECT
private slots:
    void wireCountIsInTimesOutOverGroups_data();
    void wireCountIsInTimesOutOverGroups();
    void eachStepHighlightsOneOutputChannel();
    void weightShapeAndSumAreWrittenOut();
    void renderedWiresAndPlanesFollowTheHighlight();
    void manyWiresLeaveTheKernelsOff();
};

void ChannelsViewTest::wireCountIsInTimesOutOverGroups_data()
{
    QTest::addColumn<qint64>("in");
    QTest::addColumn<qint64>("out");
    QTest::addColumn<qint64>("groups");
    QTest::addColumn<qint64>("wires");
    QTest::newRow("4 to 4 with groups 1 wires all 16 pairs") << 4LL << 4LL << 1LL << 16LL;
    QTest::newRow("4 to 4 with groups 2 wires two blocks of 4") << 4LL << 4LL << 2LL << 8LL;
    QTest::newRow("4 to 4 with groups 4 (depthwise) wires 4") << 4LL << 4LL << 4LL << 4LL;
    QTest::newRow("seed 000's 3 to 16 wires 48") << 3LL << 16LL << 1LL << 48LL;
    QTest::newRow("2 to 6 with groups 2 wires 6") << 2LL << 6LL << 2LL << 6LL;
}

void ChannelsViewTest::wireCountIsInTimesOutOverGroups()
{
    QFETCH(qint64, in);
    QFETCH(qint64, out);
    QFETCH(qint64, groups);
    QFETCH(qint64, wires);
    const sb::ChannelsPicture picture(channelsRecord(in, out, groups), {0, 0});
    const sb::ChannelWiring& wiring = picture.wiring();
    QCOMPARE(wiring.wireCount(), in * out / groups);
    QCOMPARE(wiring.wireCount(), wires);
    // Every wire stays inside its group, and its weight index is co − g·C_out/groups.
    // The record must outlive g (a reference into it): ASan found it freed here.
    const std::shared_ptr<const sb::ScatterRecord> record = channelsRecord(in, out, groups);
    const sb::LayerGeometry& g = record->geometry();
    for (const sb::ChannelWire& w : wiring.wires()) {
        QCOMPARE(g.groupOfInput(w.ci), w.group);
        QCOMPARE(g.groupOfOutput(w.co), w.group);
        QCOMPARE(w.coInGroup, w.co - w.group * (out / groups));
    }
    for (qint64 co = 0; co < out; ++co)
        QCOMPARE(static_cast<qint64>(wiring.wiresInto(co).size()), in / groups);
    QCOMPARE(picture.stepCount(), out + 1);
}

void ChannelsViewTest::eachStepHighlightsOneOutputChannel()
{
    // The plane shows output channel 3: step 0 highlights it, step k channel k − 1.
    const sb::ChannelsPicture picture(channelsRecord(4, 4, 2), {0, 3});
    QCOMPARE(picture.highlightedOutput(0), 3);
    for (qint64 step = 1; step < picture.stepCount(); ++step)
        QCOMPARE(picture.highlightedOutput(step), step - 1);
    // Output channel 2 is in group 1: its wires come from input channels 2 and 3 only.
    const auto wires = picture.highlightedWires(3);
    QCOMPARE(wires.size(), std::size_t{2});
    QCOMPARE(picture.wiring().wires()[static_cast<std::size_t>(wires[0])].ci, 2);
    QCOMPARE(picture.wiring().wires()[static_cast<std::size_t>(wires[1])].ci, 3);
    for (std::int64_t w : wires)
        QCOMPARE(picture.wiring().wires()[static_cast<std::size_t>(w)].co, 2);
    QVERIFY(picture.narration(3).contains(QStringLiteral("only x[2]–x[3] feed it")));
}

void ChannelsViewTest::weightShapeAndSumAreWrittenOut()
{
    const sb::ChannelsPicture seed(channelsRecord(3, 16, 1, 3, 4), {0, 0});
    QCOMPARE(seed.weightShapeText(), QStringLiteral("weight [3, 16, 3, 3]: 3 input channels × 16 output channels per group × 3×3 kernel"));
    QCOMPARE(seed.sumText(5), QStringLiteral("y[5] = x[0] ⋆ w[0, 5] + x[1] ⋆ w[1, 5] + x[2] ⋆ w[2, 5]"));
    const sb::ChannelsPicture grouped(channelsRecord(4, 4, 2), {0, 0});
    QCOMPARE(grouped.weightShapeText(), QStringLiteral("weight [4, 2, 2, 2]: 4 input channels × 2 output channels per group × 2×2 kernel"));
    QCOMPARE(grouped.sumText(3), QStringLiteral("y[3] = x[2] ⋆ w[2, 1] + x[3] ⋆ w[3, 1]"));
    const sb::ChannelsPicture depthwise(channelsRecord(4, 4, 4), {0, 0});
    QCOMPARE(depthwise.sumText(2), QStringLiteral("y[2] = x[2] ⋆ w[2, 0]"));
}

void ChannelsViewTest::renderedWiresAndPlanesFollowTheHighlight()
{
    const sb::ChannelsPicture picture(channelsRecord(4, 4, 2), {0, 0});
    QVERIFY(picture.showsKernels());
    const sb::RenderOptions options;
    const sb::Theme& theme = options.theme;
    const QImage channel2 = sbtest::renderPicture(picture, 3, options);  // highlights y[2]
    const QImage channel0 = sbtest::renderPicture(picture, 1, options);  // highlights y[0]

    // The wire x[3] → y[2] is drawn in the highlight colour while y[2] is highlighted only.
    const std::int64_t wire = picture.highlightedWires(3).back();
    const QPoint onWire = picture.wirePoint(wire, 0.5).toPoint();
    QVERIFY(sbtest::colorDistance(channel2.pixelColor(onWire), theme.highlight) < 60);
    QVERIFY(sbtest::colorDistance(channel0.pixelColor(onWire), theme.highlight) > 100);
    // The highlighted output plane is framed (the frame lies 3 units outside the plane).
    const QRectF y2 = picture.outputPlaneRect(2);
    const QPoint frame = QPointF(y2.center().x(), y2.top() - 3).toPoint();
    QVERIFY(sbtest::colorDistance(channel2.pixelColor(frame), theme.highlight) < 60);
    QVERIFY(sbtest::colorDistance(channel0.pixelColor(frame), theme.highlight) > 100);
    // Input planes carry their elements' colours, as in the scatter view.
    const QRectF x1 = picture.inputPlaneRect(1);
    const double cell = x1.width() / 3;
    const QRectF firstCell(x1.topLeft(), QSizeF(cell, cell));
    QVERIFY(sbtest::colorDistance(channel2.pixelColor(sbtest::cornerOf(firstCell)), options.palette.tint(1, 0, 0, 0.5)) < 30);
    // Each wire carries its weight slice: the kernel box is filled, not background.
    const QRectF kernel = picture.kernelRect(wire);
    QVERIFY(!kernel.isEmpty());
    QVERIFY(sbtest::colorDistance(channel2.pixelColor(sbtest::cornerOf(kernel)), theme.background) > 30);
    // The wire ends at its kernel, in y[2]'s row.
    QCOMPARE(picture.wireEnd(wire).y(), y2.center().y());
}

void ChannelsViewTest::manyWiresLeaveTheKernelsOff()
{
    // 16 → 16 with groups 1 is 256 wires: the diagram keeps only the wires, into each row's Σ.
    const sb::ChannelsPicture dense(channelsRecord(16, 16, 1), {0, 0});
    QCOMPARE(dense.wiring().wireCount(), 256);
    QVERIFY(!dense.showsKernels());
    QVERIFY(dense.kernelRect(0).isEmpty());
    // Wire 17 is x[1] → y[1]: it ends on the left of y[1]'s Σ.
    QCOMPARE(dense.wireEnd(17).y(), dense.sigmaCentre(1).y());
    QVERIFY(dense.wireEnd(17).x() < dense.sigmaCentre(1).x());
    // The same layer in depthwise form has 16 wires and its kernels back.
    const sb::ChannelsPicture depthwise(channelsRecord(16, 16, 16), {0, 0});
    QCOMPARE(depthwise.wiring().wireCount(), 16);
    QVERIFY(depthwise.showsKernels());
}

SB_TEST_MAIN(ChannelsViewTest)
#include "tst_channels_view.moc"
