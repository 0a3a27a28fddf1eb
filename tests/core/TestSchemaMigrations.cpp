// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SchemaMigrations.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// Upgrades, on both engines (global data rows "sqlite" and "postgres"): a store left at every older schema
/// version, with a cluster, a node and jobs in it, opened by this program, reaches the latest version with its rows
/// intact and the newest tables usable.
class TestSchemaMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static Store::Engine engineOf(const QString &location)
    {
        return location.contains(u"://") ? Store::Engine::Postgres : Store::Engine::Sqlite;
    }

    /// A store at `version` with rows written in the columns every version has had.
    static void buildOldStore(const QString &location, int version)
    {
        const QString connection = QStringLiteral("es-test-old-%1").arg(version);
        {
            QSqlDatabase db = test::openRawDatabase(location, connection);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QString error;
            QVERIFY2(SchemaMigrations::migrate(db, engineOf(location), &error, version), qPrintable(error));
            QCOMPARE(SchemaMigrations::currentVersion(db), version);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO clusters (name, created_ts) VALUES (?, ?)"));
            q.addBindValue(QStringLiteral("old"));
            q.addBindValue(qint64(1700000000));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM clusters WHERE name = 'old'")) && q.next());
            const qint64 clusterId = q.value(0).toLongLong();
            for (int i = 1; i <= 3; ++i) {
                q.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, name, energy_j) VALUES (?, ?, ?, ?)"));
                q.addBindValue(clusterId);
                q.addBindValue(QString::number(100 + i));
                q.addBindValue(QStringLiteral("solver"));
                q.addBindValue(1000.0 * i);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            q.prepare(QStringLiteral("INSERT INTO nodes (cluster_id, name, cpus) VALUES (?, ?, ?)"));
            q.addBindValue(clusterId);
            q.addBindValue(QStringLiteral("n1"));
            q.addBindValue(48);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(connection);
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        // A PostgreSQL row without a lab server is skipped here; the location is taken again per version below.
        test::freshStoreLocation(m_dir);
    }

    void everyOlderVersionUpgradesWithItsRows()
    {
        for (int version = 1; version < SchemaMigrations::latestVersion(); ++version) {
            const QString location = test::freshStoreLocation(m_dir);
            buildOldStore(location, version);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("building version %1").arg(version)));
            Store store;
            QString error;
            QVERIFY2(store.open(location, &error),
                     qPrintable(QStringLiteral("from version %1: %2").arg(version).arg(error)));
            QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(energy_j) FROM jobs")) && q.next());
            QCOMPARE(q.value(0).toLongLong(), qint64(3));
            QCOMPARE(q.value(1).toDouble(), 6000.0);
            QVERIFY(q.exec(QStringLiteral("SELECT cpus FROM nodes WHERE name = 'n1'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 48);
            QVERIFY(store.clusterId(QStringLiteral("old")));
            // The newest tables are there and writable.
            QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM campaign_runs")) && q.next(),
                     qPrintable(q.lastError().text()));
            QCOMPARE(q.value(0).toLongLong(), qint64(0));
            // One version row per migration, none twice.
            QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(DISTINCT version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), SchemaMigrations::latestVersion());
            QCOMPARE(q.value(1).toInt(), SchemaMigrations::latestVersion());
        }
    }

    void aTargetVersionStopsThere()
    {
        const QString location = test::freshStoreLocation(m_dir);
        const QString connection = QStringLiteral("es-test-target");
        {
            QSqlDatabase db = test::openRawDatabase(location, connection);
            QVERIFY(db.isOpen());
            QString error;
            QVERIFY2(SchemaMigrations::migrate(db, engineOf(location), &error, 2), qPrintable(error));
            QCOMPARE(SchemaMigrations::currentVersion(db), 2);
            // Asking for an older version than the store has changes nothing.
            QVERIFY2(SchemaMigrations::migrate(db, engineOf(location), &error, 1), qPrintable(error));
            QCOMPARE(SchemaMigrations::currentVersion(db), 2);
            QVERIFY(!db.tables().contains(QStringLiteral("campaigns")));
        }
        QSqlDatabase::removeDatabase(connection);
    }
};

QTEST_GUILESS_MAIN(TestSchemaMigrations)
#include "TestSchemaMigrations.moc"
