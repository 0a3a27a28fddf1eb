// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>
#include <QThread>

#include <atomic>

namespace es {

class Store;

/// One of the CLI's store actions run from the GUI, in its own thread with its own es::Store on `location`:
/// DeriveMetrics is `metrics derive` (JobMetricsDeriver), CheckAlerts is `alerts check` (AlertEvaluator over the
/// whole stored history, as the Alerts tab's first check).
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() is emitted from the worker thread
/// (queued to receivers in other threads). The result accessors may be read once QThread::finished() has been
/// delivered. cancel() stops within one node's samples; a cancelled cluster writes nothing (clusters done before it
/// keep what they wrote), and the destructor cancels and waits.
class StoreActionWorker final : public QThread
{
    Q_OBJECT
public:
    enum class Action
    {
        DeriveMetrics,
        CheckAlerts
    };

    /// `cluster`: only that cluster (empty: every cluster of the store, in name order).
    StoreActionWorker(Action action, const QString &location, const QString &cluster, QObject *parent = nullptr);
    ~StoreActionWorker() override;
    Q_DISABLE_COPY_MOVE(StoreActionWorker)

    void cancel() { m_cancel.store(true); }
    Action action() const { return m_action; }
    bool succeeded() const { return m_ok; }
    bool wasCancelled() const { return m_cancel.load(); }
    QString errorString() const { return m_error; }
    /// What was done, one sentence for the status line ("Energy derived for 120 jobs …"); empty on failure.
    QString resultText() const { return m_result; }
    /// DeriveMetrics: finished jobs given metrics, and of those the jobs given an energy.
    qint64 jobsDerived() const { return m_jobs; }
    qint64 jobsWithEnergy() const { return m_jobsWithEnergy; }
    /// CheckAlerts: events opened by the check.
    qint64 newEvents() const { return m_newEvents; }

Q_SIGNALS:
    /// `done` of `total` steps (clusters, and nodes within the cluster being derived); `stage` names the cluster.
    void progress(const QString &stage, int done, int total);

protected:
    void run() override;

private:
    bool deriveMetrics(Store &store, const QStringList &clusters);
    bool checkAlerts(Store &store, const QStringList &clusters);

    const Action m_action;
    const QString m_location;
    const QString m_cluster;
    std::atomic_bool m_cancel = false;
    bool m_ok = false;
    QString m_error;
    QString m_result;
    qint64 m_jobs = 0;
    qint64 m_jobsWithEnergy = 0;
    qint64 m_newEvents = 0;
};

} // namespace es
