// SPDX-License-Identifier: MIT
// LessonController: the lesson open in the window — its slides, the slide shown, and whether it
// has unsaved edits — and the edits the lesson editor makes (add the current view as a slide,
// reorder, delete, retitle, recaption). It knows no widget; the window shows what it says.
#pragma once

#include "app/lesson/LessonFile.h"

#include <QObject>

namespace sb {

class LessonController : public QObject {
    Q_OBJECT
public:
    explicit LessonController(QObject* parent = nullptr);

    bool isOpen() const { return open_; }
    const Lesson& lesson() const { return lesson_; }
    QString filePath() const { return path_; }
    bool isModified() const { return modified_; }
    // The slide shown, or −1 before the first is.
    qsizetype current() const { return current_; }
    const LessonSlide* currentSlide() const;

    // Starts an empty lesson (File → New Lesson); the window then adds its current view.
    void start(const QString& title);
    // Reads path (LessonReader); false with *error (the reader's message) keeps the open lesson.
    bool open(const QString& path, QString* error = nullptr);
    bool save(QString* error = nullptr);
    bool saveAs(const QString& path, QString* error = nullptr);
    void close();

    // Edits. Indices are the slides' positions, from 0; out-of-range ones are ignored.
    void setTitle(const QString& title);
    void insertSlide(qsizetype index, const LessonSlide& slide);  // index = size: at the end
    void removeSlide(qsizetype index);
    void moveSlide(qsizetype from, qsizetype to);
    void setSlideTitle(qsizetype index, const QString& title);
    void setSlideCaption(qsizetype index, const QString& caption);
    void setSlideQuiz(qsizetype index, const std::optional<LessonSlide::Quiz>& quiz);

    // Shows slide index (clamped); emits slideShown even when it is the current one, so the
    // window can show it again from its first step.
    void show(qsizetype index);

signals:
    void opened();                   // a lesson was started, opened or closed
    void slidesChanged();            // slides added, removed, moved or retitled
    void slideShown(qsizetype index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);

private:
    void touch();
    // After lesson_ was replaced (opened or closed): nothing shown, nothing unsaved, everyone told.
    void replaced(bool open, const QString& path);
    // Sets one field of slide index; false (and nothing emitted) when it is out of range or equal.
    template <typename Value>
    bool editSlide(qsizetype index, Value LessonSlide::*field, const Value& value);

    bool open_ = false;
    Lesson lesson_;
    QString path_;
    bool modified_ = false;
    qsizetype current_ = -1;
};

} // namespace sb
