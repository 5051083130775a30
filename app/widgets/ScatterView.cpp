// SPDX-License-Identifier: MIT
#include "app/widgets/ScatterView.h"


#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace sb {

ScatterView::ScatterView(PlaybackController* playback, QWidget* parent) : QWidget(parent), playback_(playback)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    connect(playback_, &PlaybackController::frameChanged, this, qOverload<>(&QWidget::update));
    connect(playback_, &PlaybackController::sceneChanged, this, &ScatterView::sceneChanged);
}

void ScatterView::sceneChanged()
{
    // The layout may have changed size: refit if the user has not taken over the zoom, and
    // recompute the inspection against the new record.
    if (fitting_)
        fitToWindow();
    if (!options_.inspection.isEmpty())
        inspect(options_.inspection.target);
    update();
}

QString ScatterView::mouseHelp()
{
    return tr("Hover a cell to see where its number comes from; click to pin it (Esc releases). "
              "Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit");
}

void ScatterView::setInvalidMessage(const QString& message)
{
    if (message == invalidMessage_)
        return;
    invalidMessage_ = message;
    // The last valid picture no longer matches the typed values: it explains nothing until fixed.
    if (!invalidMessage_.isEmpty()) {
        options_.inspectionPinned = false;
        inspect({});
    }
    update();
}

HitTarget ScatterView::targetAt(const QPointF& widgetPos) const
{
    const Picture* picture = playback_->picture();
    if (picture == nullptr)
        return {};
    return picture->hitTest(view_.inverted().map(widgetPos), playback_->position());
}

void ScatterView::fitToWindow()
{
    fitting_ = true;
    const Picture* picture = playback_->picture();
    if (picture == nullptr || width() <= 0 || height() <= 0)
        return;
    const QRectF b = picture->bounds();
    const double s = std::min(width() / b.width(), height() / b.height());
    view_ = QTransform::fromTranslate((width() - b.width() * s) / 2, (height() - b.height() * s) / 2).scale(s, s);
    emit zoomChanged(s);
    update();
}

void ScatterView::zoomIn() { zoomAround(QPointF(width() / 2.0, height() / 2.0), 1.25); }
void ScatterView::zoomOut() { zoomAround(QPointF(width() / 2.0, height() / 2.0), 0.8); }

void ScatterView::zoomAround(const QPointF& widgetPos, double factor)
{
    const double current = view_.m11();
    const double next = std::clamp(current * factor, 0.02, 40.0);
    factor = next / current;
    fitting_ = false;
    // Keep the world point under the cursor where it is.
    view_ = view_ * QTransform::fromTranslate(-widgetPos.x(), -widgetPos.y()) * QTransform::fromScale(factor, factor)
            * QTransform::fromTranslate(widgetPos.x(), widgetPos.y());
    emit zoomChanged(next);
    update();
}

void ScatterView::setOverlapHeatmap(bool on)
{
    options_.overlapHeatmap = on;
    update();
}

void ScatterView::setColorBlindPalette(bool on)
{
    options_.palette = ElementPalette(on ? ElementPalette::Kind::ColorBlindSafe : ElementPalette::Kind::Vivid);
    update();
}

void ScatterView::setTheme(const QString& name)
{
    options_.theme = Theme::byName(name);
    update();
}

void ScatterView::unpin()
{
    options_.inspectionPinned = false;
    inspect(hover_);
}

void ScatterView::inspect(const HitTarget& target)
{
    const Picture* picture = playback_->picture();
    options_.inspection = picture != nullptr ? picture->inspect(target, playback_->position()) : Inspection{};
    emit inspectionChanged(options_.inspection.expression, options_.inspection.detail);
    update();
}

void ScatterView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), options_.theme.background);
    const Picture* picture = playback_->picture();
    if (picture == nullptr && !invalidMessage_.isEmpty()) {
        paintInvalid(painter, nullptr);
        return;
    }
    if (picture == nullptr) {
        painter.setPen(options_.theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("No valid configuration yet: fix the highlighted field."));
        return;
    }
    if (!invalidMessage_.isEmpty()) {
        paintInvalid(painter, picture);
        reportFirstFrame();
        return;
    }
    painter.setTransform(view_);
    picture->paintAsShown(painter, playback_->position(), options_);
    reportFirstFrame();
}

void ScatterView::paintInvalid(QPainter& painter, const Picture* picture)
{
    // The last valid picture in grey, faded, so it reads as "not this layer"; PyTorch's message
    // on top of it, large enough to read from the back row and wrapped to the widget.
    if (picture != nullptr) {
        QImage shown(size() * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
        shown.setDevicePixelRatio(devicePixelRatio());
        shown.fill(options_.theme.background);
        {
            QPainter p(&shown);
            p.setTransform(view_);
            picture->paintAsShown(p, playback_->position(), options_);
        }
        painter.drawImage(QPointF(0, 0), shown.convertToFormat(QImage::Format_Grayscale8));
        QColor veil = options_.theme.background;
        veil.setAlphaF(0.55);
        painter.fillRect(rect(), veil);
    }
    const int px = std::clamp(height() / 22, 16, 30);
    QFont heading = font();
    heading.setPixelSize(px + 4);
    heading.setBold(true);
    QFont body = font();
    body.setPixelSize(px);
    const QString title = tr("Invalid configuration");
    const QString hint = picture != nullptr ? tr("The picture is the last valid one; fix the highlighted field.")
                                            : tr("Fix the highlighted field.");
    const int width = std::max(200, std::min(this->width() - 2 * px, 46 * px));
    const int flags = Qt::AlignHCenter | Qt::TextWordWrap;
    const QRect titleBox = QFontMetrics(heading).boundingRect(QRect(0, 0, width, 10000), flags, title);
    const QRect messageBox = QFontMetrics(body).boundingRect(QRect(0, 0, width, 10000), flags, invalidMessage_);
    const QRect hintBox = QFontMetrics(body).boundingRect(QRect(0, 0, width, 10000), flags, hint);
    const int gap = px / 2;
    const int total = titleBox.height() + gap + messageBox.height() + gap + hintBox.height();
    QRect panel(0, 0, width + 2 * px, total + 2 * px);
    panel.moveCenter(rect().center());
    QColor back = options_.theme.background;
    back.setAlphaF(0.94);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(options_.theme.error, 3));
    painter.setBrush(back);
    painter.drawRoundedRect(panel, px / 2, px / 2);
    int y = panel.top() + px;
    painter.setFont(heading);
    painter.setPen(options_.theme.error);
    painter.drawText(QRect(panel.left() + px, y, width, titleBox.height()), flags, title);
    y += titleBox.height() + gap;
    painter.setFont(body);
    painter.setPen(options_.theme.text);
    painter.drawText(QRect(panel.left() + px, y, width, messageBox.height()), flags, invalidMessage_);
    y += messageBox.height() + gap;
    painter.setPen(options_.theme.mutedText);
    painter.drawText(QRect(panel.left() + px, y, width, hintBox.height()), flags, hint);
}

// scatterboard-bench's launch figure: with SCATTERBOARD_EXIT_AFTER_FIRST_FRAME set, the first
// painted picture is announced on stdout and the program quits.
void ScatterView::reportFirstFrame()
{
    static bool reported = false;
    if (reported || !qEnvironmentVariableIsSet("SCATTERBOARD_EXIT_AFTER_FIRST_FRAME"))
        return;
    reported = true;
    std::fputs("scatterboard: first frame painted\n", stdout);
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
}

void ScatterView::resizeEvent(QResizeEvent*)
{
    // The picture lays out for the room it has (its grids shrink, its type does not), then fits.
    playback_->setRoom(QSizeF(size()));
    if (fitting_)
        fitToWindow();
}

void ScatterView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAround(event->position(), std::pow(1.15, steps));
    event->accept();
}

void ScatterView::mousePressEvent(QMouseEvent* event)
{
    pressPos_ = event->position();
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton
        || (event->button() == Qt::LeftButton && targetAt(event->position()).isNone())) {
        panning_ = true;
        panFrom_ = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void ScatterView::mouseMoveEvent(QMouseEvent* event)
{
    if (panning_) {
        const QPointF d = event->position() - panFrom_;
        panFrom_ = event->position();
        view_ = view_ * QTransform::fromTranslate(d.x(), d.y());
        fitting_ = false;
        update();
        return;
    }
    const HitTarget target = invalidMessage_.isEmpty() ? targetAt(event->position()) : HitTarget{};
    if (target == hover_)
        return;
    hover_ = target;
    if (!options_.inspectionPinned)
        inspect(target);
}

void ScatterView::mouseReleaseEvent(QMouseEvent* event)
{
    const bool wasPanning = panning_;
    panning_ = false;
    unsetCursor();
    if (event->button() != Qt::LeftButton || !invalidMessage_.isEmpty())
        return;
    const bool click = (event->position() - pressPos_).manhattanLength() < 4;
    if (!click)
        return;
    const HitTarget target = targetAt(event->position());
    if (wasPanning && target.isNone()) {
        if (options_.inspectionPinned)
            unpin();
        return;
    }
    // An input element (or its buffer) jumps the lesson to the step where it scatters.
    if (const qint64 step = playback_->picture() != nullptr ? playback_->picture()->stepOf(target) : -1; step >= 0)
        playback_->seekStep(step);
    // A click pins the inspection; clicking the pinned cell again releases it.
    if (options_.inspectionPinned && options_.inspection.target == target) {
        options_.inspectionPinned = false;
    } else {
        options_.inspectionPinned = true;
        inspect(target);
    }
    update();
}

void ScatterView::leaveEvent(QEvent*)
{
    hover_ = {};
    if (!options_.inspectionPinned)
        inspect({});
}

void ScatterView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitToWindow();
        return;
    case Qt::Key_Escape:
        if (!options_.inspectionPinned)
            break;  // not ours: the window leaves presentation mode with it
        unpin();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sb
