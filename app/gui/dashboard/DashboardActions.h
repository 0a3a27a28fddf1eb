// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "StoreActionWorker.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace es {

/// The Dashboard's action bar: runs a StoreActionWorker (derive metrics, check alerts) with a progress bar and a
/// Cancel button, then says what was done (or why it failed) until the next action.
///
/// Threading: GUI thread only; the work runs in the worker's thread with its own Store. One action at a time:
/// start() while one runs does nothing and returns false. Destroying the bar cancels and waits for the worker.
class DashboardActions final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardActions(QWidget *parent = nullptr);
    ~DashboardActions() override;
    Q_DISABLE_COPY_MOVE(DashboardActions)

    /// `cluster`: only that cluster (empty: every cluster).
    bool start(StoreActionWorker::Action action, const QString &location, const QString &cluster);
    bool isRunning() const { return m_worker != nullptr; }
    /// The last action's result sentence or error.
    QString resultText() const;
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// An action ended (done, failed or cancelled). Even a failed one may have written the clusters before the one
    /// that failed, so the receiver reads the store again.
    void finished(bool succeeded);

private:
    void onProgress(const QString &stage, int done, int total);
    void onWorkerFinished();

    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
    StoreActionWorker *m_worker = nullptr;
};

} // namespace es
