// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "RegressionMetrics.h"
#include "Regressor.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace es {
class Store;
}

namespace es::ml {

/// Forecast of cluster load (busy CPUs) for the next minutes, from job history resampled per minute. One model per
/// horizon step predicts the change from the last observed minute, from lagged loads (1 min to 1 h, the same
/// minute a day earlier when there are 3 days of history) and calendar features of the target time. Evaluated on a
/// time-ordered holdout (the last part of the series) against persistence (no change) and seasonal-naive (the same
/// minute a day earlier).
///
/// Threading: run() works in the calling thread; the progress callback is called from it; the cancel flag may be
/// set from any thread and is checked before every fit.
class LoadForecaster final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::LoadForecaster)
public:
    struct JobSpan
    {
        qint64 startTs = 0; ///< UTC epoch seconds
        qint64 endTs = 0;
        double cpus = 1;
        qint64 submitTs = 0; ///< 0: unknown (the job is never seen queued)
        qint64 limitS = 0;   ///< requested run time; 0: unknown (the job never counts as committed)
    };

    /// What the scheduler knows at each minute besides the load, per minute of the load series: the CPUs queued
    /// (submitted, not started) and, per horizon h, the CPUs committed h minutes ahead (running jobs whose
    /// requested end is more than h minutes away). Neither uses a job's end before it happens.
    struct JobState
    {
        std::vector<double> queuedCpus;
        std::vector<std::pair<int, std::vector<double>>> committedCpus; ///< (h, series), one per horizon
        bool any = false; ///< some job had a submit time or a limit: the features are used
    };

    struct Options
    {
        int horizonMin = 60;
        int stepMin = 10; ///< a model every stepMin minutes up to horizonMin (and horizonMin itself)
        Algorithm algorithm = Algorithm::RandomForest;
        int maxTrainRows = 3000;   ///< training minutes are subsampled evenly down to this many per horizon
        double testFraction = 0.2; ///< the last part of the series held out for evaluation
        int maxDays = 28;          ///< only the most recent days of history are used
    };

    struct HorizonEvaluation
    {
        int horizonMin = 0;
        RegressionMetrics model;
        RegressionMetrics persistence;
        std::optional<RegressionMetrics> seasonalNaive; ///< absent with less than a day before the test part
    };

    struct Result
    {
        qint64 seriesStartTs = 0;     ///< the first minute of the series
        std::vector<double> busyCpus; ///< one value per minute: average busy CPUs in that minute
        QString split;                ///< what the evaluation figures come from
        std::vector<HorizonEvaluation> evaluation;
        std::vector<std::pair<qint64, double>> forecast; ///< (minute ts, busy CPUs) after the last observed minute
        QStringList notes;
    };

    using ProgressCallback = std::function<void(const QString &stage, int done, int total)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Average busy CPUs per minute over [first start, last end), *startTs set to the first minute.
    static std::vector<double> busyCpusPerMinute(const std::vector<JobSpan> &jobs, qint64 *startTs);
    /// The job state on the minutes of a `minutes`-long series starting at startTs, for each of `horizons`.
    static JobState jobStatePerMinute(const std::vector<JobSpan> &jobs, qint64 startTs, qsizetype minutes,
                                      const std::vector<int> &horizons);
    /// Jobs with a start (the submit time when the start is unknown, as in traces without wait times) and an end
    /// (or an elapsed time) from the store; cpus: allocated, else requested, else 1.
    static std::optional<std::vector<JobSpan>> jobsFromStore(Store &store, const QString &cluster, QString *error);

    std::optional<Result> run(const std::vector<JobSpan> &jobs, const Options &options, QString *error);
    /// The same from a per-minute series (e.g. node samples), starting at `startTs`.
    std::optional<Result> runOnSeries(std::vector<double> busyCpus, qint64 startTs, const Options &options,
                                      QString *error);

    static constexpr int kMaxLagMin = 60;

private:
    bool tick(const QString &stage, QString *error);
    std::optional<Result> runWith(std::vector<double> busyCpus, qint64 startTs, JobState state, const Options &options,
                                  QString *error);

    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_done = 0;
    int m_total = 0;
};

} // namespace es::ml
