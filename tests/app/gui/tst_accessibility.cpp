// SPDX-License-Identifier: MIT
// Issue 13's accessibility, offscreen: every control a keyboard reaches has a name a screen reader
// can say; the picture tells the step's narration and the inspected cell's sum; the keyboard cell
// cursor (Alt+arrows) reads each output cell's sum, as hovering it does.
#include "app/config/BuiltinPresets.h"
#include "app/controller/PlaybackController.h"
#include "app/gui/MainWindow.h"
#include "app/widgets/ImageControls.h"
#include "app/widgets/ParameterPanel.h"
#include "app/widgets/ScatterView.h"
#include "app/widgets/SizePairEditor.h"
#include "app/widgets/TaskProgress.h"
#include "app/widgets/TensorEditor.h"
#include "app/widgets/TransportBar.h"

#include "TestMain.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include <functional>

namespace {

// The controls a user operates: a screen reader needs a name for each, focusable or not (the
// transport's buttons take no focus but are clicked and read).
bool isControl(const QWidget* w)
{
    if (qobject_cast<const QScrollBar*>(w) != nullptr)
        return false;  // Qt's own, named by their orientation where a screen reader needs it
    return qobject_cast<const QAbstractButton*>(w) != nullptr || qobject_cast<const QAbstractSpinBox*>(w) != nullptr
           || qobject_cast<const QComboBox*>(w) != nullptr || qobject_cast<const QAbstractSlider*>(w) != nullptr
           || qobject_cast<const QAbstractItemView*>(w) != nullptr || qobject_cast<const QLineEdit*>(w) != nullptr;
}

// Whether w lies inside one of app/widgets' widgets (as opposed to the window's own controls).
bool inAppWidgets(const QWidget* w)
{
    for (const QWidget* p = w; p != nullptr; p = p->parentWidget())
        if (qobject_cast<const sb::ParameterPanel*>(p) || qobject_cast<const sb::TensorEditor*>(p)
            || qobject_cast<const sb::TransportBar*>(p) || qobject_cast<const sb::ImageControls*>(p)
            || qobject_cast<const sb::SizePairEditor*>(p) || qobject_cast<const sb::TaskProgress*>(p)
            || qobject_cast<const sb::ScatterView*>(p))
            return true;
    return false;
}

QString describe(QAccessibleInterface* iface)
{
    QObject* o = iface->object();
    QString path;
    for (QObject* p = o; p != nullptr; p = p->parent())
        path.prepend(QStringLiteral("/%1(%2)").arg(QString::fromLatin1(p->metaObject()->className()), p->objectName()));
    return QStringLiteral("role %1 %2").arg(int(iface->role())).arg(path);
}

// Every interface under root, depth first; tables, lists and menus are checked themselves but not
// their cells and items, which are named by their text.
void walk(QAccessibleInterface* root, const std::function<void(QAccessibleInterface*)>& visit, int depth = 0)
{
    if (root == nullptr || depth > 64)
        return;
    visit(root);
    switch (root->role()) {
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::MenuBar:
    case QAccessible::PopupMenu:
    case QAccessible::PageTabList:
    case QAccessible::ComboBox:  // its popup list is Qt's
        return;
    default:
        break;
    }
    for (int i = 0; i < root->childCount(); ++i)
        walk(root->child(i), visit, depth + 1);
}

// The unnamed controls of the window: focusable interfaces, and the widget classes above.
QStringList unnamedControls(QWidget* window, bool appWidgetsOnly)
{
    QStringList unnamed;
    walk(QAccessible::queryAccessibleInterface(window), [&](QAccessibleInterface* iface) {
        auto* w = qobject_cast<QWidget*>(iface->object());
        if (w == nullptr || w == window)
            return;
        if (!iface->state().focusable && !isControl(w))
            return;
        if (iface->role() == QAccessible::StaticText)
            return;  // a label is read by its text (a selectable one takes focus; empty, it says nothing)
        if (appWidgetsOnly && !inAppWidgets(w))
            return;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << describe(iface);
    });
    return unnamed;
}

} // namespace

class AccessibilityTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyControlOfTheWidgetsHasAName();
    void everyFocusableControlOfTheWindowHasAName();
    void thePictureTellsTheNarration();
    void theCellCursorReadsTheSumHoveringGives();
    void theCellCursorDoesNothingWithoutAnOutputGrid();
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
}

void AccessibilityTest::everyControlOfTheWidgetsHasAName()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList unnamed = unnamedControls(&w, true);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed controls in app/widgets:\n") + unnamed.join(u'\n')));
}

void AccessibilityTest::everyFocusableControlOfTheWindowHasAName()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QStringList unnamed = unnamedControls(&w, false);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("unnamed controls in the window:\n") + unnamed.join(u'\n')));
}

void AccessibilityTest::thePictureTellsTheNarration()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 5);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    sb::ScatterView* view = w.view();
    QAccessibleInterface* picture = QAccessible::queryAccessibleInterface(view);
    QVERIFY(picture != nullptr);
    QCOMPARE(picture->role(), QAccessible::Graphic);
    QVERIFY(!picture->text(QAccessible::Name).isEmpty());
    const sb::Picture* shown = w.playback()->picture();
    QVERIFY(shown != nullptr);
    QCOMPARE(picture->text(QAccessible::Description), shown->narration(5));
    QVERIFY(!picture->text(QAccessible::Description).isEmpty());
    QVERIFY(picture->text(QAccessible::Help).contains(QStringLiteral("Alt+")));

    // A step moves on: the new caption is the description. (ScatterView posts DescriptionChanged
    // and ValueChanged; offscreen, without an assistive technology, Qt delivers no events.)
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End);
    QTRY_COMPARE(w.playback()->currentStep(), 18);
    QCOMPARE(picture->text(QAccessible::Description), w.playback()->picture()->narration(18));
}

void AccessibilityTest::theCellCursorReadsTheSumHoveringGives()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath(), 18);
    w.resize(1500, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    sb::ScatterView* view = w.view();
    QAccessibleInterface* picture = QAccessible::queryAccessibleInterface(view);
    QVERIFY(picture != nullptr);
    QVERIFY(view->hasOutputGrid());
    QSignalSpy status(view, &sb::ScatterView::inspectionChanged);
    view->setFocus();

    // Alt+Right enters the grid at its first cell, then moves right; the lesson does not step.
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->inspection().target.kind, sb::HitTarget::Kind::Output);
    QCOMPARE(view->inspection().target.oy, 0);
    QCOMPARE(view->inspection().target.ox, 0);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->inspection().target.ox, 1);
    QCOMPARE(w.playback()->currentStep(), 18);
    QVERIFY(view->isPinned());  // drawn in the pinned colour: the cursor's focus ring
    const QString sum = QStringLiteral("y[0,1] = 1·w[1,2] + 1·w[1,0] = 7 + 5 = 12");
    const QString value = picture->text(QAccessible::Value);
    QVERIFY2(value.startsWith(sum), qPrintable(value));
    QVERIFY(!status.isEmpty());
    QCOMPARE(status.last().at(0).toString(), sum);  // the status line, as hovering writes it

    // Hovering the same cell (the cursor released) gives the same sum.
    QTest::keyClick(view, Qt::Key_Backspace, Qt::AltModifier);
    QVERIFY(!view->isPinned());
    const auto& layout = w.playback()->scene().layout();
    QTest::mouseMove(view, view->viewTransform().map(layout.output().cellRect(0, 1).center()).toPoint());
    QTRY_COMPARE(view->inspection().expression, sum);
    QCOMPARE(picture->text(QAccessible::Value), value);
    QTest::mouseMove(view, QPoint(1, 1));

    // Alt+Home and Alt+End reach the corners; Alt+Down moves a row; Esc leaves.
    QTest::keyClick(view, Qt::Key_End, Qt::AltModifier);
    const sb::LayerGeometry& g = w.playback()->scene().geometry();
    QCOMPARE(view->inspection().target.oy, g.output.h - 1);
    QCOMPARE(view->inspection().target.ox, g.output.w - 1);
    QTest::keyClick(view, Qt::Key_Home, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(view->inspection().target.oy, 1);
    QCOMPARE(view->inspection().target.ox, 0);
    QVERIFY(picture->text(QAccessible::Value).startsWith(QStringLiteral("y[1,0] = ")));
    QCOMPARE(w.playback()->currentStep(), 18);
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isPinned());
}

void AccessibilityTest::theCellCursorDoesNothingWithoutAnOutputGrid()
{
    sb::MainWindow w(sb::BuiltinPresets::demoPath());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.playback()->setView(sb::ViewId::Shape);
    QTRY_VERIFY(w.playback()->picture() != nullptr && w.playback()->picture()->view() == sb::ViewId::Shape);
    sb::ScatterView* view = w.view();
    QVERIFY(!view->hasOutputGrid());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(view->inspection().isEmpty());
    QVERIFY(!view->isPinned());
}

SB_TEST_MAIN(AccessibilityTest)
#include "tst_accessibility.moc"
