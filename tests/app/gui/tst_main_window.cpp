// SPDX-License-Identifier: MIT
// The real window, offscreen: keys drive the timeline, hovering explains a cell, clicking an
// input element jumps to its step, and the picture on screen has the crop shading.
#include "app/config/BuiltinPresets.h"
#include "app/controller/DocumentController.h"
#include "app/controller/PlaybackController.h"
#include "app/gui/AboutBox.h"
#include "app/gui/MainWindow.h"
#include "app/render/NumberFormat.h"
#include "app/widgets/ScatterView.h"
#include "app/widgets/TransportBar.h"

#include "TestMain.h"

#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
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
    void hoverHelpIsInTheStatusBarNotOverTheGrids();
    void anInvalidEditGreysTheCanvasWithPyTorchsMessage();
    void decimalsAreASettingAppliedAtOnceAndAtStart();
    void tabsShareTheStepOfASharedTimeline();
    void everyViewIsReachableFromTheKeyboard();
    void helpMenuHasAboutScatterboardAndAboutQt();
    void aboutNamesTheVersionTheLicenceAndThePhotosAuthors();

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

namespace {

// Pixels clearly coloured (saturated and not dark): the input elements' colours, the crop ring.
int colouredPixels(const QImage& image, const QRect& except = {})
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            if (except.contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 60 && c.value() > 60)
                ++count;
        }
    return count;
}

QAction* decimalsAction(sb::MainWindow& w, int decimals)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->actionGroup() != nullptr && a->isCheckable() && a->data().toInt() == decimals && a->text().startsWith(QString::number(decimals)))
            return a;
    return nullptr;
}

} // namespace

void MainWindowTest::hoverHelpIsInTheStatusBarNotOverTheGrids()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.view()->toolTip().isEmpty());  // no tooltip over what it explains
    auto statusText = [&] {
        QStringList texts;
        for (QLabel* label : w.statusBar()->findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    QVERIFY(statusText().contains(sb::ScatterView::mouseHelp()));
    const auto& layout = w.playback()->scene().layout();
    QTest::mouseMove(w.view(), QPoint(2, 2));
    QTest::mouseMove(w.view(), widgetPoint(w, layout.output().cellRect(0, 1).center()));
    QTRY_VERIFY2(statusText().contains(QStringLiteral("y[0,1] = 1·w[1,2] + 1·w[1,0] = 7 + 5 = 12")), qPrintable(statusText() + w.view()->inspection().expression));
    QVERIFY(!statusText().contains(sb::ScatterView::mouseHelp()));
}

void MainWindowTest::anInvalidEditGreysTheCanvasWithPyTorchsMessage()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QImage valid = w.view()->grab().toImage();
    QVERIFY(w.view()->invalidMessage().isEmpty());
    const int colourful = colouredPixels(valid);
    QVERIFY(colourful > 1000);

    // Typed into the parameter panel: output_padding 5 with stride 2.
    auto* padding = w.findChild<QSpinBox*>(QStringLiteral("output_padding.h"));
    QVERIFY(padding);
    const int before = padding->value();
    padding->setFocus();
    padding->selectAll();
    QTest::keyClicks(padding, QStringLiteral("5"));
    QTRY_VERIFY(!w.document()->isValid());
    QVERIFY(w.document()->validityMessage().startsWith(QLatin1String("output padding must be smaller")));
    QCOMPARE(w.view()->invalidMessage(), w.document()->validityMessage());
    QVERIFY(w.playback()->picture() != nullptr);  // the last valid picture stays, greyed
    const QImage greyed = w.view()->grab().toImage();
    // Outside the message's box (centred, with a red frame) nothing keeps its colour.
    const QRect message(greyed.width() / 2 - 700, greyed.height() / 2 - 250, 1400, 500);
    QVERIFY2(colouredPixels(greyed, message) == 0, qPrintable(QString::number(colouredPixels(greyed, message))));
    QVERIFY(colouredPixels(greyed) > 0);  // the frame of the message is red
    QVERIFY(greyed != valid);
    QTest::mouseMove(w.view(), widgetPoint(w, w.playback()->scene().layout().output().cellRect(0, 1).center()));
    QTest::qWait(50);
    QVERIFY(w.view()->inspection().isEmpty());  // the stale picture explains nothing

    // Fixed: the picture is the layer again, in colour.
    padding->selectAll();
    QTest::keyClicks(padding, QString::number(before));
    QTRY_VERIFY(w.document()->isValid());
    QVERIFY(w.view()->invalidMessage().isEmpty());
    QTRY_VERIFY(colouredPixels(w.view()->grab().toImage()) > colourful / 2);
}

void MainWindowTest::decimalsAreASettingAppliedAtOnceAndAtStart()
{
    QSettings().remove(QStringLiteral("view/decimals"));
    sb::NumberFormat::setMaxDecimals(sb::MainWindow::kDefaultDecimals);
    {
        sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
        QCOMPARE(sb::NumberFormat::maxDecimals(), 4);
        QAction* four = decimalsAction(w, 4);
        QAction* two = decimalsAction(w, 2);
        QVERIFY(four && two);
        QVERIFY(four->isChecked());
        QVERIFY(w.menuBar()->findChildren<QMenu*>().size() > 0);
        const sb::Picture* old = w.playback()->picture();
        two->trigger();
        QVERIFY(two->isChecked() && !four->isChecked());
        QCOMPARE(sb::NumberFormat::maxDecimals(), 2);
        QCOMPARE(sb::NumberFormat::plain(0.123456), QStringLiteral("0.12"));
        QVERIFY(w.playback()->picture() != old);  // laid out again with the new widths
        QCOMPARE(w.playback()->currentStep(), 18);  // and still where the lesson was
        QCOMPARE(QSettings().value(QStringLiteral("view/decimals")).toInt(), 2);
    }
    sb::NumberFormat::setMaxDecimals(4);
    {
        sb::MainWindow w(sb::BuiltinPresets::demoPath());
        QCOMPARE(sb::NumberFormat::maxDecimals(), 2);  // applied at start-up
        QVERIFY(decimalsAction(w, 2)->isChecked());
        decimalsAction(w, 4)->trigger();
    }
    QCOMPARE(sb::NumberFormat::maxDecimals(), 4);
    QCOMPARE(QSettings().value(QStringLiteral("view/decimals")).toInt(), 4);
}

void MainWindowTest::tabsShareTheStepOfASharedTimeline()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 7);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showView(sb::ViewId::Overlap);  // the same story: the same step
    QCOMPARE(w.playback()->view(), sb::ViewId::Overlap);
    QCOMPARE(w.playback()->currentStep(), 7);
    w.showView(sb::ViewId::Output);
    QCOMPARE(w.playback()->currentStep(), 7);
    w.showView(sb::ViewId::Shape);  // another story opens at its beginning
    QCOMPARE(w.playback()->currentStep(), 0);
    w.playback()->setPosition(3);
    w.showView(sb::ViewId::Compare);  // a still: its only step, which is its end
    QCOMPARE(w.playback()->stepCount(), 1);
    QCOMPARE(w.playback()->currentStep(), 0);
    w.showView(sb::ViewId::Scatter);  // back where the scatter's story was left
    QCOMPARE(w.playback()->currentStep(), 7);
    w.showView(sb::ViewId::Shape);
    QCOMPARE(w.playback()->currentStep(), 3);
}

void MainWindowTest::everyViewIsReachableFromTheKeyboard()
{
    // Ctrl+1 … Ctrl+9 stop at the ninth tab; Ctrl+Page Up/Down go round them all, wrapping.
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 0);
    w.resize(1280, 720);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tabs = w.findChild<QTabBar*>();
    QVERIFY(tabs && tabs->count() > 9);
    QCOMPARE(w.playback()->view(), sb::ViewId::Scatter);
    QTest::keyClick(&w, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
    QCOMPARE(w.playback()->view(), sb::ViewId::Adjoint);
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::keyClick(&w, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(w.playback()->view(), sb::ViewId::Output);
    // View → Go to View lists every tab, in order.
    QStringList listed;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->text() == QStringLiteral("&View"))
            for (QAction* a : menu->menu()->actions())
                if (a->menu() && a->text() == QStringLiteral("&Go to View"))
                    for (QAction* view : a->menu()->actions())
                        listed << view->text();
    QCOMPARE(listed.size(), tabs->count());
    QCOMPARE(listed.last(), tabs->tabText(tabs->count() - 1));
}

void MainWindowTest::helpMenuHasAboutScatterboardAndAboutQt()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 0);
    QStringList help;
    for (QAction* menu : w.menuBar()->actions())
        if (menu->text() == QStringLiteral("&Help"))
            for (QAction* a : menu->menu()->actions())
                help << a->text();
    QVERIFY2(help.contains(QStringLiteral("&About Scatterboard")), qPrintable(help.join(QLatin1Char(','))));
    QVERIFY2(help.contains(QStringLiteral("About &Qt")), qPrintable(help.join(QLatin1Char(','))));
}

void MainWindowTest::aboutNamesTheVersionTheLicenceAndThePhotosAuthors()
{
    const QString text = sb::AboutBox::text();
    QVERIFY(text.contains(QStringLiteral("Scatterboard " SB_PROJECT_VERSION)));
    QVERIFY(text.contains(QStringLiteral("MIT License")));
    QVERIFY(text.contains(QStringLiteral("Rust Embedded Working Group")));
    QVERIFY(text.contains(QStringLiteral("Apache License 2.0")));
    QVERIFY(sb::AboutBox::licence().startsWith(QStringLiteral("MIT License\n\nCopyright (c) 2026 The Scatterboard authors")));
}

SB_TEST_MAIN(MainWindowTest)
#include "tst_main_window.moc"
