// SPDX-License-Identifier: MIT
// QuizQuestion: one prediction asked of a student about a layer — the output's shape, one output
// cell's value, how many contributions reach a cell, or which input elements reach it — checked
// against the scatter record (core's QuizTruth, never a second computation of ours), with the
// truth explained the way the picture shows it: the size formula, or the cell's sum written out.
#pragma once

#include "app/lesson/LessonFile.h"
#include "core/QuizTruth.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace sb {

class QuizQuestion {
    Q_DECLARE_TR_FUNCTIONS(sb::QuizQuestion)

public:
    // cell is ignored by a Shape question; it must lie in the output.
    QuizQuestion(QuizAsk ask, std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, OutputCell cell = {});

    QuizAsk ask() const { return ask_; }
    OutputCell cell() const { return cell_; }
    PlaneSelection plane() const { return plane_; }

    // The question, one sentence: "What is y[0, 1]?".
    QString prompt() const;
    // How to type an answer: "a number, e.g. 12 or −0.5".
    QString answerHint() const;
    // Which layer is asked about, for a question asked before its picture is shown:
    // "ConvTranspose2d(1, 1, kernel_size=4, stride=2, padding=1, bias=False) on a 1×1×4×4 input".
    QString layer() const;

    struct Verdict {
        bool understood = false;  // false: the answer could not be read (not scored; ask again)
        bool correct = false;
        QString truth;        // the right answer, as the student would type it: "8×8", "12"
        QString explanation;  // why, in a sentence or two, naming the difference when wrong
    };
    Verdict check(const QString& answer) const;

    // The step of the scatter timeline (one step per input element) where the truth is on the
    // picture: the cell's last contribution arrived (its bias added), or the finished output for
    // the shape. The window animates there after the answer.
    qint64 truthStep() const;

    // A question for a student about record: kinds in turn from `round` (shape, value,
    // contributions, contributors), each about a cell chosen by `seed` among the cells most worth
    // asking (reached by at least two input elements when there are any). Only questions whose
    // truth is not yet on the picture at step `shownStep` are asked (the shape only at step 0);
    // nullopt when there is nothing left to predict.
    static std::optional<QuizQuestion> pick(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane, int round,
                                            quint32 seed, qint64 shownStep = 0);

private:
    // The input elements reaching the cell, as (ci, iy, ix) with their taps, in record order.
    std::vector<Contribution> contributions() const;
    double truthValue() const;
    QString cellName() const;  // "y[0, 1]"
    QString sumWrittenOut() const;  // "x[0,0]·w[1,2] + x[0,1]·w[1,0] = 1·7 + 1·5 = 12"
    Verdict checkShape(const QString& answer) const;
    Verdict checkValue(const QString& answer) const;
    Verdict checkContributions(const QString& answer) const;
    Verdict checkContributors(const QString& answer) const;

    QuizAsk ask_;
    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
    OutputCell cell_;
    QuizTruth truth_;
};

} // namespace sb
