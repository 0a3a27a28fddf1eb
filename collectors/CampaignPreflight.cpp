// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignPreflight.h"

#include "CampaignScript.h"
#include "ShellQuote.h"
#include "SlurmSubmitter.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace es {
namespace {

// Every missing program on every node of the allocation, one line each; "$@" are the programs.
const char *const kListMissing = "for p in \"$@\"; do command -v \"$p\" >/dev/null 2>&1 || echo \"es-campaign: missing "
                                 "$p on ${SLURMD_NODENAME:-$(hostname)}\"; done";

} // namespace

bool CampaignPreflight::run(const QList<CampaignRunRecord> &runs, QStringList *notes, QString *error)
{
    return checkPrograms(notes, error) && checkCells(runs, notes, error);
}

bool CampaignPreflight::checkPrograms(QStringList *notes, QString *error)
{
    QStringList programs;
    for (const CampaignWorkload &w : m_spec.workloads())
        for (const QString &p : w.programs)
            if (!programs.contains(p))
                programs << p;
    if (programs.isEmpty())
        return true;
    const int nodes = *std::max_element(m_spec.nodeCounts.begin(), m_spec.nodeCounts.end());
    QStringList command{QStringLiteral("srun"),
                        QStringLiteral("--immediate=60"),
                        QStringLiteral("--nodes=%1").arg(nodes),
                        QStringLiteral("--ntasks-per-node=1"),
                        QStringLiteral("--time=1"),
                        QStringLiteral("--job-name=es-%1-check").arg(m_spec.name)};
    if (!m_spec.partition.isEmpty())
        command << QStringLiteral("--partition=") + m_spec.partition;
    command << QStringLiteral("sh") << QStringLiteral("-c") << QString::fromLatin1(kListMissing)
            << QStringLiteral("es-campaign-check") << programs;
    QByteArray output;
    SshSession::ExitInfo exit;
    if (!m_ssh.exec(
            shell::join(command),
            [&](QByteArrayView chunk) {
                output.append(chunk);
                return output.size() < 1024 * 1024;
            },
            &exit, error))
        return false;
    QStringList missing;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("es-campaign: missing "))
            missing << QString::fromUtf8(line.mid(21)).trimmed();
    if (!missing.isEmpty()) {
        *error = tr("not submitted: %1 (checked on the nodes before anything was submitted)")
                     .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    if (exit.exitStatus != 0) {
        notes->append(tr("programs not checked on the nodes: srun could not run there within a minute (%1)")
                          .arg(QString::fromUtf8(exit.standardError).trimmed().left(200)));
        return true;
    }
    notes->append(tr("%1 found on %2 node(s)").arg(programs.join(QStringLiteral(", "))).arg(nodes));
    return true;
}

bool CampaignPreflight::checkCells(const QList<CampaignRunRecord> &runs, QStringList *notes, QString *error)
{
    SlurmSubmitter slurm(m_ssh);
    QSet<QString> asked;
    for (const CampaignRunRecord &run : runs) {
        if (asked.contains(run.cellHash))
            continue;
        asked.insert(run.cellHash);
        const auto workload = CampaignWorkloads::fromJson(run.cell.value(QStringLiteral("workload")).toObject(), error);
        if (!workload)
            return false;
        QString refusal;
        const auto answer = slurm.testOnly(CampaignScript::sbatchOptions(m_spec, run),
                                           CampaignScript::script(m_spec, *workload, run), &refusal);
        const QString cell =
            tr("%1 on %2 node(s)%3")
                .arg(workload->id)
                .arg(run.cell.value(QStringLiteral("nodes")).toInt())
                .arg(run.cell.contains(QStringLiteral("cpu_freq"))
                         ? QStringLiteral(" at ") + run.cell.value(QStringLiteral("cpu_freq")).toString()
                         : QString());
        if (!answer) {
            *error = tr("not submitted: Slurm refuses %1: %2").arg(cell, refusal);
            return false;
        }
        notes->append(
            tr("%1: would start %2 on %3")
                .arg(cell, QDateTime::fromSecsSinceEpoch(answer->startTs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     answer->nodes));
    }
    return true;
}

} // namespace es
