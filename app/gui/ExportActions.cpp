// SPDX-License-Identifier: MIT
#include "app/gui/ExportActions.h"

#include "app/controller/PlaybackController.h"
#include "app/controller/ViewSettings.h"
#include "app/export/PictureCanvas.h"
#include "app/gui/ExportDialog.h"

#include <QAction>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace sb {

ExportActions::ExportActions(PlaybackController* playback, ViewSettings* settings, QMainWindow* window)
    : QObject(window), playback_(playback), settings_(settings), window_(window)
{
    export_ = new QAction(tr("&Export…"), this);
    export_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    export_->setStatusTip(tr("Save the picture as PNG, SVG or PDF, or the animation as GIF or numbered PNG frames"));
    copyFrame_ = new QAction(tr("Copy &Frame"), this);
    copyFrame_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyFrame_->setStatusTip(tr("Copy the picture as it is now to the clipboard, as an image"));
    connect(export_, &QAction::triggered, this, &ExportActions::openExportDialog);
    connect(copyFrame_, &QAction::triggered, this, &ExportActions::copyFrame);
    connect(playback_, &PlaybackController::sceneChanged, this, &ExportActions::updateEnabled);
    connect(&runner_, &ExportRunner::finished, this, &ExportActions::exportFinished);
    connect(&runner_, &ExportRunner::progressed, this, [this](qint64 done, qint64 total) {
        if (!progress_)
            return;
        progress_->setMaximum(static_cast<int>(total));
        progress_->setValue(static_cast<int>(done));
        progress_->setLabelText(tr("Writing %1: frame %2 of %3").arg(QFileInfo(running_).fileName()).arg(done).arg(total));
    });
    updateEnabled();
}

void ExportActions::updateEnabled()
{
    const bool drawable = !playback_->scene().isNull();
    export_->setEnabled(drawable && !runner_.isRunning());  // one export at a time
    copyFrame_->setEnabled(drawable);
}

ViewId ExportActions::currentView() const
{
    return playback_->view();
}

PictureFactory::Source ExportActions::source() const
{
    return playback_->source();
}

const RenderOptions& ExportActions::renderOptions() const
{
    return settings_->renderOptions();
}

QImage ExportActions::currentFrame() const
{
    const std::unique_ptr<Picture> picture = PictureFactory::make(playback_->view(), source());
    return picture ? PictureCanvas::render(*picture, playback_->position(), renderOptions(), 1.0) : QImage();
}

void ExportActions::copyFrame()
{
    const QImage frame = currentFrame();
    if (frame.isNull())
        return;
    QGuiApplication::clipboard()->setImage(frame);
    window_->statusBar()->showMessage(tr("Copied the frame (%1 × %2 px)").arg(frame.width()).arg(frame.height()), 5000);
}

void ExportActions::openExportDialog()
{
    if (playback_->scene().isNull() || runner_.isRunning())
        return;
    ExportDialog dialog(source(), playback_->view(), playback_->currentStep(), renderOptions(), window_);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (const std::optional<ExportJob> job = dialog.job(&error))
        startExport(*job);
    else
        QMessageBox::warning(window_, tr("Export"), error);
}

void ExportActions::startExport(const ExportJob& job)
{
    if (!runner_.start(job))
        return;
    running_ = job.target().path();
    updateEnabled();
    // Window-modal: the window keeps painting and playing while the worker draws the frames.
    progress_ = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(running_).fileName()), tr("Cancel"), 0, 0, window_);
    progress_->setWindowTitle(tr("Export"));
    progress_->setWindowModality(Qt::WindowModal);
    progress_->setMinimumDuration(400);  // quick stills never flash a dialog
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, &runner_, &ExportRunner::cancel);
}

void ExportActions::exportFinished(const ExportJob::Result& result)
{
    if (progress_)
        progress_->deleteLater();
    updateEnabled();
    switch (result.status) {
    case ExportJob::Status::Done: {
        const QString width = QString::number(result.pixelSize.width());
        const QString height = QString::number(result.pixelSize.height());
        window_->statusBar()->showMessage(
            result.files.size() == 1
                ? (result.frames == 1
                       ? tr("Exported %1 (%2 × %3 px, 1 frame)").arg(result.files.front(), width, height)
                       : tr("Exported %1 (%2 × %3 px, %4 frames)")
                             .arg(result.files.front(), width, height, QString::number(result.frames)))
                : tr("Exported %1 frames as %2 …").arg(result.frames).arg(result.files.front()),
            10000);
        break;
    }
    case ExportJob::Status::Cancelled:
        window_->statusBar()->showMessage(tr("Export cancelled: nothing was written"), 10000);
        break;
    case ExportJob::Status::Failed:
        QMessageBox::warning(window_, tr("Export"), result.error);
        break;
    }
}

} // namespace sb
