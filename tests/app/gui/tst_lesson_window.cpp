// SPDX-License-Identifier: MIT
// Lessons in the real window, offscreen (issue 16): the lesson editor builds, reorders, captions
// and saves a lesson; a built-in lesson plays slide by slide with the clicker's keys; a question
// slide and quiz mode ask before the step plays, check the answer, explain it and keep the score.
#include "app/config/BuiltinPresets.h"
#include "app/controller/DocumentController.h"
#include "app/controller/LessonController.h"
#include "app/controller/PlaybackController.h"
#include "app/gui/LessonMode.h"
#include "app/gui/MainWindow.h"
#include "app/gui/QuizDialog.h"
#include "app/lesson/LessonReader.h"
#include "app/widgets/LessonPanel.h"
#include "app/widgets/ScatterView.h"

#include "TestMain.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace sb;

namespace {

// Types an answer into the question being asked and checks it (Enter), as a student would.
QuizDialog* answer(LessonMode* mode, const QString& text)
{
    QuizDialog* dialog = mode->quizDialog();
    if (dialog == nullptr)
        return nullptr;
    QTest::keyClicks(dialog->answerEdit(), text);
    QTest::keyClick(dialog->answerEdit(), Qt::Key_Return);
    return dialog;
}

// A window on the demo at `step` with quiz mode on and the picture focused.
void startQuiz(MainWindow& w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.lessonMode()->quizAction()->setChecked(true);
    w.view()->setFocus();
}

} // namespace

class LessonWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void theEditorBuildsReordersCaptionsAndSavesALesson();
    void aLessonFileOpensOnItsFirstSlide();
    void theClickerStepsThroughASlideThenOnToTheNext();
    void aQuestionSlideIsAskedBeforeItsPictureAndAWrongAnswerExplained();
    void quizModeAsksBeforeTheStepPlaysAndKeepsTheScore();
    void escapeSkipsAQuestionUnscored();
};

void LessonWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ScatterboardTest"));
    BuiltinPresets::lessonPaths();
}

void LessonWindowTest::theEditorBuildsReordersCaptionsAndSavesALesson()
{
    MainWindow w(BuiltinPresets::demoPath(), 5);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    LessonMode* mode = w.lessonMode();
    LessonController* lessons = mode->lessons();
    lessons->start(QStringLiteral("My lecture"));
    QVERIFY(mode->dock()->isVisible() || true);  // docks show once the window lays them out
    LessonPanel* panel = mode->panel();
    // The scatter at step 5, then the overlap view's finished picture.
    panel->addCurrentView();
    w.showView(ViewId::Overlap);
    panel->addCurrentView();
    QCOMPARE(lessons->lesson().slides.size(), 2);
    QCOMPARE(lessons->lesson().slides[0].view, ViewId::Scatter);
    QCOMPARE(lessons->lesson().slides[0].step, std::optional<qint64>(5));
    QCOMPARE(lessons->lesson().slides[1].view, ViewId::Overlap);
    QCOMPARE(panel->slideList()->count(), 2);
    // Retitle and caption the selected (second) slide by typing, as a teacher would.
    panel->slideList()->setCurrentRow(1);
    panel->slideTitle()->selectAll();
    QTest::keyClicks(panel->slideTitle(), QStringLiteral("Where the overlap is uneven"));
    panel->caption()->setFocus();
    QTest::keyClicks(panel->caption(), QStringLiteral("Kernel 4, stride 2."));
    QCOMPARE(lessons->lesson().slides[1].title, QStringLiteral("Where the overlap is uneven"));
    QCOMPARE(lessons->lesson().slides[1].caption, QStringLiteral("Kernel 4, stride 2."));
    QCOMPARE(panel->slideList()->item(1)->text(), QStringLiteral("2. Where the overlap is uneven"));
    // Move it up, then make it a question.
    panel->moveSelected(-1);
    QCOMPARE(lessons->lesson().slides[0].title, QStringLiteral("Where the overlap is uneven"));
    QCOMPARE(panel->slideList()->currentRow(), 0);
    panel->quiz()->setCurrentIndex(panel->quiz()->findData(static_cast<int>(QuizAsk::Shape)));
    emit panel->quiz()->activated(panel->quiz()->currentIndex());
    QCOMPARE(lessons->lesson().slides[0].quiz->ask, QuizAsk::Shape);
    QVERIFY(lessons->isModified());
    // Saved, it reads back as the same lesson.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture.json"));
    QString error;
    QVERIFY2(lessons->saveAs(path, &error), qPrintable(error));
    QVERIFY(!lessons->isModified());
    QVERIFY(readLessonFile(path) == lessons->lesson());
    // Removing the selected slide leaves one.
    panel->removeSelected();
    QCOMPARE(lessons->lesson().slides.size(), 1);
    QCOMPARE(lessons->lesson().slides[0].view, ViewId::Scatter);
    QVERIFY(lessons->isModified());
}

void LessonWindowTest::aLessonFileOpensOnItsFirstSlide()
{
    MainWindow w(QStringLiteral(":/lessons/3-stride-and-padding.json"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    LessonController* lessons = w.lessonMode()->lessons();
    QVERIFY(lessons->isOpen());
    QCOMPARE(lessons->current(), 0);
    QCOMPARE(w.playback()->view(), ViewId::Output);
    QCOMPARE(w.document()->config().problem.params.stride, (Size2{2, 2}));
    QCOMPARE(w.playback()->currentStep(), w.playback()->stepCount() - 1);  // the finished picture
    QVERIFY(w.lessonMode()->captionBar()->isVisible());
    QVERIFY(w.lessonMode()->captionBar()->text().contains(QStringLiteral("Slide 1 of 8")));
    // Its highlight rings 6 12 14 12 with nothing hovered.
    QVERIFY(w.view()->showsHighlight());
    QCOMPARE(w.view()->inspection().outputCells, (QSet<qint64>{0, 1, 2, 3}));
}

void LessonWindowTest::theClickerStepsThroughASlideThenOnToTheNext()
{
    MainWindow w(QStringLiteral(":/lessons/3-stride-and-padding.json"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setPresentation(true);
    LessonController* lessons = w.lessonMode()->lessons();
    // Slide 2 plays steps 0–5: Page Down (a clicker) first moves to it, then steps.
    QTest::keyClick(&w, Qt::Key_PageDown);
    QTRY_COMPARE(lessons->current(), 1);
    QCOMPARE(w.playback()->view(), ViewId::Scatter);
    QCOMPARE(w.playback()->currentStep(), 0);
    for (int step = 1; step <= 5; ++step) {
        QTest::keyClick(&w, Qt::Key_PageDown);
        QTRY_COMPARE(w.playback()->currentStep(), step);
        QCOMPARE(lessons->current(), 1);
    }
    QTest::keyClick(&w, Qt::Key_PageDown);
    QTRY_COMPARE(lessons->current(), 2);
    // Page Up goes back to the previous slide from a slide's first step.
    QTest::keyClick(&w, Qt::Key_PageUp);
    QTRY_COMPARE(lessons->current(), 1);
    w.setPresentation(false);
}

void LessonWindowTest::aQuestionSlideIsAskedBeforeItsPictureAndAWrongAnswerExplained()
{
    MainWindow w(QStringLiteral(":/lessons/3-stride-and-padding.json"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    LessonMode* mode = w.lessonMode();
    mode->lessons()->show(4);  // the slide before "predict the first cell"
    w.view()->setFocus();
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTRY_VERIFY(mode->quizDialog() != nullptr);
    QuizDialog* dialog = mode->quizDialog();
    QCOMPARE(mode->lessons()->current(), 4);  // still the previous slide: the picture would tell
    QCOMPARE(dialog->question().ask(), QuizAsk::Value);
    QVERIFY(dialog->answerEdit()->hasFocus());
    answer(mode, QStringLiteral("8"));
    QVERIFY(dialog->resultLabel()->isVisible());
    QVERIFY2(dialog->resultLabel()->text().contains(QStringLiteral("Not quite: it is 6")), qPrintable(dialog->resultLabel()->text()));
    QVERIFY2(dialog->explanationLabel()->text().contains(QStringLiteral("You said 8, 2 off")), qPrintable(dialog->explanationLabel()->text()));
    QVERIFY(dialog->explanationLabel()->text().contains(QStringLiteral("= 1·6 = 6")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);  // Continue
    QTRY_VERIFY(mode->quizDialog() == nullptr);
    QCOMPARE(mode->quizAsked(), 1);
    QCOMPARE(mode->quizRight(), 0);
    QCOMPARE(mode->lessons()->current(), 5);
    // The truth plays: y[0, 0] is complete after the first element, and it is highlighted.
    QTRY_COMPARE(w.playback()->currentStep(), 1);
    QTRY_VERIFY(w.view()->inspection().expression.contains(QStringLiteral("= 6")));
}

void LessonWindowTest::quizModeAsksBeforeTheStepPlaysAndKeepsTheScore()
{
    MainWindow w(BuiltinPresets::demoPath(), 0);
    startQuiz(w);
    LessonMode* mode = w.lessonMode();
    // At step 0 the first question is the shape.
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTRY_VERIFY(mode->quizDialog() != nullptr);
    QCOMPARE(mode->quizDialog()->question().ask(), QuizAsk::Shape);
    QCOMPARE(w.playback()->currentStep(), 0);  // nothing played before the answer
    QVERIFY(answer(mode, QStringLiteral("8x8"))->resultLabel()->text().contains(QStringLiteral("Right")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(mode->quizDialog() == nullptr);
    QCOMPARE(mode->quizRight(), 1);
    QCOMPARE(mode->quizAsked(), 1);
    QTRY_COMPARE(w.playback()->currentStep(), w.playback()->stepCount() - 1);  // the shape is the finished output
    // An answer that cannot be read is not scored, and the question stays.
    QTest::keyClick(w.view(), Qt::Key_Home);
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTRY_VERIFY(mode->quizDialog() != nullptr);
    answer(mode, QStringLiteral("no idea"));
    QVERIFY(mode->quizDialog() != nullptr);
    QVERIFY(!mode->quizDialog()->verdict());
    QCOMPARE(mode->quizAsked(), 1);
}

void LessonWindowTest::escapeSkipsAQuestionUnscored()
{
    MainWindow w(BuiltinPresets::demoPath(), 3);
    startQuiz(w);
    LessonMode* mode = w.lessonMode();
    QTest::keyClick(w.view(), Qt::Key_Right);
    QTRY_VERIFY(mode->quizDialog() != nullptr);
    QVERIFY(mode->quizDialog()->question().ask() != QuizAsk::Shape);  // the shape is on screen at step 3
    QVERIFY(mode->quizDialog()->question().truthStep() > 3);
    QTest::keyClick(mode->quizDialog()->answerEdit(), Qt::Key_Escape);
    QTRY_VERIFY(mode->quizDialog() == nullptr);
    QCOMPARE(mode->quizAsked(), 0);
}

SB_TEST_MAIN(LessonWindowTest)
#include "tst_lesson_window.moc"
