// SPDX-License-Identifier: MIT
// ScatterView: the widget that shows the playback controller's picture, drawn with the window's
// ViewSettings. It only paints (through the picture, like every exporter) and turns mouse and keys
// into zoom, pan, inspection, pinning and "jump to this element" commands.
#pragma once

#include "app/controller/PlaybackController.h"
#include "app/controller/ViewSettings.h"
#include "app/render/RenderOptions.h"

#include <QTransform>
#include <functional>
#include <QWidget>

namespace sb {

class ScatterView : public QWidget {
    Q_OBJECT
public:
    ScatterView(PlaybackController* playback, ViewSettings* settings, QWidget* parent = nullptr);

    // What the view paints with: the settings' style and the inspection it shows (hovered,
    // pinned or a lesson's highlight).
    RenderOptions renderOptions() const;
    // What a cell under a widget position is (for tests and the status bar).
    HitTarget targetAt(const QPointF& widgetPos) const;
    const Inspection& inspection() const { return shown_; }
    bool isPinned() const { return settings_->isPinned(); }
    double zoom() const { return view_.m11(); }
    QTransform viewTransform() const { return view_; }
    // PyTorch's message while the document is invalid (the picture is then the last valid one,
    // drawn greyed with the message on it), empty while it is valid.
    const QString& invalidMessage() const { return invalidMessage_; }
    // What the mouse does here, said once in the status bar and in Help → Keyboard Shortcuts
    // (never as a tooltip: it would cover the grids it explains).
    static QString mouseHelp();
    // The keyboard cell cursor's keys (Alt+arrows, Alt+Home, Alt+End, Esc or Alt+Backspace), for
    // the widget's What's This and Help → Keyboard Shortcuts.
    static QString keyboardHelp();

    // What a screen reader reads (PictureAccessible): the caption of the step shown (or the
    // invalid configuration's message), and the inspected cell's sum with its second line.
    QString narrationText() const;
    QString inspectionText() const;
    // Whether the keyboard cell cursor can move here: the view shown has an output grid.
    bool hasOutputGrid() const;
    // Puts the keyboard cell cursor on output cell (row, col), pinned like a click: highlighted,
    // explained in the status bar and read aloud. False where there is no such cell.
    bool setCellCursor(qint64 row, qint64 col);

    // Cells a lesson slide (or a quiz's answer) points at: shown whenever nothing is hovered or
    // pinned, recomputed as the picture changes. An empty function shows none.
    using Highlighter = std::function<Inspection(const Picture& picture, double position)>;
    void setHighlighter(Highlighter highlighter);
    bool showsHighlight() const { return showingHighlight_; }

public slots:
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void unpin();
    // Greys the picture and writes message on it until called with an empty message.
    void setInvalidMessage(const QString& message);

signals:
    void inspectionChanged(const QString& expression, const QString& detail);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    Highlighter highlighter_;
    bool showingHighlight_ = false;
    void reportFirstFrame();
    void zoomAround(const QPointF& widgetPos, double factor);
    void inspect(const HitTarget& target);
    // Pins target (explained, drawn in the pinned colour), or releases the pin.
    void pin(const HitTarget& target);
    void release();
    void sceneChanged();
    void paintInvalid(QPainter& painter, const Picture* picture, const RenderOptions& options);
    bool moveCellCursor(int key);
    void announceNarration();

    PlaybackController* playback_;
    ViewSettings* settings_;
    Inspection shown_;  // hovered, pinned (the settings hold it too) or highlighted
    QTransform view_;
    bool fitting_ = true;       // follow the window size until the user zooms or pans
    bool panning_ = false;
    QPointF panFrom_;
    QPointF pressPos_;
    HitTarget hover_;
    QString invalidMessage_;
    QString announcedNarration_;  // the caption last announced to assistive technology
};

} // namespace sb
