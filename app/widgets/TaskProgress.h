// SPDX-License-Identifier: MIT
// TaskProgress: the status bar's view of a BackgroundTask — what is being computed, how far it is,
// and a Cancel button (Esc) — shown only while the task is busy, after a short delay so that quick
// jobs do not flash it.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace sb {

class BackgroundTask;

class TaskProgress : public QWidget {
    Q_OBJECT
public:
    static constexpr int kShowDelayMs = 250;

    TaskProgress(BackgroundTask* task, QWidget* parent = nullptr);

private:
    void started(const QString& what);
    void ended();

    BackgroundTask* task_;
    QLabel* label_;
    QProgressBar* bar_;
    QToolButton* cancel_;
    QTimer showDelay_;
};

} // namespace sb
