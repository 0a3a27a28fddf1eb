// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QString>

namespace es {

class Store;

/// The transaction of one write into a cluster's data: begin() opens it and creates the cluster if new (inside
/// the transaction, so a failed write leaves no empty cluster behind); the destructor rolls back what was not
/// committed. Threading: as the Store.
class ClusterTransaction final
{
public:
    explicit ClusterTransaction(Store &store) : m_store(store) {}
    ~ClusterTransaction() { rollback(); }
    Q_DISABLE_COPY_MOVE(ClusterTransaction)

    bool begin(const QString &clusterName, QString *error);
    bool commit(QString *error);
    void rollback();

    bool isActive() const { return m_active; }
    /// Valid after a successful begin().
    qint64 clusterId() const { return m_clusterId; }

private:
    Store &m_store;
    qint64 m_clusterId = 0;
    bool m_active = false;
};

} // namespace es
