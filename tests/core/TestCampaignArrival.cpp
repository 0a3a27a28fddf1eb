// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignArrival.h"
#include "CampaignDesign.h"
#include "CampaignSpec.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace es;

/// The arrival simulator and the arrival and explicit-cells designs: counts of what the schedule holds, against
/// what its rates, shares and bursts say (fixed seeds, so every figure is the same on every run).
class TestCampaignArrival : public QObject
{
    Q_OBJECT
private:
    static CampaignSpec spec(const QByteArray &extra)
    {
        QString error;
        const auto s = CampaignSpec::fromJson(
            "{\"format\": 1, \"name\": \"load\", \"profile\": \"lab\", \"workloads\": [{\"id\": \"sysbench-cpu\"}, "
            "{\"id\": \"stress-ng-cpu\"}]" +
                extra + "}",
            &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s.value_or(CampaignSpec());
    }

    /// Expected count of a Poisson variable and a bound of 4 standard deviations around it.
    static bool withinPoisson(qsizetype count, double expected)
    {
        return std::abs(double(count) - expected) <= 4.0 * std::sqrt(expected);
    }

private slots:
    void dayAndNightRates()
    {
        CampaignArrival a;
        a.simulatedHours = 24 * 20; // twenty simulated days from midnight
        a.startHour = 0;
        a.dayRatePerH = 30;
        a.nightRatePerH = 3;
        a.maxRuns = 10000;
        const QList<CampaignArrivalEvent> events = a.schedule(11, 1);
        qsizetype day = 0, night = 0;
        for (const CampaignArrivalEvent &e : events) {
            const double clock = std::fmod(e.simulatedH, 24.0);
            (clock >= 8 && clock < 18 ? day : night) += 1;
            QCOMPARE(e.offsetS, (e.simulatedH - events.first().simulatedH) * 3600.0); // compress 1
        }
        // 10 day hours at 30 and 14 night hours at 3, per simulated day.
        QVERIFY2(withinPoisson(day, 20 * 10 * 30), qPrintable(QString::number(day)));
        QVERIFY2(withinPoisson(night, 20 * 14 * 3), qPrintable(QString::number(night)));
    }

    void sameSeedSameSchedule()
    {
        CampaignArrival a;
        const auto one = a.schedule(5, 3);
        const auto two = a.schedule(5, 3);
        QCOMPARE(one.size(), two.size());
        for (qsizetype i = 0; i < one.size(); ++i) {
            QCOMPARE(one[i].offsetS, two[i].offsetS);
            QCOMPARE(one[i].classIndex, two[i].classIndex);
            QCOMPARE(one[i].workloadIndex, two[i].workloadIndex);
        }
        QVERIFY(a.schedule(6, 3).size() != one.size() || a.schedule(6, 3).first().offsetS != one.first().offsetS);
    }

    void compressedTimeAndClassShares()
    {
        CampaignArrival a;
        a.simulatedHours = 240;
        a.compress = 60; // a simulated hour per real minute
        a.dayRatePerH = 20;
        a.nightRatePerH = 20;
        a.maxRuns = 10000;
        const auto events = a.schedule(3, 2);
        QVERIFY(withinPoisson(events.size(), 240 * 20));
        QCOMPARE(events.first().offsetS, 0.0);
        QVERIFY(events.last().offsetS <= 240 * 3600.0 / 60);
        QList<int> perClass(3, 0), perWorkload(2, 0);
        for (qsizetype i = 0; i < events.size(); ++i) {
            QVERIFY(i == 0 || events[i].offsetS >= events[i - 1].offsetS);
            ++perClass[events[i].classIndex];
            ++perWorkload[events[i].workloadIndex];
        }
        const double n = double(events.size());
        QVERIFY2(std::abs(perClass[0] / n - 0.6) < 0.03, qPrintable(QString::number(perClass[0] / n)));
        QVERIFY2(std::abs(perClass[2] / n - 0.1) < 0.02, qPrintable(QString::number(perClass[2] / n)));
        QVERIFY2(std::abs(perWorkload[0] / n - 0.5) < 0.03, qPrintable(QString::number(perWorkload[0] / n)));
    }

    void burstsArriveTogether()
    {
        CampaignArrival a;
        a.simulatedHours = 100;
        a.burstProbability = 1;
        a.burstSize = 3;
        a.maxRuns = 10000;
        const auto events = a.schedule(9, 1);
        QCOMPARE(events.size() % 4, 0);
        for (qsizetype i = 0; i < events.size(); i += 4) {
            for (int k = 1; k < 4; ++k) {
                QCOMPARE(events[i + k].offsetS, events[i].offsetS);
                QCOMPARE(events[i + k].classIndex, events[i].classIndex);
            }
        }
        a.maxRuns = 10;
        QCOMPARE(a.schedule(9, 1).size(), 10);
    }

    /// Arrival mode: each arrival is a run of its class's cell (duration and nodes from the class), in time order.
    void arrivalDesign()
    {
        const CampaignSpec s = spec(", \"seed\": 4, \"arrival\": {\"simulated_hours\": 8, \"compress\": 4, "
                                    "\"start_hour\": 9, \"classes\": [{\"name\": \"short\", \"share\": 3, "
                                    "\"duration_s\": 5}, {\"name\": \"wide\", \"duration_s\": 20, \"nodes\": 3}]}");
        QVERIFY(s.arrival);
        const CampaignDesign design(s);
        const auto events = s.arrival->schedule(s.seed, 2);
        QCOMPARE(design.runs().size(), events.size());
        QVERIFY(design.cells().size() <= 4); // two workloads x two classes
        QSet<QString> runKeys;
        for (qsizetype i = 0; i < events.size(); ++i) {
            const CampaignPlannedRun &run = design.runs()[i];
            const CampaignCell &cell = design.cells()[run.cell];
            const CampaignArrivalClass &kind = s.arrival->classes[events[i].classIndex];
            QCOMPARE(run.beginOffsetS, events[i].offsetS);
            QCOMPARE(cell.nodes, kind.nodes);
            QCOMPARE(cell.workS, kind.durationS);
            QCOMPARE(cell.workloadIndex, events[i].workloadIndex);
            runKeys.insert(cell.hash + QString::number(run.repeatIndex));
        }
        QCOMPARE(runKeys.size(), events.size()); // (cell, repeat) is unique, as the store's key wants
        QVERIFY(design.preview().arrivalSpanS > 0);
        QVERIFY(design.preview().arrivalSpanS <= 8 * 3600.0 / 4);
        // The file comes back the same.
        QString error;
        const auto again = CampaignSpec::fromJson(QJsonDocument(s.toJson()).toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), s.toJson());
    }

    /// Explicit cells: exactly those, `repeats` each, with the hashes the factorial design gives the same cells.
    void explicitCellsKeepTheirHashes()
    {
        const CampaignSpec factorial = spec(", \"nodes\": [1, 2, 4], \"cpu_freq\": [\"low\", \"high\"]");
        const CampaignSpec chosen =
            spec(", \"cells\": [{\"workload\": 1, \"nodes\": 4, \"cpu_freq\": \"low\"}, {\"workload\": 0, \"nodes\": "
                 "2, \"cpu_freq\": \"high\"}], \"repeats\": 2");
        QCOMPARE(chosen.cells.size(), 2);
        const CampaignDesign all(factorial), some(chosen);
        QCOMPARE(some.cells().size(), 2);
        QCOMPARE(some.runs().size(), 4);
        QSet<QString> hashes;
        for (const CampaignCell &c : all.cells())
            hashes.insert(c.hash);
        for (const CampaignCell &c : some.cells())
            QVERIFY2(hashes.contains(c.hash), qPrintable(c.hash));
        QString error;
        const auto again = CampaignSpec::fromJson(QJsonDocument(chosen.toJson()).toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->cells, chosen.cells);
    }
};

QTEST_GUILESS_MAIN(TestCampaignArrival)
#include "TestCampaignArrival.moc"
