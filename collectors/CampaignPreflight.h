// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSpec.h"
#include "CampaignStore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace es {

class SshSession;

/// What a campaign is checked for before its first submission, over the profile's SSH session:
/// - every workload's programs, looked for (`command -v`) on the nodes of one allocation of the campaign's largest
///   node count (`srun --immediate=60`): a missing one refuses the campaign, naming the program and the node;
/// - `sbatch --test-only` for one run of every cell: when it would start and where, or Slurm's refusal (a node
///   count the partition does not have, a frequency the cluster refuses), which refuses the campaign.
/// A cluster too busy to give the check an allocation within a minute is reported and not held against it.
///
/// Threading: the thread that uses the session.
class CampaignPreflight final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignPreflight)
public:
    CampaignPreflight(SshSession &ssh, const CampaignSpec &spec) : m_ssh(ssh), m_spec(spec) {}

    /// False with *error (a transport failure, or why the campaign is refused); `notes` gets one line per check.
    bool run(const QList<CampaignRunRecord> &runs, QStringList *notes, QString *error);

private:
    bool checkPrograms(QStringList *notes, QString *error);
    bool checkCells(const QList<CampaignRunRecord> &runs, QStringList *notes, QString *error);

    SshSession &m_ssh;
    const CampaignSpec &m_spec;
};

} // namespace es
