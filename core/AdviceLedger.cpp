// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviceLedger.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace es {
namespace {

constexpr double kMaxPlausibleWattsPerNode = 10'000;

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

/// The comparisons of a harvested job with its advice.
void compare(LedgerEntry *e)
{
    const AdviceRecord &a = e->advice;
    e->ranElsewhere = (e->ranNodes && *e->ranNodes != a.nodes) || (e->ranCpus && *e->ranCpus != a.cpus);
    if (e->measuredTimeS && a.maxTimeIncreasePct)
        e->brokeTimeLimit = *e->measuredTimeS > a.defaultTimeS * (1 + *a.maxTimeIncreasePct / 100.0);
    if (!e->measuredEnergyJ)
        return;
    const double nodes = double(e->ranNodes.value_or(a.nodes));
    e->implausibleEnergy = *e->measuredEnergyJ <= 0 ||
                           (e->measuredTimeS && *e->measuredTimeS > 0 &&
                            *e->measuredEnergyJ / *e->measuredTimeS > kMaxPlausibleWattsPerNode * std::max(1.0, nodes));
    if (e->implausibleEnergy)
        return;
    e->savingVsDefaultPct = 100.0 * (a.defaultEnergyJ - *e->measuredEnergyJ) / a.defaultEnergyJ;
    e->energyInInterval = *e->measuredEnergyJ >= a.energyLowerJ && *e->measuredEnergyJ <= a.energyUpperJ;
}

} // namespace

std::optional<qint64> AdviceLedger::record(const AdviceRecord &a, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO advice (created_ts, cluster, job_name, objective, max_time_increase_pct, nodes, cpus, energy_j,"
        " energy_lower_j, energy_upper_j, time_s, time_upper_s, default_energy_j, default_time_s, comment, job_id,"
        " status, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v :
         {QVariant(a.createdTs), QVariant(a.cluster), QVariant(a.jobName), QVariant(a.objective),
          a.maxTimeIncreasePct ? QVariant(*a.maxTimeIncreasePct) : QVariant(QMetaType::fromType<double>()),
          QVariant(a.nodes), QVariant(a.cpus), QVariant(a.energyJ), QVariant(a.energyLowerJ), QVariant(a.energyUpperJ),
          QVariant(a.timeS), QVariant(a.timeUpperS), QVariant(a.defaultEnergyJ), QVariant(a.defaultTimeS),
          a.comment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.comment),
          a.jobId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.jobId), QVariant(a.status),
          a.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.error)})
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        *error = tr("cannot record the advice: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool AdviceLedger::setSubmitted(qint64 id, const QString &jobId, const QString &comment, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE advice SET status = 'submitted', job_id = ?, comment = ?, error = NULL WHERE id = ?"));
    query.addBindValue(jobId);
    query.addBindValue(comment);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("cannot record the submission: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool AdviceLedger::setNotSubmitted(qint64 id, const QString &reason, QString *error)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE advice SET status = 'not_submitted', error = ? WHERE id = ?"));
    query.addBindValue(reason);
    query.addBindValue(id);
    if (!query.exec()) {
        *error = tr("cannot record the failed submission: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

std::optional<QList<LedgerEntry>> AdviceLedger::entries(const QString &cluster, QString *error) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT a.id, a.created_ts, a.cluster, a.job_name, a.objective, a.max_time_increase_pct, a.nodes, a.cpus,"
        " a.energy_j, a.energy_lower_j, a.energy_upper_j, a.time_s, a.time_upper_s, a.default_energy_j,"
        " a.default_time_s, a.comment, a.job_id, a.status, a.error, j.id, j.state, j.node_count,"
        " COALESCE(j.alloc_cpus, j.req_cpus), COALESCE(m.energy_j, j.energy_j), COALESCE(m.duration_s, j.elapsed_s),"
        " CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE j.energy_source END"
        " FROM advice a LEFT JOIN clusters c ON c.name = a.cluster"
        " LEFT JOIN jobs j ON j.cluster_id = c.id AND j.job_id = a.job_id"
        " LEFT JOIN job_metrics m ON m.job_pk = j.id");
    if (!cluster.isEmpty())
        sql += QStringLiteral(" WHERE a.cluster = ?");
    sql += QStringLiteral(" ORDER BY a.created_ts DESC, a.id DESC");
    query.prepare(sql);
    if (!cluster.isEmpty())
        query.addBindValue(cluster);
    if (!query.exec()) {
        *error = tr("cannot read the advice ledger: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QList<LedgerEntry> entries;
    while (query.next()) {
        LedgerEntry e;
        AdviceRecord &a = e.advice;
        a.id = query.value(0).toLongLong();
        a.createdTs = query.value(1).toLongLong();
        a.cluster = query.value(2).toString();
        a.jobName = query.value(3).toString();
        a.objective = query.value(4).toString();
        a.maxTimeIncreasePct = optionalDouble(query.value(5));
        a.nodes = query.value(6).toLongLong();
        a.cpus = query.value(7).toLongLong();
        a.energyJ = query.value(8).toDouble();
        a.energyLowerJ = query.value(9).toDouble();
        a.energyUpperJ = query.value(10).toDouble();
        a.timeS = query.value(11).toDouble();
        a.timeUpperS = query.value(12).toDouble();
        a.defaultEnergyJ = query.value(13).toDouble();
        a.defaultTimeS = query.value(14).toDouble();
        a.comment = query.value(15).toString();
        a.jobId = query.value(16).toString();
        a.status = query.value(17).toString();
        a.error = query.value(18).toString();
        e.harvested = !query.value(19).isNull();
        e.jobState = query.value(20).toString();
        e.ranNodes = optionalInt(query.value(21));
        e.ranCpus = optionalInt(query.value(22));
        e.measuredEnergyJ = optionalDouble(query.value(23));
        e.measuredTimeS = optionalDouble(query.value(24));
        e.energySource = query.value(25).toString();
        e.finished = e.harvested && !e.jobState.startsWith(QStringLiteral("RUNNING")) &&
                     !e.jobState.startsWith(QStringLiteral("PENDING"));
        if (e.finished)
            compare(&e);
        entries.append(e);
    }
    return entries;
}

} // namespace es
