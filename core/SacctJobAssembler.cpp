// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctJobAssembler.h"

#include <QCoreApplication>

namespace es {

void SacctJobAssembler::aggregateSteps(Job &job, const QList<JobStep> &steps)
{
    double cpuSum = 0, freqWeighted = 0, freqWeight = 0, freqSum = 0;
    int freqCount = 0;
    bool anyCpu = false;
    std::optional<double> rssMax = job.maxRssMb;
    std::optional<double> energyMax;
    for (const JobStep &step : steps) {
        if (step.totalCpuS) {
            cpuSum += *step.totalCpuS;
            anyCpu = true;
        }
        if (step.maxRssMb && (!rssMax || *step.maxRssMb > *rssMax))
            rssMax = step.maxRssMb;
        if (step.aveCpuFreqMhz && *step.aveCpuFreqMhz > 0) {
            const double weight = step.totalCpuS.value_or(0);
            freqWeighted += *step.aveCpuFreqMhz * weight;
            freqWeight += weight;
            freqSum += *step.aveCpuFreqMhz;
            ++freqCount;
        }
        if (step.energyJ && (!energyMax || *step.energyJ > *energyMax))
            energyMax = step.energyJ;
    }
    if (anyCpu && (!job.totalCpuS || *job.totalCpuS == 0))
        job.totalCpuS = cpuSum;
    job.maxRssMb = rssMax;
    if (freqCount > 0 && (!job.aveCpuFreqMhz || *job.aveCpuFreqMhz == 0))
        job.aveCpuFreqMhz = freqWeight > 0 ? freqWeighted / freqWeight : freqSum / freqCount;
    if (energyMax && (!job.energyJ || *job.energyJ == 0)) {
        job.energyJ = energyMax;
        job.energySource = QStringLiteral("slurm");
    }
}

bool SacctJobAssembler::addJob(const Job &job, QString *error)
{
    if (!finish(error))
        return false;
    m_current = job;
    return true;
}

bool SacctJobAssembler::addStep(const JobStep &step, bool *orphan, QString *error)
{
    *orphan = !m_current || m_current->jobId != step.jobId;
    if (*orphan) {
        *error = QCoreApplication::translate("es::SacctJobAssembler", "step %1.%2 does not follow its job's line")
                     .arg(step.jobId, step.stepId);
        return false;
    }
    m_steps << step;
    return true;
}

bool SacctJobAssembler::finish(QString *error)
{
    if (!m_current)
        return true;
    Job job = std::move(*m_current);
    m_current.reset();
    aggregateSteps(job, m_steps);
    const bool ok = m_sink(job, m_steps, error);
    m_steps.clear();
    return ok;
}

} // namespace es
