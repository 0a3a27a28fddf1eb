// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AdviceLedger.h"
#include "PlacementAdvisor.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <optional>

namespace es {

/// Computes a job's advice (ml::PlacementAdvisor) and records it in the ledger, then reads the ledger, in its own
/// thread with its own es::Store. With an empty job name it only reads the ledger.
///
/// Threading: construct, start() and cancel() from the GUI thread; progress() comes from the worker thread
/// (connect it queued); the results may be read once QThread::finished() has been delivered.
class AdviceWorker final : public QThread
{
    Q_OBJECT
public:
    AdviceWorker(const QString &location, const ml::PlacementAdvisor::Request &request, QObject *parent = nullptr);
    ~AdviceWorker() override;
    Q_DISABLE_COPY_MOVE(AdviceWorker)

    void cancel() { m_cancel.store(true); }
    const ml::PlacementAdvisor::Request &request() const { return m_request; }
    /// Empty when advising failed or was not asked (then error() says why, or is empty).
    const std::optional<ml::PlacementAdvisor::Advice> &advice() const { return m_advice; }
    const QList<LedgerEntry> &ledger() const { return m_ledger; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);

protected:
    void run() override;

private:
    const QString m_location;
    ml::PlacementAdvisor::Request m_request; ///< its cluster completed in run() when empty
    std::atomic_bool m_cancel = false;
    std::optional<ml::PlacementAdvisor::Advice> m_advice;
    QList<LedgerEntry> m_ledger;
    QString m_error;
};

} // namespace es
