// SPDX-License-Identifier: MIT
// LessonMode: lessons and quizzes in the window. It owns the Lesson menu, the lesson editor dock
// and the slide's caption under the picture; shows a slide (its layer, view, step and ringed
// cells); drives the clicker through a slide's steps and on to the next slide; and in quiz mode
// asks a prediction before a step plays, then animates the truth and keeps the session's score.
#pragma once

#include "app/controller/LessonController.h"
#include "app/gui/QuizDialog.h"
#include "app/lesson/QuizQuestion.h"

#include <QObject>
#include <functional>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace sb {

class DocumentController;
class LessonPanel;
class MainWindow;
class PlaybackController;
class ScatterView;
class ViewSettings;

class LessonMode : public QObject {
    Q_OBJECT
public:
    LessonMode(MainWindow* window, DocumentController* document, PlaybackController* playback, ScatterView* view,
               ViewSettings* viewSettings);

    LessonController* lessons() const { return lessons_; }
    LessonPanel* panel() const { return panel_; }
    QDockWidget* dock() const { return dock_; }
    QMenu* menu() const { return menu_; }
    QAction* quizAction() const { return quiz_; }
    // Lesson → New Lesson…, which the File menu offers too.
    QAction* newLessonAction() const { return newLesson_; }
    // The slide's title and caption, under the picture while a lesson is open.
    QLabel* captionBar() const { return caption_; }
    // The question being asked, or nullptr.
    QuizDialog* quizDialog() const { return dialog_; }
    int quizRight() const { return right_; }
    int quizAsked() const { return asked_; }

    // The clicker (→, Page Down, Space when presenting): in quiz mode a question first; with a
    // lesson open, the slide's steps, then the next slide. False when neither applies and the
    // window steps as usual.
    bool forward();
    bool back();
    // Opens a lesson file (or a built-in ":/lessons/…"), showing its first slide; errors go to a
    // dialog (unless quiet) and the status bar.
    bool open(const QString& path, bool quiet = false);
    // Presentation mode from the first slide.
    void play();
    // Whether closing the window may go on (the lesson saved, or its edits discarded).
    bool maybeSave();
    // The slide the current view would make: its layer, view and step.
    LessonSlide currentViewAsSlide() const;
    // The caption bar again (its text size follows presentation mode).
    void updateCaption();

private:
    void buildMenu();
    void showSlide(qsizetype index);
    void applyPendingStep();
    void askQuiz(const QuizQuestion& question, std::function<void()> then);
    void quizFinished(const QuizQuestion& question, bool answered, bool correct, std::function<void()> then);
    void highlightCell(const OutputCell& cell);
    void newLesson();
    void openDialog();
    bool saveDialog();
    void exportDialog(bool handout);
    void updateEnabled();

    MainWindow* window_;
    DocumentController* document_;
    PlaybackController* playback_;
    ScatterView* view_;
    ViewSettings* viewSettings_;
    LessonController* lessons_;
    LessonPanel* panel_;
    QDockWidget* dock_;
    QLabel* caption_;
    QMenu* menu_ = nullptr;
    QAction* quiz_ = nullptr;
    QAction* newLesson_ = nullptr;
    QList<QAction*> needsLesson_;  // enabled while a lesson is open
    QPointer<QuizDialog> dialog_;
    qsizetype pendingSlide_ = -1;  // a slide whose picture is still being built
    qint64 revealTo_ = -1;         // after a question: play the slide from 0 to this step
    bool quizAskedOnSlide_ = false;
    int right_ = 0, asked_ = 0, round_ = 0;
};

} // namespace sb
