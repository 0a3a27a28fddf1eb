// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobDetailData.h"

#include <QString>
#include <QThread>

#include <atomic>
#include <utility>

namespace es {

class Store;

/// Reads one job for the detail view in its own thread with its own es::Store: the jobs row with every column, its
/// steps, its metrics, the predictions made for it (with their model) and its nodes' samples over its run.
///
/// Threading: construct and start() from the GUI thread; data() and error() may be read once QThread::finished()
/// has been delivered. The destructor cancels (the read stops at its next step) and waits.
class JobDetailLoader final : public QThread
{
    Q_OBJECT
public:
    /// Samples are read as min/max per bucket when there are more than 2 x this many per node.
    static constexpr int kSampleBuckets = 800;

    JobDetailLoader(const QString &location, const JobRef &job, QObject *parent = nullptr);
    ~JobDetailLoader() override;
    Q_DISABLE_COPY_MOVE(JobDetailLoader)

    void cancel() { m_cancel = true; }
    /// nullptr when the job was not found or the read failed (see error()).
    JobDetailDataPtr data() const { return m_data; }
    QString error() const { return m_error; }

    /// The span shown for a job that ran over [startTs, endTs]: a tenth of the run (at least a minute) before and
    /// after it, so that the nodes are seen before and after the job.
    static std::pair<qint64, qint64> sampleRange(qint64 startTs, qint64 endTs);
    /// Any thread that owns `store`; used by run() and the tests. nullptr with *error when the job is not in the
    /// store or a query fails; a set `cancel` stops between queries (nullptr, empty *error).
    static JobDetailDataPtr read(Store &store, const JobRef &job, const std::atomic_bool &cancel, QString *error);

protected:
    void run() override;

private:
    const QString m_location;
    const JobRef m_job;
    std::atomic_bool m_cancel = false;
    JobDetailDataPtr m_data;
    QString m_error;
};

} // namespace es
