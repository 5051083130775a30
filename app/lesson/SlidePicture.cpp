// SPDX-License-Identifier: MIT
#include "app/lesson/SlidePicture.h"

#include "app/config/ConfigReader.h"
#include "app/config/ImageInputs.h"

#include <algorithm>

namespace sb {

SlidePicture::SlidePicture(const LessonSlide& slide) : slide_(slide)
{
    record_ = std::make_shared<const ScatterRecord>(validateConfig(slide.config, slide.title));
    source_ = PictureFactory::Source{record_, PlaneSelection{}, false, nullptr, slide.config.stack};
    // A slide of the image view shows the built-in photo through its layer.
    if (PictureFactory::view(slide.view).drawsImage) {
        try {
            source_.imageExperiment =
                ImageExperiment::compute(ImageInputs::read({}, record_->layer()), record_->layer());
        } catch (const std::exception&) {
            // no image picture: the scatter stands in below
        }
    }
    picture_ = PictureFactory::make(slide.view, source_);
    if (!picture_)  // a view that cannot show this layer falls back to the scatter, as in the window
        picture_ = PictureFactory::make(ViewId::Scatter, source_);
    const qint64 lastOfPicture = std::max<qint64>(picture_->stepCount() - 1, 0);
    if (slide.steps) {
        first_ = std::min(slide.steps->first, lastOfPicture);
        last_ = std::min(slide.steps->last, lastOfPicture);
    } else {
        first_ = last_ = slide.step ? std::min(*slide.step, lastOfPicture) : lastOfPicture;
    }
}

Inspection SlidePicture::highlight(double position) const
{
    return slideHighlight(*picture_, slide_, record_->geometry().output.w, position);
}

RenderOptions SlidePicture::renderOptions(double position, RenderOptions base) const
{
    base.inspection = highlight(position);
    base.inspectionPinned = !base.inspection.isEmpty();
    return base;
}

QString SlidePicture::heading(const LessonSlide& slide, qsizetype index, qsizetype count)
{
    //: %1 the slide's number, %2 how many slides, %3 the slide's title
    return tr("Slide %1 of %2 · %3").arg(index + 1).arg(count).arg(slide.title);
}

Inspection slideHighlight(const Picture& picture, const LessonSlide& slide, qint64 outputWidth, double position)
{
    if (slide.highlights.isEmpty())
        return {};
    const OutputCell first = slide.highlights.front().cells.front();
    HitTarget target;
    target.kind = HitTarget::Kind::Output;
    target.oy = first.oy;
    target.ox = first.ox;
    Inspection inspection = picture.inspect(target, position);
    inspection.target = target;
    QStringList notes;
    qsizetype cells = 0;
    for (const LessonSlide::Highlight& h : slide.highlights) {
        if (!h.note.isEmpty())
            notes.append(h.note);
        for (const OutputCell& c : h.cells)
            inspection.outputCells.insert(c.oy * outputWidth + c.ox);
        cells += h.cells.size();
    }
    // One cell: its sum written out, the note below it. Several: the notes say what they share.
    const QString said = notes.join(QStringLiteral(" · "));
    if (cells == 1 && !said.isEmpty())
        inspection.detail = said;
    else if (cells > 1 && !said.isEmpty()) {
        inspection.expression = said;
        inspection.detail.clear();
    }
    return inspection;
}

} // namespace sb
