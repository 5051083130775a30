// SPDX-License-Identifier: MIT
// LessonExporter: a lesson without a window — a PDF handout (an optional title page, then one A4
// landscape page per slide: its title, its picture at the slide's step, its caption, its highlights and its
// question with the answer) or a deck (one file per slide in a folder: a PNG, or a GIF for a slide
// that plays a range of steps). Slides are drawn by SlidePicture, the same way the window shows them.
#pragma once

#include "app/export/ExportJob.h"
#include "app/lesson/LessonFile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace sb {

class LessonExporter {
    Q_DECLARE_TR_FUNCTIONS(sb::LessonExporter)

public:
    struct Settings {
        double scale = 1.0;     // the deck's pictures (the handout fits each picture to its page)
        double fps = 20.0;      // the deck's GIFs
        RenderOptions render;   // theme and palette
        bool titlePage = false; // the handout starts with a title page (also when the lesson asks)
        QStringList inputs;     // every file the export reads: none of them is ever written over
    };
    // Called after each slide: slides done of total; returning false cancels, leaving nothing.
    using Progress = ExportJob::Progress;

    // The handout's page, A4 landscape, in 1/96 inch.
    static QSizeF pageSize();
    static ExportJob::Result writeHandout(const Lesson& lesson, const QString& path, const Settings& settings,
                                          const Progress& progress = {});
    // folder is created when missing; a folder already holding a file the deck would write is
    // refused before anything is drawn.
    static ExportJob::Result writeDeck(const Lesson& lesson, const QString& folder, const Settings& settings,
                                       const Progress& progress = {});
    // "03-stride-2-padding-1.gif": the slide's number and title, as a file name.
    static QString deckFileName(const LessonSlide& slide, qsizetype index, qsizetype count);
    // The files a lesson reads besides itself: its slides' config files, .npy and model files.
    static QStringList inputsOf(const Lesson& lesson);
};

} // namespace sb
