// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignSlurmParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace es {
namespace {

// Slurm writes 2^64-2 (NO_VAL64) and other sentinels into energy fields when a counter failed; a job's energy
// above a petajoule is such a sentinel, not a measurement.
constexpr double kMaxPlausibleEnergyJ = 1e15;
constexpr qint64 kMaxEpochS = 253402300799; // 9999-12-31

const QRegularExpression &jobIdRule()
{
    static const QRegularExpression rule(QStringLiteral("^[0-9]+(_[0-9]+)?$"));
    return rule;
}

/// An epoch-seconds field: empty, "Unknown" and "None" are absent; anything else must be a time in range.
bool epoch(const QString &field, std::optional<qint64> *out)
{
    if (field.isEmpty() || field == QLatin1String("Unknown") || field == QLatin1String("None"))
        return true;
    bool ok = false;
    const qint64 v = field.toLongLong(&ok);
    if (!ok || v < 0 || v > kMaxEpochS)
        return false;
    *out = v;
    return true;
}

bool parseBoundedNumber(const QString &field, double max, std::optional<double> *out)
{
    if (field.isEmpty())
        return true;
    bool ok = false;
    const double v = field.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        return false;
    if (v <= max)
        *out = v;
    return true;
}

QString lineError(int line, const QString &what)
{
    return CampaignSlurmParser::tr("line %1: %2").arg(line).arg(what);
}

} // namespace

const char *const CampaignSlurmParser::kSacctFields =
    "JobIDRaw,JobName,State,Start,End,ElapsedRaw,NodeList,ConsumedEnergyRaw,ExitCode,Comment";
const char *const CampaignSlurmParser::kSqueueFormat = "%i|%j|%T|%N";

std::optional<QList<CampaignJobState>> CampaignSlurmParser::parseSacct(const QByteArray &text, QString *error)
{
    QList<CampaignJobState> jobs;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QChar(0x1f));
        if (f.size() < 9) {
            *error = lineError(i + 1, tr("%1 fields where sacct was asked for 10").arg(f.size()));
            return std::nullopt;
        }
        CampaignJobState job;
        job.jobId = f[0];
        job.jobName = f[1];
        job.state = f[2].section(u' ', 0, 0);
        job.nodeList = f[6] == QLatin1String("None assigned") ? QString() : f[6];
        job.exitCode = f[8].trimmed();
        job.comment = f.mid(9).join(QChar(0x1f)).trimmed();
        if (!jobIdRule().match(job.jobId).hasMatch() || job.state.isEmpty()) {
            *error = lineError(i + 1, tr("no job id or state ('%1')").arg(line.left(80)));
            return std::nullopt;
        }
        if (!epoch(f[3], &job.startTs) || !epoch(f[4], &job.endTs) || !parseBoundedNumber(f[5], 1e12, &job.elapsedS) ||
            !parseBoundedNumber(f[7], kMaxPlausibleEnergyJ, &job.energyJ)) {
            *error = lineError(i + 1, tr("a time, duration or energy out of range ('%1')").arg(line.left(120)));
            return std::nullopt;
        }
        jobs << job;
    }
    return jobs;
}

std::optional<QList<CampaignJobState>> CampaignSlurmParser::parseSqueue(const QByteArray &text, QString *error)
{
    QList<CampaignJobState> jobs;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(u'|');
        if (f.size() != 4 || !jobIdRule().match(f[0]).hasMatch() || f[2].isEmpty()) {
            *error = lineError(i + 1, tr("not 'JOBID|NAME|STATE|NODES': '%1'").arg(line.left(80)));
            return std::nullopt;
        }
        CampaignJobState job;
        job.jobId = f[0];
        job.jobName = f[1];
        job.state = f[2];
        job.nodeList = f[3];
        jobs << job;
    }
    return jobs;
}

} // namespace es
