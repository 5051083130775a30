// SPDX-License-Identifier: MIT
#include "core/QuizTruth.h"

#include <algorithm>
#include <limits>

namespace sb {

QuizTruth::QuizTruth(std::shared_ptr<const ScatterRecord> record, PlaneSelection plane)
    : record_(std::move(record)), plane_(plane)
{}

std::vector<Contribution> QuizTruth::contributions(Cell cell) const
{
    return record_->intoOutput(plane_.n, plane_.co, cell.oy, cell.ox);
}

double QuizTruth::value(Cell cell) const
{
    double sum = 0.0;
    for (const Contribution& c : contributions(cell))
        sum += static_cast<double>(c.value);
    if (record_->layer().hasBias())
        sum += static_cast<double>(record_->layer().bias[static_cast<std::size_t>(plane_.co)]);
    return static_cast<double>(static_cast<float>(sum));
}

std::set<QuizTruth::Element> QuizTruth::elements(Cell cell) const
{
    std::set<Element> out;
    for (const Contribution& c : contributions(cell))
        out.insert({c.ci, c.iy, c.ix});
    return out;
}

Timeline QuizTruth::timeline() const
{
    return Timeline(record_->geometry(), plane_, false, record_->layer().hasBias());
}

std::int64_t QuizTruth::completeAt(const Timeline& timeline, const std::vector<Contribution>& terms) const
{
    std::int64_t complete = record_->layer().hasBias() ? timeline.firstStepOf(PhaseKind::Bias) : 0;
    for (const Contribution& c : terms)
        complete = std::max<std::int64_t>(complete, timeline.stepOfElement(c.ci, c.iy, c.ix));
    return complete;
}

std::int64_t QuizTruth::completeAt(Cell cell) const
{
    return completeAt(timeline(), contributions(cell));
}

std::int64_t QuizTruth::finishedAt() const
{
    return timeline().size() - 1;
}

std::vector<QuizTruth::Cell> QuizTruth::cellsAhead(std::int64_t shownStep, std::uint32_t seed) const
{
    const LayerGeometry& g = record_->geometry();
    const Timeline steps = timeline();
    // On a large output a spread of about 1000 cells is looked at, not every one.
    const std::int64_t every = std::max<std::int64_t>(1, (g.output.h * g.output.w) / 1024);
    struct Candidate {
        Cell cell;
        std::int64_t complete;
        bool meeting;
    };
    std::vector<Candidate> ahead;
    for (std::int64_t i = static_cast<std::int64_t>(seed % static_cast<std::uint32_t>(every));
         i < g.output.h * g.output.w; i += every) {
        const Cell cell{i / g.output.w, i % g.output.w};
        const std::vector<Contribution> terms = contributions(cell);
        std::set<Element> meeting;
        for (const Contribution& c : terms)
            meeting.insert({c.ci, c.iy, c.ix});
        const std::int64_t complete = completeAt(steps, terms);
        if (complete > shownStep)
            ahead.push_back({cell, complete, meeting.size() >= 2});
    }
    const bool anyMeeting = std::any_of(ahead.begin(), ahead.end(), [](const Candidate& c) { return c.meeting; });
    std::int64_t soonest = std::numeric_limits<std::int64_t>::max();
    for (const Candidate& c : ahead)
        if (c.meeting || !anyMeeting)
            soonest = std::min(soonest, c.complete);
    std::vector<Cell> cells;
    for (const Candidate& c : ahead)
        if ((c.meeting || !anyMeeting) && c.complete == soonest)
            cells.push_back(c.cell);
    return cells;
}

}  // namespace sb
