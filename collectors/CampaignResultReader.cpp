// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignResultReader.h"

#include "CampaignScript.h"
#include "Hostlist.h"
#include "SamplerParser.h"
#include "ShellQuote.h"
#include "SshSession.h"

#include <QCoreApplication>

#include <cmath>

namespace es {
namespace {

constexpr int kOutputTailBytes = 256 * 1024;

/// The file's content, or an empty array when it does not exist. False on a transport failure.
bool readRemote(SshSession &ssh, const QString &path, int tailBytes, QByteArray *content, QString *error)
{
    QByteArray out;
    SshSession::ExitInfo exit;
    const QStringList command = tailBytes > 0 ? QStringList{QStringLiteral("tail"), QStringLiteral("-c"),
                                                            QString::number(tailBytes), QStringLiteral("--"), path}
                                              : QStringList{QStringLiteral("cat"), QStringLiteral("--"), path};
    if (!ssh.exec(
            shell::join(command),
            [&](QByteArrayView chunk) {
                out.append(chunk);
                return out.size() < 64 * 1024 * 1024;
            },
            &exit, error))
        return false;
    *content = exit.exitStatus == 0 ? out : QByteArray();
    return true;
}

QString joinMessages(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : (b.isEmpty() ? a : a + QStringLiteral("; ") + b);
}

} // namespace

std::optional<double> CampaignResultReader::samplerEnergyJ(const QList<QByteArray> &files)
{
    double totalJ = 0;
    bool any = false;
    for (const QByteArray &file : files) {
        const SamplerOutput out = SamplerParser::parseText(file);
        for (const NodeSampleRecord &s : out.samples) {
            const std::optional<double> j = s.energyCrayJ ? s.energyCrayJ : s.energyRaplJ;
            if (j && std::isfinite(*j) && *j >= 0) {
                totalJ += *j;
                any = true;
            }
        }
    }
    return any ? std::optional<double>(totalJ) : std::nullopt;
}

bool CampaignResultReader::missingProgram(const CampaignRunRecord &run, QString *line, QString *error)
{
    QByteArray output;
    if (!readRemote(m_ssh, CampaignScript::outputFile(m_campaign, run.slurmJobId), kOutputTailBytes, &output, error))
        return false;
    line->clear();
    for (const QByteArray &l : output.split('\n')) {
        if (l.startsWith("es-campaign: missing ")) {
            *line = QString::fromUtf8(l.mid(13)).trimmed();
            break;
        }
    }
    return true;
}

bool CampaignResultReader::read(const CampaignWorkload &workload, CampaignRunRecord *run, QString *error)
{
    QByteArray output;
    if (!readRemote(m_ssh, CampaignScript::outputFile(m_campaign, run->slurmJobId), kOutputTailBytes, &output, error))
        return false;
    QString message;
    run->fom = CampaignWorkloads::figureOfMerit(workload, output);
    run->fomUnit = workload.fomUnit;
    if (output.isEmpty())
        message = tr("no job output at %1").arg(CampaignScript::outputFile(m_campaign, run->slurmJobId));
    else if (!run->fom)
        message = tr("figure of merit not found in the job output (pattern %1)").arg(workload.fomPattern);

    QString hostlistError;
    const auto nodes = Hostlist::expand(run->nodeList, &hostlistError);
    QList<QByteArray> files;
    for (const QString &node : nodes.value_or(QStringList())) {
        QByteArray file;
        const QString path =
            CampaignScript::samplesDir(m_campaign) + u'/' + run->slurmJobId + u'.' + node + QStringLiteral(".samples");
        if (!readRemote(m_ssh, path, 0, &file, error))
            return false;
        if (!file.isEmpty())
            files << file;
    }
    run->samplerEnergyJ = samplerEnergyJ(files);
    if (run->energyJ) {
        run->energySource = QStringLiteral("slurm");
        if (run->samplerEnergyJ && *run->energyJ > 0) {
            const double difference = std::abs(*run->samplerEnergyJ - *run->energyJ) / *run->energyJ;
            if (difference > kEnergyDisagreement)
                message = joinMessages(message, tr("Slurm's energy %1 J and the sampler's %2 J differ by %3%")
                                                    .arg(*run->energyJ, 0, 'f', 0)
                                                    .arg(*run->samplerEnergyJ, 0, 'f', 0)
                                                    .arg(100 * difference, 0, 'f', 0));
        }
    } else if (run->samplerEnergyJ) {
        run->energyJ = run->samplerEnergyJ;
        run->energySource = QStringLiteral("sampler");
    }
    run->message = message;
    run->state = QStringLiteral("completed");
    return true;
}

} // namespace es
