// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignScript.h"

#include "ShellQuote.h"

namespace es {
namespace {

// What every node's task runs: "$1" is the workload's command, the rest the programs it needs. One step for both,
// so that no step of the job is still releasing its memory when the next one asks for it.
const char *const kCheckThenRun =
    "work=$1; shift; for p in \"$@\"; do command -v \"$p\" >/dev/null 2>&1 || { echo \"es-campaign: missing $p on "
    "${SLURMD_NODENAME:-$(hostname)}\"; exit 3; }; done; exec sh -c \"$work\"";

} // namespace

QString CampaignScript::remoteDir(const QString &campaign)
{
    return QStringLiteral(".energy-studio/campaigns/") + campaign;
}

QString CampaignScript::samplesDir(const QString &campaign)
{
    return remoteDir(campaign) + QStringLiteral("/samples");
}

QString CampaignScript::outputFile(const QString &campaign, const QString &jobId)
{
    return remoteDir(campaign) + u'/' + jobId + QStringLiteral(".out");
}

QString CampaignScript::samplerWrapper()
{
    return QStringLiteral(".energy-studio/bin/es-sampler-job.sh");
}

QByteArray CampaignScript::script(const CampaignSpec &spec, const CampaignWorkload &workload,
                                  const CampaignRunRecord &run)
{
    const QString everyNode =
        QStringLiteral("srun --nodes=\"$SLURM_JOB_NUM_NODES\" --ntasks=\"$SLURM_JOB_NUM_NODES\" --ntasks-per-node=1");
    QString text = QStringLiteral("#!/bin/sh\n"
                                  "# HPC Energy Studio campaign %1, cell %2, repetition %3, attempt %4 (generated)\n"
                                  "set -u\n")
                       .arg(spec.name, run.cellHash)
                       .arg(run.repeatIndex)
                       .arg(run.attempt);
    QString work =
        everyNode + QStringLiteral(" --cpus-per-task=\"${SLURM_CPUS_ON_NODE:-1}\" ") +
        shell::join(QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kCheckThenRun),
                                QStringLiteral("es-campaign"), workload.nodeCommand} +
                    workload.programs);
    if (spec.samplerIntervalS > 0) {
        work = QStringLiteral("\"$HOME\"/") + shell::quote(samplerWrapper()) + u' ' +
               shell::join({QStringLiteral("-i"), QString::number(spec.samplerIntervalS), QStringLiteral("-d"),
                            samplesDir(spec.name), QStringLiteral("--")}) +
               u' ' + work;
    }
    text += QStringLiteral("echo \"es-campaign: start $(date +%s)\"\n") + work +
            QStringLiteral("\nstatus=$?\n"
                           "echo \"es-campaign: end $(date +%s) status $status\"\n"
                           "exit $status\n");
    return text.toUtf8();
}

QStringList CampaignScript::sbatchOptions(const CampaignSpec &spec, const CampaignRunRecord &run, qint64 beginInS)
{
    const int nodes = run.cell.value(QStringLiteral("nodes")).toInt(1);
    QStringList options{QStringLiteral("--job-name=") + run.jobName,
                        QStringLiteral("--comment=") +
                            CampaignDesign::comment(spec.name, run.cellHash, run.repeatIndex, run.attempt),
                        QStringLiteral("--nodes=%1").arg(nodes),
                        QStringLiteral("--ntasks-per-node=1"),
                        QStringLiteral("--time=%1").arg(spec.timeLimitMin),
                        QStringLiteral("--output=") + remoteDir(spec.name) + QStringLiteral("/%j.out")};
    if (spec.exclusive) // whole nodes: all of their memory too, not the partition's default per CPU
        options << QStringLiteral("--exclusive") << QStringLiteral("--mem=0");
    const QString frequency = run.cell.value(QStringLiteral("cpu_freq")).toString();
    if (!frequency.isEmpty())
        options << QStringLiteral("--cpu-freq=") + frequency;
    if (!spec.partition.isEmpty())
        options << QStringLiteral("--partition=") + spec.partition;
    if (!run.excludedNodes.isEmpty())
        options << QStringLiteral("--exclude=") + run.excludedNodes;
    if (beginInS > 0)
        options << QStringLiteral("--begin=now+%1").arg(beginInS);
    return options;
}

} // namespace es
