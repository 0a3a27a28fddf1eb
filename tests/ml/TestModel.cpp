// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Model.h"
#include "SyntheticData.h"

#include <QJsonArray>
#include <QTest>

#include <numeric>

using namespace es;
using namespace es::ml;

class TestModel : public QObject
{
    Q_OBJECT
private:
    struct Record
    {
        QJsonObject spec;
        QJsonObject hyper;
        QByteArray blob;
    };
    static Record trained()
    {
        const Dataset d = test::nonlinearData(60);
        QString error;
        auto spec = FeatureSpec::fit(d, {}, FeatureSpec::LogTarget::Off, &error);
        std::vector<qsizetype> rows(60);
        std::iota(rows.begin(), rows.end(), qsizetype(0));
        Eigen::VectorXd z(60);
        for (int i = 0; i < 60; ++i)
            z(i) = spec->targetToModel(d.target[size_t(i)]);
        auto r = Regressor::create(Algorithm::RandomForest, {{QStringLiteral("trees"), 8}});
        r->fit(spec->encode(d, rows), z, &error);
        return {spec->toJson(), r->hyperparameters(), r->serialize()};
    }

private slots:
    void rebuildsAndPredicts()
    {
        const Record rec = trained();
        QString error;
        auto model = Model::fromRecord(QStringLiteral("rf"), rec.spec, rec.hyper, rec.blob, 1, &error);
        QVERIFY2(model, qPrintable(error));
        QCOMPARE(model->algorithm(), Algorithm::RandomForest);
        QCOMPARE(model->target, QStringLiteral("y"));
        const auto p = model->predict({{QStringLiteral("x1"), QStringLiteral("0.5")},
                                       {QStringLiteral("x2"), QStringLiteral("1")},
                                       {QStringLiteral("kind"), QStringLiteral("mem")}},
                                      &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(std::isfinite(p->value));
        QVERIFY(p->unknownCategories.isEmpty());
        const auto unknown = model->predict({{QStringLiteral("x1"), QStringLiteral("0.5")},
                                             {QStringLiteral("x2"), QStringLiteral("1")},
                                             {QStringLiteral("kind"), QStringLiteral("gpu")}},
                                            &error);
        QCOMPARE(unknown->unknownCategories, QStringList{QStringLiteral("kind=gpu")});
        // Inputs it was not trained for are refused.
        QVERIFY(!model->predict({{QStringLiteral("x1"), QStringLiteral("0.5")}}, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
    }

    void refusesWhatItCannotRead()
    {
        const Record rec = trained();
        QString error;
        QVERIFY(!Model::fromRecord(QStringLiteral("rf"), rec.spec, rec.hyper, rec.blob, Regressor::kFormatVersion + 1,
                                   &error));
        QVERIFY2(error.contains(QStringLiteral("newer than this program")), qPrintable(error));
        QVERIFY(!Model::fromRecord(QStringLiteral("rf"), rec.spec, rec.hyper, rec.blob, 0, &error));
        QVERIFY(!Model::fromRecord(QStringLiteral("gbm"), rec.spec, rec.hyper, rec.blob, 1, &error));
        QVERIFY(error.contains(QStringLiteral("unknown")));
        QVERIFY(!Model::fromRecord(QStringLiteral("svr"), rec.spec, rec.hyper, rec.blob, 1, &error));
        QVERIFY(!Model::fromRecord(QStringLiteral("rf"), rec.spec, rec.hyper, rec.blob.left(30), 1, &error));
        QVERIFY(error.contains(QStringLiteral("damaged")));
        // A spec whose width does not match the regressor's.
        QJsonObject spec = rec.spec;
        QJsonArray features = spec.value(QStringLiteral("features")).toArray();
        features.removeLast();
        spec.insert(QStringLiteral("features"), features);
        QVERIFY(!Model::fromRecord(QStringLiteral("rf"), spec, rec.hyper, rec.blob, 1, &error));
        QVERIFY2(error.contains(QStringLiteral("inputs")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "TestModel.moc"
