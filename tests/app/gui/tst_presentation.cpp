// SPDX-License-Identifier: MIT
// Presentation mode on a real window (under Xvfb when the suite has it, see CMakeLists.txt): a
// clicker's keys step through the lesson with the menus hidden, nothing moves on its own, Esc and
// F5 leave, and leaving puts the docks, bars and tabs back as they were. The window opens within
// the screen's available area.
#include "app/config/BuiltinPresets.h"
#include "app/controller/PlaybackController.h"
#include "app/gui/MainWindow.h"
#include "app/gui/WindowGeometry.h"
#include "app/widgets/ScatterView.h"
#include "app/widgets/TransportBar.h"

#include "TestMain.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QtTest>

namespace {

struct Bars {
    bool menu, status, transport, tabs;
    QMap<QString, bool> docks;  // objectName → shown
    friend bool operator==(const Bars&, const Bars&) = default;
};

Bars barsOf(sb::MainWindow& w)
{
    Bars bars{!w.menuBar()->isHidden(), !w.statusBar()->isHidden(), !w.transport()->isHidden(), !w.viewTabs()->isHidden(), {}};
    for (QDockWidget* dock : w.findChildren<QDockWidget*>())
        bars.docks.insert(dock->objectName(), !dock->isHidden());
    return bars;
}

} // namespace

class PresentationTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void aClickerDrivesTheLessonWithTheMenusHidden();
    void leavingRestoresTheDocksAsTheyWere();
    void escapeFirstReleasesAPinnedCell();
    void editorsKeepTheirKeysWhenNotPresenting();
    void defaultSizeFitsASmallScreen_data();
    void defaultSizeFitsASmallScreen();
    void windowOpensWithinTheAvailableScreen();

private:
    // A window the way a teacher opens it: shown, active, the picture focused.
    static void open(sb::MainWindow& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.view()->setFocus();
    }
    // A key as the clicker sends it, to whatever has the focus.
    static void press(sb::MainWindow& w, Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget() != nullptr ? QApplication::focusWidget() : w.view();
        QTest::keyClick(target, key);
    }
    // After a step key: the position animates there and stops (no autoplay).
    static bool arrivesAndStops(sb::MainWindow& w, double step)
    {
        if (!QTest::qWaitFor([&] { return w.playback()->position() == step && !w.playback()->isAnimating(); }, 3000))
            return false;
        QTest::qWait(150);
        return w.playback()->position() == step && !w.playback()->isPlaying();
    }
};

void PresentationTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void PresentationTest::init()
{
    QSettings().clear();  // every test opens a fresh window, not the last test's geometry and docks
}

void PresentationTest::aClickerDrivesTheLessonWithTheMenusHidden()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    open(w);
    QCOMPARE(w.playback()->stepCount(), 19);
    press(w, Qt::Key_F5);
    QVERIFY(w.isPresenting());
    QVERIFY(w.menuBar()->isHidden());
    QVERIFY(w.statusBar()->isHidden());
    QVERIFY(w.transport()->isHidden());
    QVERIFY(w.viewTabs()->isHidden());
    for (QDockWidget* dock : w.findChildren<QDockWidget*>())
        QVERIFY(dock->isHidden());
    QTest::qWait(300);
    QCOMPARE(w.playback()->position(), 0.0);  // nothing moves until a key is pressed
    QVERIFY(!w.playback()->isAnimating());

    press(w, Qt::Key_Space);  // a clicker's "next": one step, not play
    QVERIFY(!w.playback()->isPlaying());
    QVERIFY(arrivesAndStops(w, 1));
    press(w, Qt::Key_Right);
    QVERIFY(arrivesAndStops(w, 2));
    press(w, Qt::Key_PageDown);
    QVERIFY(arrivesAndStops(w, 3));
    press(w, Qt::Key_Left);
    QVERIFY(arrivesAndStops(w, 2));
    press(w, Qt::Key_PageUp);
    QVERIFY(arrivesAndStops(w, 1));
    press(w, Qt::Key_End);
    QVERIFY(arrivesAndStops(w, 18));
    press(w, Qt::Key_PageDown);  // the end stays the end
    QVERIFY(arrivesAndStops(w, 18));
    press(w, Qt::Key_Home);
    QVERIFY(arrivesAndStops(w, 0));

    press(w, Qt::Key_F5);  // F5 leaves as it came
    QVERIFY(!w.isPresenting());
    QVERIFY(!w.menuBar()->isHidden());
    press(w, Qt::Key_F5);
    QVERIFY(w.isPresenting());
    press(w, Qt::Key_Escape);  // and so does Esc
    QVERIFY(!w.isPresenting());

    // Out of presentation, Space plays again and Page Down is not a step.
    press(w, Qt::Key_PageDown);
    QTest::qWait(200);
    QCOMPARE(w.playback()->position(), 0.0);
    press(w, Qt::Key_Space);
    QVERIFY(w.playback()->isPlaying());
    press(w, Qt::Key_Space);
}

void PresentationTest::leavingRestoresTheDocksAsTheyWere()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    open(w);
    // The teacher closed the values dock and moved the parameters to the right.
    auto* values = w.findChild<QDockWidget*>(QStringLiteral("valuesDock"));
    auto* parameters = w.findChild<QDockWidget*>(QStringLiteral("parametersDock"));
    QVERIFY(values && parameters);
    values->close();
    w.addDockWidget(Qt::RightDockWidgetArea, parameters);
    QTest::qWait(200);  // laid out
    const Bars before = barsOf(w);
    QCOMPARE(before.docks.value(QStringLiteral("valuesDock")), false);
    QCOMPARE(before.docks.value(QStringLiteral("parametersDock")), true);
    const QByteArray state = w.saveState();
    const QRect dock = parameters->geometry();

    for (Qt::Key leave : {Qt::Key_Escape, Qt::Key_F5}) {
        press(w, Qt::Key_F5);
        QVERIFY(w.isPresenting());
        QVERIFY(parameters->isHidden());
        press(w, Qt::Key_Right);
        press(w, leave);
        QVERIFY(!w.isPresenting());
        QTRY_VERIFY(!w.isFullScreen());
        QCOMPARE(barsOf(w), before);
        QCOMPARE(w.dockWidgetArea(parameters), Qt::RightDockWidgetArea);
        QTRY_COMPARE(parameters->geometry(), dock);  // where and how wide the teacher had it
        QCOMPARE(w.saveState(), state);
    }
    // The docks the teacher had are what the next start gets, even when closing while presenting.
    press(w, Qt::Key_F5);
    w.close();
    QVERIFY(!w.isPresenting());
    QCOMPARE(QSettings().value(QStringLiteral("window/state")).toByteArray(), state);
}

void PresentationTest::escapeFirstReleasesAPinnedCell()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    open(w);
    press(w, Qt::Key_F5);
    QVERIFY(w.isPresenting());
    QTest::qWait(100);
    const auto& layout = w.playback()->scene().layout();
    const QPoint cell = w.view()->viewTransform().map(layout.output().cellRect(0, 1).center()).toPoint();
    QTest::mouseClick(w.view(), Qt::LeftButton, {}, cell);
    QVERIFY(w.view()->isPinned());
    press(w, Qt::Key_Escape);
    QVERIFY(!w.view()->isPinned());
    QVERIFY(w.isPresenting());
    press(w, Qt::Key_Escape);
    QVERIFY(!w.isPresenting());
}

void PresentationTest::editorsKeepTheirKeysWhenNotPresenting()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 4);
    open(w);
    auto* input = w.findChild<QSpinBox*>(QStringLiteral("input.h"));
    QVERIFY(input);
    input->setFocus();
    QTRY_VERIFY(input->hasFocus());
    const int value = input->value();
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Left, Qt::Key_Home, Qt::Key_End, Qt::Key_Space})
        QTest::keyClick(input, key);
    QTest::qWait(200);
    QCOMPARE(w.playback()->position(), 4.0);  // the spin box's cursor moved, not the lesson
    QTest::keyClick(input, Qt::Key_Up);
    QCOMPARE(input->value(), value + 1);
    QTest::keyClick(input, Qt::Key_Down);
    QCOMPARE(input->value(), value);
    QTest::keyClick(input, Qt::Key_PageUp);  // a spin box's page step, not a step of the lesson
    QVERIFY(input->value() > value);
    QTest::keyClick(w.view(), Qt::Key_PageDown);  // nor on the picture, out of presentation
    QTest::qWait(200);
    QCOMPARE(w.playback()->position(), 4.0);
}

void PresentationTest::defaultSizeFitsASmallScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("saved");
    QTest::newRow("a 1280x720 projector") << QRect(0, 0, 1280, 720) << QRect(40, 60, 1500, 900);
    QTest::newRow("a 1366x768 laptop with a panel at the top") << QRect(0, 27, 1366, 741) << QRect(0, 0, 1500, 900);
    QTest::newRow("a second screen to the right") << QRect(1920, 0, 1024, 600) << QRect(0, 100, 1400, 800);
    QTest::newRow("a large screen keeps the preferred size") << QRect(0, 0, 2560, 1400) << QRect(100, 100, 1500, 900);
}

void PresentationTest::defaultSizeFitsASmallScreen()
{
    QFETCH(QRect, available);
    QFETCH(QRect, saved);
    namespace G = sb::WindowGeometry;
    const QSize size = G::defaultSize(available);
    QVERIFY(size.width() + G::kFrame.width() <= available.width());
    QVERIFY(size.height() + G::kFrame.height() <= available.height());
    QCOMPARE(size, G::kPreferred.boundedTo(available.size() - G::kFrame));
    const QRect fitted = G::clamped(saved, available);
    const QRect framed = fitted.adjusted(-G::kFrame.width() / 2, -(G::kFrame.height() - G::kFrame.width() / 2),
                                         G::kFrame.width() / 2, G::kFrame.width() / 2);
    QVERIFY2(available.contains(framed), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(framed.x()).arg(framed.y()).arg(framed.width()).arg(framed.height())));
    if (available.contains(saved.adjusted(-8, -32, 8, 8)))
        QCOMPARE(fitted, saved);  // what already fits is left where the user put it
}

void PresentationTest::windowOpensWithinTheAvailableScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        sb::MainWindow w(sb::BuiltinPresets::demoPath());
        QVERIFY(available.contains(w.geometry()));
        QCOMPARE(w.size(), sb::WindowGeometry::defaultSize(available));
        open(w);
        // Saved on a larger screen: 300 px wider and taller than this one.
        w.setGeometry(QRect(available.topLeft() + QPoint(50, 50), available.size() + QSize(300, 300)));
        QSettings().setValue(QStringLiteral("window/geometry"), w.saveGeometry());
    }
    sb::MainWindow restored(sb::BuiltinPresets::demoPath());
    QVERIFY2(available.contains(restored.geometry()),
             qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                            .arg(restored.x()).arg(restored.y()).arg(restored.width()).arg(restored.height())
                            .arg(available.width()).arg(available.height())));
    if (restored.minimumSizeHint().boundedTo(available.size()) != restored.minimumSizeHint())
        QSKIP("this screen is smaller than the window's minimum size (the offscreen platform's 800x600)");
    open(restored);
    QTRY_VERIFY(available.contains(restored.geometry()));
}

SB_TEST_MAIN(PresentationTest)
#include "tst_presentation.moc"
