// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"
#include "CampaignSpec.h"
#include "CampaignSummary.h"
#include "CampaignWorkload.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace es;

/// The campaign file (docs/campaign-format.md): what is accepted, every refusal naming what is wrong, and the
/// design it expands to.
class TestCampaignSpec : public QObject
{
    Q_OBJECT
private:
    static QByteArray file(const QByteArray &extra)
    {
        return "{\"format\": 1, \"name\": \"cpu-scan\", \"profile\": \"lab\", \"workloads\": [{\"id\": "
               "\"sysbench-cpu\", \"duration_s\": 10}, {\"id\": \"stress-ng-cpu\"}]" +
               extra + "}";
    }

private slots:
    void readsAFileAndWritesItBack()
    {
        QString error;
        const auto spec = CampaignSpec::fromJson(
            file(", \"nodes\": [1, 2, 4], \"cpu_freq\": [\"low\", 2400000], \"repeats\": 2, \"exclusive\": false"),
            &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->name, QStringLiteral("cpu-scan"));
        QCOMPARE(spec->nodeCounts, (QList<int>{1, 2, 4}));
        QCOMPARE(spec->cpuFrequencies, (QStringList{QStringLiteral("low"), QStringLiteral("2400000")}));
        QCOMPARE(spec->repeats, 2);
        QVERIFY(!spec->exclusive);
        QCOMPARE(spec->timeLimitMin, 15); // defaults
        QCOMPARE(spec->samplerIntervalS, 5);
        const auto again = CampaignSpec::fromJson(QJsonDocument(spec->toJson()).toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), spec->toJson());
        const QList<CampaignWorkload> workloads = spec->workloads();
        QCOMPARE(workloads.size(), 2);
        QVERIFY(workloads[0].nodeCommand.contains(QStringLiteral("--time=10 ")));
        QVERIFY(workloads[1].nodeCommand.contains(QStringLiteral("--timeout 30s"))); // the default duration
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": 1,") << "not JSON";
        QTest::newRow("array") << QByteArray("[1]") << "a JSON object";
        QTest::newRow("unknown key") << file(", \"repeat\": 2") << "unknown key \"repeat\"";
        QTest::newRow("format") << QByteArray("{\"format\": 2}") << "\"format\" must be 1";
        QTest::newRow("no nodes") << file(", \"nodes\": []") << "\"nodes\" must be a list with at least one";
        QTest::newRow("node zero") << file(", \"nodes\": [0]") << "every node count";
        QTest::newRow("node fraction") << file(", \"nodes\": [1.5]") << "every node count";
        QTest::newRow("no freqs") << file(", \"cpu_freq\": []") << "\"cpu_freq\" must be a list";
        QTest::newRow("bad freq") << file(", \"cpu_freq\": [\"turbo; rm -rf ~\"]") << "is not a value of sbatch";
        QTest::newRow("repeats huge") << file(", \"repeats\": 1e30") << "\"repeats\" must be a whole number";
        QTest::newRow("repeats text") << file(", \"repeats\": \"3\"") << "\"repeats\" must be a whole number";
        QTest::newRow("exclusive") << file(", \"exclusive\": 1") << "\"exclusive\" must be true or false";
        QTest::newRow("partition") << file(", \"partition\": \"a b\"") << "\"partition\" must be";
        QTest::newRow("stop zero") << file(", \"stop_within_pct\": 0") << "\"stop_within_pct\" must be";
        QTest::newRow("no workloads") << QByteArray(
                                             "{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": []}")
                                      << "at least one workload";
        QTest::newRow("unknown workload")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": \"hpl\"}]}")
            << "unknown workload \"hpl\"";
        QTest::newRow("workload key")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"fio-randrw\", \"size\": 3}]}")
            << "unknown key \"size\"";
        QTest::newRow("duration")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"fio-randrw\", \"duration_s\": 1e20}]}")
            << "duration_s must be a whole number";
        QTest::newRow("command without regex")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"command\", \"command\": \"./run\"}]}")
            << "\"fom_regex\" must be a non-empty string";
        QTest::newRow("regex without group")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"command\", \"command\": \"./run\", \"fom_regex\": \"GF\", \"fom_unit\": \"GF\"}]}")
            << "with a capture group";
        QTest::newRow("name with a space")
            << QByteArray("{\"format\": 1, \"name\": \"my run\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"sysbench-cpu\"}]}")
            << "\"name\" must be 1 to 40";
        QTest::newRow("cells and nodes") << file(", \"cells\": [{\"workload\": 0}], \"nodes\": [1]")
                                         << "\"nodes\" cannot be given with \"cells\"";
        QTest::newRow("cells empty") << file(", \"cells\": []") << "\"cells\" must be a list with at least one";
        QTest::newRow("cell workload") << file(", \"cells\": [{\"workload\": 2}]") << "workload 2 is not in";
        QTest::newRow("cell key") << file(", \"cells\": [{\"workload\": 0, \"node\": 2}]") << "unknown key \"node\"";
        QTest::newRow("cell twice") << file(", \"cells\": [{\"workload\": 0}, {\"workload\": 0, \"nodes\": 1}]")
                                    << "entry 2 repeats an earlier cell";
        QTest::newRow("cell freq") << file(", \"cells\": [{\"workload\": 0, \"cpu_freq\": \"$(id)\"}]")
                                   << "is not a value of sbatch";
        QTest::newRow("cells and arrival")
            << file(", \"cells\": [{\"workload\": 0}], \"arrival\": {}") << "cannot both be given";
        QTest::newRow("arrival and repeats")
            << file(", \"arrival\": {}, \"repeats\": 2") << "\"repeats\" cannot be given with \"arrival\"";
        QTest::newRow("arrival not object") << file(", \"arrival\": 3") << "\"arrival\" must be an object";
        QTest::newRow("arrival key") << file(", \"arrival\": {\"rate\": 3}") << "unknown key \"rate\"";
        QTest::newRow("arrival hours") << file(", \"arrival\": {\"simulated_hours\": -1}")
                                       << "\"simulated_hours\" must be a number";
        QTest::newRow("arrival no rate") << file(", \"arrival\": {\"day_rate_per_h\": 0, \"night_rate_per_h\": 0}")
                                         << "must be above 0";
        QTest::newRow("arrival day") << file(", \"arrival\": {\"day_start_hour\": 18, \"day_end_hour\": 8}")
                                     << "must come after";
        QTest::newRow("arrival classes") << file(", \"arrival\": {\"classes\": []}") << "at least one job class";
        QTest::newRow("arrival class key")
            << file(", \"arrival\": {\"classes\": [{\"mem\": 2}]}") << "class 1: unknown key \"mem\"";
        QTest::newRow("arrival class name")
            << file(", \"arrival\": {\"classes\": [{\"name\": 2}]}") << "\"name\" must be a string";
        QTest::newRow("arrival freqs") << file(", \"arrival\": {}, \"cpu_freq\": [\"low\", \"high\"]")
                                       << "at most one value";
        QTest::newRow("arrival hpcc")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"profile\": \"p\", \"workloads\": [{\"id\": "
                          "\"hpcc-hpl\"}], \"arrival\": {}}")
            << "which workload \"hpcc-hpl\" does not take";
        QTest::newRow("no profile")
            << QByteArray("{\"format\": 1, \"name\": \"x\", \"workloads\": [{\"id\": \"sysbench-cpu\"}]}")
            << "\"profile\" must name";
    }
    void refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!CampaignSpec::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    /// Randomised complete blocks: each repetition runs every cell once; the order follows the seed.
    void designIsBlocksOfEveryCell()
    {
        QString error;
        const auto spec = CampaignSpec::fromJson(file(", \"nodes\": [1, 2], \"cpu_freq\": [\"low\", \"high\"], "
                                                      "\"repeats\": 3, \"time_limit_min\": 10"),
                                                 &error);
        QVERIFY2(spec, qPrintable(error));
        const CampaignDesign design(*spec);
        QCOMPARE(design.cells().size(), 2 * 2 * 2);
        QCOMPARE(design.runs().size(), 8 * 3);
        QSet<QString> hashes;
        for (const CampaignCell &c : design.cells())
            hashes.insert(c.hash);
        QCOMPARE(hashes.size(), 8);
        for (int block = 0; block < 3; ++block) {
            QSet<int> cells;
            for (int i = 0; i < 8; ++i) {
                const CampaignPlannedRun &run = design.runs()[block * 8 + i];
                QCOMPARE(run.repeatIndex, block);
                QCOMPARE(run.order, block * 8 + i);
                cells.insert(run.cell);
            }
            QCOMPARE(cells.size(), 8);
        }
        // Same seed, same order and hashes; another seed, another order.
        const CampaignDesign same(*spec);
        CampaignSpec reseeded = *spec;
        reseeded.seed = 7;
        const CampaignDesign other(reseeded);
        bool differs = false;
        for (int i = 0; i < design.runs().size(); ++i) {
            QCOMPARE(same.runs()[i].cell, design.runs()[i].cell);
            differs |= other.runs()[i].cell != design.runs()[i].cell;
        }
        QVERIFY(differs);
        QCOMPARE(other.cells()[0].hash, design.cells()[0].hash);
        // 12 runs of 10 s and 12 of 30 s, on 1 or 2 nodes (half each): (12 x 10 + 12 x 30) x 1.5 node-s.
        const CampaignPreview p = design.preview();
        QCOMPARE(p.runs, 24);
        QCOMPARE(p.nodeHoursOfWork, (12 * 10.0 + 12 * 30.0) * 1.5 / 3600.0);
        QCOMPARE(p.nodeHoursAtLimit, 24 * 1.5 * 10 / 60.0);
    }

    void jobNamesAndCommentsAreUniqueAndSafe()
    {
        QCOMPARE(CampaignDesign::jobName(QStringLiteral("scan"), QStringLiteral("0123456789ab"), 2, 1),
                 QStringLiteral("es-scan-01234567-r2a1"));
        QCOMPARE(CampaignDesign::comment(QStringLiteral("scan"), QStringLiteral("0123456789ab"), 2, 1),
                 QStringLiteral("es-campaign:scan:0123456789ab:r2a1"));
    }

    /// The stopping rule's interval: Student's t at 95% over the completed runs' energies.
    void meanIntervalForStopping()
    {
        // mean 100, sd 2, n 3: t(2) = 4.303; 4.303 x 2 / sqrt(3) = 4.969 %.
        QCOMPARE(qRound(CampaignSummary::meanHalfWidthPct({98, 100, 102}).value_or(0) * 1000), 4969);
        QVERIFY(!CampaignSummary::meanHalfWidthPct({100}));
        QVERIFY(!CampaignSummary::meanHalfWidthPct({-1, 1}));
        QString error;
        const auto spec = CampaignSpec::fromJson(file(", \"stop_within_pct\": 2.5"), &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->stopWithinPct.value_or(0), 2.5);
        QCOMPARE(CampaignSpec::fromJson(QJsonDocument(spec->toJson()).toJson(), &error)->stopWithinPct.value_or(0),
                 2.5);
    }

    void figureOfMerit()
    {
        const CampaignWorkload *sysbench = CampaignWorkloads::byId(QStringLiteral("sysbench-cpu"));
        QVERIFY(sysbench);
        // Two nodes' outputs (real sysbench 1.0.20 lines): the sum.
        QCOMPARE(CampaignWorkloads::figureOfMerit(*sysbench, "CPU speed:\n    events per second:  1146.92\n"
                                                             "CPU speed:\n    events per second:  1118.40\n")
                     .value_or(0),
                 1146.92 + 1118.40);
        QVERIFY(!CampaignWorkloads::figureOfMerit(*sysbench, "FATAL: no such test\n"));
        QVERIFY(!CampaignWorkloads::figureOfMerit(*sysbench, QByteArray()));
        const CampaignWorkload *stress = CampaignWorkloads::byId(QStringLiteral("stress-ng-cpu"));
        QCOMPARE(CampaignWorkloads::figureOfMerit(
                     *stress, "stress-ng: metrc: [6300] cpu                2470      2.00      1.29      0.00      "
                              "1233.20        1909.00\n")
                     .value_or(0),
                 1233.20);
        const CampaignWorkload *fio = CampaignWorkloads::byId(QStringLiteral("fio-randrw"));
        QCOMPARE(CampaignWorkloads::figureOfMerit(*fio, "\"iops\" : 7353.823088,\n\"iops\" : 7316.341829,\n"
                                                        "\"iops\" : 0.000000,\n")
                     .value_or(0),
                 7353.823088 + 7316.341829);
        // Garbage: an unparseable number in the group is no figure, never a partial sum.
        CampaignWorkload own;
        own.fomPattern = QStringLiteral("GF=(\\S+)");
        QVERIFY(!CampaignWorkloads::figureOfMerit(own, "GF=12\nGF=nan\n"));
        QVERIFY(!CampaignWorkloads::figureOfMerit(own, "GF=1e999\n"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignSpec)
#include "TestCampaignSpec.moc"
