// SPDX-License-Identifier: MIT
#include "app/widgets/TransportBar.h"

#include "app/widgets/PhaseSlider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace sb {

namespace {
QToolButton* button(QWidget* parent, QStyle::StandardPixmap icon, const QString& name, const QString& tip)
{
    auto* b = new QToolButton(parent);
    b->setIcon(parent->style()->standardIcon(icon));
    b->setAccessibleName(name);  // the icon is all that shows
    b->setToolTip(tip);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus);  // keys belong to the picture: Space, arrows, Home, End
    return b;
}
} // namespace

// The phase names of the slider's marks and the step label, as core's phaseName() spells them.
QString TransportBar::phaseText(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Start: return tr("start");
    case PhaseKind::Scatter: return tr("scatter");
    case PhaseKind::Crop: return tr("crop padding");
    //: the output_padding phase of the timeline
    case PhaseKind::OutputPadding: return tr("output_padding");
    //: the bias phase of the timeline
    case PhaseKind::Bias: return tr("bias");
    case PhaseKind::Done: return tr("done");
    }
    return QString::fromStdString(phaseName(kind));
}

TransportBar::TransportBar(PlaybackController* playback, QWidget* parent) : QWidget(parent), playback_(playback)
{
    start_ = button(this, QStyle::SP_MediaSkipBackward, tr("Jump to the start"), tr("Jump to the start (Home)"));
    back_ = button(this, QStyle::SP_MediaSeekBackward, tr("Step back"), tr("Step back (←)"));
    play_ = button(this, QStyle::SP_MediaPlay, tr("Play"), tr("Play / pause (Space)"));
    forward_ = button(this, QStyle::SP_MediaSeekForward, tr("Step forward"), tr("Step forward (→)"));
    end_ = button(this, QStyle::SP_MediaSkipForward, tr("Jump to the end"), tr("Jump to the end (End)"));
    slider_ = new PhaseSlider(this);
    slider_->setAccessibleName(tr("Step"));
    slider_->setToolTip(tr("Scrub through the steps; the labels mark where each phase begins"));
    slider_->setFocusPolicy(Qt::NoFocus);
    stepLabel_ = new QLabel(this);
    stepLabel_->setMinimumWidth(170);
    speed_ = new QComboBox(this);
    speed_->setAccessibleName(tr("Playback speed"));
    speed_->setToolTip(tr("Playback speed"));
    for (double s : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 32.0})
        speed_->addItem(QStringLiteral("%1×").arg(s), s);
    speed_->setCurrentIndex(2);
    speed_->setFocusPolicy(Qt::NoFocus);
    perTap_ = new QCheckBox(tr("per tap"), this);
    perTap_->setToolTip(tr("One step per kernel tap instead of one per input element"));
    perTap_->setFocusPolicy(Qt::NoFocus);
    planeLabel_ = new QLabel(tr("plane n / co:"), this);
    batch_ = new QSpinBox(this);
    batch_->setAccessibleName(tr("Batch element n"));
    batch_->setToolTip(tr("Batch element n shown"));
    channel_ = new QSpinBox(this);
    channel_->setAccessibleName(tr("Output channel co"));
    channel_->setToolTip(tr("Output channel co shown; the input channels of its group are summed into it"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : std::initializer_list<QWidget*>{start_, back_, play_, forward_, end_})
        row->addWidget(w);
    row->addWidget(slider_, 1);
    row->addWidget(stepLabel_);
    row->addWidget(speed_);
    row->addWidget(perTap_);
    row->addWidget(planeLabel_);
    row->addWidget(batch_);
    row->addWidget(channel_);
    setLayout(row);

    connect(start_, &QToolButton::clicked, playback_, &PlaybackController::jumpToStart);
    connect(back_, &QToolButton::clicked, playback_, &PlaybackController::stepBack);
    connect(play_, &QToolButton::clicked, playback_, &PlaybackController::togglePlay);
    connect(forward_, &QToolButton::clicked, playback_, &PlaybackController::stepForward);
    connect(end_, &QToolButton::clicked, playback_, &PlaybackController::jumpToEnd);
    connect(slider_, &QSlider::valueChanged, this, [this](int value) {
        if (!updating_)
            playback_->setPosition(static_cast<double>(value) / kTicksPerStep);
    });
    connect(slider_, &QSlider::sliderPressed, playback_, &PlaybackController::pause);
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] {
        // Speeds are relative to the default of 1.5 steps per second.
        playback_->setSpeed(1.5 * speed_->currentData().toDouble());
    });
    connect(perTap_, &QCheckBox::toggled, playback_, &PlaybackController::setTapSubSteps);
    auto planeEdited = [this] {
        if (!updating_)
            playback_->setPlane(batch_->value(), channel_->value());
    };
    connect(batch_, &QSpinBox::valueChanged, this, planeEdited);
    connect(channel_, &QSpinBox::valueChanged, this, planeEdited);

    connect(playback_, &PlaybackController::sceneChanged, this, &TransportBar::sceneChanged);
    connect(playback_, &PlaybackController::frameChanged, this, &TransportBar::frameChanged);
    connect(playback_, &PlaybackController::playingChanged, this, &TransportBar::playingChanged);
    sceneChanged();
}

void TransportBar::sceneChanged()
{
    updating_ = true;
    const ScatterScene& scene = playback_->scene();
    const bool valid = !scene.isNull();
    for (QWidget* w : std::initializer_list<QWidget*>{start_, back_, play_, forward_, end_, slider_, speed_, perTap_})
        w->setEnabled(valid);
    if (valid) {
        const Timeline& t = scene.timeline();
        slider_->setRange(0, static_cast<int>((playback_->stepCount() - 1) * kTicksPerStep));
        slider_->setPageStep(kTicksPerStep);
        slider_->setSingleStep(kTicksPerStep);
        QVector<PhaseSlider::Mark> marks;
        for (PhaseKind kind : {PhaseKind::Scatter, PhaseKind::Crop, PhaseKind::OutputPadding, PhaseKind::Bias, PhaseKind::Done}) {
            const qint64 at = t.firstStepOf(kind);
            if (at >= 0 && playback_->showsScatter())
                marks.append({static_cast<int>(at * kTicksPerStep), phaseText(kind)});
        }
        slider_->setMarks(marks);
        const LayerGeometry& g = scene.geometry();
        batch_->setRange(0, static_cast<int>(std::max<qint64>(g.batch - 1, 0)));
        channel_->setRange(0, static_cast<int>(std::max<qint64>(g.out_channels - 1, 0)));
        batch_->setValue(static_cast<int>(playback_->plane().n));
        channel_->setValue(static_cast<int>(playback_->plane().co));
        const bool planes = g.batch > 1 || g.out_channels > 1;
        planeLabel_->setVisible(planes);
        batch_->setVisible(planes);
        channel_->setVisible(planes);
    }
    updating_ = false;
    frameChanged();
}

void TransportBar::frameChanged()
{
    const ScatterScene& scene = playback_->scene();
    if (scene.isNull()) {
        stepLabel_->setText(tr("no valid picture"));
        return;
    }
    updating_ = true;
    slider_->setValue(static_cast<int>(std::lround(playback_->position() * kTicksPerStep)));
    updating_ = false;
    const qint64 step = playback_->currentStep();
    if (!playback_->showsScatter()) {
        stepLabel_->setText(tr("step %1 / %2").arg(step).arg(playback_->stepCount() - 1));
        return;
    }
    // A scatter step is named in code (x[1,0], x[0,1]·w[1,2]); the other phases in words.
    const Timeline& timeline = scene.timeline();
    const PhaseKind kind = timeline.step(step).kind;
    const QString label = kind == PhaseKind::Scatter ? QString::fromStdString(timeline.label(step)) : phaseText(kind);
    stepLabel_->setText(tr("step %1 / %2: %3").arg(step).arg(timeline.size() - 1).arg(label));
}

void TransportBar::playingChanged(bool playing)
{
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    play_->setAccessibleName(playing ? tr("Pause") : tr("Play"));
}

} // namespace sb
