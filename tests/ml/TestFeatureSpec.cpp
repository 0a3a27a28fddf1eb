// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "FeatureSpec.h"
#include "SyntheticData.h"

#include <QTest>

#include <cmath>
#include <numeric>

using namespace es::ml;

namespace {

Dataset small()
{
    Dataset d;
    d.targetName = QStringLiteral("energy_j");
    d.columns.push_back({QStringLiteral("cpus"), FeatureKind::Numeric, FeaturePhase::BeforeRun, {1, 3, 100, 1000}, {}});
    d.columns.push_back({QStringLiteral("type"),
                         FeatureKind::Categorical,
                         FeaturePhase::BeforeRun,
                         {},
                         {QStringLiteral("cpu"), QStringLiteral("mem"), QStringLiteral("cpu"), QStringLiteral("gpu")}});
    d.columns.push_back({QStringLiteral("temp_c"), FeatureKind::Numeric, FeaturePhase::AfterRun, {50, 50, 50, 50}, {}});
    d.target = {10, 20, 30, 40};
    return d;
}

} // namespace

class TestFeatureSpec : public QObject
{
    Q_OBJECT
private slots:
    void fitsOnTrainingRowsOnly()
    {
        const Dataset d = small();
        QString error;
        const auto spec = FeatureSpec::fit(d, {0, 1}, FeatureSpec::LogTarget::Off, &error);
        QVERIFY2(spec, qPrintable(error));
        // Mean and scale of cpus from rows 0 and 1 only (1 and 3): mean 2, population sd 1.
        QCOMPARE(spec->features()[0].mean, 2.0);
        QCOMPARE(spec->features()[0].scale, 1.0);
        // Categories seen in rows 0 and 1 only; the constant column encodes as 0 with scale 1.
        QCOMPARE(spec->features()[1].categories, (QStringList{QStringLiteral("cpu"), QStringLiteral("mem")}));
        QCOMPARE(spec->features()[2].scale, 1.0);
        QCOMPARE(spec->width(), 4);
        QCOMPARE(spec->encodedNames(), (QStringList{QStringLiteral("cpus"), QStringLiteral("type=cpu"),
                                                    QStringLiteral("type=mem"), QStringLiteral("temp_c")}));
        QCOMPARE(spec->features()[2].phase, FeaturePhase::AfterRun);

        qsizetype unknown = -1;
        const Eigen::MatrixXd x = spec->encode(d, {0, 1, 2, 3}, &unknown);
        QCOMPARE(x(0, 0), -1.0);
        QCOMPARE(x(1, 0), 1.0);
        QCOMPARE(x(2, 0), 98.0); // far outside training range: not clipped
        QCOMPARE(x(1, 2), 1.0);
        QCOMPARE(x(3, 1) + x(3, 2), 0.0); // "gpu" unseen in training: all zeros
        QCOMPARE(unknown, qsizetype(1));
        QCOMPARE(x(0, 3), 0.0);
    }

    void encodesInputsOrRefuses()
    {
        QString error;
        const auto spec = FeatureSpec::fit(small(), {}, FeatureSpec::LogTarget::Off, &error);
        QVERIFY(spec);
        QStringList unknown;
        QHash<QString, QString> in{{QStringLiteral("cpus"), QStringLiteral("3")},
                                   {QStringLiteral("type"), QStringLiteral("mem")},
                                   {QStringLiteral("temp_c"), QStringLiteral("50")}};
        const auto x = spec->encodeInputs(in, &unknown, &error);
        QVERIFY2(x, qPrintable(error));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(spec->encode(small(), {1}).row(0).transpose(), *x);

        in[QStringLiteral("type")] = QStringLiteral("quantum");
        QVERIFY(spec->encodeInputs(in, &unknown, &error));
        QCOMPARE(unknown, QStringList{QStringLiteral("type=quantum")});

        auto missing = in;
        missing.remove(QStringLiteral("cpus"));
        QVERIFY(!spec->encodeInputs(missing, &unknown, &error));
        QVERIFY2(error.contains(QStringLiteral("missing cpus")), qPrintable(error));
        auto extra = in;
        extra.insert(QStringLiteral("nodes"), QStringLiteral("2"));
        QVERIFY(!spec->encodeInputs(extra, &unknown, &error));
        QVERIFY2(error.contains(QStringLiteral("not trained with nodes")), qPrintable(error));
        for (const char *bad : {"abc", "nan", "inf", ""}) {
            auto b = in;
            b[QStringLiteral("cpus")] = QString::fromLatin1(bad);
            QVERIFY2(!spec->encodeInputs(b, &unknown, &error), bad);
            QVERIFY(error.contains(QStringLiteral("finite number")));
        }
    }

    void logTarget()
    {
        Dataset d = small();
        d.target = {1, 2, 3, 1000}; // skewed
        QString error;
        QVERIFY(FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Auto, &error)->logTarget());
        QVERIFY(!FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Off, &error)->logTarget());
        const auto spec = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::On, &error);
        for (double y : {1.0, 2.5, 999.5})
            QVERIFY(std::abs(spec->targetFromModel(spec->targetToModel(y)) - y) < 1e-9 * (1 + y));
        // Back from the model, values stay within the training targets' range: no extrapolation to 10^19.
        QCOMPARE(spec->targetFromModel(spec->targetToModel(1e12)), 1000.0);
        QCOMPARE(spec->targetFromModel(-50.0), 1.0);
        // The transform does not depend on the unit: positive targets are logged as they are (kWh of 0.004 are
        // not flattened by log1p), a target with zeros is offset by half its smallest positive value.
        QCOMPARE(spec->logOffset(), 0.0);
        d.target = {0, 0.004, 0.01, 0.5};
        const auto withZero = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::On, &error);
        QCOMPARE(withZero->logOffset(), 0.002);
        QVERIFY(std::abs(withZero->targetFromModel(withZero->targetToModel(0.0))) < 1e-12);
        // A model stored before the offset existed was trained on log1p.
        QJsonObject old = spec->toJson();
        old.remove(QStringLiteral("log_offset"));
        QCOMPARE(FeatureSpec::fromJson(old, &error)->logOffset(), 1.0);
        d.target = {1, 2, 3, 4}; // symmetric
        QVERIFY(!FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Auto, &error)->logTarget());
        d.target = {-1, 2, 3, 4};
        QVERIFY(!FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Auto, &error)->logTarget());
        QVERIFY(!FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::On, &error));
        QVERIFY(error.contains(QStringLiteral("negative")));
    }

    /// A categorical feature of thousands of values (users, executables) encodes to a bounded width: the most
    /// frequent categories keep a column, the rest share one.
    void manyCategoriesShareAnOtherColumn()
    {
        Dataset d;
        d.targetName = QStringLiteral("y");
        FeatureColumn user{QStringLiteral("user"), FeatureKind::Categorical, FeaturePhase::BeforeRun, {}, {}};
        for (int i = 0; i < 1000; ++i) {
            // u0 appears 500 times, u1..u500 once each.
            user.categories << (i < 500 ? QStringLiteral("u0") : QStringLiteral("u%1").arg(i - 499));
            d.target.push_back(double(i % 7));
        }
        d.columns.push_back(user);
        QString error;
        const auto spec = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Off, &error);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(spec->width(), FeatureSpec::kMaxCategories);
        QVERIFY(spec->features()[0].otherColumn);
        QVERIFY(spec->features()[0].categories.contains(QStringLiteral("u0")));
        QCOMPARE(spec->encodedNames().last(), QStringLiteral("user=(other)"));
        qsizetype unknown = -1;
        const Eigen::MatrixXd x = spec->encode(d, {0, 999}, &unknown);
        QCOMPARE(unknown, qsizetype(0));
        QCOMPARE(x.row(0).sum(), 1.0);
        QCOMPARE(x.row(1).sum(), 1.0);
        QCOMPARE(x(1, FeatureSpec::kMaxCategories - 1), 1.0); // u500 is rare: the other column
        QStringList unseen;
        const auto encoded =
            spec->encodeInputs({{QStringLiteral("user"), QStringLiteral("never-seen")}}, &unseen, &error);
        QVERIFY2(encoded, qPrintable(error));
        QCOMPARE((*encoded)(FeatureSpec::kMaxCategories - 1), 1.0);
        const auto back = FeatureSpec::fromJson(spec->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->encode(d, {0, 1, 998, 999}), spec->encode(d, {0, 1, 998, 999}));
    }

    /// Fitting, encoding and copying rows ask their KeepGoing callback every kRowsPerKeepGoing rows, and stop at its
    /// first "no": the callback is not called again (counts, never time).
    void longStepsStopWhenAsked()
    {
        const int rows = 10 * int(kRowsPerKeepGoing); // SYNTHETIC
        const Dataset d = es::test::nonlinearData(rows);
        QString error;
        int calls = 0;
        const KeepGoing countOnly = [&] { return ++calls > 0; };
        auto spec = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Off, &error, countOnly);
        QVERIFY2(spec, qPrintable(error));
        QCOMPARE(calls, 2 + 10); // once per numeric column, once per block of the categorical one
        std::vector<qsizetype> all(static_cast<size_t>(rows));
        std::iota(all.begin(), all.end(), qsizetype(0));
        calls = 0;
        const Eigen::MatrixXd whole = spec->encode(d, all, nullptr, -1, nullptr, countOnly);
        QCOMPARE(calls, 3 * 10); // three features of ten blocks each
        QCOMPARE(whole, spec->encode(d, all));
        calls = 0;
        QCOMPARE(d.subset(all, countOnly).rowCount(), d.rowCount());
        QCOMPARE(calls, 3 * 10);

        for (int stopAt : {1, 4, 25}) {
            calls = 0;
            const KeepGoing stopping = [&] { return ++calls < stopAt; };
            const bool fitted = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Off, &error, stopping).has_value();
            QCOMPARE(fitted, stopAt > 2 + 10);
            QCOMPARE(calls, std::min(stopAt, 2 + 10));
            calls = 0;
            spec->encode(d, all, nullptr, -1, nullptr, stopping);
            QCOMPARE(calls, stopAt);
            calls = 0;
            d.subset(all, stopping);
            QCOMPARE(calls, stopAt);
        }
    }

    void jsonRoundTrip()
    {
        QString error;
        const Dataset d = small();
        const auto spec = FeatureSpec::fit(d, {0, 1, 3}, FeatureSpec::LogTarget::On, &error);
        const auto back = FeatureSpec::fromJson(spec->toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->encode(d, {0, 1, 2, 3}), spec->encode(d, {0, 1, 2, 3}));
        QCOMPARE(back->targetToModel(25), spec->targetToModel(25));
        QCOMPARE(back->features()[2].phase, FeaturePhase::AfterRun);
        QVERIFY(!FeatureSpec::fromJson(QJsonObject{}, &error));
    }
};

QTEST_GUILESS_MAIN(TestFeatureSpec)
#include "TestFeatureSpec.moc"
