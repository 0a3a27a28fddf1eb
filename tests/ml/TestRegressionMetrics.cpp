// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RegressionMetrics.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace es::ml;

class TestRegressionMetrics : public QObject
{
    Q_OBJECT
private slots:
    // Values computed by hand: errors 1, -1, 0, 2 on actual 2, 4, 0, 10.
    void knownValues()
    {
        const std::vector<double> actual{2, 4, 0, 10};
        const std::vector<double> predicted{3, 3, 0, 12};
        const auto m = RegressionMetrics::compute(actual, predicted);
        QCOMPARE(m.n, qsizetype(4));
        QCOMPARE(m.mae, 1.0);
        QCOMPARE(m.rmse, std::sqrt(6.0 / 4));
        QCOMPARE(m.mapeExcludedZeros, qsizetype(1));
        QCOMPARE(m.mapePct, 100.0 * (0.5 + 0.25 + 0.2) / 3);
        // mean 4; SS_tot = 4 + 0 + 16 + 36 = 56; SS_res = 6
        QCOMPARE(m.r2, 1.0 - 6.0 / 56.0);
    }
    // Run times: 100 s predicted as 50 (within 2x, under), 100 as 201 (outside, over), 10 as 4 (outside, under),
    // 0 as 5 (no factor for a zero truth; over), 60 as -1 (outside, under), 30 as 30 (within, not under).
    void withinTwiceAndUnderPredicted()
    {
        const std::vector<double> actual{100, 100, 10, 0, 60, 30};
        const std::vector<double> predicted{50, 201, 4, 5, -1, 30};
        const auto m = RegressionMetrics::compute(actual, predicted);
        QCOMPARE(m.within2xPct, 100.0 * 2 / 5);
        QCOMPARE(m.underPredictedPct, 100.0 * 3 / 6);
        const QJsonObject json = m.toJson();
        QCOMPARE(json.value(QStringLiteral("within_2x_pct")).toDouble(), 40.0);
        QCOMPARE(json.value(QStringLiteral("under_predicted_pct")).toDouble(), 50.0);
        QCOMPARE(json.value(QStringLiteral("n")).toInt(), 6);
        const std::vector<double> zeros{0, 0};
        QVERIFY(RegressionMetrics::compute(zeros, zeros).toJson().value(QStringLiteral("within_2x_pct")).isNull());
    }
    void perfectAndConstant()
    {
        const std::vector<double> actual{1, 2, 3};
        QCOMPARE(RegressionMetrics::compute(actual, actual).r2, 1.0);
        const std::vector<double> constant{5, 5, 5};
        QVERIFY(std::isnan(RegressionMetrics::compute(constant, actual).r2));
    }
    void emptyOrMismatched()
    {
        const std::vector<double> a{1, 2};
        const std::vector<double> b{1};
        QVERIFY(std::isnan(RegressionMetrics::compute(a, b).mae));
        QVERIFY(std::isnan(RegressionMetrics::compute({}, {}).rmse));
    }
};

QTEST_GUILESS_MAIN(TestRegressionMetrics)
#include "TestRegressionMetrics.moc"
