// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignStore.h"

#include "Store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace es {
namespace {

const char *const kRunColumns =
    "id, campaign_id, cell_hash, cell_json, repeat_index, attempt, run_order, job_name, state, slurm_job_id,"
    " slurm_state, excluded_nodes, submitted_ts, start_ts, end_ts, duration_s, energy_j, energy_source,"
    " sampler_energy_j, fom, fom_unit, node_list, message";

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant orNull(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QVariant orNull(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString textOf(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CampaignRunRecord runOf(const QSqlQuery &q)
{
    CampaignRunRecord r;
    r.id = q.value(0).toLongLong();
    r.campaignId = q.value(1).toLongLong();
    r.cellHash = q.value(2).toString();
    r.cell = objectOf(q.value(3).toString());
    r.repeatIndex = q.value(4).toInt();
    r.attempt = q.value(5).toInt();
    r.order = q.value(6).toInt();
    r.jobName = q.value(7).toString();
    r.state = q.value(8).toString();
    r.slurmJobId = q.value(9).toString();
    r.slurmState = q.value(10).toString();
    r.excludedNodes = q.value(11).toString();
    r.submittedTs = optionalInt(q.value(12));
    r.startTs = optionalInt(q.value(13));
    r.endTs = optionalInt(q.value(14));
    r.durationS = optionalDouble(q.value(15));
    r.energyJ = optionalDouble(q.value(16));
    r.energySource = q.value(17).toString();
    r.samplerEnergyJ = optionalDouble(q.value(18));
    r.fom = optionalDouble(q.value(19));
    r.fomUnit = q.value(20).toString();
    r.nodeList = q.value(21).toString();
    r.message = q.value(22).toString();
    return r;
}

bool insertRun(QSqlQuery &q, const CampaignRunRecord &r, QString *error)
{
    q.prepare(QStringLiteral("INSERT INTO campaign_runs (campaign_id, cell_hash, cell_json, repeat_index, attempt,"
                             " run_order, job_name, state, excluded_nodes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(r.campaignId), QVariant(r.cellHash), QVariant(textOf(r.cell)), QVariant(r.repeatIndex),
          QVariant(r.attempt), QVariant(r.order), QVariant(r.jobName), QVariant(r.state), orNull(r.excludedNodes)})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = CampaignStore::tr("cannot store the run %1: %2").arg(r.jobName, q.lastError().text());
        return false;
    }
    return true;
}

/// The upper median of the executed query's first column, and how many rows it had (0: no median).
std::pair<std::optional<double>, qint64> upperMedian(QSqlQuery &q)
{
    std::vector<double> values;
    while (q.next())
        values.push_back(q.value(0).toDouble());
    if (values.empty())
        return {std::nullopt, 0};
    const auto middle = values.begin() + qsizetype(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return {*middle, qint64(values.size())};
}

} // namespace

std::optional<CampaignSpec> CampaignRecord::spec(QString *error) const
{
    return CampaignSpec::fromJson(QJsonDocument(plan).toJson(), error);
}

bool CampaignRunRecord::isTerminal() const
{
    return state == QLatin1String("completed") || state == QLatin1String("failed") ||
           state == QLatin1String("retried") || state == QLatin1String("cancelled") ||
           state == QLatin1String("skipped");
}

bool CampaignRunRecord::isInFlight() const
{
    return state == QLatin1String("submitting") || state == QLatin1String("submitted") ||
           state == QLatin1String("running");
}

std::optional<qint64> CampaignStore::create(const CampaignSpec &spec, const QString &cluster,
                                            const CampaignDesign &design, qint64 nowTs, QString *error)
{
    QString ignored;
    if (campaign(spec.name, &ignored)) {
        *error = tr("a campaign named %1 exists already (campaign status %1)").arg(spec.name);
        return std::nullopt;
    }
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = tr("cannot start a transaction: %1").arg(db.lastError().text());
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, profile, cluster, plan_json, state, created_ts, updated_ts)"
                             " VALUES (?, ?, ?, ?, 'planned', ?, ?) RETURNING id"));
    for (const QVariant &v : {QVariant(spec.name), QVariant(spec.profile), QVariant(cluster),
                              QVariant(textOf(spec.toJson())), QVariant(nowTs), QVariant(nowTs)})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        *error = tr("cannot store the campaign: %1").arg(q.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    for (const CampaignPlannedRun &planned : design.runs()) {
        const CampaignCell &cell = design.cells()[planned.cell];
        CampaignRunRecord run;
        run.campaignId = id;
        run.cellHash = cell.hash;
        run.cell = cell.json;
        run.repeatIndex = planned.repeatIndex;
        run.order = planned.order;
        run.jobName = CampaignDesign::jobName(spec.name, cell.hash, planned.repeatIndex, 0);
        if (!insertRun(q, run, error)) {
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        *error = tr("cannot store the campaign: %1").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return id;
}

std::optional<CampaignRecord> CampaignStore::campaign(const QString &name, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, name, profile, cluster, plan_json, state, created_ts, updated_ts"
                             " FROM campaigns WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = tr("cannot read the campaigns: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("no campaign named %1 (see campaign list)").arg(name);
        return std::nullopt;
    }
    return CampaignRecord{q.value(0).toLongLong(), q.value(1).toString(),           q.value(2).toString(),
                          q.value(3).toString(),   objectOf(q.value(4).toString()), q.value(5).toString(),
                          q.value(6).toLongLong(), q.value(7).toLongLong()};
}

std::optional<QList<CampaignRecord>> CampaignStore::campaigns(QString *error) const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT name FROM campaigns ORDER BY created_ts, id"))) {
        *error = tr("cannot read the campaigns: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    QList<CampaignRecord> result;
    for (const QString &name : std::as_const(names)) {
        const auto c = campaign(name, error);
        if (!c)
            return std::nullopt;
        result << *c;
    }
    return result;
}

std::optional<QList<CampaignRunRecord>> CampaignStore::runs(qint64 campaignId, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM campaign_runs WHERE campaign_id = ? ORDER BY run_order, attempt")
                  .arg(QLatin1String(kRunColumns)));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = tr("cannot read the campaign's runs: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<CampaignRunRecord> result;
    while (q.next())
        result << runOf(q);
    return result;
}

bool CampaignStore::update(const CampaignRunRecord &r, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "UPDATE campaign_runs SET state = ?, slurm_job_id = ?, slurm_state = ?, excluded_nodes = ?, submitted_ts = ?,"
        " start_ts = ?, end_ts = ?, duration_s = ?, energy_j = ?, energy_source = ?, sampler_energy_j = ?, fom = ?,"
        " fom_unit = ?, node_list = ?, message = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(r.state), orNull(r.slurmJobId), orNull(r.slurmState), orNull(r.excludedNodes),
                              orNull(r.submittedTs), orNull(r.startTs), orNull(r.endTs), orNull(r.durationS),
                              orNull(r.energyJ), orNull(r.energySource), orNull(r.samplerEnergyJ), orNull(r.fom),
                              orNull(r.fomUnit), orNull(r.nodeList), orNull(r.message), QVariant(r.id)})
        q.addBindValue(v);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = tr("cannot update the run %1: %2").arg(r.jobName, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<qint64> CampaignStore::addAttempt(const CampaignRunRecord &previous, const QString &jobName,
                                                const QString &excludedNodes, QString *error)
{
    CampaignRunRecord next;
    next.campaignId = previous.campaignId;
    next.cellHash = previous.cellHash;
    next.cell = previous.cell;
    next.repeatIndex = previous.repeatIndex;
    next.attempt = previous.attempt + 1;
    next.order = previous.order;
    next.jobName = jobName;
    next.excludedNodes = excludedNodes;
    QSqlQuery q(m_store.database());
    if (!insertRun(q, next, error))
        return std::nullopt;
    const QVariant id = q.lastInsertId();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::optional<qint64>(0);
}

bool CampaignStore::setState(qint64 campaignId, const QString &state, qint64 nowTs, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE campaigns SET state = ?, updated_ts = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(nowTs);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        *error = tr("cannot update the campaign: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

std::pair<std::optional<double>, qint64> CampaignStore::measuredPowerPerNodeW(const QString &cluster,
                                                                              QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT j.energy_j / (j.elapsed_s * j.node_count) FROM jobs j"
                             " JOIN clusters c ON c.id = j.cluster_id WHERE c.name = ? AND j.energy_source = 'slurm'"
                             " AND j.energy_j > 0 AND j.elapsed_s > 0 AND j.node_count > 0"));
    q.addBindValue(cluster);
    if (!q.exec()) {
        *error = tr("cannot read the measured jobs: %1").arg(q.lastError().text());
        return {std::nullopt, 0};
    }
    return upperMedian(q);
}

std::optional<QList<CampaignRunRecord>> CampaignStore::completedRuns(const QString &cluster, QString *error) const
{
    const auto all = campaigns(error);
    if (!all)
        return std::nullopt;
    QList<CampaignRunRecord> result;
    for (const CampaignRecord &c : *all) {
        if (c.cluster != cluster)
            continue;
        const auto list = runs(c.id, error);
        if (!list)
            return std::nullopt;
        for (const CampaignRunRecord &run : *list)
            if (run.state == QLatin1String("completed"))
                result << run;
    }
    return result;
}

std::optional<int> CampaignStore::medianCpusPerNode(const QString &cluster, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT n.cpus FROM nodes n JOIN clusters c ON c.id = n.cluster_id"
                             " WHERE c.name = ? AND n.cpus > 0"));
    q.addBindValue(cluster);
    if (!q.exec()) {
        *error = tr("cannot read the cluster's nodes: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const std::optional<double> cpus = upperMedian(q).first;
    if (!cpus) {
        *error =
            tr("the store knows no node of cluster %1 (harvest it first, or give the cores per node)").arg(cluster);
        return std::nullopt;
    }
    return int(*cpus);
}

} // namespace es
