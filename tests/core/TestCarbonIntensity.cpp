// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CarbonIntensity.h"

#include <QTest>

#include <cmath>

using namespace es;

/// CarbonIntensity: the step function, energy integrated over a window, the CATS-style best start.
class TestCarbonIntensity : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 kT0 = 1683203400; // 2023-05-04T12:30Z

    static CarbonIntensity series(const QList<double> &values, qint64 stepS = 1800)
    {
        QList<CarbonPoint> points;
        for (qsizetype i = 0; i < values.size(); ++i)
            points.append({kT0 + i * stepS, values[i]});
        QString error;
        const auto s = CarbonIntensity::fromPoints(points, 0, &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        return *s;
    }

    static CarbonIntensity shared(const char *file)
    {
        QString error;
        const auto parsed = CarbonSeriesParser::parseFile(
            QStringLiteral(ES_SHARED_DATA_DIR "/carbon/") + QString::fromLatin1(file), {}, &error);
        if (!parsed)
            qFatal("%s", qPrintable(error));
        const auto s = CarbonIntensity::fromPoints(parsed->points, 0, &error);
        if (!s)
            qFatal("%s", qPrintable(error));
        return *s;
    }

private slots:
    void stepFunction()
    {
        const CarbonIntensity s = series({100, 200, 50});
        QCOMPARE(s.firstTs(), kT0);
        QCOMPARE(s.endTs(), kT0 + 3 * 1800); // the last point holds one step
        QCOMPARE(s.gramsPerKwhAt(kT0).value_or(-1), 100.0);
        QCOMPARE(s.gramsPerKwhAt(kT0 + 1799).value_or(-1), 100.0);
        QCOMPARE(s.gramsPerKwhAt(kT0 + 1800).value_or(-1), 200.0);
        QCOMPARE(s.gramsPerKwhAt(kT0 + 5399).value_or(-1), 50.0);
        QVERIFY(!s.gramsPerKwhAt(kT0 + 5400));
        QVERIFY(!s.gramsPerKwhAt(kT0 - 1));
    }

    void gramsForEnergy()
    {
        const CarbonIntensity s = series({100, 200, 50});
        QString why;
        // 3.6 MJ = 1 kWh over the first half hour at 100 g/kWh.
        QCOMPARE(s.gramsForEnergy(kT0, 1800, 3.6e6, &why).value_or(-1), 100.0);
        // Straddling: 900 s at 100 and 900 s at 200, half the energy each: 0.5 x 100 + 0.5 x 200.
        QCOMPARE(s.gramsForEnergy(kT0 + 900, 1800, 3.6e6, &why).value_or(-1), 150.0);
        // The whole series: mean (100 + 200 + 50) / 3.
        QCOMPARE(s.gramsForEnergy(kT0, 5400, 7.2e6, &why).value_or(-1), 2 * 350.0 / 3);
        QCOMPARE(s.meanGramsPerKwh(kT0 + 1000, 3000, &why).value_or(-1), (800 * 100 + 1800 * 200 + 400 * 50) / 3000.0);
        QCOMPARE(s.gramsForEnergy(kT0, 60, 0, &why).value_or(-1), 0.0);
    }

    void refusesUncoveredWindows()
    {
        const CarbonIntensity s = series({100, 200, 50});
        QString why;
        QVERIFY(!s.gramsForEnergy(kT0 - 1, 1800, 3.6e6, &why));
        QVERIFY2(why.contains(QStringLiteral("not covered")), qPrintable(why));
        QVERIFY(!s.gramsForEnergy(kT0 + 3600, 1801, 3.6e6, &why));
        QVERIFY(s.gramsForEnergy(kT0 + 3600, 1800, 3.6e6, &why)); // ends exactly at the end
        QVERIFY(!s.gramsForEnergy(kT0, 0, 3.6e6, &why));
        QVERIFY(!s.gramsForEnergy(kT0, -5, 3.6e6, &why));
        QVERIFY(!s.gramsForEnergy(kT0, 60, -1, &why));
        QVERIFY(!s.gramsForEnergy(kT0, 60, std::nan(""), &why));
        QVERIFY(!s.gramsForEnergy(kT0, std::numeric_limits<qint64>::max(), 1, &why)); // no overflow
        QVERIFY(!CarbonIntensity().gramsForEnergy(kT0, 60, 1, &why));
    }

    void gapsAreHeldByThePointBefore()
    {
        QString error;
        const auto s = CarbonIntensity::fromPoints({{0, 100}, {1800, 200}, {3600, 300}, {9000, 400}}, 0, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->endTs(), 9000 + 1800);
        QCOMPARE(s->gramsPerKwhAt(8999).value_or(-1), 300.0);
    }

    void fromPointsChecks()
    {
        QString error;
        QVERIFY(!CarbonIntensity::fromPoints({}, 0, &error));
        QVERIFY(!CarbonIntensity::fromPoints({{0, 1}}, 0, &error)); // one point: how long does it hold?
        QVERIFY(CarbonIntensity::fromPoints({{0, 1}}, 3600, &error));
        QVERIFY(!CarbonIntensity::fromPoints({{0, 1}, {0, 2}}, 0, &error));
        QVERIFY(!CarbonIntensity::fromPoints({{0, -1}, {10, 2}}, 0, &error));
        QVERIFY(!CarbonIntensity::fromPoints({{0, 6000}, {10, 2}}, 0, &error));
    }

    void bestStart()
    {
        const CarbonIntensity s = series({300, 100, 50, 60, 400, 10});
        QString why;
        // A one-hour job: [100, 50] = 75, [50, 60] = 55, [60, 400] = 230, [400, 10] = 205.
        const auto best = s.bestStart(kT0, kT0 + 4 * 1800, 3600, 1800, &why);
        QVERIFY2(best, qPrintable(why));
        QCOMPARE(best->startTs, kT0 + 2 * 1800);
        QCOMPARE(best->meanGramsPerKwh, 55.0);
        QCOMPARE(best->candidates, 5);
        QCOMPARE(best->uncovered, 0);
        // Finer steps find the cheaper half-way start: [50 for 1800 s, 60 for 1800 s] is the best an hour gets.
        const auto fine = s.bestStart(kT0, kT0 + 4 * 1800, 3600, 600, &why);
        QVERIFY2(fine, qPrintable(why));
        QCOMPARE(fine->startTs, kT0 + 2 * 1800);
        // Starts whose window leaves the series are skipped and counted.
        const auto late = s.bestStart(kT0 + 3 * 1800, kT0 + 10 * 1800, 3600, 1800, &why);
        QVERIFY2(late, qPrintable(why));
        QCOMPARE(late->candidates, 2); // starts at steps 3 and 4
        QCOMPARE(late->uncovered, 6);
        QVERIFY(!s.bestStart(kT0 + 6 * 1800, kT0 + 8 * 1800, 3600, 1800, &why));
        QVERIFY2(why.contains(QStringLiteral("covered")), qPrintable(why));
        QVERIFY(!s.bestStart(kT0, kT0 - 1, 3600, 1800, &why));
        QVERIFY(!s.bestStart(kT0, kT0, 3600, 0, &why));
        // Ties go to the earliest start.
        const CarbonIntensity flat = series({42, 42, 42, 42});
        QCOMPARE(flat.bestStart(kT0, kT0 + 2 * 1800, 3600, 1800, &why)->startTs, kT0);
    }

    void realCatsForecast()
    {
        // Reference figures from an independent computation (Python, the same step-function rule).
        const CarbonIntensity s = shared("cats_carbon_intensity_24h.csv");
        QString why;
        QCOMPARE(s.meanGramsPerKwh(kT0, 3 * 3600, &why).value_or(-1), 15.833333333333334);
        QCOMPARE(s.gramsForEnergy(kT0 + 900, 3 * 3600, 36e6, &why).value_or(-1), 162.5); // 10 kWh
        const auto best = s.bestStart(kT0, s.endTs(), 3 * 3600, 1800, &why);
        QVERIFY2(best, qPrintable(why));
        QCOMPARE(best->startTs, 1683289800); // 2023-05-05T12:30Z
        QVERIFY(qFuzzyCompare(best->meanGramsPerKwh, 7.166666666666667));
        const auto minutes = s.bestStart(kT0 + 600, kT0 + 20 * 3600, 3 * 3600, 60, &why);
        QVERIFY2(minutes, qPrintable(why));
        QCOMPARE(minutes->startTs, 1683252000);
        QVERIFY(qFuzzyCompare(minutes->meanGramsPerKwh, 8.5));
    }

    void realElectricityMapsYear()
    {
        const CarbonIntensity s = shared("electricitymaps/GB_2023_hourly.csv");
        const qint64 t0 = 1672531200;
        QString why;
        // 1 MWh spread over the whole year: the year's mean intensity x 1000.
        const auto year = s.gramsForEnergy(t0, 8760 * 3600, 3.6e9, &why);
        QVERIFY2(year, qPrintable(why));
        QVERIFY2(std::abs(*year - 128564.6255707762) < 1e-6, qPrintable(QString::number(*year, 'g', 17)));
        QVERIFY(qFuzzyCompare(s.gramsForEnergy(t0 + 1800, 3600, 7.2e6, &why).value_or(-1), 127.64));
        const auto best = s.bestStart(t0, t0 + 7 * 86400, 8 * 3600, 3600, &why);
        QVERIFY2(best, qPrintable(why));
        QCOMPARE(best->startTs, 1673092800); // 2023-01-07T12:00Z
        QVERIFY(qFuzzyCompare(best->meanGramsPerKwh, 43.02125));
        QVERIFY(!s.gramsForEnergy(t0 + 8759 * 3600, 3601, 1, &why)); // past 2023
    }
};

QTEST_GUILESS_MAIN(TestCarbonIntensity)
#include "TestCarbonIntensity.moc"
