// SPDX-License-Identifier: MIT
// The timeline: which step shows what, for one output plane.
#include "core/Timeline.h"

#include "TestMain.h"

#include <QtTest>

namespace {
sb::LayerGeometry geometry(std::int64_t inChannels, std::int64_t outChannels, std::int64_t groups, sb::Size2 input,
                           sb::Size2 kernel, sb::Size2 padding = 0, sb::Size2 outputPadding = 0)
{
    sb::LayerGeometry g;
    g.in_channels = inChannels;
    g.out_channels = outChannels;
    g.groups = groups;
    g.input = input;
    g.kernel = kernel;
    g.stride = 2;
    g.padding = padding;
    g.output_padding = outputPadding;
    return g;
}
} // namespace

class TimelineTest : public QObject {
    Q_OBJECT
private slots:
    void seed004HasOneStepPerElementThenCropThenDone();
    void tapSubStepsSplitEveryElement();
    void groupsLimitTheStoryToTheGroupsChannels();
    void phasesAppearOnlyWhenTheyDoSomething();
};

void TimelineTest::seed004HasOneStepPerElementThenCropThenDone()
{
    const sb::Timeline t(geometry(1, 1, 1, 4, 4, 1), {0, 0}, false, false);
    QCOMPARE(t.size(), 1 + 16 + 1 + 1);
    QCOMPARE(t.step(0).kind, sb::PhaseKind::Start);
    QCOMPARE(t.step(1).kind, sb::PhaseKind::Scatter);
    QCOMPARE(t.label(2), std::string("x[0,1]"));
    QCOMPARE(t.label(16), std::string("x[3,3]"));
    QCOMPARE(t.label(17), std::string("crop padding"));
    QCOMPARE(t.label(18), std::string("done"));
    QCOMPARE(t.stepOfElement(0, 1, 2), 1 + 4 + 2);
    QCOMPARE(t.step(t.stepOfElement(0, 1, 2)).ix, 2);
    QCOMPARE(t.tapsDoneAt(3), 16);
}

void TimelineTest::tapSubStepsSplitEveryElement()
{
    const sb::Timeline t(geometry(1, 1, 1, 2, {2, 3}), {0, 0}, true, false);
    QCOMPARE(t.size(), 1 + 4 * 6 + 1);
    QCOMPARE(t.label(1), std::string("x[0,0]·w[0,0]"));
    QCOMPARE(t.label(6), std::string("x[0,0]·w[1,2]"));
    QCOMPARE(t.label(7), std::string("x[0,1]·w[0,0]"));
    QCOMPARE(t.tapsDoneAt(5), 5);
    QCOMPARE(t.stepOfElement(0, 0, 1), 7);
}

void TimelineTest::groupsLimitTheStoryToTheGroupsChannels()
{
    // 4 → 6 channels in 2 groups: output channel 4 belongs to group 1, fed by input channels 2, 3.
    const sb::Timeline t(geometry(4, 6, 2, 2, 3), {0, 4}, false, true);
    QCOMPARE(t.elementCount(), 2 * 2 * 2);
    QCOMPARE(t.step(1).ci, 2);
    QCOMPARE(t.label(1), std::string("x[c=2][0,0]"));
    QCOMPARE(t.stepOfElement(0, 0, 0), -1);
    QCOMPARE(t.stepOfElement(3, 1, 1), 8);
    QCOMPARE(t.label(t.size() - 2), std::string("bias"));
}

void TimelineTest::phasesAppearOnlyWhenTheyDoSomething()
{
    const sb::Timeline plain(geometry(1, 1, 1, 3, 3), {0, 0}, false, false);
    QCOMPARE(plain.firstStepOf(sb::PhaseKind::Crop), -1);
    QCOMPARE(plain.firstStepOf(sb::PhaseKind::OutputPadding), -1);
    QCOMPARE(plain.firstStepOf(sb::PhaseKind::Bias), -1);
    const sb::Timeline all(geometry(1, 1, 1, 3, 3, {0, 1}, {1, 0}), {0, 0}, false, true);
    QCOMPARE(all.firstStepOf(sb::PhaseKind::Crop), 10);
    QCOMPARE(all.firstStepOf(sb::PhaseKind::OutputPadding), 11);
    QCOMPARE(all.firstStepOf(sb::PhaseKind::Bias), 12);
    QCOMPARE(all.firstStepOf(sb::PhaseKind::Done), 13);
}

SB_TEST_APPLESS_MAIN(TimelineTest)
#include "tst_timeline.moc"
