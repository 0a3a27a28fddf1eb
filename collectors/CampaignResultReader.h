// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignStore.h"
#include "CampaignWorkload.h"

#include <QCoreApplication>
#include <QString>

namespace es {

class SshSession;

/// Reads what a finished campaign run left on the cluster: the figure of merit from its job output, the on-node
/// sampler's energy from its sampler files, and Slurm's energy (already on the run from sacct); then checks the two
/// energies against each other (as EPCC's ReFrame energy check does).
///
/// Threading: the thread that uses the session.
class CampaignResultReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignResultReader)
public:
    /// Relative difference above which sacct's and the sampler's energy are flagged as disagreeing.
    static constexpr double kEnergyDisagreement = 0.15;

    CampaignResultReader(SshSession &ssh, const QString &campaign) : m_ssh(ssh), m_campaign(campaign) {}

    /// Fills fom, fomUnit, samplerEnergyJ, energyJ/energySource (Slurm's when measured, else the sampler's) and
    /// message (a missing program, a figure of merit not found, energies that disagree) of a run whose job
    /// ended COMPLETED, and sets its state to completed. False only on a transport failure (*error): the run
    /// stays finished and is read again next time.
    bool read(const CampaignWorkload &workload, CampaignRunRecord *run, QString *error);

    /// The `es-campaign: missing PROGRAM on NODE` line of a failed run's output, empty when there is none. False
    /// only on a transport failure.
    bool missingProgram(const CampaignRunRecord &run, QString *line, QString *error);

    /// The sampler files' energy (J) over every node of the job: per sample the node's measured energy (Cray
    /// counters, else RAPL), summed. std::nullopt when no file or no energy key.
    static std::optional<double> samplerEnergyJ(const QList<QByteArray> &files);

private:
    SshSession &m_ssh;
    QString m_campaign;
};

} // namespace es
