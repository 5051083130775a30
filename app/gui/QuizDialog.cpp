// SPDX-License-Identifier: MIT
#include "app/gui/QuizDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

QuizDialog::QuizDialog(const QuizQuestion& question, int right, int asked, QWidget* parent)
    : QDialog(parent), question_(question), right_(right), asked_(asked)
{
    setWindowTitle(tr("Predict"));
    setObjectName(QStringLiteral("quizDialog"));
    auto* prompt = new QLabel(question.prompt(), this);
    QFont big = prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    prompt->setFont(big);
    prompt->setWordWrap(true);
    // The layer asked about: a question slide is asked before its picture is on screen.
    auto* layer = new QLabel(question.layer(), this);
    layer->setWordWrap(true);
    hint_ = new QLabel(question.answerHint(), this);
    hint_->setWordWrap(true);
    QFont italic = hint_->font();
    italic.setItalic(true);
    hint_->setFont(italic);
    answer_ = new QLineEdit(this);
    answer_->setAccessibleName(tr("Your answer"));
    answer_->setPlaceholderText(tr("Your prediction"));
    QFont answerFont = answer_->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.4);
    answer_->setFont(answerFont);
    result_ = new QLabel(this);
    result_->setFont(big);
    result_->setAccessibleName(tr("Verdict"));
    explanation_ = new QLabel(this);
    explanation_->setWordWrap(true);
    explanation_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    explanation_->setAccessibleName(tr("Explanation"));
    // Read by a class from the projected picture: larger than the window's labels.
    QFont reading = explanation_->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.25);
    explanation_->setFont(reading);
    score_ = new QLabel(asked > 0 ? tr("Score so far: %1 of %2").arg(right).arg(asked) : QString(), this);
    score_->setFont(reading);
    auto* buttons = new QDialogButtonBox(this);
    check_ = buttons->addButton(tr("Check"), QDialogButtonBox::AcceptRole);
    check_->setDefault(true);
    check_->setToolTip(tr("Check the prediction against the record (Enter)"));
    skip_ = buttons->addButton(tr("Skip"), QDialogButtonBox::RejectRole);
    skip_->setToolTip(tr("Play on without answering (Esc)"));
    auto* column = new QVBoxLayout(this);
    column->addWidget(layer);
    column->addWidget(prompt);
    column->addWidget(hint_);
    column->addWidget(answer_);
    column->addWidget(result_);
    column->addWidget(explanation_);
    column->addWidget(score_);
    column->addWidget(buttons);
    result_->hide();
    explanation_->hide();
    setMinimumWidth(520);
    // Accept is Check until an answer is checked, then Continue; the buttons' own signals are not
    // connected to accept(), so a first Enter cannot close the dialog unanswered.
    connect(check_, &QPushButton::clicked, this, [this] {
        if (verdict_)
            accept();
        else
            check();
    });
    connect(skip_, &QPushButton::clicked, this, &QDialog::reject);
    answer_->setFocus();
}

void QuizDialog::placeOver(const QRect& area)
{
    area_ = area;
    const QSize size(std::min(area.width() - 32, std::max(560, sizeHint().width())), 0);
    resize(size.width(), heightForWidth(size.width()) > 0 ? heightForWidth(size.width()) : sizeHint().height());
    move(area.center() - rect().center());
    raise();
    answer_->setFocus();
}

void QuizDialog::paintEvent(QPaintEvent* event)
{
    // As a child of the window it has no frame of its own: a card over the picture.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
    painter.setBrush(palette().color(QPalette::Window));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10);
    QDialog::paintEvent(event);
}

void QuizDialog::check()
{
    const QuizQuestion::Verdict v = question_.check(answer_->text());
    if (!v.understood) {
        // Not scored: say how to write it, and let the student try again.
        explanation_->setText(v.explanation);
        explanation_->show();
        answer_->selectAll();
        if (!area_.isNull())
            placeOver(area_);
        answer_->setFocus();
        return;
    }
    verdict_ = v;
    result_->setText(v.correct ? tr("✓ Right: %1").arg(v.truth) : tr("✗ Not quite: it is %1").arg(v.truth));
    QPalette colours = result_->palette();
    colours.setColor(QPalette::WindowText, v.correct ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x24, 0x18));
    result_->setPalette(colours);
    result_->show();
    explanation_->setText(v.explanation);
    explanation_->show();
    score_->setText(tr("Score: %1 of %2").arg(right_ + (v.correct ? 1 : 0)).arg(asked_ + 1));
    answer_->setReadOnly(true);
    check_->setText(tr("Continue"));
    check_->setToolTip(tr("Watch the truth play (Enter)"));
    skip_->hide();
    if (!area_.isNull())
        placeOver(area_);
    check_->setFocus();
}

} // namespace sb
