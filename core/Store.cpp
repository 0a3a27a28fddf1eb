// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Store.h"

#include "SchemaMigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

namespace es {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("es-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool execOrFail(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql)) {
        query.finish();
        return true;
    }
    *error = Store::tr("%1 failed: %2").arg(sql, query.lastError().text());
    return false;
}

/// Switches a SQLite file to WAL. Changing the journal mode needs the file to itself, and SQLite answers "locked" at
/// once (without its busy handler) while another connection opens the same new file: retried for up to 5 s.
bool enableWal(QSqlDatabase &db, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            query.finish();
            return true;
        }
        const QString reason = query.lastError().text();
        if (!reason.contains(QStringLiteral("locked")) || waited.elapsed() > 5000) {
            *error = Store::tr("PRAGMA journal_mode=WAL failed: %1").arg(reason);
            return false;
        }
        QThread::msleep(10);
    }
}

/// The driver's native connection, when its type is one of `typeNames` (the name Qt registered varies: the libpq
/// handle is "PGconn*" or "pg_conn*").
void *driverHandle(const QSqlDatabase &db, std::initializer_list<const char *> typeNames)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    QVariant handle = db.driver()->handle();
    if (!handle.isValid())
        return nullptr;
    bool known = false;
    for (const char *name : typeNames)
        known = known || qstrcmp(handle.typeName(), name) == 0;
    if (!known)
        return nullptr;
    return *static_cast<void **>(handle.data());
}

} // namespace

Store::Store() : m_connectionName(nextConnectionName()) {}

Store::~Store()
{
    close();
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Store::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

QString Store::defaultLocation()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/energy-studio");
    return dir + QStringLiteral("/energy-studio.sqlite");
}

bool Store::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Store::displayLocation() const
{
    if (!isPostgresUrl(m_location))
        return m_location;
    QUrl url(m_location);
    url.setPassword(QString());
    return url.toString();
}

bool Store::open(const QString &location, QString *error)
{
    close();
    m_location = location.isEmpty() ? defaultLocation() : location;
    const bool ok = isPostgresUrl(m_location) ? openPostgres(m_location, error) : openSqlite(m_location, error);
    if (!ok) {
        close();
        return false;
    }
    bool migrated = false;
    {
        QSqlDatabase db = database();
        migrated = SchemaMigrations::migrate(db, m_engine, error);
    }
    if (!migrated) {
        *error = tr("%1: %2").arg(displayLocation(), *error);
        close();
        return false;
    }
    return true;
}

bool Store::openSqlite(const QString &path, QString *error)
{
    m_engine = Engine::Sqlite;
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    if (info.exists() && !info.isFile()) {
        *error = tr("%1 is not a file").arg(path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // A locked database waits up to 5 s, then fails with "database is locked" rather than hanging.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("cannot open %1: %2").arg(path, db.lastError().text());
        return false;
    }
    {
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            // SQLite's primary result codes: 26 SQLITE_NOTADB, 10 SQLITE_IOERR, 13 SQLITE_FULL.
            const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
            *error = code == 26 ? tr("%1 is not an SQLite database: %2").arg(path, probe.lastError().text())
                     : code == 10 || code == 13 ? tr("cannot read %1: %2 (is its disk full? nothing was changed)")
                                                      .arg(path, probe.lastError().text())
                                                : tr("cannot read %1: %2").arg(path, probe.lastError().text());
            return false;
        }
    }
    return enableWal(db, error) && execOrFail(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) &&
           execOrFail(db, QStringLiteral("PRAGMA foreign_keys=ON"), error);
}

bool Store::openPostgres(const QString &urlText, QString *error)
{
    m_engine = Engine::Postgres;
    const QUrl url(urlText, QUrl::StrictMode);
    const QString dbName = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty()) {
        *error = tr("invalid PostgreSQL URL %1: expected postgresql://USER@HOST:PORT/DATABASE").arg(displayLocation());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid()) {
        *error = tr("the Qt PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setDatabaseName(dbName);
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    // Without a password in the URL libpq reads ~/.pgpass (or PGPASSFILE) itself.
    if (!url.password().isEmpty())
        db.setPassword(url.password());
    QStringList options{QStringLiteral("connect_timeout=10")};
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded))
        options << item.first + u'=' + item.second;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = tr("cannot connect to %1: %2").arg(displayLocation(), db.lastError().text().trimmed());
        return false;
    }
    return execOrFail(db, QStringLiteral("SET client_min_messages TO WARNING"), error);
}

int Store::schemaVersion() const
{
    return SchemaMigrations::currentVersion(database());
}

int Store::latestSchemaVersion()
{
    return SchemaMigrations::latestVersion();
}

std::optional<qint64> Store::clusterId(const QString &name) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id FROM clusters WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> Store::ensureCluster(const QString &name, QString *error)
{
    if (name.trimmed().isEmpty()) {
        *error = tr("a cluster needs a name");
        return std::nullopt;
    }
    if (auto id = clusterId(name))
        return id;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO clusters (name, created_ts) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"));
    query.addBindValue(name);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        *error = tr("cannot add cluster %1: %2").arg(name, query.lastError().text());
        return std::nullopt;
    }
    if (auto id = clusterId(name))
        return id;
    *error = tr("cannot add cluster %1").arg(name);
    return std::nullopt;
}

void *Store::sqliteHandle() const
{
    return m_engine == Engine::Sqlite ? driverHandle(database(), {"sqlite3*"}) : nullptr;
}

void *Store::postgresHandle() const
{
    return m_engine == Engine::Postgres ? driverHandle(database(), {"PGconn*", "pg_conn*"}) : nullptr;
}

} // namespace es
