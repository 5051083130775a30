// SPDX-License-Identifier: MIT
// QuizDialog: asks one QuizQuestion before a step plays — the question, how to type the answer,
// a line to type it — then says right or wrong, the truth and why, and the session's score.
// Keyboard alone: type, Enter checks, Enter again continues (the window then animates the
// truth); Esc skips the question unscored.
#pragma once

#include "app/lesson/QuizQuestion.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sb {

class QuizDialog : public QDialog {
    Q_OBJECT
public:
    // score: right answers and questions answered so far this session, before this one.
    QuizDialog(const QuizQuestion& question, int right, int asked, QWidget* parent = nullptr);

    const QuizQuestion& question() const { return question_; }
    // Set once an answer was understood and checked; the window scores it.
    const std::optional<QuizQuestion::Verdict>& verdict() const { return verdict_; }

    // Centres the dialog (a child widget of the window) over `area`, sized to its contents.
    void placeOver(const QRect& area);

    QLineEdit* answerEdit() const { return answer_; }
    QLabel* resultLabel() const { return result_; }
    QLabel* explanationLabel() const { return explanation_; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void check();

    QuizQuestion question_;
    int right_, asked_;
    std::optional<QuizQuestion::Verdict> verdict_;
    QLineEdit* answer_;
    QLabel* hint_;
    QLabel* result_;
    QLabel* explanation_;
    QLabel* score_;
    QPushButton* check_;
    QPushButton* skip_;
    QRect area_;  // where placeOver() centred it, to centre it again as it grows
};

} // namespace sb
