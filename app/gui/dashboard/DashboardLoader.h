// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "DashboardFlowStats.h"
#include "JobFilter.h"

#include <QList>
#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <optional>

namespace es {

class Store;

/// The aggregates the dashboard shows for the jobs of one filter. Energy in joules (J); a job's energy is
/// job_metrics.energy_j when present, else jobs.energy_j; jobs with neither count as jobs but add no energy.
struct DashboardData
{
    struct Group
    {
        QString name; ///< empty for jobs without a value (the view names it)
        double energyJ = 0;
        qint64 jobs = 0; ///< jobs of the group that have energy
    };
    struct TopJob
    {
        QString cluster;
        QString jobId;
        QString name;
        QString user;
        double energyJ = 0;
        QString source; ///< energy_source of the value used; may be empty
    };

    qint64 jobs = 0;
    qint64 jobsWithEnergy = 0;
    double energyJ = 0;
    double measuredJ = 0;     ///< source slurm, counter or dataset
    double estimatedJ = 0;    ///< source model
    double unspecifiedJ = 0;  ///< any other source, or none recorded
    QList<Group> byPartition; ///< by energy, descending
    QList<Group> byUser;      ///< the kTopUsers first by energy, then "other users" (isOther) when there are more
    bool usersHaveOther = false;
    QList<Group> byJobType; ///< by energy, descending
    /// (UTC day start, epoch s; jobs): every day from the first to the last when the span is at most kMaxFilledDays
    /// (daysContiguous), else only the days with jobs.
    QList<std::pair<qint64, qint64>> jobsPerDay;
    bool daysContiguous = true;
    QList<TopJob> topJobs; ///< at most kTopJobs, by energy, descending

    /// Thermal events (kinds temp_warning / temp_critical) of the filter's cluster whose start (ts_start) lies in the
    /// filter's start range; the job-only filters (user, partition, state, text) do not apply to node events.
    struct ThermalDay
    {
        qint64 dayTs = 0; ///< UTC day start, epoch s
        qint64 warnings = 0;
        qint64 criticals = 0; ///< severity "critical"; any other severity counts as a warning
    };
    qint64 thermalEvents = 0;
    qint64 thermalNodes = 0; ///< distinct nodes with a thermal event
    /// The highest peak temperature (events.value, °C) of the thermal events; unset when there are none.
    std::optional<double> hottestTempC;
    QString hottestNode;
    QString hottestCluster;
    /// Every day from the first to the last event when the span is at most kMaxFilledDays (thermalDaysContiguous),
    /// else only the days with events.
    QList<ThermalDay> thermalPerDay;
    bool thermalDaysContiguous = true;

    /// Queue wait, throughput and failure share of the same jobs (DashboardFlowStats).
    DashboardFlow flow;

    static constexpr int kTopUsers = 10;
    static constexpr int kTopJobs = 10;
    static constexpr qint64 kMaxFilledDays = 731;
};

using DashboardDataPtr = std::shared_ptr<const DashboardData>;

/// The dashboard's database thread.
///
/// Threading: load() is called from the GUI thread and only queues. run() opens its own es::Store inside this thread
/// for each load and answers through loaded() or failed() (queued to the receiver's thread). A newer generation
/// replaces queued older work, and every answer repeats its generation so that the receiver can drop late answers.
class DashboardLoader final : public QThread
{
    Q_OBJECT
public:
    explicit DashboardLoader(QObject *parent = nullptr);
    /// Stops the thread and waits for the work in progress.
    ~DashboardLoader() override;
    Q_DISABLE_COPY_MOVE(DashboardLoader)

    void load(quint64 generation, const QString &location, const JobFilter &filter);
    void stop();

    /// Aggregates the jobs of `filter` from an open store. Any thread that owns `store`; used by run() and by tests.
    static DashboardDataPtr aggregate(Store &store, const JobFilter &filter, QString *error);
    /// Fills the thermal fields of `data` from the events of `filter`'s cluster and start range. Same threading as
    /// aggregate(); false with *error when the store cannot be read.
    static bool aggregateThermalEvents(Store &store, const JobFilter &filter, DashboardData *data, QString *error);
    /// True for the energy sources that are measurements (slurm, counter, dataset).
    static bool isMeasuredSource(const QString &source);

Q_SIGNALS:
    void loaded(quint64 generation, const es::DashboardDataPtr &data);
    void failed(quint64 generation, const QString &error);

protected:
    void run() override;

private:
    struct LoadRequest
    {
        QString location;
        JobFilter filter;
    };

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    quint64 m_generation = 0;
    std::optional<LoadRequest> m_load;
};

} // namespace es

Q_DECLARE_METATYPE(es::DashboardDataPtr)
