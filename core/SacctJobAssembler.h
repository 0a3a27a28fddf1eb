// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Job.h"

#include <QList>

#include <functional>
#include <optional>

namespace es {

/// Groups sacct records, a job line followed by its step lines, into a job with its steps, and fills the job's
/// usage from its steps where the job line lacks it (sacct -X prints TotalCPU 0 and empty MaxRSS): TotalCPU summed,
/// MaxRSS the largest, AveCPUFreq weighted by CPU time, energy the largest step reading (steps overlap in time on
/// the same nodes, extern spans the allocation: a sum would count the same joules twice).
/// Shared by the file importer and the live harvest.
class SacctJobAssembler final
{
public:
    /// Receives each complete job; returns false (with *error) to stop.
    using Sink = std::function<bool(Job &job, const QList<JobStep> &steps, QString *error)>;

    explicit SacctJobAssembler(Sink sink) : m_sink(std::move(sink)) {}

    bool addJob(const Job &job, QString *error);
    /// False when the step does not follow its job's line: *error says so and the step is dropped.
    bool addStep(const JobStep &step, bool *orphan, QString *error);
    /// Hands out the last job.
    bool finish(QString *error);

    static void aggregateSteps(Job &job, const QList<JobStep> &steps);

private:
    Sink m_sink;
    std::optional<Job> m_current;
    QList<JobStep> m_steps;
};

} // namespace es
