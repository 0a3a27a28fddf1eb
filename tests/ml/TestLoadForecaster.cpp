// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LoadForecaster.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace es::ml;

class TestLoadForecaster : public QObject
{
    Q_OBJECT
private slots:
    // Minutes from t0 = 60000 s. Job A: submitted at t0, started at minute 5, ended at minute 20, 4 CPUs, asked for 30
    // minutes (to minute 35). Job B: started at 0 without waiting, 2 CPUs, asked for 10 minutes but ran 50: never
    // committed 10 minutes on.
    void jobStateKnowsOnlyThePast()
    {
        const qint64 t0 = 60000;
        const std::vector<LoadForecaster::JobSpan> jobs{{t0 + 300, t0 + 1200, 4, t0, 1800},
                                                        {t0, t0 + 3000, 2, t0, 600}};
        const LoadForecaster::JobState state = LoadForecaster::jobStatePerMinute(jobs, t0, 40, {10});
        QVERIFY(state.any);
        QCOMPARE(state.queuedCpus.size(), size_t(40));
        for (size_t m = 0; m < 40; ++m)
            QCOMPARE(state.queuedCpus[m], m < 5 ? 4.0 : 0.0);
        QCOMPARE(state.committedCpus.size(), size_t(1));
        QCOMPARE(state.committedCpus[0].first, 10);
        const std::vector<double> &committed = state.committedCpus[0].second;
        for (size_t m = 0; m < 40; ++m) // running at the end of minute m and asked to run past m + 10
            QCOMPARE(committed[m], m >= 5 && m < 20 ? 4.0 : 0.0);
        const LoadForecaster::JobState none = LoadForecaster::jobStatePerMinute({{t0, t0 + 600, 1}}, t0, 10, {10});
        QVERIFY(!none.any); // no submit time, no limit: the forecast runs on the load alone
    }

    void resamplesPerMinute()
    {
        // 2 CPUs for two minutes from t0; 1 CPU from 30 s to 90 s: half of each minute.
        const qint64 t0 = 1'700'000'040; // a minute boundary
        qint64 start = 0;
        const auto load = LoadForecaster::busyCpusPerMinute({{t0, t0 + 120, 2}, {t0 + 30, t0 + 90, 1}}, &start);
        QCOMPARE(start, t0);
        QCOMPARE(load, (std::vector<double>{2.5, 2.5}));
        // A job inside one minute, and one spanning several.
        const auto b = LoadForecaster::busyCpusPerMinute({{t0 + 10, t0 + 40, 6}, {t0 + 30, t0 + 210, 4}}, &start);
        QCOMPARE(b.size(), size_t(4));
        QCOMPARE(b[0], 6 * 0.5 + 4 * 0.5);
        QCOMPARE(b[1], 4.0);
        QCOMPARE(b[3], 4 * 0.5);
        QVERIFY(LoadForecaster::busyCpusPerMinute({}, &start).empty());
    }

    // Five days of a daily load cycle with noise: the model must beat persistence an hour ahead, and both
    // baselines must be reported.
    void beatsPersistenceOnADailyCycle()
    {
        std::mt19937_64 rng(5);
        std::normal_distribution<double> noise(0, 4);
        std::vector<double> series;
        for (int m = 0; m < 5 * 1440; ++m)
            series.push_back(std::max(0.0, 100 + 60 * std::sin(2 * std::numbers::pi * m / 1440.0) + noise(rng)));
        LoadForecaster forecaster;
        LoadForecaster::Options options;
        options.horizonMin = 60;
        options.stepMin = 30;
        options.maxTrainRows = 1500;
        QString error;
        const qint64 start = 1'700'006'400; // midnight UTC
        const auto result = forecaster.runOnSeries(series, start, options, &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->split.contains(QStringLiteral("time-ordered")));
        QCOMPARE(result->evaluation.size(), size_t(2));
        const auto &h60 = result->evaluation.back();
        QCOMPARE(h60.horizonMin, 60);
        QVERIFY2(h60.model.mae < 0.8 * h60.persistence.mae,
                 qPrintable(QStringLiteral("MAE %1 vs persistence %2").arg(h60.model.mae).arg(h60.persistence.mae)));
        QVERIFY(h60.seasonalNaive);
        QVERIFY(h60.seasonalNaive->n == h60.model.n);
        QCOMPARE(result->forecast.size(), size_t(2));
        const qint64 last = start + qint64(series.size() - 1) * 60;
        QCOMPARE(result->forecast[0].first, last + 30 * 60);
        QCOMPARE(result->forecast[1].first, last + 60 * 60);
        for (const auto &[ts, busy] : result->forecast)
            QVERIFY(busy >= 0 && busy < 200);
    }

    void refusesTooLittleHistory()
    {
        LoadForecaster forecaster;
        QString error;
        QVERIFY(!forecaster.run({}, LoadForecaster::Options{}, &error));
        QVERIFY(error.contains(QStringLiteral("no jobs")));
        QVERIFY(!forecaster.run({{0, 3600, 4}}, LoadForecaster::Options{}, &error));
        QVERIFY2(error.contains(QStringLiteral("too few")), qPrintable(error));
        LoadForecaster::Options bad;
        bad.horizonMin = 0;
        QVERIFY(!forecaster.runOnSeries(std::vector<double>(5000, 1.0), 0, bad, &error));
    }

    void cancels()
    {
        LoadForecaster forecaster;
        std::atomic_bool cancel = true;
        forecaster.setCancelFlag(&cancel);
        QString error;
        std::vector<double> series(2000);
        for (size_t i = 0; i < series.size(); ++i)
            series[i] = double(i % 100);
        QVERIFY(!forecaster.runOnSeries(series, 0, LoadForecaster::Options{}, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestLoadForecaster)
#include "TestLoadForecaster.moc"
