// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "BulkUpsert.h"
#include "ClusterTransaction.h"
#include "NodeSample.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace es {

class Store;

/// What a NodeSampleWriter did.
struct NodeSampleWriteSummary
{
    qint64 samplesSeen = 0;
    qint64 samplesWritten = 0; ///< inserted, or updated because a value differed
    qint64 nodesCreated = 0;
};

/// Writes node samples of one cluster in a single transaction: everything lands at commit(), or nothing does.
/// Nodes named by the samples are created (name only) when the cluster does not have them yet. Keyed on
/// (node, ts, source): writing the same sample again changes no row, a sample with other values replaces it.
///
/// Threading: use from the thread that owns the Store.
class NodeSampleWriter final
{
    Q_DECLARE_TR_FUNCTIONS(es::NodeSampleWriter)
public:
    /// The cluster is created, if new, inside the write's transaction.
    NodeSampleWriter(Store &store, QString clusterName);
    ~NodeSampleWriter();
    Q_DISABLE_COPY_MOVE(NodeSampleWriter)

    bool begin(QString *error);
    /// False with *error for a sample without a node name or source, or on a database error.
    bool add(const NodeSample &sample, QString *error);
    bool commit(QString *error);
    /// Discards everything since begin(). Called by the destructor when commit() was not reached.
    void rollback();

    NodeSampleWriteSummary summary() const { return m_summary; }
    /// Valid after a successful begin().
    qint64 clusterId() const { return m_clusterId; }

private:
    std::optional<qint64> nodeId(const QString &name, QString *error);

    Store &m_store;
    ClusterTransaction m_transaction{m_store};
    QString m_clusterName;
    qint64 m_clusterId = 0;
    QHash<QString, qint64> m_nodeIds;
    std::unique_ptr<QSqlQuery> m_insertNode;
    std::unique_ptr<QSqlQuery> m_selectNode;
    std::unique_ptr<BulkUpsert> m_samples;
    NodeSampleWriteSummary m_summary;
};

} // namespace es
