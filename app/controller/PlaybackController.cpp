// SPDX-License-Identifier: MIT
#include "app/controller/PlaybackController.h"

#include "app/controller/ImageController.h"
#include "app/render/Animation.h"
#include "app/render/PictureFactory.h"

#include <algorithm>
#include <cmath>

namespace sb {

PlaybackController::PlaybackController(QObject* parent) : QObject(parent), building_(new BackgroundTask(this))
{
    // Cancelled by the user (Esc, or the status bar's Cancel): the old picture stays, so the view
    // name goes back to it.
    connect(building_, &BackgroundTask::ended, this, [this](bool completed) {
        if (completed || rebuilding_ || !picture_ || picture_->view() == view_)
            return;
        view_ = picture_->view();
        emit viewChanged(view_);
    });
    timer_.setTimerType(Qt::PreciseTimer);
    timer_.setInterval(16);  // ~60 frames per second while something moves; idle otherwise
    connect(&timer_, &QTimer::timeout, this, &PlaybackController::tick);
}

qint64 PlaybackController::currentStep() const
{
    return picture_ ? picture_->stepAt(position_) : 0;
}

void PlaybackController::setView(ViewId view)
{
    if (view == view_)
        return;
    std::shared_ptr<const Picture> before = picture_;
    const double step = std::round(target_);
    if (before)
        leftAt_[timelineOf(*before)] = step;
    pause();
    view_ = view;
    rebuildScene([this, before = std::move(before), step] {
        if (!picture_)
            return 0.0;
        const QString timeline = timelineOf(*picture_);
        if (before && timelineOf(*before) == timeline)
            return step;  // the same story told another way: the same step
        const auto left = leftAt_.find(timeline);
        return static_cast<double>(left != leftAt_.end() ? left->second : picture_->openingStep());
    });
}

QString PlaybackController::timelineOf(const Picture& picture)
{
    // Views telling the same story step by step (Picture::stepStory) share a timeline: the scatter
    // drawn three ways, the direct convolution alone or beside the scatter. Any other view has its own.
    const StepStory story = picture.stepStory();
    const QString name = story == StepStory::Own ? viewName(picture.view()) : QString::number(static_cast<int>(story));
    return name + QLatin1Char(':') + QString::number(picture.stepCount());
}

void PlaybackController::setRecord(std::shared_ptr<const ScatterRecord> record)
{
    record_ = std::move(record);
    if (record_) {
        const LayerGeometry& g = record_->geometry();
        plane_.n = std::clamp<qint64>(plane_.n, 0, std::max<qint64>(g.batch - 1, 0));
        plane_.co = std::clamp<qint64>(plane_.co, 0, std::max<qint64>(g.out_channels - 1, 0));
    }
    rebuildScene();
}

PictureFactory::Source PlaybackController::source() const
{
    return {record_, plane_, tapSubSteps_, imageExperiment_, stack_, room_};
}

void PlaybackController::setRoom(QSizeF room)
{
    // Small moves (a status message changing the height by a line) do not lay out anew.
    if (std::abs(room.width() - room_.width()) < 24 && std::abs(room.height() - room_.height()) < 24)
        return;
    room_ = room;
    rebuildScene();
}

void PlaybackController::setStack(const std::vector<StackedLayer>& stack)
{
    if (stack == stack_)
        return;
    stack_ = stack;
    if (PictureFactory::view(view_).drawsStack)
        rebuildScene();
}

void PlaybackController::setImageExperiment(std::shared_ptr<const ImageExperiment> experiment)
{
    imageExperiment_ = std::move(experiment);
    if (PictureFactory::view(view_).drawsImage)
        rebuildScene([] { return 0.0; });
}

void PlaybackController::setPlane(qint64 n, qint64 co)
{
    if (plane_ == PlaneSelection{n, co})
        return;
    plane_ = {n, co};
    rebuildScene();
}

void PlaybackController::setTapSubSteps(bool on)
{
    if (tapSubSteps_ == on)
        return;
    // Keep the same element in view: map the step to its element, then to the new timeline.
    qint64 element = -1;
    if (!scene_.isNull()) {
        const TimelineStep& s = scene_.timeline().step(currentStep());
        if (s.kind == PhaseKind::Scatter)
            element = s.element;
    }
    tapSubSteps_ = on;
    rebuildScene([this, element, on] {
        if (element >= 0 && !scene_.isNull() && showsScatter()) {
            for (qint64 i = 0; i < scene_.timeline().size(); ++i)
                if (scene_.timeline().step(i).element == element) {
                    // The last sub-step of the element (all its taps in) or the element's single step.
                    qint64 last = i;
                    while (last + 1 < scene_.timeline().size() && scene_.timeline().step(last + 1).element == element)
                        ++last;
                    return static_cast<double>(on ? i : last);
                }
        }
        return std::round(target_);
    });
}

namespace {

// What a view is drawn from once built: the scatter scene (its timeline drives the lesson) and the
// view's picture. Built on the worker for large planes, so it holds nothing tied to a thread.
struct BuiltView {
    ScatterScene scene;
    std::shared_ptr<const Picture> picture;
    ViewId view;
};

BuiltView buildView(PictureFactory::Source source, ViewId view)
{
    BuiltView built{PictureFactory::scene(source, ViewId::Scatter), nullptr, view};
    // The image view before the image worker has delivered: the built-in photo through the layer.
    if (PictureFactory::view(view).drawsImage && !source.imageExperiment) {
        try {
            source.imageExperiment = ImageController::run({}, source.record->layer());
        } catch (const std::exception&) {
            // no picture of the view: the scatter stands in, and the worker reports the error
        }
    }
    built.picture = PictureFactory::make(view, source);
    if (!built.picture) {  // a view that cannot show this record falls back to the scatter
        built.view = ViewId::Scatter;
        built.picture = PictureFactory::make(built.view, source);
    }
    return built;
}

} // namespace

void PlaybackController::rebuildScene(std::function<double()> choosePosition)
{
    rebuilding_ = true;
    building_->cancel();  // whatever was being built is for an older request
    rebuilding_ = false;
    if (!choosePosition) {
        const double keep = std::round(target_);
        choosePosition = [keep] { return keep; };
    }
    const auto install = [this, choosePosition](BuiltView built) {
        scene_ = std::move(built.scene);
        picture_ = std::move(built.picture);
        const bool fellBack = view_ != built.view;
        view_ = built.view;
        if (fellBack)
            emit viewChanged(view_);
        const double last = static_cast<double>(stepCount() - 1);
        position_ = target_ = std::clamp(choosePosition(), 0.0, std::max(last, 0.0));
        emit sceneChanged();
        emit frameChanged();
        lastStep_ = -1;
        moveTo(position_);
    };
    if (!record_ || record_->geometry().batch == 0) {
        install({ScatterScene(), nullptr, view_});
        return;
    }
    const LayerGeometry& g = record_->geometry();
    const std::int64_t taps = g.inPerGroup() * g.input.h * g.input.w * g.kernel.h * g.kernel.w;
    if (taps <= kInlineTaps) {
        install(buildView(source(), view_));
        return;
    }
    // A large plane: the views' own computations (a direct convolution, upsampling, stacked
    // layers) take a while, so they run on the worker while the old picture stays on screen.
    building_->start<BuiltView>(
        tr("Drawing the %1 view").arg(viewName(view_)),
        [source = source(), view = view_](BackgroundTask::Control&) { return buildView(source, view); }, install);
}

void PlaybackController::setSpeed(double stepsPerSecond)
{
    speed_ = std::clamp(stepsPerSecond, 0.05, 200.0);
}

void PlaybackController::play()
{
    if (!picture_)
        return;
    if (position_ >= stepCount() - 1)
        setPosition(0);  // play from the start when at the end, like media players
    playing_ = true;
    emit playingChanged(true);
    startClock();
}

void PlaybackController::pause()
{
    if (!playing_)
        return;
    playing_ = false;
    target_ = position_;
    emit playingChanged(false);
}

void PlaybackController::togglePlay()
{
    playing_ ? pause() : play();
}

void PlaybackController::stepForward()
{
    pause();
    seekStep(static_cast<qint64>(std::floor(target_ + 1e-9)) + 1);
}

void PlaybackController::stepBack()
{
    pause();
    seekStep(static_cast<qint64>(std::ceil(target_ - 1e-9)) - 1);
}

void PlaybackController::jumpToStart()
{
    pause();
    setPosition(0);
}

void PlaybackController::jumpToEnd()
{
    pause();
    setPosition(static_cast<double>(std::max<qint64>(stepCount() - 1, 0)));
}

void PlaybackController::seekStep(qint64 step)
{
    if (!picture_)
        return;
    target_ = static_cast<double>(std::clamp<qint64>(step, 0, stepCount() - 1));
    startClock();
}

void PlaybackController::setPosition(double position)
{
    if (!picture_)
        return;
    target_ = std::clamp(position, 0.0, static_cast<double>(stepCount() - 1));
    moveTo(target_);
}

void PlaybackController::startClock()
{
    clock_.restart();
    if (!timer_.isActive())
        timer_.start();
}

void PlaybackController::tick()
{
    const double seconds = clock_.restart() / 1000.0;
    if (playing_) {
        const double last = static_cast<double>(stepCount() - 1);
        double next = position_ + seconds * speed_;
        if (next >= last) {
            next = last;
            playing_ = false;
            emit playingChanged(false);
        }
        target_ = next;
        moveTo(next);
    } else if (position_ != target_) {
        // Manual steps take kStepSeconds at speed 1.5 (the default), faster at higher speeds.
        const double rate = std::max(1.0 / kStepSeconds, speed_ * 1.5);
        const double delta = std::clamp(target_ - position_, -seconds * rate, seconds * rate);
        moveTo(std::abs(target_ - position_) <= std::abs(delta) ? target_ : position_ + delta);
    }
    if (!isAnimating())
        timer_.stop();
}

void PlaybackController::moveTo(double position)
{
    position_ = position;
    emit frameChanged();
    const qint64 step = currentStep();
    if (step != lastStep_) {
        lastStep_ = step;
        emit stepChanged(step);
    }
}

} // namespace sb
