// SPDX-License-Identifier: MIT
// ExportActions: the window's File → Export… (Ctrl+E) and Edit → Copy Frame (Ctrl+Shift+C). Both
// draw what the view shows (the playback controller's picture in the window's ViewSettings)
// through the exporters' PictureCanvas, without the window around it; exports run in an
// ExportRunner behind a progress dialog with Cancel.
#pragma once

#include "app/gui/ExportRunner.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QProgressDialog;

namespace sb {

class PlaybackController;
class ViewSettings;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(PlaybackController* playback, ViewSettings* settings, QMainWindow* window);

    QAction* exportAction() const { return export_; }
    QAction* copyFrameAction() const { return copyFrame_; }
    ExportRunner* runner() { return &runner_; }
    // The view exported and copied: always the one the window shows.
    ViewId currentView() const;

    // What the window shows now, as an exporter sees it.
    PictureFactory::Source source() const;
    // The window's view settings, a pinned cell included.
    const RenderOptions& renderOptions() const;
    // The current frame as the clipboard gets it.
    QImage currentFrame() const;

public slots:
    void openExportDialog();
    void copyFrame();
    // Runs job behind a progress dialog; the result goes to the status bar (or a message box).
    void startExport(const sb::ExportJob& job);

private:
    void updateEnabled();
    void exportFinished(const ExportJob::Result& result);

    PlaybackController* playback_;
    ViewSettings* settings_;
    QMainWindow* window_;
    QAction* export_;
    QAction* copyFrame_;
    ExportRunner runner_;
    QPointer<QProgressDialog> progress_;
    QString running_;  // the target of the export in progress, for messages
};

} // namespace sb
