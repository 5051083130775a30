// SPDX-License-Identifier: MIT
// PlaybackController: owns what the picture shows — the scene (record, plane, timeline) and the
// animation clock. Steps animate from one to the next (never jump); play advances at a chosen
// speed; scrubbing sets the position directly. Widgets read it and send it commands only.
#pragma once

#include "app/controller/BackgroundTask.h"
#include "app/render/Picture.h"
#include "app/render/PictureFactory.h"
#include "app/render/ScatterScene.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace sb {

class PlaybackController : public QObject {
    Q_OBJECT
public:
    explicit PlaybackController(QObject* parent = nullptr);

    // The scatter view's scene (its timeline drives the lesson when the scatter view is shown).
    const ScatterScene& scene() const { return scene_; }
    SceneFrame frame() const { return scene_.isNull() ? SceneFrame{} : scene_.frameAt(position_); }
    // The picture of the current view (PictureFactory name), or null without a valid record.
    const Picture* picture() const { return picture_.get(); }
    ViewId view() const { return view_; }
    bool showsScatter() const { return view_ == ViewId::Scatter; }
    double position() const { return position_; }
    qint64 currentStep() const;  // the step being shown (arriving or reached)
    qint64 stepCount() const { return picture_ ? picture_->stepCount() : 0; }
    bool isPlaying() const { return playing_; }
    bool isAnimating() const { return playing_ || position_ != target_; }
    double speed() const { return speed_; }
    PlaneSelection plane() const { return plane_; }
    bool tapSubSteps() const { return tapSubSteps_; }
    // What every view (and the window's exports) is drawn from: the record, the plane and the image view's experiment.
    PictureFactory::Source source() const;

    // Planes receiving up to this many contributions are drawn at once; larger ones on building().
    static constexpr std::int64_t kInlineTaps = 250'000;
    BackgroundTask* building() const { return building_; }

public slots:
    // A new valid record; keeps the current step (clamped) so editing does not rewind the lesson.
    void setRecord(std::shared_ptr<const sb::ScatterRecord> record);
    void setPlane(qint64 n, qint64 co);
    void setTapSubSteps(bool on);
    // The image view's computed experiment (the window's ImageController); until one comes, the view
    // computes the default one itself.
    void setImageExperiment(std::shared_ptr<const sb::ImageExperiment> experiment);
    // The room the window gives the picture: views that can lay out for it do (Source::room).
    void setRoom(QSizeF room);
    // The config's "stack" layers, for the stack view.
    void setStack(const std::vector<sb::StackedLayer>& stack);
    void setSpeed(double stepsPerSecond);
    // Shows another view. Views on the same timeline (scatter, output, overlap; equivalent and
    // side-by-side) share the step; another timeline goes back to where it was last left, or
    // opens where its story makes sense (Picture::openingStep(): the beginning, a still's only step).
    void setView(sb::ViewId view);

    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void jumpToStart();
    void jumpToEnd();
    void seekStep(qint64 step);       // animates there
    void setPosition(double position); // immediately (scrubbing)

signals:
    void sceneChanged();  // the scene or the view changed: layouts and step counts may differ
    void frameChanged();
    void playingChanged(bool playing);
    void stepChanged(qint64 step);
    // The view shown is not the one asked for: its build was cancelled (the old picture stays), or
    // it cannot show this record and the scatter stands in. The window moves its tab to `name`.
    void viewChanged(sb::ViewId view);

private:
    // Builds the scene and the current view's picture (on building_ for large planes), then
    // moves to choosePosition() — asked once the new picture is in place — or keeps the step.
    void rebuildScene(std::function<double()> choosePosition = {});
    void tick();
    void moveTo(double position);
    void startClock();
    // What identifies a picture's timeline: the story its steps tell and how many there are.
    static QString timelineOf(const Picture& picture);

    ScatterScene scene_;
    std::shared_ptr<const Picture> picture_;
    BackgroundTask* building_;
    bool rebuilding_ = false;  // rebuildScene's own cancel of a superseded build is not the user's
    ViewId view_ = ViewId::Scatter;
    std::shared_ptr<const ScatterRecord> record_;
    std::shared_ptr<const ImageExperiment> imageExperiment_;
    std::vector<StackedLayer> stack_;
    QSizeF room_;
    PlaneSelection plane_;
    bool tapSubSteps_ = false;
    double position_ = 0.0;
    double target_ = 0.0;
    double speed_ = 1.5;  // steps per second when playing
    bool playing_ = false;
    qint64 lastStep_ = -1;
    std::map<QString, double> leftAt_;  // the step each timeline was left at (timelineOf → step)
    QTimer timer_;
    QElapsedTimer clock_;
};

} // namespace sb
