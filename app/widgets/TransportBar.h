// SPDX-License-Identifier: MIT
// TransportBar: play/pause, step, jump, the phase-labelled scrub bar, speed, per-tap sub-steps
// and the (batch, output channel) plane picker. It drives the PlaybackController and mirrors it.
#pragma once

#include "app/controller/PlaybackController.h"

#include <QWidget>

class QComboBox;
class QCheckBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace sb {

class PhaseSlider;

class TransportBar : public QWidget {
    Q_OBJECT
public:
    explicit TransportBar(PlaybackController* playback, QWidget* parent = nullptr);

    PhaseSlider* slider() const { return slider_; }
    QToolButton* playButton() const { return play_; }
    QLabel* stepLabel() const { return stepLabel_; }

    // Slider units per step: the scrub bar moves smoothly through the animation.
    static constexpr int kTicksPerStep = 100;

private:
    static QString phaseText(PhaseKind kind);
    void sceneChanged();
    void frameChanged();
    void playingChanged(bool playing);

    PlaybackController* playback_;
    QToolButton *start_, *back_, *play_, *forward_, *end_;
    PhaseSlider* slider_;
    QLabel* stepLabel_;
    QComboBox* speed_;
    QCheckBox* perTap_;
    QSpinBox *batch_, *channel_;
    QLabel* planeLabel_;
    bool updating_ = false;
};

} // namespace sb
