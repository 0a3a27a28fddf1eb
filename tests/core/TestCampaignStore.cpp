// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"
#include "CampaignStore.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace es;

/// Campaigns and their runs in the store, on both engines.
class TestCampaignStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    static CampaignSpec spec(const QString &name)
    {
        CampaignSpec s;
        s.name = name;
        s.profile = QStringLiteral("lab");
        s.workloadEntries = {QJsonObject{{QStringLiteral("id"), QStringLiteral("sysbench-cpu")}}};
        s.nodeCounts = {1, 2};
        s.repeats = 2;
        return s;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void createReadUpdateRetry()
    {
        CampaignStore campaigns(*m_store);
        QString error;
        const CampaignSpec s = spec(QStringLiteral("scan"));
        QVERIFY(s.validate(&error));
        const CampaignDesign design(s);
        const auto id = campaigns.create(s, QStringLiteral("lab"), design, 1000, &error);
        QVERIFY2(id, qPrintable(error));
        QVERIFY(!campaigns.create(s, QStringLiteral("lab"), design, 1001, &error));
        QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));

        const auto c = campaigns.campaign(QStringLiteral("scan"), &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->state, QStringLiteral("planned"));
        QCOMPARE(c->plan, s.toJson());
        auto runs = campaigns.runs(*id, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), 4);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(runs->at(i).order, i);
            QCOMPARE(runs->at(i).state, QStringLiteral("planned"));
            QCOMPARE(runs->at(i).attempt, 0);
        }

        CampaignRunRecord run = runs->at(0);
        run.state = QStringLiteral("retried");
        run.slurmJobId = QStringLiteral("41");
        run.energyJ = 1234.5;
        run.nodeList = QStringLiteral("node3");
        run.message = QStringLiteral("NODE_FAIL on node3: tried again");
        QVERIFY2(campaigns.update(run, &error), qPrintable(error));
        const QString next = CampaignDesign::jobName(s.name, run.cellHash, run.repeatIndex, 1);
        QVERIFY2(campaigns.addAttempt(run, next, QStringLiteral("node3"), &error), qPrintable(error));
        // A second attempt of the same name is refused: names are unique.
        QVERIFY(!campaigns.addAttempt(run, next, QStringLiteral("node3"), &error));

        runs = campaigns.runs(*id, &error);
        QCOMPARE(runs->size(), 5);
        QCOMPARE(runs->at(0).energyJ.value_or(0), 1234.5);
        QCOMPARE(runs->at(0).slurmJobId, QStringLiteral("41"));
        QCOMPARE(runs->at(1).attempt, 1);
        QCOMPARE(runs->at(1).excludedNodes, QStringLiteral("node3"));
        QCOMPARE(runs->at(1).state, QStringLiteral("planned"));
        QVERIFY(!runs->at(1).energyJ);

        QVERIFY(campaigns.setState(*id, QStringLiteral("done"), 2000, &error));
        QCOMPARE(campaigns.campaign(QStringLiteral("scan"), &error)->state, QStringLiteral("done"));
        QVERIFY(!campaigns.campaign(QStringLiteral("nope"), &error));
        QVERIFY2(error.contains(QStringLiteral("no campaign named nope")), qPrintable(error));
        QCOMPARE(campaigns.campaigns(&error)->size(), 1);
    }

    /// The preview's energy estimate: the median power per node of the cluster's jobs with Slurm-measured energy.
    void measuredPowerPerNode()
    {
        QString error;
        const auto cluster = m_store->ensureCluster(QStringLiteral("lab"), &error);
        QVERIFY2(cluster, qPrintable(error));
        QSqlQuery q(m_store->database());
        // SYNTHETIC jobs: 100, 200 and 300 W per node measured, one estimate that must not count.
        const struct
        {
            const char *id;
            double energyJ;
            int elapsedS, nodes;
            const char *source;
        } jobs[] = {{"1", 1000, 10, 1, "slurm"},
                    {"2", 8000, 20, 2, "slurm"},
                    {"3", 6000, 10, 2, "slurm"},
                    {"4", 9e9, 10, 1, "model"}};
        for (const auto &j : jobs) {
            q.prepare(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, energy_j, elapsed_s, node_count,"
                                     " energy_source) VALUES (?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v : {QVariant(*cluster), QVariant(QString::fromLatin1(j.id)), QVariant(j.energyJ),
                                      QVariant(j.elapsedS), QVariant(j.nodes), QVariant(QString::fromLatin1(j.source))})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const auto [watts, from] = CampaignStore(*m_store).measuredPowerPerNodeW(QStringLiteral("lab"), &error);
        QCOMPARE(from, qint64(3));
        QCOMPARE(watts.value_or(0), 200.0);
        QCOMPARE(CampaignStore(*m_store).measuredPowerPerNodeW(QStringLiteral("other"), &error).second, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "TestCampaignStore.moc"
