// SPDX-License-Identifier: MIT
// SlidePicture: what one slide of a lesson shows — its layer's scatter record, its view's picture,
// the steps it shows or plays, and its highlighted cells as an inspection — so the window, the
// handout and the deck draw a slide the same way.
#pragma once

#include "app/lesson/LessonFile.h"
#include "app/render/PictureFactory.h"
#include "app/render/RenderOptions.h"

#include <QCoreApplication>

#include <memory>

namespace sb {

class SlidePicture {
    Q_DECLARE_TR_FUNCTIONS(sb::SlidePicture)

public:
    // Records the slide's layer and builds its picture. Throws what validateConfig and
    // ScatterRecord throw (TorchError, ConfigError, std::length_error) for a layer that cannot be
    // drawn; a lesson read by LessonReader has already been checked against PyTorch.
    explicit SlidePicture(const LessonSlide& slide);

    const LessonSlide& slide() const { return slide_; }
    std::shared_ptr<const ScatterRecord> record() const { return record_; }
    const PictureFactory::Source& source() const { return source_; }
    const Picture& picture() const { return *picture_; }

    // The steps the slide shows, within the picture's: a range played, or one step (first == last).
    // Without "step" or "steps", the finished picture: the view's last step.
    qint64 firstStep() const { return first_; }
    qint64 lastStep() const { return last_; }
    bool plays() const { return first_ < last_; }

    // The slide's highlights as the picture's own inspection: the first cell explained (its sum
    // written out, its contributors lit), every cell ringed, the notes beside the explanation.
    // Empty when the slide highlights nothing.
    Inspection highlight(double position) const;
    // base with the highlight pinned: what the slide looks like at position.
    RenderOptions renderOptions(double position, RenderOptions base = {}) const;

    // "Slide 3 of 9 · kernel 4, stride 2, padding 1 → 8×8".
    static QString heading(const LessonSlide& slide, qsizetype index, qsizetype count);

private:
    LessonSlide slide_;
    std::shared_ptr<const ScatterRecord> record_;
    PictureFactory::Source source_;
    std::unique_ptr<Picture> picture_;
    qint64 first_ = 0, last_ = 0;
};

// The highlights of a slide over any picture of its layer (the window's, at any room); outputWidth
// is the layer's W_out, for the cells' indices.
Inspection slideHighlight(const Picture& picture, const LessonSlide& slide, qint64 outputWidth, double position);

} // namespace sb
