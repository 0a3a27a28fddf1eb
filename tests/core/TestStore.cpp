// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SchemaMigrations.h"
#include "Store.h"
#include "StoreStats.h"
#include "TestStores.h"

#include <QFile>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace es;

/// The store on both engines (global data rows "sqlite" and "postgres").
class TestStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_location = test::freshStoreLocation(m_dir);
        if (m_location.isEmpty())
            return;
    }

    void createsLatestSchema()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        const QStringList tables = store.database().tables();
        for (const char *table : {"clusters", "nodes", "jobs", "job_steps", "node_samples", "job_metrics",
                                  "harvest_state", "import_sources", "schema_version", "job_features"})
            QVERIFY2(tables.contains(QString::fromLatin1(table)), table);
        store.close();
        // Opening again migrates nothing and keeps the version.
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QSqlQuery count(store.database());
        // One row per migration applied, none twice (migration numbers may have gaps).
        QVERIFY(
            count.exec(QStringLiteral("SELECT count(*), count(DISTINCT version), max(version) FROM schema_version")) &&
            count.next());
        QCOMPARE(count.value(0).toInt(), count.value(1).toInt());
        QCOMPARE(count.value(2).toInt(), Store::latestSchemaVersion());
    }

    // The GUI's workers open a new store at the same moment: exactly one creates it, every one opens it.
    void concurrentOpensOfANewStore()
    {
        std::atomic_int opened{0};
        QStringList errors;
        QMutex mutex;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads << QThread::create([&] {
                Store store;
                QString error;
                if (store.open(m_location, &error))
                    ++opened;
                else {
                    QMutexLocker lock(&mutex);
                    errors << error;
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(opened.load(), 4);
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QSqlQuery count(store.database());
        // One row per migration applied, none twice (migration numbers may have gaps).
        QVERIFY(
            count.exec(QStringLiteral("SELECT count(*), count(DISTINCT version), max(version) FROM schema_version")) &&
            count.next());
        QCOMPARE(count.value(0).toInt(), count.value(1).toInt());
        QCOMPARE(count.value(2).toInt(), Store::latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        QString error;
        {
            Store store;
            QVERIFY2(store.open(m_location, &error), qPrintable(error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
        }
        Store store;
        QVERIFY(!store.open(m_location, &error));
        QVERIFY2(error.contains(QStringLiteral("newer than this program")), qPrintable(error));
        QVERIFY(!store.isOpen());
    }

    void ensureClusterIsIdempotent()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        const auto a = store.ensureCluster(QStringLiteral("alpha"), &error);
        const auto b = store.ensureCluster(QStringLiteral("alpha"), &error);
        QVERIFY(a && b);
        QCOMPARE(*a, *b);
        QVERIFY(!store.ensureCluster(QStringLiteral("  "), &error));
        const auto stats = StoreStats::read(store, &error);
        QVERIFY2(stats, qPrintable(error));
        QCOMPARE(stats->clusters.size(), 1);
        QCOMPARE(stats->clusters[0].cluster, QStringLiteral("alpha"));
    }

    void foreignKeysCascade()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        const auto id = store.ensureCluster(QStringLiteral("c"), &error);
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id) VALUES (?, '1')"));
        query.addBindValue(*id);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        query.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id) VALUES (?, '1')"));
        query.addBindValue(*id);
        QVERIFY(!query.exec()); // natural key is unique
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO jobs (cluster_id, job_id) VALUES (123456, 'x')")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM clusters")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM jobs")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void displayLocationHidesPassword()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != u"postgres")
            QSKIP("PostgreSQL only");
        Store store;
        QString error;
        QUrl url(m_location);
        url.setPassword(QStringLiteral("s3cret"));
        store.open(url.toString(), &error); // the lab server trusts; the password is ignored
        QVERIFY(!store.displayLocation().contains(QStringLiteral("s3cret")));
        QVERIFY(!error.contains(QStringLiteral("s3cret")));
    }

    void badLocations()
    {
        QFETCH_GLOBAL(QString, engine);
        Store store;
        QString error;
        if (engine == u"postgres") {
            QVERIFY(!store.open(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), &error));
            QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
            QVERIFY(!store.open(QStringLiteral("postgresql:///nodb"), &error));
            QVERIFY2(error.contains(QStringLiteral("invalid PostgreSQL URL")), qPrintable(error));
            return;
        }
        // A file that is not an SQLite database.
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        QVERIFY(!store.open(garbage, &error));
        QVERIFY2(error.contains(garbage), qPrintable(error));
        // An SQLite database of another program.
        const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (x TEXT)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QVERIFY(!store.open(other, &error));
        QVERIFY2(error.contains(QStringLiteral("not an HPC Energy Studio store")), qPrintable(error));
        // A directory where the file should be.
        QVERIFY(!store.open(m_dir.path(), &error));
    }

    void lockedDatabaseFailsClearly()
    {
        QFETCH_GLOBAL(QString, engine);
        if (engine != u"sqlite")
            QSKIP("SQLite only: PostgreSQL has row locks, not a file lock");
        Store holder;
        QString error;
        QVERIFY2(holder.open(m_location, &error), qPrintable(error));
        QSqlQuery lock(holder.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Store writer;
        QVERIFY2(writer.open(m_location, &error), qPrintable(error));
        QVERIFY(!writer.ensureCluster(QStringLiteral("blocked"), &error));
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        QVERIFY2(writer.ensureCluster(QStringLiteral("free"), &error), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
