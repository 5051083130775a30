// SPDX-License-Identifier: MIT
// PlaybackController's pictures: small planes are drawn at once; large ones are built on the
// worker while the old picture stays, and the newest request wins.
#include "tests/core/LayerBuilder.h"

#include "app/controller/PlaybackController.h"
#include "core/TensorFill.h"

#include "TestMain.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

std::shared_ptr<const sb::ScatterRecord> onesLayer(std::int64_t size, std::int64_t kernel)
{
    return std::make_shared<const sb::ScatterRecord>(sbtest::singleChannel(
        sb::makeFilled({1, 1, size, size}, {sb::FillKind::Ones}), sb::makeFilled({1, 1, kernel, kernel}, {sb::FillKind::Ones}), 2));
}

} // namespace

class PlaybackControllerTest : public QObject {
    Q_OBJECT
private slots:
    void smallPlanesAreDrawnAtOnce();
    void largePlanesAreBuiltOnTheWorkerWhileTheOldPictureStays();
    void theNewestViewRequestWins();
    void cancellingABuildGoesBackToTheViewShown();
    void viewsShareAStepWhereTheirTimelinesMatch();
};

void PlaybackControllerTest::smallPlanesAreDrawnAtOnce()
{
    sb::PlaybackController playback;
    playback.setRecord(onesLayer(4, 4));
    QVERIFY(!playback.building()->isBusy());
    QVERIFY(playback.picture() != nullptr);
    QCOMPARE(playback.scene().geometry().input, sb::Size2(4));
    playback.setView(sb::ViewId::Equivalent);
    QCOMPARE(playback.picture()->viewName(), QStringLiteral("equivalent"));
}

void PlaybackControllerTest::largePlanesAreBuiltOnTheWorkerWhileTheOldPictureStays()
{
    sb::PlaybackController playback;
    playback.setRecord(onesLayer(4, 4));
    playback.setView(sb::ViewId::Output);
    playback.jumpToEnd();
    const sb::Picture* old = playback.picture();
    const qint64 step = playback.currentStep();
    QSignalSpy changed(&playback, &sb::PlaybackController::sceneChanged);

    const auto large = onesLayer(300, 4);  // 1.44 M contributions into the plane
    QVERIFY(300 * 300 * 16 > sb::PlaybackController::kInlineTaps);
    playback.setRecord(large);
    QVERIFY(playback.building()->isBusy());
    QCOMPARE(playback.picture(), old);  // still drawable while the new one is built
    QCOMPARE(playback.scene().geometry().input, sb::Size2(4));
    QTRY_VERIFY_WITH_TIMEOUT(!playback.building()->isBusy(), 30000);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(playback.scene().geometry().input, sb::Size2(300));
    QCOMPARE(playback.picture()->viewName(), QStringLiteral("output"));
    QCOMPARE(playback.currentStep(), step);  // editing does not rewind the lesson
}

void PlaybackControllerTest::theNewestViewRequestWins()
{
    sb::PlaybackController playback;
    playback.setRecord(onesLayer(300, 4));
    QTRY_VERIFY_WITH_TIMEOUT(!playback.building()->isBusy(), 30000);
    QSignalSpy changed(&playback, &sb::PlaybackController::sceneChanged);
    playback.setView(sb::ViewId::Equivalent);
    playback.setView(sb::ViewId::Overlap);
    QTRY_VERIFY_WITH_TIMEOUT(!playback.building()->isBusy(), 30000);
    QTest::qWait(300);  // a superseded build that still finished would have been installed by now
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sb::viewName(playback.view()), QStringLiteral("overlap"));
    QCOMPARE(playback.picture()->viewName(), QStringLiteral("overlap"));
}

void PlaybackControllerTest::cancellingABuildGoesBackToTheViewShown()
{
    sb::PlaybackController playback;
    playback.setRecord(onesLayer(300, 4));
    QTRY_VERIFY_WITH_TIMEOUT(!playback.building()->isBusy(), 30000);
    QCOMPARE(sb::viewName(playback.view()), QStringLiteral("scatter"));
    QSignalSpy views(&playback, &sb::PlaybackController::viewChanged);
    playback.setView(sb::ViewId::Equivalent);
    QVERIFY(playback.building()->isBusy());
    QCOMPARE(views.count(), 0);  // asking for a view is not a change of the view shown
    playback.building()->cancel();
    QCOMPARE(views.count(), 1);
    QCOMPARE(views.at(0).at(0).value<sb::ViewId>(), sb::ViewId::Scatter);
    QCOMPARE(sb::viewName(playback.view()), QStringLiteral("scatter"));
    QCOMPARE(playback.picture()->viewName(), QStringLiteral("scatter"));
    QTest::qWait(300);
    QCOMPARE(playback.picture()->viewName(), QStringLiteral("scatter"));
}

void PlaybackControllerTest::viewsShareAStepWhereTheirTimelinesMatch()
{
    sb::PlaybackController playback;
    playback.setRecord(onesLayer(4, 4));
    playback.setPosition(9);
    playback.setView(sb::ViewId::Overlap);  // the scatter's story drawn as a heat-map: the same step
    QCOMPARE(playback.currentStep(), 9);
    playback.setView(sb::ViewId::Equivalent);  // another story: where it opens, not 9/18 of its way
    QCOMPARE(playback.currentStep(), playback.picture()->openingStep());
    playback.setPosition(2);
    playback.setView(sb::ViewId::SideBySide);  // the equivalent's timeline too
    QCOMPARE(playback.currentStep(), 2);
    playback.setView(sb::ViewId::Stack);  // opens where its story makes sense, whatever the step before
    QCOMPARE(playback.currentStep(), playback.picture()->openingStep());
    playback.setView(sb::ViewId::Scatter);  // back where the scatter's story was left
    QCOMPARE(playback.currentStep(), 9);
    playback.setView(sb::ViewId::Equivalent);
    QCOMPARE(playback.currentStep(), 2);
    QVERIFY(!playback.isPlaying());
}

SB_TEST_MAIN(PlaybackControllerTest)
#include "tst_playback_controller.moc"
