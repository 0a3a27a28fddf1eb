// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignDesign.h"
#include "CampaignStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace es {

/// The batch script and sbatch options of one campaign run.
///
/// The script checks on every node that the workload's programs are there (a missing one: the line
/// `es-campaign: missing PROGRAM on NODE` and exit 3), runs the workload as one task per node with all of the node's
/// CPUs, inside the on-node sampler (es-sampler-job.sh) unless the campaign samples nothing, and brackets it with
/// `es-campaign: start EPOCH` and `es-campaign: end EPOCH status N` lines. Every text that is not ours (the user's
/// own command, paths) is a single quoted argument (shell::quote).
class CampaignScript final
{
public:
    /// Where a campaign's files live on the cluster, relative to the remote home: job outputs `DIR/JOBID.out`,
    /// sampler files `DIR/samples/JOBID.NODE.samples`.
    static QString remoteDir(const QString &campaign);
    static QString samplesDir(const QString &campaign);
    static QString outputFile(const QString &campaign, const QString &jobId);
    /// Where `sample install` puts the sampler (relative to the remote home).
    static QString samplerWrapper();

    static QByteArray script(const CampaignSpec &spec, const CampaignWorkload &workload, const CampaignRunRecord &run);
    /// sbatch options: name, comment, node count, one task per node, time limit, output, --exclusive,
    /// --cpu-freq, --partition and --exclude as the run asks, and `--begin=now+Ns` when beginInS > 0 (arrival
    /// mode; relative, so that the cluster's time zone does not matter).
    static QStringList sbatchOptions(const CampaignSpec &spec, const CampaignRunRecord &run, qint64 beginInS = 0);
};

} // namespace es
