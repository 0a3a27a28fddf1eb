// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

#include <optional>

namespace es {

/// One batch job as the store keeps it, whatever its source (sacct, SWF trace, CSV dataset).
/// Times are UTC epoch seconds; an unset optional means "unknown" and is stored as NULL.
struct Job
{
    QString jobId;    ///< natural key within a cluster: "123", "123_4" (array task), "123+0" (het component)
    QString jobIdRaw; ///< sacct JobIDRaw (differs from jobId for arrays)
    QString name;
    QString user;
    QString group;
    QString account;
    QString partition;
    QString qos;
    QString state; ///< first word of the Slurm state: COMPLETED, FAILED, CANCELLED, TIMEOUT, ...
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    std::optional<qint64> submitTs;
    std::optional<qint64> startTs;
    std::optional<qint64> endTs;
    std::optional<qint64> elapsedS;
    std::optional<qint64> timelimitS;
    std::optional<int> reqCpus;
    std::optional<int> allocCpus;
    std::optional<int> nodeCount;
    QString nodeList;
    std::optional<double> reqMemMb;  ///< total requested memory of the job
    std::optional<double> maxRssMb;  ///< largest resident set of any task
    std::optional<double> totalCpuS; ///< user + system CPU time of all tasks
    std::optional<double> aveCpuFreqMhz;
    std::optional<double> energyJ;
    QString energySource; ///< "slurm" (ConsumedEnergyRaw, measured), "dataset", ... empty when no energy
    QString jobType;
    QString executable;
    QString workDir;
};

/// One step of a Slurm job ("batch", "extern", "0", ...), keyed by its job and step id.
struct JobStep
{
    QString jobId;  ///< the owning job's id, as in Job::jobId
    QString stepId; ///< "batch", "extern", "0", "1", ...
    QString name;
    QString state;
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    std::optional<qint64> startTs;
    std::optional<qint64> endTs;
    std::optional<qint64> elapsedS;
    std::optional<int> allocCpus;
    std::optional<int> nodeCount;
    QString nodeList;
    std::optional<double> maxRssMb;
    std::optional<double> totalCpuS;
    std::optional<double> aveCpuFreqMhz;
    std::optional<double> energyJ;
};

/// Per-job derived metrics (from node samples, or given by a dataset). Units in the names.
struct JobMetrics
{
    QString jobId;
    std::optional<double> nodeTempAvgC;
    std::optional<double> nodeTempPeakC;
    std::optional<double> cpuFreqAvgMhz;
    std::optional<double> cpuUtilPct;
    std::optional<double> memMb;
    std::optional<double> durationS;
    std::optional<double> energyJ;
    std::optional<double> powerAvgW;
    QString energySource; ///< "slurm", "counter", "model" (estimate), "dataset"
};

} // namespace es
