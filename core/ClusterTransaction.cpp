// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterTransaction.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace es {

bool ClusterTransaction::begin(const QString &clusterName, QString *error)
{
    rollback();
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = QCoreApplication::translate("es::ClusterTransaction", "cannot start a transaction: %1")
                     .arg(db.lastError().text());
        return false;
    }
    m_active = true;
    const auto clusterId = m_store.ensureCluster(clusterName, error);
    if (!clusterId) {
        rollback();
        return false;
    }
    m_clusterId = *clusterId;
    return true;
}

bool ClusterTransaction::commit(QString *error)
{
    if (!m_active) {
        *error = QCoreApplication::translate("es::ClusterTransaction", "no write in progress");
        return false;
    }
    QSqlDatabase db = m_store.database();
    if (!db.commit()) {
        *error = QCoreApplication::translate("es::ClusterTransaction", "cannot commit: %1").arg(db.lastError().text());
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void ClusterTransaction::rollback()
{
    if (m_active) {
        m_store.database().rollback();
        m_active = false;
    }
}

} // namespace es
