// The real window, offscreen: keys drive the timeline, hovering explains a cell, clicking an
// input element jumps to its step, and the picture on screen has the crop shading.
#include "app/config/BuiltinPresets.h"
#include "app/controller/DocumentController.h"
#include "app/controller/PlaybackController.h"
#include "app/gui/MainWindow.h"
#include "app/widgets/ScatterView.h"
#include "app/widgets/TransportBar.h"

#include <QLabel>
#include <QStandardPaths>
#include <QtTest>

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void opensTheDemoAtTheRequestedStep();
    void keysStepPlayAndJump();
    void hoverExplainsTheLearnersTwelve();
    void clickingAnInputElementJumpsToItsStep();
    void pictureOnScreenShadesTheCrop();
    void aMissingFileKeepsTheDemo();

private:
    QPoint widgetPoint(sb::MainWindow& w, const QPointF& world) const
    {
        return w.view()->viewTransform().map(world).toPoint();
    }
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void MainWindowTest::opensTheDemoAtTheRequestedStep()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 5);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.playback()->stepCount(), 19);
    QCOMPARE(w.playback()->currentStep(), 5);
    QCOMPARE(w.transport()->stepLabel()->text(), QStringLiteral("step 5 / 18: x[1,0]"));
}

void MainWindowTest::keysStepPlayAndJump()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTRY_COMPARE(w.playback()->position(), 1.0);  // animated, not jumped: it arrives
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTest::keyClick(w.view(), Qt::Key_Left);
    QTRY_COMPARE(w.playback()->position(), 1.0);
    QTest::keyClick(w.view(), Qt::Key_End);
    QCOMPARE(w.playback()->currentStep(), 18);
    QTest::keyClick(w.view(), Qt::Key_Home);
    QCOMPARE(w.playback()->currentStep(), 0);
    QTest::keyClick(w.view(), Qt::Key_Space);
    QVERIFY(w.playback()->isPlaying());
    QTRY_VERIFY(w.playback()->position() > 0.2);
    QTest::keyClick(w.view(), Qt::Key_Space);
    QVERIFY(!w.playback()->isPlaying());
}

void MainWindowTest::hoverExplainsTheLearnersTwelve()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto& layout = w.playback()->scene().layout();
    QTest::mouseMove(w.view(), widgetPoint(w, layout.output().cellRect(0, 1).center()));
    QTRY_COMPARE(w.view()->inspection().expression, QStringLiteral("y[0,1] = 1·w[1,2] + 1·w[1,0] = 7 + 5 = 12"));
}

void MainWindowTest::clickingAnInputElementJumpsToItsStep()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const auto& layout = w.playback()->scene().layout();
    QTest::mouseClick(w.view(), Qt::LeftButton, {}, widgetPoint(w, layout.input().cellRect(2, 1).center()));
    QTRY_COMPARE(w.playback()->position(), 10.0);  // 1 + 2·4 + 1
    QVERIFY(w.view()->isPinned());
}

void MainWindowTest::pictureOnScreenShadesTheCrop()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage shot = w.view()->grab().toImage();
    const auto& full = w.playback()->scene().layout().full();
    auto pixel = [&](qint64 r, qint64 c) {
        const QRectF cell = full.cellRect(r, c);
        return shot.pixelColor(widgetPoint(w, cell.topLeft() + QPointF(cell.width() * 0.15, cell.height() * 0.15)));
    };
    QVERIFY(qGray(pixel(0, 5).rgb()) + 15 < qGray(pixel(1, 5).rgb()));  // row 0 cropped, row 1 kept
    QVERIFY(qGray(pixel(5, 9).rgb()) + 15 < qGray(pixel(5, 8).rgb()));  // column 9 cropped
}

void MainWindowTest::aMissingFileKeepsTheDemo()
{
    sb::MainWindow w;
    QVERIFY(!w.openFile(QStringLiteral("/nonexistent/lesson.json"), true));
    QVERIFY(w.document()->record() != nullptr);
    QCOMPARE(w.playback()->stepCount(), w.playback()->scene().timeline().size());
}

QTEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
