// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelRegistry.h"
#include "Store.h"
#include "SyntheticData.h"
#include "TestStores.h"
#include "Trainer.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ml;

/// The registry and schema version 2 on both engines (global data rows "sqlite" and "postgres").
class TestModelRegistry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_location;

    static int count(Store &store, const char *table)
    {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    static Model trainedModel()
    {
        TrainOptions options;
        options.algorithms = {Algorithm::Ridge};
        options.timeOrdered = false;
        options.importance = false;
        Trainer trainer;
        QString error;
        auto result = trainer.train(test::nonlinearData(60), options, &error);
        Model model = std::move(result->model);
        model.name = QStringLiteral("y-ridge");
        return model;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init()
    {
        m_location = test::freshStoreLocation(m_dir);
        if (m_location.isEmpty())
            return;
    }

    void migrationCreatesTables()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        QVERIFY(store.schemaVersion() >= 2);
        QVERIFY(store.database().tables().contains(QStringLiteral("models")));
        QVERIFY(store.database().tables().contains(QStringLiteral("predictions")));
        // The blob column takes arbitrary bytes on both engines.
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("INSERT INTO models (name, target, algorithm, feature_spec, hyperparameters, metrics,"
                                 " data_hash, created_ts, format_version, blob) VALUES"
                                 " ('m', 't', 'ridge', '{}', '{}', '{}', 'h', 0, 1, ?)"));
        const QByteArray bytes("\x00\x01\xff\x80 binary", 12);
        q.addBindValue(bytes);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT blob FROM models")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), bytes);
    }

    void savesLoadsAndPredicts()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        ModelRegistry registry(store);
        Model model = trainedModel();
        QVERIFY2(registry.save(&model, &error), qPrintable(error));
        QVERIFY(model.id > 0);
        Model second = trainedModel();
        QVERIFY(registry.save(&second, &error));
        QVERIFY(second.id > model.id);

        const auto list = registry.list(&error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        const ModelRegistry::Entry &e = list->front();
        QCOMPARE(e.id, model.id);
        QCOMPARE(e.name, QStringLiteral("y-ridge"));
        QCOMPARE(e.algorithm, QStringLiteral("ridge"));
        QCOMPARE(e.target, QStringLiteral("y"));
        QCOMPARE(e.dataHash, test::nonlinearData(60).hash());
        QCOMPARE(e.formatVersion, Regressor::kFormatVersion);
        QVERIFY(e.blobBytes > 0);
        QVERIFY(e.metrics.value(QStringLiteral("splits")).toArray().at(0).toObject().contains(QStringLiteral("split")));

        const auto loaded = registry.load(model.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        const QHash<QString, QString> in{{QStringLiteral("x1"), QStringLiteral("0.3")},
                                         {QStringLiteral("x2"), QStringLiteral("-1")},
                                         {QStringLiteral("kind"), QStringLiteral("io")}};
        QCOMPARE(loaded->predict(in, &error)->value, model.predict(in, &error)->value);

        const auto pid = registry.recordPrediction(model.id, 0, {{QStringLiteral("x1"), QStringLiteral("0.3")}}, 1.5,
                                                   std::nullopt, &error);
        QVERIFY2(pid, qPrintable(error));
        QVERIFY(registry.recordPrediction(model.id, 0, {}, 2.5, 2.0, &error));
        QCOMPARE(count(store, "predictions"), 2);
        QVERIFY(!registry.recordPrediction(999999, 0, {}, 1, std::nullopt, &error)); // no such model: refused
        QCOMPARE(count(store, "predictions"), 2);

        QVERIFY(registry.remove(model.id, &error));
        QCOMPARE(count(store, "predictions"), 0); // predictions go with their model
        QVERIFY(!registry.remove(model.id, &error));
        QVERIFY(!registry.load(model.id, &error));
        QVERIFY(error.contains(QStringLiteral("no model")));
    }

    void refusesNewerModelsAndHalfSaves()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        ModelRegistry registry(store);
        Model model = trainedModel();
        QVERIFY(registry.save(&model, &error));
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("UPDATE models SET format_version = 99 WHERE id = ?"));
        q.addBindValue(model.id);
        QVERIFY(q.exec());
        QVERIFY(!registry.load(model.id, &error));
        QVERIFY2(error.contains(QStringLiteral("newer than this program")), qPrintable(error));

        Model empty;
        QVERIFY(!registry.save(&empty, &error));
        QCOMPARE(count(store, "models"), 1);
    }
};

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "TestModelRegistry.moc"
