// SPDX-License-Identifier: MIT
// QuizTruth: the answers to the predictions a quiz asks about one output plane, read off the
// scatter record (never a second computation of ours): a cell's value summed as the record sums
// it, the input elements that reach it, the step of the scatter timeline (one step per input
// element) at which it is complete, and the cells still being formed after a step — the ones
// worth asking about. The wording of questions and verdicts is the app's (QuizQuestion).
#pragma once

#include "core/Contribution.h"
#include "core/ScatterRecord.h"
#include "core/Timeline.h"

#include <cstdint>
#include <memory>
#include <set>
#include <tuple>
#include <vector>

namespace sb {

class QuizTruth {
public:
    using Element = std::tuple<std::int64_t, std::int64_t, std::int64_t>;  // (ci, iy, ix)
    struct Cell {
        std::int64_t oy = 0, ox = 0;
    };

    QuizTruth(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane);

    // The contributions into y[oy, ox], in record order.
    std::vector<Contribution> contributions(Cell cell) const;
    // y[oy, ox]: its contributions summed in record order in double, the bias added, rounded to
    // float — the order and precision of the record's own output.
    double value(Cell cell) const;
    // The distinct input elements that reach the cell.
    std::set<Element> elements(Cell cell) const;
    // The step where the cell is complete: its last contribution arrived, its bias added.
    std::int64_t completeAt(Cell cell) const;
    // The step where the output is finished (the shape's truth is on the picture).
    std::int64_t finishedAt() const;
    // The cells still being formed after shownStep: of about 1024 cells spread over the output
    // (starting at seed modulo the spread), those two or more elements meet at when there are
    // any, and of those the ones completed soonest, so a quiz follows the story step by step.
    std::vector<Cell> cellsAhead(std::int64_t shownStep, std::uint32_t seed) const;

private:
    Timeline timeline() const;
    std::int64_t completeAt(const Timeline& timeline, const std::vector<Contribution>& terms) const;

    std::shared_ptr<const ScatterRecord> record_;
    PlaneSelection plane_;
};

}  // namespace sb
