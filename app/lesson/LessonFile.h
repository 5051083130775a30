// SPDX-License-Identifier: MIT
// LessonFile: what a lesson file holds: a title and the slides of a lecture, each one view of one
// layer at a step or over a range of steps, with a title, a caption, cells to ring and an
// optional question for the students. The layers are read when the lesson is, so a lesson that
// opens can be played and exported whole.
#pragma once

#include "app/config/ConfigFile.h"
#include "app/render/ViewId.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb {

// An output cell y[oy, ox] of the plane a slide shows.
struct OutputCell {
    qint64 oy = 0, ox = 0;
    friend bool operator==(const OutputCell&, const OutputCell&) = default;
};

// What a quiz asks a student to predict before the step plays.
enum class QuizAsk { Shape, Value, Contributions, Contributors };

struct LessonSlide {
    // Where the slide's layer comes from: written inline, a config file beside the lesson
    // ("relative/path.json"), or a built-in preset ("preset:seed004-k4-s2-p1").
    enum class Source { Inline, File, Preset };
    Source source = Source::Inline;
    QString reference;  // File: the path as written; Preset: the preset's name; Inline: empty
    ConfigFile config;  // the layer, read

    QString title;
    QString caption;  // a few lines; line breaks kept
    ViewId view = ViewId::Scatter;
    // The step shown, or the range played. Neither: the view's last step, the finished picture.
    std::optional<qint64> step;
    struct Range {
        qint64 first = 0, last = 0;
        friend bool operator==(const Range&, const Range&) = default;
    };
    std::optional<Range> steps;

    // Cells to ring, with a note said about them.
    struct Highlight {
        QList<OutputCell> cells;
        QString note;
        friend bool operator==(const Highlight&, const Highlight&) = default;
    };
    QList<Highlight> highlights;

    // A slide can be a question: the window asks it before the slide's steps play. Shape needs no
    // cell; the others ask about `cell` (the first highlighted cell when none is given).
    struct Quiz {
        QuizAsk ask = QuizAsk::Value;
        std::optional<OutputCell> cell;
        friend bool operator==(const Quiz&, const Quiz&) = default;
    };
    std::optional<Quiz> quiz;

    friend bool operator==(const LessonSlide&, const LessonSlide&) = default;
};

struct Lesson {
    QString title;
    QString subtitle;        // the title page's second line: a course, an author, a date
    bool titlePage = false;  // the handout starts with a page of title, subtitle and contents
    QList<LessonSlide> slides;

    friend bool operator==(const Lesson&, const Lesson&) = default;
};

// The names quiz questions have in a lesson file ("shape", "value", "contributions",
// "contributors"); these names are a contract, like the views'.
QString quizAskName(QuizAsk ask);
std::optional<QuizAsk> quizAskFromName(const QString& name);

} // namespace sb
