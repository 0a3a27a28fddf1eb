// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

class Store;

/// What a store holds about one cluster (counts of rows).
struct ClusterContents
{
    qint64 jobs = 0;
    qint64 nodes = 0;
    qint64 nodeSamples = 0;
    qint64 events = 0;
    qint64 advice = 0;
    qint64 campaigns = 0;
};

/// Renames a cluster or deletes it with everything stored about it (jobs and their steps and metrics, nodes and
/// their samples, events, thresholds, harvest watermarks, the advice ledger and campaigns naming it). Connection
/// profiles and trained models are kept: they are settings and artefacts, not the cluster's data. Each change is
/// one transaction: it happens whole or not at all.
///
/// Threading: use from the thread that owns the Store; a delete of a large cluster takes seconds (run it in a worker).
class ClusterAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(ClusterAdmin)

public:
    explicit ClusterAdmin(Store &store) : m_store(store) {}

    /// Names of the clusters in the store, sorted.
    std::optional<QStringList> clusters(QString *error) const;
    /// What deleting `name` would remove; std::nullopt with *error when there is no such cluster.
    std::optional<ClusterContents> contents(const QString &name, QString *error) const;
    /// Deletes the cluster; *removed (optional) gets what it held.
    bool remove(const QString &name, ClusterContents *removed, QString *error);
    /// Renames a cluster; refused when `to` already exists or is empty. *profilesStillOld (optional) gets the names
    /// of connection profiles that harvest into the old name (their next harvest creates it again).
    bool rename(const QString &from, const QString &to, QStringList *profilesStillOld, QString *error);

private:
    std::optional<qint64> countOf(const QString &sql, qint64 clusterId, const QString &clusterName,
                                  QString *error) const;

    Store &m_store;
};

} // namespace es
