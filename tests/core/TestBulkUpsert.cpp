// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "BulkUpsert.h"
#include "JobWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// "Insert, or update when different" and the merge rule (a NULL keeps the stored value), on both engines (global
/// data rows "sqlite" and "postgres"), through the nodes table.
class TestBulkUpsert : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_clusterId = 0;

    static BulkUpsert::Spec nodeSpec(bool merge)
    {
        BulkUpsert::Spec spec{QStringLiteral("nodes"),
                              {QStringLiteral("cluster_id"), QStringLiteral("name")},
                              {QStringLiteral("partitions"), QStringLiteral("cpus"), QStringLiteral("state")},
                              {QStringLiteral("BIGINT"), QStringLiteral("TEXT"), QStringLiteral("TEXT"),
                               QStringLiteral("INTEGER"), QStringLiteral("TEXT")},
                              false,
                              merge};
        return spec;
    }

    /// Writes the rows (name, partitions, cpus, state) in one transaction; the rows inserted or changed.
    qint64 write(bool merge, const QList<std::tuple<QString, QString, std::optional<qint64>, QString>> &rows)
    {
        QSqlDatabase db = m_store->database();
        if (!db.transaction())
            qFatal("no transaction");
        BulkUpsert upsert(*m_store, nodeSpec(merge));
        QString error;
        if (!upsert.prepare(&error))
            qFatal("prepare: %s", qPrintable(error));
        for (const auto &[name, partitions, cpus, state] : rows) {
            std::vector<SqlValue> row{m_clusterId, name, toSqlValue(partitions), toSqlValue(cpus), toSqlValue(state)};
            if (!upsert.add(std::move(row), &error))
                qFatal("add: %s", qPrintable(error));
        }
        if (!upsert.flush(&error) || !db.commit())
            qFatal("flush: %s", qPrintable(error));
        return upsert.affectedRows();
    }

    QString node(const QString &name)
    {
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT partitions, cpus, state FROM nodes WHERE name = ?"));
        q.addBindValue(name);
        if (!q.exec() || !q.next())
            return QStringLiteral("(none)");
        return QStringLiteral("%1|%2|%3")
            .arg(q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString(),
                 q.value(1).isNull() ? QStringLiteral("NULL") : q.value(1).toString(),
                 q.value(2).isNull() ? QStringLiteral("NULL") : q.value(2).toString());
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_store = test::openFreshStore(m_dir);
        if (!m_store)
            return;
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("INSERT INTO clusters (name, created_ts) VALUES (?, ?) RETURNING id"));
        q.addBindValue(QStringLiteral("c"));
        q.addBindValue(qint64(1));
        QVERIFY(q.exec() && q.next());
        m_clusterId = q.value(0).toLongLong();
    }
    void cleanup() { m_store.reset(); }

    void sameRowsChangeNothing()
    {
        const QList<std::tuple<QString, QString, std::optional<qint64>, QString>> rows{
            {QStringLiteral("n1"), QStringLiteral("batch"), 8, QStringLiteral("IDLE")},
            {QStringLiteral("n2"), QStringLiteral("batch"), 16, QStringLiteral("MIXED")},
            {QStringLiteral("n3"), QString(), std::nullopt, QStringLiteral("DOWN")}};
        QCOMPARE(write(false, rows), qint64(3));
        QCOMPARE(write(false, rows), qint64(0));
        auto changed = rows;
        std::get<3>(changed[1]) = QStringLiteral("ALLOCATED");
        QCOMPARE(write(false, changed), qint64(1));
        QCOMPARE(node(QStringLiteral("n2")), QStringLiteral("batch|16|ALLOCATED"));
        QCOMPARE(node(QStringLiteral("n3")), QStringLiteral("NULL|NULL|DOWN"));
    }

    void nullReplacesWithoutMergeAndKeepsWithIt()
    {
        QCOMPARE(write(false, {{QStringLiteral("n1"), QStringLiteral("batch"), 8, QStringLiteral("IDLE")}}), qint64(1));
        // Merge: the NULLs keep what is stored, and a row whose only differences are NULLs is no change.
        QCOMPARE(write(true, {{QStringLiteral("n1"), QString(), std::nullopt, QStringLiteral("IDLE")}}), qint64(0));
        QCOMPARE(node(QStringLiteral("n1")), QStringLiteral("batch|8|IDLE"));
        // Merge still takes a given value that differs.
        QCOMPARE(write(true, {{QStringLiteral("n1"), QString(), 12, QString()}}), qint64(1));
        QCOMPARE(node(QStringLiteral("n1")), QStringLiteral("batch|12|IDLE"));
        // Without merge, the row is written whole.
        QCOMPARE(write(false, {{QStringLiteral("n1"), QString(), std::nullopt, QStringLiteral("IDLE")}}), qint64(1));
        QCOMPARE(node(QStringLiteral("n1")), QStringLiteral("NULL|NULL|IDLE"));
    }

    /// A second source giving a job another energy is a conflict: written, and counted so that the import says so;
    /// the same energy again, a NULL, or a first energy for a job that had none are not. SYNTHETIC jobs.
    void energyConflictIsCounted()
    {
        auto writeJobs = [this](const QList<std::pair<QString, std::optional<double>>> &jobs) {
            JobWriter writer(*m_store, QStringLiteral("c"));
            QString error;
            if (!writer.begin(&error))
                qFatal("begin: %s", qPrintable(error));
            for (const auto &[id, energyJ] : jobs) {
                Job job;
                job.jobId = id;
                job.name = QStringLiteral("solver");
                job.energyJ = energyJ;
                if (!writer.addJob(job, &error))
                    qFatal("addJob: %s", qPrintable(error));
            }
            if (!writer.commit(&error))
                qFatal("commit: %s", qPrintable(error));
            return writer.summary();
        };
        QCOMPARE(
            writeJobs({{QStringLiteral("1"), 3.6e6}, {QStringLiteral("2"), std::nullopt}, {QStringLiteral("3"), 7.2e6}})
                .jobsEnergyReplaced,
            qint64(0));
        const WriteSummary second = writeJobs({{QStringLiteral("1"), 3.6e6 * (1 + 1e-12)},
                                               {QStringLiteral("2"), 1.0e6},
                                               {QStringLiteral("3"), 8.9e8},
                                               {QStringLiteral("4"), 5.0}});
        QCOMPARE(second.jobsEnergyReplaced, qint64(1)); // only job 3: 7.2 MJ stored, 890 MJ given
        QCOMPARE(second.jobsNew, qint64(1));
        QCOMPARE(writeJobs({{QStringLiteral("3"), std::nullopt}}).jobsEnergyReplaced, qint64(0));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT energy_j FROM jobs WHERE job_id = '3'")) && q.next());
        QCOMPARE(q.value(0).toDouble(), 8.9e8);
    }

    /// A CSV's energy column is stored in job_metrics (a jobKeyed table): its conflicts are counted too.
    void metricsEnergyConflictIsCounted()
    {
        auto writeMetrics = [this](const QList<std::pair<QString, std::optional<double>>> &jobs) {
            JobWriter writer(*m_store, QStringLiteral("c"));
            QString error;
            if (!writer.begin(&error))
                qFatal("begin: %s", qPrintable(error));
            for (const auto &[id, energyJ] : jobs) {
                Job job;
                job.jobId = id;
                if (!writer.addJob(job, &error))
                    qFatal("addJob: %s", qPrintable(error));
                JobMetrics metrics;
                metrics.jobId = id;
                metrics.energyJ = energyJ;
                metrics.energySource = QStringLiteral("measured");
                if (!writer.addMetrics(metrics, &error))
                    qFatal("addMetrics: %s", qPrintable(error));
            }
            if (!writer.commit(&error))
                qFatal("commit: %s", qPrintable(error));
            return writer.summary();
        };
        QCOMPARE(writeMetrics(
                     {{QStringLiteral("1"), 3.6e6}, {QStringLiteral("2"), std::nullopt}, {QStringLiteral("3"), 7.2e6}})
                     .jobsEnergyReplaced,
                 qint64(0));
        const WriteSummary second = writeMetrics({{QStringLiteral("1"), 3.6e6},
                                                  {QStringLiteral("2"), 1.0e6},
                                                  {QStringLiteral("3"), 9.0e6},
                                                  {QStringLiteral("4"), 5.0}});
        QCOMPARE(second.jobsEnergyReplaced, qint64(1)); // only job 3: 7.2 MJ stored, 9 MJ given
        QCOMPARE(writeMetrics({{QStringLiteral("3"), std::nullopt}}).jobsEnergyReplaced, qint64(0));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT m.energy_j FROM job_metrics m JOIN jobs j ON j.id = m.job_pk "
                                      "WHERE j.job_id = '3'")) &&
                q.next());
        QCOMPARE(q.value(0).toDouble(), 9.0e6);
    }

    void manyRowsInOneBatch()
    {
        QList<std::tuple<QString, QString, std::optional<qint64>, QString>> rows;
        for (int i = 0; i < 20000; ++i)
            rows.append({QStringLiteral("node%1").arg(i), QStringLiteral("batch"), i % 64, QStringLiteral("IDLE")});
        QCOMPARE(write(true, rows), qint64(20000));
        QCOMPARE(write(true, rows), qint64(0));
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(cpus) FROM nodes")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(20000));
        qint64 sum = 0;
        for (int i = 0; i < 20000; ++i)
            sum += i % 64;
        QCOMPARE(q.value(1).toLongLong(), sum);
    }
};

QTEST_GUILESS_MAIN(TestBulkUpsert)
#include "TestBulkUpsert.moc"
