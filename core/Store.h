// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace es {

/// The local store: an SQLite file (default) or a PostgreSQL database, one schema for both.
///
/// Threading: a Store wraps one named QSqlDatabase connection and must only be used from the thread that opened it.
/// Every worker thread opens its own Store on the same location. The destructor closes and removes the connection.
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(es::Store)
public:
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    /// Opens (creating if needed) the store at `location`: a file path or a URL
    /// `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB`. Applies pending migrations; refuses a schema newer than
    /// this program knows. Returns false and sets *error with a message fit for the user.
    bool open(const QString &location, QString *error);
    void close();

    bool isOpen() const;
    Engine engine() const { return m_engine; }
    QString location() const { return m_location; }
    /// The location without any password, fit for logs and window titles.
    QString displayLocation() const;
    QSqlDatabase database() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    /// The SQLite file used when no location is given: `<AppDataLocation>/energy-studio.sqlite`.
    static QString defaultLocation();
    /// The SQLite library's version, "3.40.1" (for the About box).
    static QString sqliteVersion();
    static bool isPostgresUrl(const QString &location);

    /// Id of the cluster named `name`, creating it if needed. std::nullopt on a database error (*error set).
    std::optional<qint64> ensureCluster(const QString &name, QString *error);
    std::optional<qint64> clusterId(const QString &name) const;

    /// Raw driver handles for the bulk paths: sqlite3* or PGconn*; nullptr for the other engine.
    void *sqliteHandle() const;
    void *postgresHandle() const;

private:
    bool openSqlite(const QString &path, QString *error);
    bool openPostgres(const QString &url, QString *error);

    QString m_connectionName;
    QString m_location;
    Engine m_engine = Engine::Sqlite;
};

} // namespace es
