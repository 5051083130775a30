// SPDX-License-Identifier: MIT
// LessonPanel: the lesson editor, a dock beside the picture. It lists the slides (click one to
// show it), edits the lesson's title and the selected slide's title, caption and question, and
// adds, removes and reorders slides through the LessonController. Adding asks the window for
// the slide (its view, step and layer), so the panel knows nothing of views.
#pragma once

#include "app/controller/LessonController.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace sb {

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    // currentView: the slide the window's current view would make (Lesson → Add Slide).
    LessonPanel(LessonController* lessons, std::function<LessonSlide()> currentView, QWidget* parent = nullptr);

    QListWidget* slideList() const { return list_; }
    QLineEdit* lessonTitle() const { return lessonTitle_; }
    QLineEdit* slideTitle() const { return slideTitle_; }
    QPlainTextEdit* caption() const { return caption_; }
    QComboBox* quiz() const { return quiz_; }

public slots:
    void addCurrentView();
    void removeSelected();
    void moveSelected(int by);

private:
    void refill();
    void showSelected();
    qsizetype selected() const;

    LessonController* lessons_;
    std::function<LessonSlide()> currentView_;
    QLineEdit* lessonTitle_;
    QListWidget* list_;
    QToolButton *add_, *remove_, *up_, *down_;
    QLineEdit* slideTitle_;
    QLabel* where_;
    QPlainTextEdit* caption_;
    QComboBox* quiz_;
    bool filling_ = false;
};

} // namespace sb
