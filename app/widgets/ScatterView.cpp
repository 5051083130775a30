// SPDX-License-Identifier: MIT
#include "app/widgets/ScatterView.h"

#include "app/widgets/PictureAccessible.h"

#include <QAccessible>

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

ScatterView::ScatterView(PlaybackController* playback, ViewSettings* settings, QWidget* parent)
    : QWidget(parent), playback_(playback), settings_(settings)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    PictureAccessible::install();
    setAccessibleName(tr("Picture"));
    setWhatsThis(keyboardHelp());
    connect(playback_, &PlaybackController::frameChanged, this, qOverload<>(&QWidget::update));
    connect(playback_, &PlaybackController::sceneChanged, this, &ScatterView::sceneChanged);
    connect(playback_, &PlaybackController::stepChanged, this, &ScatterView::announceNarration);
    connect(settings_, &ViewSettings::styleChanged, this, qOverload<>(&QWidget::update));
    // A highlight's sum is written out as far as the picture has come.
    connect(playback_, &PlaybackController::stepChanged, this, [this] {
        if (showingHighlight_)
            inspect({});
    });
}

void ScatterView::sceneChanged()
{
    // The layout may have changed size: refit if the user has not taken over the zoom, and
    // recompute the inspection against the new record.
    if (fitting_)
        fitToWindow();
    if (showingHighlight_) {
        inspect({});
    } else if (!shown_.isEmpty()) {
        HitTarget target = shown_.target;
        if (isPinned() && target.kind == HitTarget::Kind::Output && !playback_->scene().isNull()) {
            // The keyboard cursor (or a pinned output cell) stays on the grid when it shrinks.
            const LayerGeometry& g = playback_->scene().geometry();
            target.oy = std::clamp<qint64>(target.oy, 0, std::max<qint64>(g.output.h - 1, 0));
            target.ox = std::clamp<qint64>(target.ox, 0, std::max<qint64>(g.output.w - 1, 0));
            target.y = target.oy + g.padding.h;
            target.x = target.ox + g.padding.w;
        }
        inspect(target);
    }
    announceNarration();
    update();
}

QString ScatterView::mouseHelp()
{
    return tr("Hover a cell to see where its number comes from; click to pin it (Esc releases). "
              "Click an input element to jump to its step. Wheel: zoom · drag: pan · 0: fit");
}

QString ScatterView::keyboardHelp()
{
    return tr("Keyboard cell cursor: Alt+arrow keys move over the output grid and read each cell's sum; "
              "Alt+Home goes to the first cell, Alt+End to the last; Esc or Alt+Backspace leaves it.");
}

QString ScatterView::narrationText() const
{
    if (!invalidMessage_.isEmpty())
        return tr("Invalid configuration: %1").arg(invalidMessage_);
    const Picture* picture = playback_->picture();
    if (picture == nullptr)
        return tr("No valid configuration yet: fix the highlighted field.");
    return picture->narration(picture->stepAt(playback_->position()));
}

QString ScatterView::inspectionText() const
{
    const Inspection& shown = shown_;
    if (shown.isEmpty())
        return {};
    QString expression = shown.expression;
    QString detail = shown.detail;
    // Views that explain a cell in the picture itself (equivalent, matrix, side by side) leave the
    // status line empty: a screen reader still gets the output cell's sum from the scatter.
    if (expression.isEmpty() && shown.target.kind == HitTarget::Kind::Output && !playback_->scene().isNull()) {
        const ScatterScene& scene = playback_->scene();
        const Inspection sum = scene.inspect(shown.target, scene.bufferWindow(scene.frameAt(playback_->position())).ci);
        expression = sum.expression;
        detail = sum.detail;
    }
    return detail.isEmpty() ? expression : expression + QLatin1Char('\n') + detail;
}

bool ScatterView::hasOutputGrid() const
{
    const Picture* picture = playback_->picture();
    return picture != nullptr && !playback_->scene().isNull() && invalidMessage_.isEmpty() && picture->hasOutputGrid();
}

bool ScatterView::setCellCursor(qint64 row, qint64 col)
{
    if (!hasOutputGrid())
        return false;
    const LayerGeometry& g = playback_->scene().geometry();
    if (row < 0 || col < 0 || row >= g.output.h || col >= g.output.w)
        return false;
    // The same target hovering the cell gives (SceneLayout::hitTest and the views' own).
    pin(HitTarget::outputCell(row, col, g.padding));  // drawn in the pinned colour: the cursor's focus ring
    return true;
}

bool ScatterView::moveCellCursor(int key)
{
    if (!hasOutputGrid())
        return false;
    const LayerGeometry& g = playback_->scene().geometry();
    if (g.output.h <= 0 || g.output.w <= 0)
        return false;
    const HitTarget& at = shown_.target;
    const bool on = isPinned() && at.kind == HitTarget::Kind::Output;
    // Entering the grid starts at its first cell (or its last, with Alt+End).
    qint64 row = on ? at.oy : 0, col = on ? at.ox : 0;
    switch (key) {
    case Qt::Key_Left: col -= on ? 1 : 0; break;
    case Qt::Key_Right: col += on ? 1 : 0; break;
    case Qt::Key_Up: row -= on ? 1 : 0; break;
    case Qt::Key_Down: row += on ? 1 : 0; break;
    case Qt::Key_Home: row = 0; col = 0; break;
    case Qt::Key_End: row = g.output.h - 1; col = g.output.w - 1; break;
    default: return false;
    }
    return setCellCursor(std::clamp<qint64>(row, 0, g.output.h - 1), std::clamp<qint64>(col, 0, g.output.w - 1));
}

void ScatterView::announceNarration()
{
    const QString narration = narrationText();
    if (narration == announcedNarration_)
        return;
    announcedNarration_ = narration;
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void ScatterView::setInvalidMessage(const QString& message)
{
    if (message == invalidMessage_)
        return;
    invalidMessage_ = message;
    // The last valid picture no longer matches the typed values: it explains nothing until fixed.
    if (!invalidMessage_.isEmpty()) {
        release();
        inspect({});
    }
    announceNarration();
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

RenderOptions ScatterView::renderOptions() const
{
    RenderOptions options = settings_->renderOptions();
    options.inspection = shown_;
    return options;
}

void ScatterView::unpin()
{
    release();
    inspect(hover_);
}

void ScatterView::pin(const HitTarget& target)
{
    inspect(target);
    settings_->setPinned(shown_);
}

void ScatterView::release()
{
    settings_->setPinned({});
}

void ScatterView::setHighlighter(Highlighter highlighter)
{
    highlighter_ = std::move(highlighter);
    if (!isPinned())
        inspect(hover_);
    update();
}

void ScatterView::inspect(const HitTarget& target)
{
    const Picture* picture = playback_->picture();
    showingHighlight_ = false;
    if (picture != nullptr && target.isNone() && highlighter_) {
        shown_ = highlighter_(*picture, playback_->position());
        showingHighlight_ = !shown_.isEmpty();
    } else {
        shown_ = picture != nullptr ? picture->inspect(target, playback_->position()) : Inspection{};
    }
    // A pinned cell is explained anew as the picture changes; the settings keep what it says.
    if (isPinned())
        settings_->setPinned(shown_);
    emit inspectionChanged(shown_.expression, shown_.detail);
    QAccessibleValueChangeEvent event(this, inspectionText());
    QAccessible::updateAccessibility(&event);
    update();
}

void ScatterView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const RenderOptions options = renderOptions();
    painter.fillRect(rect(), options.theme.background);
    const Picture* picture = playback_->picture();
    if (picture == nullptr && !invalidMessage_.isEmpty()) {
        paintInvalid(painter, nullptr, options);
        return;
    }
    if (picture == nullptr) {
        painter.setPen(options.theme.mutedText);
        painter.drawText(rect(), Qt::AlignCenter, tr("No valid configuration yet: fix the highlighted field."));
        return;
    }
    if (!invalidMessage_.isEmpty()) {
        paintInvalid(painter, picture, options);
        reportFirstFrame();
        return;
    }
    painter.setTransform(view_);
    picture->paintAsShown(painter, playback_->position(), options);
    reportFirstFrame();
}

void ScatterView::paintInvalid(QPainter& painter, const Picture* picture, const RenderOptions& options)
{
    // The last valid picture in grey, faded, so it reads as "not this layer"; PyTorch's message
    // on top of it, large enough to read from the back row and wrapped to the widget.
    if (picture != nullptr) {
        QImage shown(size() * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
        shown.setDevicePixelRatio(devicePixelRatio());
        shown.fill(options.theme.background);
        {
            QPainter p(&shown);
            p.setTransform(view_);
            picture->paintAsShown(p, playback_->position(), options);
        }
        painter.drawImage(QPointF(0, 0), shown.convertToFormat(QImage::Format_Grayscale8));
        QColor veil = options.theme.background;
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
    QColor back = options.theme.background;
    back.setAlphaF(0.94);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(options.theme.error, 3));
    painter.setBrush(back);
    painter.drawRoundedRect(panel, px / 2, px / 2);
    int y = panel.top() + px;
    painter.setFont(heading);
    painter.setPen(options.theme.error);
    painter.drawText(QRect(panel.left() + px, y, width, titleBox.height()), flags, title);
    y += titleBox.height() + gap;
    painter.setFont(body);
    painter.setPen(options.theme.text);
    painter.drawText(QRect(panel.left() + px, y, width, messageBox.height()), flags, invalidMessage_);
    y += messageBox.height() + gap;
    painter.setPen(options.theme.mutedText);
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
    if (!isPinned())
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
        if (isPinned())
            unpin();
        return;
    }
    // An input element (or its buffer) jumps the lesson to the step where it scatters.
    if (const qint64 step = playback_->picture() != nullptr ? playback_->picture()->stepOf(target) : -1; step >= 0)
        playback_->seekStep(step);
    // A click pins the inspection; clicking the pinned cell again releases it.
    if (isPinned() && shown_.target == target)
        release();
    else
        pin(target);
    update();
}

void ScatterView::leaveEvent(QEvent*)
{
    hover_ = {};
    if (!isPinned())
        inspect({});
}

void ScatterView::keyPressEvent(QKeyEvent* event)
{
    // The keyboard cell cursor: Alt with the keys that step the lesson without it.
    if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::AltModifier) {
        if (event->key() == Qt::Key_Backspace) {
            if (isPinned())
                unpin();
            return;
        }
        if (moveCellCursor(event->key()))
            return;
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
        case Qt::Key_End:
            return;  // a view without an output grid: the keys do nothing
        default:
            break;
        }
    }
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
        if (!isPinned())
            break;  // not ours: the window leaves presentation mode with it
        unpin();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sb
