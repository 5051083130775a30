// SPDX-License-Identifier: MIT
#include "app/controller/LessonController.h"

#include "app/config/ConfigError.h"
#include "app/lesson/LessonReader.h"
#include "app/lesson/LessonWriter.h"

#include <algorithm>

namespace sb {

LessonController::LessonController(QObject* parent) : QObject(parent) {}

const LessonSlide* LessonController::currentSlide() const
{
    return current_ >= 0 && current_ < lesson_.slides.size() ? &lesson_.slides[current_] : nullptr;
}

void LessonController::start(const QString& title)
{
    lesson_ = Lesson{};
    lesson_.title = title;
    lesson_.titlePage = true;
    open_ = true;
    current_ = -1;
    path_.clear();
    emit filePathChanged(path_);
    emit opened();
    emit slidesChanged();
    touch();
}

bool LessonController::open(const QString& path, QString* error)
{
    try {
        lesson_ = readLessonFile(path);
    } catch (const ConfigError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    // Built-in lessons (":/lessons/…") have no file to save back to.
    replaced(true, path.startsWith(QLatin1Char(':')) ? QString() : path);
    return true;
}

bool LessonController::save(QString* error)
{
    return saveAs(path_, error);
}

bool LessonController::saveAs(const QString& path, QString* error)
{
    try {
        writeLessonFile(lesson_, path);
    } catch (const ConfigError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    path_ = path;
    modified_ = false;
    emit filePathChanged(path_);
    emit modifiedChanged(false);
    return true;
}

void LessonController::close()
{
    lesson_ = Lesson{};
    replaced(false, QString());
}

void LessonController::replaced(bool open, const QString& path)
{
    open_ = open;
    path_ = path;
    current_ = -1;
    modified_ = false;
    emit filePathChanged(path_);
    emit modifiedChanged(false);
    emit opened();
    emit slidesChanged();
}

void LessonController::touch()
{
    const bool was = modified_;
    modified_ = true;
    if (!was)
        emit modifiedChanged(true);
}

void LessonController::setTitle(const QString& title)
{
    if (title == lesson_.title)
        return;
    lesson_.title = title;
    touch();
}

void LessonController::insertSlide(qsizetype index, const LessonSlide& slide)
{
    index = std::clamp<qsizetype>(index, 0, lesson_.slides.size());
    lesson_.slides.insert(index, slide);
    emit slidesChanged();
    touch();
    show(index);
}

void LessonController::removeSlide(qsizetype index)
{
    if (index < 0 || index >= lesson_.slides.size())
        return;
    lesson_.slides.removeAt(index);
    if (current_ >= lesson_.slides.size())
        current_ = lesson_.slides.size() - 1;
    emit slidesChanged();
    touch();
    if (current_ >= 0)
        show(current_);
}

void LessonController::moveSlide(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= lesson_.slides.size() || to < 0 || to >= lesson_.slides.size() || from == to)
        return;
    lesson_.slides.move(from, to);
    // The slide being shown keeps being shown, wherever it went.
    if (current_ == from)
        current_ = to;
    else if (from < current_ && to >= current_)
        --current_;
    else if (from > current_ && to <= current_)
        ++current_;
    emit slidesChanged();
    touch();
}

template <typename Value>
bool LessonController::editSlide(qsizetype index, Value LessonSlide::*field, const Value& value)
{
    if (index < 0 || index >= lesson_.slides.size() || lesson_.slides[index].*field == value)
        return false;
    lesson_.slides[index].*field = value;
    touch();
    return true;
}

void LessonController::setSlideTitle(qsizetype index, const QString& title)
{
    if (editSlide(index, &LessonSlide::title, title))
        emit slidesChanged();  // the list shows titles
}

void LessonController::setSlideCaption(qsizetype index, const QString& caption)
{
    editSlide(index, &LessonSlide::caption, caption);
}

void LessonController::setSlideQuiz(qsizetype index, const std::optional<LessonSlide::Quiz>& quiz)
{
    editSlide(index, &LessonSlide::quiz, quiz);
}

void LessonController::show(qsizetype index)
{
    if (lesson_.slides.isEmpty())
        return;
    current_ = std::clamp<qsizetype>(index, 0, lesson_.slides.size() - 1);
    emit slideShown(current_);
}

} // namespace sb
