// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeSampleWriter.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace es {
namespace {

constexpr qint64 kFlushEveryRows = 50000;

BulkUpsert::Spec sampleSpec()
{
    return {
        QStringLiteral("node_samples"),
        {QStringLiteral("node_id"), QStringLiteral("ts"), QStringLiteral("source")},
        {QStringLiteral("cpu_util_pct"), QStringLiteral("load1"), QStringLiteral("mem_used_mb"),
         QStringLiteral("temp_c"), QStringLiteral("freq_mhz"), QStringLiteral("power_w"), QStringLiteral("energy_j")},
        {QStringLiteral("BIGINT"), QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("DOUBLE PRECISION"),
         QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"),
         QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION"), QStringLiteral("DOUBLE PRECISION")},
        false};
}

} // namespace

NodeSampleWriter::NodeSampleWriter(Store &store, QString clusterName)
    : m_store(store), m_clusterName(std::move(clusterName))
{}

NodeSampleWriter::~NodeSampleWriter()
{
    rollback();
}

bool NodeSampleWriter::begin(QString *error)
{
    m_summary = {};
    m_nodeIds.clear();
    if (!m_transaction.begin(m_clusterName, error))
        return false;
    m_clusterId = m_transaction.clusterId();
    QSqlDatabase db = m_store.database();
    QSqlQuery nodes(db);
    nodes.setForwardOnly(true);
    nodes.prepare(QStringLiteral("SELECT name, id FROM nodes WHERE cluster_id = ?"));
    nodes.addBindValue(m_clusterId);
    if (!nodes.exec()) {
        *error = tr("cannot read the nodes of %1: %2").arg(m_clusterName, nodes.lastError().text());
        rollback();
        return false;
    }
    while (nodes.next())
        m_nodeIds.insert(nodes.value(0).toString(), nodes.value(1).toLongLong());
    m_insertNode = std::make_unique<QSqlQuery>(db);
    m_selectNode = std::make_unique<QSqlQuery>(db);
    m_samples = std::make_unique<BulkUpsert>(m_store, sampleSpec());
    if (!m_insertNode->prepare(QStringLiteral("INSERT INTO nodes (cluster_id, name) VALUES (?, ?) "
                                              "ON CONFLICT (cluster_id, name) DO NOTHING")) ||
        !m_selectNode->prepare(QStringLiteral("SELECT id FROM nodes WHERE cluster_id = ? AND name = ?"))) {
        *error = tr("cannot prepare the node statements: %1").arg(m_insertNode->lastError().text());
        rollback();
        return false;
    }
    if (m_samples->prepare(error))
        return true;
    rollback();
    return false;
}

std::optional<qint64> NodeSampleWriter::nodeId(const QString &name, QString *error)
{
    const auto found = m_nodeIds.constFind(name);
    if (found != m_nodeIds.constEnd())
        return *found;
    m_insertNode->addBindValue(m_clusterId);
    m_insertNode->addBindValue(name);
    if (!m_insertNode->exec()) {
        *error = tr("cannot create node %1: %2").arg(name, m_insertNode->lastError().text());
        return std::nullopt;
    }
    m_summary.nodesCreated += m_insertNode->numRowsAffected() > 0 ? 1 : 0;
    m_selectNode->addBindValue(m_clusterId);
    m_selectNode->addBindValue(name);
    if (!m_selectNode->exec() || !m_selectNode->next()) {
        *error = tr("cannot find node %1: %2").arg(name, m_selectNode->lastError().text());
        return std::nullopt;
    }
    const qint64 id = m_selectNode->value(0).toLongLong();
    m_selectNode->finish();
    m_nodeIds.insert(name, id);
    return id;
}

bool NodeSampleWriter::add(const NodeSample &sample, QString *error)
{
    if (!m_transaction.isActive()) {
        *error = tr("no write in progress");
        return false;
    }
    if (sample.node.isEmpty() || sample.source.isEmpty()) {
        *error = tr("a node sample without a node name or source");
        return false;
    }
    const auto id = nodeId(sample.node, error);
    if (!id)
        return false;
    std::vector<SqlValue> row;
    row.reserve(10);
    row.emplace_back(*id);
    row.emplace_back(sample.ts);
    row.emplace_back(sample.source);
    row.push_back(toSqlValue(sample.cpuUtilPct));
    row.push_back(toSqlValue(sample.load1));
    row.push_back(toSqlValue(sample.memUsedMb));
    row.push_back(toSqlValue(sample.tempC));
    row.push_back(toSqlValue(sample.freqMhz));
    row.push_back(toSqlValue(sample.powerW));
    row.push_back(toSqlValue(sample.energyJ));
    ++m_summary.samplesSeen;
    if (!m_samples->add(std::move(row), error))
        return false;
    return m_samples->pendingRows() < kFlushEveryRows || m_samples->flush(error);
}

bool NodeSampleWriter::commit(QString *error)
{
    if (!m_transaction.isActive()) {
        *error = tr("no write in progress");
        return false;
    }
    if (!m_samples->flush(error)) {
        rollback();
        return false;
    }
    m_summary.samplesWritten = m_samples->affectedRows();
    m_samples.reset();
    m_insertNode.reset();
    m_selectNode.reset();
    if (!m_transaction.commit(error)) {
        rollback();
        return false;
    }
    return true;
}

void NodeSampleWriter::rollback()
{
    m_samples.reset();
    m_insertNode.reset();
    m_selectNode.reset();
    m_transaction.rollback();
}

} // namespace es
