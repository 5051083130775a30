// SPDX-License-Identifier: MIT
#include "app/widgets/TaskProgress.h"

#include "app/controller/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QToolButton>

namespace sb {

TaskProgress::TaskProgress(BackgroundTask* task, QWidget* parent)
    : QWidget(parent), task_(task), label_(new QLabel(this)), bar_(new QProgressBar(this)), cancel_(new QToolButton(this))
{
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label_);
    row->addWidget(bar_);
    row->addWidget(cancel_);
    bar_->setRange(0, 100);
    bar_->setMaximumWidth(160);
    cancel_->setText(tr("Cancel"));
    cancel_->setAccessibleName(tr("Cancel computing"));
    bar_->setAccessibleName(tr("Progress"));
    cancel_->setToolTip(tr("Stop computing (Esc); the picture keeps showing the previous configuration"));
    connect(cancel_, &QToolButton::clicked, task_, &BackgroundTask::cancel);
    // Esc cancels only while something is being computed, so it does not steal Esc elsewhere.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, task_, [this] {
        if (task_->isBusy())
            task_->cancel();
    });

    showDelay_.setSingleShot(true);
    showDelay_.setInterval(kShowDelayMs);
    connect(&showDelay_, &QTimer::timeout, this, [this] { setVisible(task_->isBusy()); });
    connect(task_, &BackgroundTask::started, this, &TaskProgress::started);
    connect(task_, &BackgroundTask::progressed, bar_, &QProgressBar::setValue);
    connect(task_, &BackgroundTask::ended, this, &TaskProgress::ended);
    hide();
}

void TaskProgress::started(const QString& what)
{
    label_->setText(what + QStringLiteral("…"));
    bar_->setValue(0);
    if (!isVisible())
        showDelay_.start();
}

void TaskProgress::ended()
{
    showDelay_.stop();
    hide();
}

} // namespace sb
