// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "AlertThresholds.h"
#include "Importer.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "ReportBuilder.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <map>

using namespace es;

/// ReportBuilder's figures against values computed here from the SWF file itself (NASA iPSC/860 1993, the
/// Parallel Workloads Archive's head sample) plus the energies, samples, events and a model this test adds; on
/// SQLite and on the lab's PostgreSQL.
class TestReportBuilder : public QObject
{
    Q_OBJECT
private:
    struct SwfJob
    {
        QString id;
        qint64 ts = 0; ///< submit (the trace has no wait times, so no start)
        double runS = -1;
        QString user;
        QString partition;
        std::optional<double> energyJ;
        QString source;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<SwfJob> m_jobs;
    static constexpr qint64 kBase = 749458803; // UnixStartTime of the trace

    static QList<SwfJob> readSwf()
    {
        QFile file(test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<SwfJob> jobs;
        while (!file.atEnd()) {
            const QString line = QString::fromLatin1(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u';'))
                continue;
            const QStringList f = line.split(u' ', Qt::SkipEmptyParts);
            if (f.size() < 18)
                continue;
            SwfJob job;
            job.id = f[0];
            job.ts = kBase + f[1].toLongLong();
            job.runS = f[3].toDouble();
            job.user = f[11].toLongLong() < 0 ? QString() : f[11];
            job.partition = f[15].toLongLong() < 0 ? QString() : f[15];
            const qint64 n = f[0].toLongLong();
            // the energies this test gives: measured for every third job, estimated for the next ones
            if (n % 3 == 0 && job.runS > 0) {
                job.energyJ = job.runS * 150 + double(n);
                job.source = QStringLiteral("counter");
            } else if (n % 3 == 1 && job.runS > 0) {
                job.energyJ = job.runS * 100;
                job.source = QStringLiteral("model");
            }
            jobs.append(job);
        }
        return jobs;
    }

    void writeSamples()
    {
        NodeSampleWriter writer(*m_store, QStringLiteral("nasa"));
        QString error;
        QVERIFY2(writer.begin(&error), qPrintable(error));
        const QList<std::pair<QString, QList<double>>> series{{QStringLiteral("n1"), {40, 50, 60, 50}},
                                                              {QStringLiteral("n2"), {70, 80, 90, 40}},
                                                              {QStringLiteral("n3"), {30, 31}}};
        for (const auto &[node, temps] : series) {
            for (qsizetype i = 0; i < temps.size(); ++i) {
                NodeSample s;
                s.node = node;
                s.ts = kBase + 3600 + i * 60;
                s.source = QStringLiteral("sampler");
                s.tempC = temps[i];
                QVERIFY2(writer.add(s, &error), qPrintable(error));
            }
        }
        NodeSample outside; // before the range: not in the report
        outside.node = QStringLiteral("n3");
        outside.ts = kBase - 86400 * 10;
        outside.source = QStringLiteral("sampler");
        outside.tempC = 99;
        QVERIFY2(writer.add(outside, &error), qPrintable(error));
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_jobs = readSwf();
        QCOMPARE(m_jobs.size(), qsizetype(228));
    }

    void init()
    {
        m_store = test::openFreshStore(m_dir);
        if (!m_store)
            return;
        QString error;
        ImportOptions options;
        options.clusterName = QStringLiteral("nasa");
        ImportReport report;
        QVERIFY2(Importer(*m_store).importFile(Importer::Format::Swf,
                                               test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")), options,
                                               &report, &error),
                 qPrintable(error));
        QSqlDatabase db = m_store->database();
        QVERIFY(db.transaction());
        QSqlQuery metric(db);
        metric.prepare(QStringLiteral("INSERT INTO job_metrics (job_pk, energy_j, energy_source) SELECT id, ?, ?"
                                      " FROM jobs WHERE job_id = ?"));
        QSqlQuery type(db);
        type.prepare(QStringLiteral("UPDATE jobs SET job_type = ? WHERE job_id = ?"));
        for (const SwfJob &job : std::as_const(m_jobs)) {
            if (job.energyJ) {
                metric.bindValue(0, *job.energyJ);
                metric.bindValue(1, job.source);
                metric.bindValue(2, job.id);
                QVERIFY(metric.exec());
            }
            type.bindValue(0, job.id.toLongLong() % 2 ? QStringLiteral("odd") : QStringLiteral("even"));
            type.bindValue(1, job.id);
            QVERIFY(type.exec());
        }
        QVERIFY(db.commit());
    }

    void cleanup() { m_store.reset(); }

    void figuresMatchTheTrace()
    {
        if (!m_store)
            return;
        writeSamples();
        QString error;
        QVERIFY(AlertThresholds::set(*m_store, QStringLiteral("nasa"), QString(), {55, 85}, &error));
        AlertEvaluationSummary alerts;
        QVERIFY2(AlertEvaluator(*m_store).evaluate(QStringLiteral("nasa"), {}, &alerts, &error), qPrintable(error));
        // n1 warning (60), n2 warning (70..90) and critical (90), and n3's 99 °C before the range: warning, critical
        QCOMPARE(alerts.eventsNew, 5);
        QSqlQuery model(m_store->database());
        model.prepare(QStringLiteral(
            "INSERT INTO models (name, target, algorithm, feature_spec, hyperparameters, metrics, data_hash,"
            " created_ts, format_version, blob) VALUES ('energy rf', 'energy_j', 'rf', '{}', '{}', ?, 'h', 1, 1, ?)"));
        model.addBindValue(QStringLiteral(
            R"({"splits":[{"kind":"kfold","model":{"n":120,"mae":5.5,"rmse":7.25,"mape_pct":12.5,"r2":0.81},)"
            R"("baseline":{"name":"mean per job type","rmse":20.5}},{"kind":"time","model":{"n":40,"mae":6,)"
            R"("rmse":8,"mape_pct":null,"r2":0.7},"baseline":{"rmse":21}}]})"));
        model.addBindValue(QByteArray("blob"));
        QVERIFY(model.exec());

        const qint64 since = kBase;
        const qint64 until = kBase + 10 * 3600; // part of the trace only
        ReportRequest request{since, until, QStringLiteral("nasa")};
        const auto data = ReportBuilder(*m_store).build(request, &error);
        QVERIFY2(data, qPrintable(error));

        // independent figures from the file
        qint64 jobs = 0, withEnergy = 0;
        double nodeHours = 0, energy = 0, measured = 0, estimated = 0, powerE = 0, powerD = 0;
        QHash<QString, qint64> jobsPerUser;
        QHash<QString, double> energyPerUser;
        std::map<qint64, double> days;
        QList<ReportData::Point> pairs;
        QList<std::pair<double, QString>> byEnergy;
        for (const SwfJob &job : std::as_const(m_jobs)) {
            if (job.ts < since || job.ts >= until)
                continue;
            ++jobs;
            nodeHours += std::max(0.0, job.runS) / 3600;
            ++jobsPerUser[job.user];
            if (!job.energyJ)
                continue;
            ++withEnergy;
            energy += *job.energyJ;
            (job.source == u"model" ? estimated : measured) += *job.energyJ;
            energyPerUser[job.user] += *job.energyJ;
            days[job.ts - job.ts % 86400] += *job.energyJ;
            pairs.append({job.runS, *job.energyJ});
            powerE += *job.energyJ;
            powerD += job.runS;
            byEnergy.append({*job.energyJ, job.id});
        }
        QVERIFY(jobs > 20 && jobs < m_jobs.size()); // the range cuts the trace
        QCOMPARE(data->jobs, jobs);
        QCOMPARE(data->jobsWithEnergy, withEnergy);
        QVERIFY(qFuzzyCompare(data->nodeHours, nodeHours));
        QVERIFY(qFuzzyCompare(data->energyJ, energy));
        QVERIFY(qFuzzyCompare(data->measuredJ, measured));
        QVERIFY(qFuzzyCompare(data->estimatedJ, estimated));
        QCOMPARE(data->unspecifiedJ, 0.0);
        QVERIFY(data->meanPowerW);
        QVERIFY(qFuzzyCompare(*data->meanPowerW, powerE / powerD));
        QVERIFY(*data->meanPowerW > 100 && *data->meanPowerW < 151); // 100 W and 150 W jobs

        // Pearson r, the textbook two-pass way
        double mx = 0, my = 0;
        for (const auto &p : pairs) {
            mx += p.durationS;
            my += p.energyJ;
        }
        mx /= double(pairs.size());
        my /= double(pairs.size());
        double sxy = 0, sxx = 0, syy = 0;
        for (const auto &p : pairs) {
            sxy += (p.durationS - mx) * (p.energyJ - my);
            sxx += (p.durationS - mx) * (p.durationS - mx);
            syy += (p.energyJ - my) * (p.energyJ - my);
        }
        QCOMPARE(data->energyVsDurationN, qint64(pairs.size()));
        QVERIFY(data->energyDurationR);
        QVERIFY(std::abs(*data->energyDurationR - sxy / std::sqrt(sxx * syy)) < 1e-9);
        QVERIFY(*data->energyDurationR > 0.9); // energy is power x duration here

        QCOMPARE(data->energyByDay.size(), qsizetype(days.size()));
        qsizetype i = 0;
        for (const auto &[day, joules] : days) {
            QCOMPARE(data->energyByDay[i].first, day);
            QVERIFY(qFuzzyCompare(data->energyByDay[i].second, joules));
            ++i;
        }

        std::sort(byEnergy.begin(), byEnergy.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QCOMPARE(data->topJobs.size(), qsizetype(ReportData::kTopJobs));
        for (int k = 0; k < ReportData::kTopJobs; ++k) {
            QCOMPARE(data->topJobs[k].energyJ, byEnergy[k].first);
            const bool tied = std::count_if(byEnergy.cbegin(), byEnergy.cend(),
                                            [&](const auto &e) { return e.first == byEnergy[k].first; }) > 1;
            if (!tied)
                QCOMPARE(data->topJobs[k].jobId, byEnergy[k].second);
        }

        qint64 usersJobs = 0;
        for (const ReportData::Group &g : data->byUser) {
            if (g.name == ReportBuilder::otherGroupName()) {
                usersJobs += g.jobs;
                continue;
            }
            QCOMPARE(g.jobs, jobsPerUser.value(g.name));
            QVERIFY(std::abs(g.energyJ - energyPerUser.value(g.name)) < 1e-6);
            usersJobs += g.jobs;
        }
        QCOMPARE(usersJobs, jobs);
        QVERIFY(data->byUser.size() <= ReportData::kMaxGroups);
        for (qsizetype k = 1; k < data->byUser.size() - 1; ++k)
            QVERIFY(data->byUser[k - 1].energyJ >= data->byUser[k].energyJ);
        QCOMPARE(data->byJobType.size(), qsizetype(2));
        QCOMPARE(data->byJobType[0].jobs + data->byJobType[1].jobs, jobs);
        QCOMPARE(data->byPartition.size(), qsizetype(1)); // the trace has no queues: one unnamed group
        QCOMPARE(data->byPartition[0].jobs, jobs);

        QCOMPARE(data->hottestNodes.size(), qsizetype(3));
        QCOMPARE(data->hottestNodes[0].node, QStringLiteral("n2"));
        QCOMPARE(data->hottestNodes[0].peakC, 90.0);
        QCOMPARE(data->hottestNodes[0].meanC, 70.0);
        QCOMPARE(data->hottestNodes[1].node, QStringLiteral("n1"));
        QCOMPARE(data->hottestNodes[2].peakC, 31.0); // the 99 °C sample is outside the range
        QCOMPARE(data->temperatureSamples, qint64(10));
        QCOMPARE(data->alerts, qint64(3));
        QCOMPARE(data->alertsByKind.value(QStringLiteral("temp_warning")), qint64(2));
        QCOMPARE(data->alertsByKind.value(QStringLiteral("temp_critical")), qint64(1));

        QCOMPARE(data->models.size(), qsizetype(2));
        QCOMPARE(data->models[0].name, QStringLiteral("energy rf"));
        QCOMPARE(data->models[0].split, QStringLiteral("kfold"));
        QCOMPARE(data->models[0].n, qint64(120));
        QCOMPARE(*data->models[0].rmse, 7.25);
        QCOMPARE(*data->models[0].r2, 0.81);
        QCOMPARE(*data->models[0].baselineRmse, 20.5);
        QCOMPARE(data->models[1].split, QStringLiteral("time"));
        QVERIFY(!data->models[1].mapePct);
    }

    void wholeTraceAndEmptyRanges()
    {
        if (!m_store)
            return;
        QString error;
        const auto all = ReportBuilder(*m_store).build({kBase - 1, kBase + 86400 * 365, QString()}, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->jobs, qint64(m_jobs.size()));
        QCOMPARE(all->alerts, qint64(0));
        QVERIFY(all->hottestNodes.isEmpty());
        const auto none = ReportBuilder(*m_store).build({kBase - 1000, kBase - 1, QString()}, &error);
        QVERIFY2(none, qPrintable(error));
        QCOMPARE(none->jobs, qint64(0));
        QVERIFY(!none->meanPowerW);
        QVERIFY(!none->energyDurationR);
        QVERIFY(!ReportBuilder(*m_store).build({kBase, kBase, QString()}, &error));
        QVERIFY(!ReportBuilder(*m_store).build({kBase, kBase + 1, QStringLiteral("nowhere")}, &error));
        QVERIFY(error.contains(QStringLiteral("nowhere")));
        std::atomic_bool cancel = true;
        ReportBuilder cancelled(*m_store);
        cancelled.setCancelFlag(&cancel);
        QVERIFY(!cancelled.build({kBase - 1, kBase + 86400 * 365, QString()}, &error));
    }

    /// Jobs without any time (a dataset such as C6EnPLS) are counted and said, and taken in on request. SYNTHETIC
    /// jobs added beside the trace.
    void untimedJobsAreCountedAndTakenOnRequest()
    {
        if (!m_store)
            return;
        QString error;
        JobWriter writer(*m_store, QStringLiteral("c6"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        for (int i = 0; i < 5; ++i) {
            Job job;
            job.jobId = QString::number(9000 + i);
            job.energyJ = 3.6e6;
            job.energySource = QStringLiteral("dataset");
            QVERIFY2(writer.addJob(job, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        ReportRequest ranged{kBase - 1, kBase + 86400 * 365, QStringLiteral("c6"), false};
        const auto without = ReportBuilder(*m_store).build(ranged, &error);
        QVERIFY2(without, qPrintable(error));
        QCOMPARE(without->jobs, qint64(0));
        QCOMPARE(without->untimedJobs, qint64(5));
        ranged.includeUntimed = true;
        const auto with = ReportBuilder(*m_store).build(ranged, &error);
        QVERIFY2(with, qPrintable(error));
        QCOMPARE(with->jobs, qint64(5));
        QCOMPARE(with->energyJ, 5 * 3.6e6);
        QCOMPARE(with->measuredJ, 5 * 3.6e6);
        // Every cluster: the trace's timed jobs and the untimed ones.
        const auto all = ReportBuilder(*m_store).build({kBase - 1, kBase + 86400 * 365, QString(), true}, &error);
        QVERIFY2(all, qPrintable(error));
        QCOMPARE(all->jobs, qint64(m_jobs.size()) + 5);
    }

    void pearsonEdgeCases()
    {
        QVERIFY(!ReportBuilder::pearson({{1, 2}, {2, 4}}));
        QVERIFY(!ReportBuilder::pearson({{1, 2}, {1, 3}, {1, 4}}));
        QCOMPARE(*ReportBuilder::pearson({{1, 2}, {2, 4}, {3, 6}}), 1.0);
        QCOMPARE(*ReportBuilder::pearson({{1, 6}, {2, 4}, {3, 2}}), -1.0);
    }
};

QTEST_GUILESS_MAIN(TestReportBuilder)
#include "TestReportBuilder.moc"
