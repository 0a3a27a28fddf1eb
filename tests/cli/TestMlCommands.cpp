// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace es;

/// train, models, predict and forecast run in-process, as a script would use them (SQLite store).
class TestMlCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_csv;
    QByteArray m_out;
    QByteArray m_err;

    int run(const QStringList &args)
    {
        const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
        m_out = result.out;
        m_err = result.err;
        return result.exitCode;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(m_out).object(); }

private slots:
    void initTestCase()
    {
        // energy = 50 * cpus + 10 * hours (+ 200 for gpu jobs) + noise: a linear relationship with a category.
        m_csv = m_dir.filePath(QStringLiteral("jobs.csv"));
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("job_id,job_type,cpus,hours,submit_ts,energy_j\n");
        std::mt19937_64 rng(1);
        std::normal_distribution<double> noise(0, 5);
        for (int i = 0; i < 120; ++i) {
            const int cpus = 1 + int(rng() % 32);
            const double hours = double(rng() % 100) / 10.0;
            const bool gpu = i % 3 == 0;
            f.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                        .arg(i)
                        .arg(gpu ? QStringLiteral("gpu") : QStringLiteral("cpu"))
                        .arg(cpus)
                        .arg(hours)
                        .arg(1'700'000'000 + i * 600)
                        .arg(1000 + 50 * cpus + 10 * hours + (gpu ? 200 : 0) + noise(rng))
                        .toUtf8());
        }
    }
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("ml-%1.sqlite").arg(++n));
    }

    void helpAndUsage()
    {
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("--target-column"));
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("train --target T"));
        QVERIFY(m_out.contains("forecast --horizon MIN"));
        QCOMPARE(run({QStringLiteral("train")}), 2);
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--target"), QStringLiteral("watts")}), 2);
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--target"), QStringLiteral("energy_j"),
                      QStringLiteral("--model"), QStringLiteral("xgboost")}),
                 2);
        QCOMPARE(run({QStringLiteral("predict")}), 2);
        QCOMPARE(run({QStringLiteral("forecast")}), 2);
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("frobnicate")}), 2);
    }

    void trainListPredict()
    {
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("train"), QStringLiteral("--csv"), m_csv,
                      QStringLiteral("--target-column"), QStringLiteral("energy_j"), QStringLiteral("--features"),
                      QStringLiteral("job_type,cpus,hours"), QStringLiteral("--time-column"),
                      QStringLiteral("submit_ts"), QStringLiteral("--model"), QStringLiteral("ridge,rf")}),
                 0);
        const QJsonObject train = json();
        QCOMPARE(train.value(QStringLiteral("rows")).toInt(), 120);
        const QJsonArray evaluations = train.value(QStringLiteral("evaluations")).toArray();
        QCOMPARE(evaluations.size(), 2);
        for (const QJsonValue &e : evaluations) {
            for (const QJsonValue &s : e.toObject().value(QStringLiteral("splits")).toArray()) {
                QVERIFY(!s.toObject().value(QStringLiteral("split")).toString().isEmpty());
                QVERIFY(s.toObject().value(QStringLiteral("baseline")).toObject().contains(QStringLiteral("name")));
            }
        }
        QCOMPARE(train.value(QStringLiteral("best")).toString(), QStringLiteral("ridge")); // the data is linear
        const QJsonObject ridgeKFold =
            evaluations[0].toObject().value(QStringLiteral("splits")).toArray()[0].toObject();
        QVERIFY(ridgeKFold.value(QStringLiteral("model")).toObject().value(QStringLiteral("r2")).toDouble() > 0.95);
        const int id = train.value(QStringLiteral("model_id")).toInt();
        QVERIFY(id > 0);

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}), 0);
        QCOMPARE(json().value(QStringLiteral("models")).toArray().size(), 1);
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("show"), QString::number(id)}), 0);
        QVERIFY(m_out.contains("inputs: job_type (categorical, before_run), cpus (numeric, before_run)"));

        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("predict"), QStringLiteral("--model"), QString::number(id),
                 QStringLiteral("job_type=gpu"), QStringLiteral("cpus=10"), QStringLiteral("hours=5")}),
            0);
        const double predicted = json().value(QStringLiteral("predicted")).toDouble();
        QVERIFY2(std::abs(predicted - (1000 + 500 + 50 + 200)) < 30, qPrintable(QString::number(predicted)));
        QVERIFY(json().value(QStringLiteral("validation_split")).toString().contains(QStringLiteral("fold")));

        // Unknown category: a prediction with a warning. Missing or extra inputs: refused.
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(id),
                      QStringLiteral("job_type=fpga"), QStringLiteral("cpus=10"), QStringLiteral("hours=5")}),
                 0);
        QVERIFY(m_err.contains("job_type=fpga"));
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(id),
                      QStringLiteral("cpus=10"), QStringLiteral("hours=5")}),
                 1);
        QVERIFY(m_err.contains("missing job_type"));
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QString::number(id),
                      QStringLiteral("job_type=gpu"), QStringLiteral("cpus=10"), QStringLiteral("hours=5"),
                      QStringLiteral("temp=3")}),
                 1);
        QCOMPARE(run({QStringLiteral("predict"), QStringLiteral("--model"), QStringLiteral("999"),
                      QStringLiteral("cpus=1")}),
                 1);
        QCOMPARE(run({QStringLiteral("models"), QStringLiteral("remove"), QString::number(id)}), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}), 0);
        QVERIFY(json().value(QStringLiteral("models")).toArray().isEmpty());
    }

    /// SYNTHETIC: a target that is noise around a per-type mean. No model beats the mean-per-type baseline, so
    /// none is called best or stored (unless --keep-worse), and the output says so.
    void modelWorseThanBaselineIsNotStored()
    {
        const QString csv = m_dir.filePath(QStringLiteral("noise.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("job_id,job_type,cpus,energy_j\n");
        std::mt19937_64 rng(3);
        std::normal_distribution<double> noise(0, 50);
        for (int i = 0; i < 200; ++i)
            f.write(QStringLiteral("%1,%2,%3,%4\n")
                        .arg(i)
                        .arg(i % 2 ? QStringLiteral("a") : QStringLiteral("b"))
                        .arg(int(rng() % 64))
                        .arg((i % 2 ? 1000 : 3000) + noise(rng))
                        .toUtf8());
        f.close();
        const QStringList train{QStringLiteral("train"),
                                QStringLiteral("--csv"),
                                csv,
                                QStringLiteral("--target-column"),
                                QStringLiteral("energy_j"),
                                QStringLiteral("--features"),
                                QStringLiteral("cpus"),
                                QStringLiteral("--model"),
                                QStringLiteral("ridge")};
        QCOMPARE(run(QStringList{QStringLiteral("--json")} + train), 0);
        QCOMPARE(json().value(QStringLiteral("beats_baseline")).toBool(true), false);
        QVERIFY(json().value(QStringLiteral("model_id")).isNull());
        QVERIFY(json()
                    .value(QStringLiteral("notes"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("no model beats the baseline")));
        QCOMPARE(run(train), 0);
        QVERIFY(m_out.contains("WARNING: no model beats the baseline"));
        QVERIFY(m_out.contains("not saved: worse than the baseline"));
        QVERIFY(!m_out.contains("best:"));
        QCOMPARE(run(train + QStringList{QStringLiteral("--keep-worse")}), 0);
        QVERIFY(m_out.contains("saved as model"));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}), 0);
        QCOMPARE(json().value(QStringLiteral("models")).toArray().size(), 1);
    }

    void badDataStoresNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("cpus,energy_j\n1,10\n2,inf\n");
        f.close();
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--csv"), bad, QStringLiteral("--target-column"),
                      QStringLiteral("energy_j"), QStringLiteral("--features"), QStringLiteral("cpus")}),
                 1);
        QVERIFY2(m_err.contains("bad.csv:3: column energy_j"), m_err.constData());
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--csv"), m_csv, QStringLiteral("--target-column"),
                      QStringLiteral("energy_j"), QStringLiteral("--features"), QStringLiteral("watts")}),
                 1);
        QVERIFY(m_err.contains("no column named 'watts'"));
        // An empty store: no rows for the target.
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--target"), QStringLiteral("energy_j")}), 1);
        QVERIFY2(m_err.contains("empty"), m_err.constData());
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("models"), QStringLiteral("list")}), 0);
        QVERIFY(json().value(QStringLiteral("models")).toArray().isEmpty());
        QCOMPARE(run({QStringLiteral("forecast"), QStringLiteral("--horizon"), QStringLiteral("30")}), 1);
        QVERIFY(m_err.contains("no jobs"));
    }

    void forecastOnTheNasaTrace()
    {
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("swf"),
                      test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"))}),
                 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("forecast"), QStringLiteral("--horizon"),
                      QStringLiteral("30")}),
                 0);
        const QJsonObject f = json();
        QCOMPARE(f.value(QStringLiteral("forecast")).toArray().size(), 3);
        QVERIFY(f.value(QStringLiteral("split")).toString().contains(QStringLiteral("time-ordered")));
        for (const QJsonValue &e : f.value(QStringLiteral("evaluation")).toArray())
            QVERIFY(e.toObject().value(QStringLiteral("persistence")).toObject().contains(QStringLiteral("mae")));
    }
};

QTEST_GUILESS_MAIN(TestMlCommands)
#include "TestMlCommands.moc"
