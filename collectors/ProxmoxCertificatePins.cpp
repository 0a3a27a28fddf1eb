// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxCertificatePins.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace es {
namespace {} // namespace

std::optional<QString> ProxmoxCertificatePins::pinned(Store &store, const QString &endpoint, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT sha256 FROM proxmox_cert_pins WHERE endpoint = ?"));
    query.addBindValue(endpoint);
    if (!query.exec()) {
        *error = tr("cannot read the certificate pin of %1: %2").arg(endpoint, query.lastError().text());
        return std::nullopt;
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool ProxmoxCertificatePins::pin(Store &store, const QString &endpoint, const QString &sha256, const QString &subject,
                                 qint64 nowTs, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT INTO proxmox_cert_pins (endpoint, sha256, subject, accepted_ts) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (endpoint) DO UPDATE SET sha256 = excluded.sha256, "
                                 "subject = excluded.subject, accepted_ts = excluded.accepted_ts"));
    query.addBindValue(endpoint);
    query.addBindValue(sha256);
    query.addBindValue(subject);
    query.addBindValue(nowTs);
    if (!query.exec()) {
        *error = tr("cannot store the certificate pin of %1: %2").arg(endpoint, query.lastError().text());
        return false;
    }
    return true;
}

bool ProxmoxCertificatePins::unpin(Store &store, const QString &endpoint, QString *error)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("DELETE FROM proxmox_cert_pins WHERE endpoint = ?"));
    query.addBindValue(endpoint);
    if (!query.exec()) {
        *error = tr("cannot remove the certificate pin of %1: %2").arg(endpoint, query.lastError().text());
        return false;
    }
    return true;
}

} // namespace es
