// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignDesign.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace es {

class Store;

/// A campaign as the store keeps it.
struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    QString profile;
    QString cluster;
    QJsonObject plan;     ///< the campaign file (CampaignSpec::toJson)
    QString state;        ///< planned, running, done, cancelled
    qint64 createdTs = 0; ///< UTC epoch s
    qint64 updatedTs = 0;

    /// The stored plan read back as a campaign spec (the file's own checks; std::nullopt with *error when the
    /// stored plan no longer passes them).
    std::optional<CampaignSpec> spec(QString *error) const;
};

/// One attempt of one planned run, and what came of it.
///
/// States: `planned` (not submitted), `submitting` (the store said so before sbatch ran: after a crash the job is
/// looked for by name before anything is submitted again), `submitted` (pending in Slurm), `running`, `finished`
/// (ended COMPLETED, results not read yet), `completed` (results read), `failed` (ended otherwise, no retry left),
/// `retried` (ended on a node failure or preemption: a new attempt row replaces it), `cancelled`, `skipped` (not
/// run: its cell's energy was already known within the campaign's stop_within_pct).
struct CampaignRunRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString cellHash;
    QJsonObject cell;
    int repeatIndex = 0;
    int attempt = 0;
    int order = 0;
    QString jobName;
    QString state = QStringLiteral("planned");
    QString slurmJobId;
    QString slurmState;
    QString excludedNodes; ///< Slurm hostlist the attempt must avoid (nodes that failed earlier attempts)
    std::optional<qint64> submittedTs;
    std::optional<qint64> startTs;
    std::optional<qint64> endTs;
    std::optional<double> durationS;
    std::optional<double> energyJ;        ///< Slurm's ConsumedEnergy (measured) when the cluster has it
    QString energySource;                 ///< "slurm" or "sampler", empty when neither measured
    std::optional<double> samplerEnergyJ; ///< the on-node sampler's integrated energy over the job, all nodes
    std::optional<double> fom;
    QString fomUnit;
    QString nodeList;
    QString message; ///< why it failed, was retried or adopted; a missing figure of merit

    bool isTerminal() const;
    bool isInFlight() const; ///< submitting, submitted or running: Slurm may hold a job for it
};

/// The campaigns and their runs (schema version 8).
///
/// Threading: use from the thread that owns the Store.
class CampaignStore final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignStore)
public:
    explicit CampaignStore(Store &store) : m_store(store) {}

    /// Stores a new campaign with every planned run (attempt 0), in one transaction. Refuses a name in use.
    std::optional<qint64> create(const CampaignSpec &spec, const QString &cluster, const CampaignDesign &design,
                                 qint64 nowTs, QString *error);
    std::optional<CampaignRecord> campaign(const QString &name, QString *error) const;
    std::optional<QList<CampaignRecord>> campaigns(QString *error) const;
    /// Every attempt of the campaign, by run order then attempt.
    std::optional<QList<CampaignRunRecord>> runs(qint64 campaignId, QString *error) const;
    /// Writes every field of the run but its identity (cell, repetition, attempt, name).
    bool update(const CampaignRunRecord &run, QString *error);
    /// The next attempt of a run (state planned), after `previous` was marked retried.
    std::optional<qint64> addAttempt(const CampaignRunRecord &previous, const QString &jobName,
                                     const QString &excludedNodes, QString *error);
    bool setState(qint64 campaignId, const QString &state, qint64 nowTs, QString *error);

    /// Median measured power per node (W) of the cluster's jobs with Slurm-measured energy, and how many jobs it
    /// comes from (0: no estimate).
    std::pair<std::optional<double>, qint64> measuredPowerPerNodeW(const QString &cluster, QString *error) const;
    /// The completed runs of every campaign of the cluster, by campaign then run order: what the active mode learns
    /// from (a follow-up campaign's runs teach the next proposal too).
    std::optional<QList<CampaignRunRecord>> completedRuns(const QString &cluster, QString *error) const;
    /// Median CPUs per node of the cluster's harvested nodes; std::nullopt with *error when the store has none.
    std::optional<int> medianCpusPerNode(const QString &cluster, QString *error) const;

private:
    Store &m_store;
};

} // namespace es
