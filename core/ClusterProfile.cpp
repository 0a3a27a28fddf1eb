// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterProfile.h"

#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

ClusterProfile fromQuery(const QSqlQuery &q)
{
    ClusterProfile p;
    p.name = q.value(0).toString();
    p.host = q.value(1).toString();
    p.port = q.value(2).toInt();
    p.user = q.value(3).toString();
    p.keyFile = q.value(4).toString();
    p.proxyCommand = q.value(5).toString();
    p.knownHostsFile = q.value(6).toString();
    p.slurmCluster = q.value(7).toString();
    return p;
}

const char *const kColumns = "name, host, port, user_name, key_file, proxy_command, known_hosts_file, slurm_cluster";

} // namespace

bool ClusterProfiles::save(const ClusterProfile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty() || profile.host.trimmed().isEmpty()) {
        *error = ClusterProfile::tr("a profile needs a name and a host");
        return false;
    }
    if (profile.port < 0 || profile.port > 65535) {
        *error = ClusterProfile::tr("port %1 is out of range").arg(profile.port);
        return false;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO cluster_profiles (%1, created_ts, updated_ts) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                             "host = excluded.host, port = excluded.port, user_name = excluded.user_name, "
                             "key_file = excluded.key_file, proxy_command = excluded.proxy_command, "
                             "known_hosts_file = excluded.known_hosts_file, slurm_cluster = excluded.slurm_cluster, "
                             "updated_ts = excluded.updated_ts")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(profile.name.trimmed());
    q.addBindValue(profile.host.trimmed());
    q.addBindValue(profile.port > 0 ? QVariant(profile.port) : QVariant());
    q.addBindValue(textOrNull(profile.user));
    q.addBindValue(textOrNull(profile.keyFile));
    q.addBindValue(textOrNull(profile.proxyCommand));
    q.addBindValue(textOrNull(profile.knownHostsFile));
    q.addBindValue(textOrNull(profile.slurmCluster));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        *error = ClusterProfile::tr("cannot save profile %1: %2").arg(profile.name, q.lastError().text());
        return false;
    }
    return true;
}

bool ClusterProfiles::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM cluster_profiles WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = ClusterProfile::tr("cannot remove profile %1: %2").arg(name, q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = ClusterProfile::tr("no profile named '%1'").arg(name);
        return false;
    }
    return true;
}

std::optional<ClusterProfile> ClusterProfiles::find(const QString &name, QString *error) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM cluster_profiles WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = ClusterProfile::tr("cannot read profile %1: %2").arg(name, q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        *error = ClusterProfile::tr("no profile named '%1' (see: profile list)").arg(name);
        return std::nullopt;
    }
    return fromQuery(q);
}

std::optional<QList<ClusterProfile>> ClusterProfiles::list(QString *error) const
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM cluster_profiles ORDER BY name").arg(QLatin1String(kColumns)))) {
        *error = ClusterProfile::tr("cannot list profiles: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    QList<ClusterProfile> profiles;
    while (q.next())
        profiles << fromQuery(q);
    return profiles;
}

} // namespace es
