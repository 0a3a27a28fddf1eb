// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace es {

class Store;

/// Temperature thresholds of a node, in °C.
struct TemperatureThresholds
{
    double warningC = 75;
    double criticalC = 85;
};

/// The temperature thresholds of one cluster (table alert_thresholds): a node's own, else the cluster's, else the
/// defaults (warning 75 °C, critical 85 °C).
///
/// Threading: the static functions use the Store they are given, from that Store's thread.
class AlertThresholds final
{
    Q_DECLARE_TR_FUNCTIONS(es::AlertThresholds)
public:
    /// Sets the thresholds of `node` of `cluster`, or of the whole cluster when `node` is empty. The cluster is
    /// created if new; the node must be known to the store. False with *error otherwise, or when warning is not
    /// below critical.
    static bool set(Store &store, const QString &cluster, const QString &node, TemperatureThresholds thresholds,
                    QString *error);
    static std::optional<AlertThresholds> load(Store &store, qint64 clusterId, QString *error);

    TemperatureThresholds forNode(qint64 nodeId) const { return m_nodes.value(nodeId, m_cluster); }
    TemperatureThresholds forCluster() const { return m_cluster; }

private:
    TemperatureThresholds m_cluster;
    QHash<qint64, TemperatureThresholds> m_nodes;
};

} // namespace es
