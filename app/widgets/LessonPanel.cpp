// SPDX-License-Identifier: MIT
#include "app/widgets/LessonPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

LessonPanel::LessonPanel(LessonController* lessons, std::function<LessonSlide()> currentView, QWidget* parent)
    : QWidget(parent), lessons_(lessons), currentView_(std::move(currentView))
{
    lessonTitle_ = new QLineEdit(this);
    lessonTitle_->setPlaceholderText(tr("Lesson title"));
    lessonTitle_->setAccessibleName(tr("Lesson title"));
    list_ = new QListWidget(this);
    list_->setAccessibleName(tr("Slides"));
    list_->setToolTip(tr("The lesson's slides: click one to show it; Enter shows the selected one"));
    auto button = [this](const QString& text, const QString& tip) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAccessibleName(tip);
        return b;
    };
    add_ = button(tr("Add"), tr("Add the current view, at its step, as a slide after the selected one (Ctrl+Alt+A)"));
    remove_ = button(tr("Remove"), tr("Remove the selected slide"));
    up_ = button(tr("Up"), tr("Move the selected slide up"));
    down_ = button(tr("Down"), tr("Move the selected slide down"));
    auto* buttons = new QHBoxLayout;
    for (QToolButton* b : {add_, remove_, up_, down_})
        buttons->addWidget(b);
    buttons->addStretch(1);

    slideTitle_ = new QLineEdit(this);
    slideTitle_->setAccessibleName(tr("Slide title"));
    where_ = new QLabel(this);
    where_->setWordWrap(true);
    caption_ = new QPlainTextEdit(this);
    caption_->setAccessibleName(tr("Caption"));
    caption_->setPlaceholderText(tr("What the class should see in this picture, in a few lines"));
    caption_->setTabChangesFocus(true);
    caption_->setMaximumHeight(120);
    quiz_ = new QComboBox(this);
    quiz_->setAccessibleName(tr("Question"));
    quiz_->setToolTip(tr("Ask the class to predict something before the slide plays"));
    quiz_->addItem(tr("None"));
    quiz_->addItem(tr("The output's shape"), static_cast<int>(QuizAsk::Shape));
    quiz_->addItem(tr("A cell's value"), static_cast<int>(QuizAsk::Value));
    quiz_->addItem(tr("Contributions to a cell"), static_cast<int>(QuizAsk::Contributions));
    quiz_->addItem(tr("Input elements reaching a cell"), static_cast<int>(QuizAsk::Contributors));

    auto* form = new QFormLayout;
    form->addRow(tr("Title"), slideTitle_);
    form->addRow(tr("Shows"), where_);
    form->addRow(tr("Caption"), caption_);
    form->addRow(tr("Question"), quiz_);
    auto* column = new QVBoxLayout(this);
    column->addWidget(lessonTitle_);
    column->addWidget(list_, 1);
    column->addLayout(buttons);
    column->addLayout(form);

    connect(add_, &QToolButton::clicked, this, &LessonPanel::addCurrentView);
    connect(remove_, &QToolButton::clicked, this, &LessonPanel::removeSelected);
    connect(up_, &QToolButton::clicked, this, [this] { moveSelected(-1); });
    connect(down_, &QToolButton::clicked, this, [this] { moveSelected(1); });
    connect(lessonTitle_, &QLineEdit::textEdited, lessons_, &LessonController::setTitle);
    connect(list_, &QListWidget::currentRowChanged, this, [this] { showSelected(); });
    connect(list_, &QListWidget::itemClicked, this, [this] { lessons_->show(selected()); });
    connect(list_, &QListWidget::itemActivated, this, [this] { lessons_->show(selected()); });
    connect(slideTitle_, &QLineEdit::textEdited, this, [this](const QString& text) { lessons_->setSlideTitle(selected(), text); });
    connect(caption_, &QPlainTextEdit::textChanged, this, [this] {
        if (!filling_)
            lessons_->setSlideCaption(selected(), caption_->toPlainText());
    });
    connect(quiz_, &QComboBox::activated, this, [this](int index) {
        const qsizetype slide = selected();
        if (slide < 0)
            return;
        std::optional<LessonSlide::Quiz> quiz;
        if (index > 0) {
            const LessonSlide& s = lessons_->lesson().slides[slide];
            // A cell question asks about the first highlighted cell, or the output's first cell.
            quiz = LessonSlide::Quiz{static_cast<QuizAsk>(quiz_->itemData(index).toInt()), std::nullopt};
            if (quiz->ask != QuizAsk::Shape)
                quiz->cell = s.highlights.isEmpty() ? OutputCell{} : s.highlights.front().cells.front();
        }
        lessons_->setSlideQuiz(slide, quiz);
    });
    connect(lessons_, &LessonController::slidesChanged, this, &LessonPanel::refill);
    connect(lessons_, &LessonController::opened, this, &LessonPanel::refill);
    connect(lessons_, &LessonController::slideShown, this, [this](qsizetype index) {
        if (list_->currentRow() != index)
            list_->setCurrentRow(static_cast<int>(index));
    });
    refill();
}

qsizetype LessonPanel::selected() const
{
    return list_->currentRow();
}

void LessonPanel::refill()
{
    filling_ = true;
    const int keep = list_->currentRow();
    list_->clear();
    const Lesson& lesson = lessons_->lesson();
    if (lessonTitle_->text() != lesson.title)
        lessonTitle_->setText(lesson.title);
    for (qsizetype i = 0; i < lesson.slides.size(); ++i)
        list_->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(lesson.slides[i].title));
    const qsizetype current = lessons_->current() >= 0 ? lessons_->current() : keep;
    list_->setCurrentRow(static_cast<int>(std::min<qsizetype>(current, lesson.slides.size() - 1)));
    filling_ = false;
    showSelected();
    setEnabled(lessons_->isOpen());
}

void LessonPanel::showSelected()
{
    filling_ = true;
    const qsizetype i = selected();
    const bool has = i >= 0 && i < lessons_->lesson().slides.size();
    for (QWidget* w : {static_cast<QWidget*>(slideTitle_), static_cast<QWidget*>(caption_), static_cast<QWidget*>(quiz_),
                       static_cast<QWidget*>(remove_), static_cast<QWidget*>(up_), static_cast<QWidget*>(down_)})
        w->setEnabled(has);
    if (has) {
        const LessonSlide& s = lessons_->lesson().slides[i];
        if (slideTitle_->text() != s.title)
            slideTitle_->setText(s.title);
        if (caption_->toPlainText() != s.caption)
            caption_->setPlainText(s.caption);
        //: what a slide shows: %1 the view's name, %2 its steps
        const QString steps = s.steps ? tr("steps %1–%2").arg(s.steps->first).arg(s.steps->last)
                              : s.step ? tr("step %1").arg(*s.step)
                                       : tr("the finished picture");
        where_->setText(tr("%1 view, %2").arg(viewTitle(s.view), steps));
        quiz_->setCurrentIndex(s.quiz ? quiz_->findData(static_cast<int>(s.quiz->ask)) : 0);
        up_->setEnabled(i > 0);
        down_->setEnabled(i + 1 < lessons_->lesson().slides.size());
    } else {
        slideTitle_->clear();
        caption_->clear();
        where_->clear();
        quiz_->setCurrentIndex(0);
    }
    filling_ = false;
}

void LessonPanel::addCurrentView()
{
    if (!lessons_->isOpen())
        return;
    lessons_->insertSlide(selected() + 1, currentView_());
    slideTitle_->setFocus();
    slideTitle_->selectAll();
}

void LessonPanel::removeSelected()
{
    lessons_->removeSlide(selected());
}

void LessonPanel::moveSelected(int by)
{
    const qsizetype from = selected();
    lessons_->moveSlide(from, from + by);
    list_->setCurrentRow(static_cast<int>(from + by));
}

} // namespace sb
