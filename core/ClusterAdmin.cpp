// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterAdmin.h"

#include "ClusterProfile.h"
#include "Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

/// Binds `:id` and `:name` where the statement names them, and runs it.
bool execBound(QSqlQuery &query, const QString &sql, qint64 clusterId, const QString &clusterName, QString *error)
{
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    if (sql.contains(QStringLiteral(":id")))
        query.bindValue(QStringLiteral(":id"), clusterId);
    if (sql.contains(QStringLiteral(":name")))
        query.bindValue(QStringLiteral(":name"), clusterName);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

std::optional<QStringList> ClusterAdmin::clusters(QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("SELECT name FROM clusters ORDER BY name"))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

std::optional<qint64> ClusterAdmin::countOf(const QString &sql, qint64 clusterId, const QString &clusterName,
                                            QString *error) const
{
    QSqlQuery query(m_store.database());
    if (!execBound(query, sql, clusterId, clusterName, error) || !query.next()) {
        if (error->isEmpty())
            *error = tr("no count returned");
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<ClusterContents> ClusterAdmin::contents(const QString &name, QString *error) const
{
    const std::optional<qint64> id = m_store.clusterId(name);
    if (!id) {
        *error = tr("there is no cluster named \"%1\" in this store").arg(name);
        return std::nullopt;
    }
    struct Count
    {
        qint64 ClusterContents::*field;
        const char *sql;
    };
    static const Count counts[] = {
        {&ClusterContents::jobs, "SELECT count(*) FROM jobs WHERE cluster_id = :id"},
        {&ClusterContents::nodes, "SELECT count(*) FROM nodes WHERE cluster_id = :id"},
        {&ClusterContents::nodeSamples,
         "SELECT count(*) FROM node_samples WHERE node_id IN (SELECT id FROM nodes WHERE cluster_id = :id)"},
        {&ClusterContents::events, "SELECT count(*) FROM events WHERE cluster_id = :id"},
        {&ClusterContents::advice, "SELECT count(*) FROM advice WHERE cluster = :name"},
        {&ClusterContents::campaigns, "SELECT count(*) FROM campaigns WHERE cluster = :name"},
    };
    ClusterContents result;
    for (const Count &count : counts) {
        const std::optional<qint64> n = countOf(QString::fromLatin1(count.sql), *id, name, error);
        if (!n)
            return std::nullopt;
        result.*count.field = *n;
    }
    return result;
}

bool ClusterAdmin::remove(const QString &name, ClusterContents *removed, QString *error)
{
    const std::optional<ClusterContents> before = contents(name, error);
    if (!before)
        return false;
    const qint64 id = *m_store.clusterId(name);
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    // Children first, each in one statement, so that the cascades of the last DELETE find nothing left to do.
    static const char *const statements[] = {
        "UPDATE predictions SET job_pk = NULL WHERE job_pk IN (SELECT id FROM jobs WHERE cluster_id = :id)",
        "DELETE FROM events WHERE cluster_id = :id",
        "DELETE FROM job_steps WHERE job_pk IN (SELECT id FROM jobs WHERE cluster_id = :id)",
        "DELETE FROM job_metrics WHERE job_pk IN (SELECT id FROM jobs WHERE cluster_id = :id)",
        "DELETE FROM node_samples WHERE node_id IN (SELECT id FROM nodes WHERE cluster_id = :id)",
        "DELETE FROM jobs WHERE cluster_id = :id",
        "DELETE FROM advice WHERE cluster = :name",
        "DELETE FROM campaigns WHERE cluster = :name",
        "DELETE FROM clusters WHERE id = :id",
    };
    for (const char *sql : statements) {
        QSqlQuery query(db);
        if (!execBound(query, QString::fromLatin1(sql), id, name, error)) {
            *error = tr("deleting cluster \"%1\" failed, nothing was deleted: %2").arg(name, *error);
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = tr("deleting cluster \"%1\" failed, nothing was deleted: %2").arg(name, db.lastError().text());
        db.rollback();
        return false;
    }
    if (removed)
        *removed = *before;
    return true;
}

bool ClusterAdmin::rename(const QString &from, const QString &to, QStringList *profilesStillOld, QString *error)
{
    const QString target = to.trimmed();
    const std::optional<qint64> id = m_store.clusterId(from);
    if (!id) {
        *error = tr("there is no cluster named \"%1\" in this store").arg(from);
        return false;
    }
    if (target.isEmpty()) {
        *error = tr("the new name of a cluster cannot be empty");
        return false;
    }
    if (target != from && m_store.clusterId(target)) {
        *error = tr("a cluster named \"%1\" exists already: delete it first or choose another name").arg(target);
        return false;
    }
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    static const char *const statements[] = {
        "UPDATE clusters SET name = :name WHERE id = :id",
        "UPDATE advice SET cluster = :name WHERE cluster = :old",
        "UPDATE campaigns SET cluster = :name WHERE cluster = :old",
    };
    for (const char *sql : statements) {
        QSqlQuery query(db);
        const QString text = QString::fromLatin1(sql);
        if (text.contains(QStringLiteral(":old"))) {
            query.prepare(text);
            query.bindValue(QStringLiteral(":name"), target);
            query.bindValue(QStringLiteral(":old"), from);
            if (query.exec())
                continue;
            *error = query.lastError().text();
        } else if (execBound(query, text, *id, target, error)) {
            continue;
        }
        *error = tr("renaming cluster \"%1\" failed, nothing changed: %2").arg(from, *error);
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = tr("renaming cluster \"%1\" failed, nothing changed: %2").arg(from, db.lastError().text());
        db.rollback();
        return false;
    }
    if (profilesStillOld) {
        profilesStillOld->clear();
        QString listError;
        const std::optional<QList<ClusterProfile>> profiles = ClusterProfiles(m_store).list(&listError);
        for (const ClusterProfile &profile : profiles.value_or(QList<ClusterProfile>()))
            if (profile.clusterName() == from)
                *profilesStillOld << profile.name;
    }
    return true;
}

} // namespace es
