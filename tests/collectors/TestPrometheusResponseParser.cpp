// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PrometheusResponseParser.h"
#include "TestStores.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace es;

/// The parser on answers captured from the lab's real Prometheus 2.42 (tests/data/prometheus, see SOURCES.md),
/// on hand-written answers in the documented format, and on garbage.
class TestPrometheusResponseParser : public QObject
{
    Q_OBJECT
private:
    static QByteArray data(const QString &name)
    {
        QFile file(test::dataFile(QStringLiteral("prometheus/") + name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        return file.readAll();
    }

private slots:
    void capturedLoadMatrix()
    {
        QString error;
        const auto matrix =
            PrometheusResponseParser::parseMatrix(data(QStringLiteral("load1-max-by-instance.json")), &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->series.size(), 4);
        QStringList instances;
        for (const PrometheusSeries &s : matrix->series) {
            instances << s.labels.value(QStringLiteral("instance"));
            QCOMPARE(s.points.size(), 5); // 20 s at a 5 s step, both ends included
            QCOMPARE(s.points.first().ts, qint64(1795295020));
            QCOMPARE(s.points.last().ts, qint64(1795295040));
            for (const PrometheusPoint &p : s.points)
                QVERIFY(p.value >= 0 && p.value < 1000);
        }
        QCOMPARE(instances, (QStringList{QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3"),
                                         QStringLiteral("node4:9100")}));
        QCOMPARE(matrix->nonFiniteValues, qint64(0));
    }

    void capturedCpuSecondsHaveEveryMode()
    {
        QString error;
        const auto matrix =
            PrometheusResponseParser::parseMatrix(data(QStringLiteral("cpu-seconds-by-mode.json")), &error);
        QVERIFY2(matrix, qPrintable(error));
        QSet<QString> modes;
        for (const PrometheusSeries &s : matrix->series) {
            modes.insert(s.labels.value(QStringLiteral("mode")));
            for (qsizetype i = 1; i < s.points.size(); ++i)
                QVERIFY(s.points[i].value >= s.points[i - 1].value); // counters
        }
        for (const char *mode : {"idle", "user", "system", "iowait", "nice", "irq", "softirq", "steal"})
            QVERIFY2(modes.contains(QString::fromLatin1(mode)), mode);
        QCOMPARE(matrix->series.size(), modes.size() * 4);
    }

    void capturedEmptyResultIsNoSeries()
    {
        QString error;
        const auto matrix =
            PrometheusResponseParser::parseMatrix(data(QStringLiteral("hwmon-temp-absent.json")), &error);
        QVERIFY2(matrix, qPrintable(error));
        QVERIFY(matrix->series.isEmpty());
    }

    void capturedErrorsSayWhatPrometheusSaid_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("parse error") << "error-parse.json"
                                     << "bad_data: 1:30: parse error: unclosed left parenthesis";
        QTest::newRow("too many points") << "error-too-many-points.json"
                                         << "exceeded maximum resolution of 11,000 points per timeseries";
    }
    void capturedErrorsSayWhatPrometheusSaid()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PrometheusResponseParser::parseMatrix(data(file), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(PrometheusResponseParser::errorMessage(data(file)).contains(expected), qPrintable(error));
    }

    void anInstantVectorIsRefused()
    {
        QString error;
        QVERIFY(!PrometheusResponseParser::parseMatrix(data(QStringLiteral("load1-instant-vector.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("got 'vector'")), qPrintable(error));
    }

    void nonFiniteValuesAreSkippedAndCounted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("spelling");
        QTest::newRow("NaN") << "nan-values.json"
                             << "NaN";
        QTest::newRow("+Inf") << "inf-values.json"
                              << "+Inf";
    }
    void nonFiniteValuesAreSkippedAndCounted()
    {
        QFETCH(QString, file);
        QFETCH(QString, spelling);
        QString error;
        const auto matrix = PrometheusResponseParser::parseMatrix(data(file), &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->series.size(), 4);
        for (const PrometheusSeries &s : matrix->series)
            QVERIFY(s.points.isEmpty());
        QCOMPARE(matrix->nonFiniteValues, qint64(20));
        QVERIFY2(matrix->firstNonFinite.startsWith(spelling + QStringLiteral(" at 1795295020 in {instance=\"node1\"")),
                 qPrintable(matrix->firstNonFinite));
    }

    void mixedFiniteAndInfinite()
    {
        const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"a"},"values":[[10,"1.5"],[20,"-Inf"],[30,"2e3"],[40,"NaN"]]}]}})";
        QString error;
        const auto matrix = PrometheusResponseParser::parseMatrix(body, &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->series[0].points.size(), 2);
        QCOMPARE(matrix->series[0].points[1].value, 2000.0);
        QCOMPARE(matrix->nonFiniteValues, qint64(2));
    }

    void handWrittenWarningsAreKept()
    {
        QString error;
        const auto matrix =
            PrometheusResponseParser::parseMatrix(data(QStringLiteral("rapl-handwritten.json")), &error);
        QVERIFY2(matrix, qPrintable(error));
        QCOMPARE(matrix->warnings, QStringList{QStringLiteral("hand-written example warning")});
        QCOMPARE(matrix->series.size(), 3);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not JSON";
        QTest::newRow("html") << QByteArray("<html><body>404 page not found</body></html>") << "not JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("no status") << QByteArray(R"({"data":{}})") << "status";
        QTest::newRow("error without type") << QByteArray(R"({"status":"error","error":"boom"})") << "boom";
        QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"1"]}})")
                                << "got 'scalar'";
        QTest::newRow("result not array")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":{}}})") << "not an array";
        QTest::newRow("series without values")
            << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{}}]}})")
            << "result[0] is not a series";
        QTest::newRow("label not string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":1},"values":[]}]}})")
            << "label a";
        QTest::newRow("value not string")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,2]]}]}})")
            << "result[0].values[0]";
        QTest::newRow("value not a number")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"12abc"]]}]}})")
            << "'12abc' is not a number";
        QTest::newRow("time negative")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[-5,"1"]]}]}})")
            << "out of range";
        QTest::newRow("value overflows a double")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1e400"]]}]}})")
            << "'1e400' is not a number";
        QTest::newRow("time 1e300")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1e300,"1"]]}]}})")
            << "out of range";
        QTest::newRow("time backwards")
            << QByteArray(
                   R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[5,"1"],[4,"1"]]}]}})")
            << "not increasing";
    }
    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PrometheusResponseParser::parseMatrix(body, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    /// 100,000 nested arrays: a clear error at once (Qt's JSON reader stops at a fixed depth), bounded memory.
    void deepNestingFailsClearly()
    {
        const QByteArray deep = QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":)") +
                                QByteArray(100000, '[') + QByteArray(100000, ']') + "}}";
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY(!PrometheusResponseParser::parseMatrix(deep, &error));
        QVERIFY2(error.contains(QStringLiteral("not JSON")), qPrintable(error));
        QVERIFY(clock.elapsed() < 5000);
    }

    /// Every captured answer cut at every length: an error (never a crash), except the cuts that are still JSON.
    void truncatedAnswersFailClearly()
    {
        const QDir dir(test::dataFile(QStringLiteral("prometheus")));
        int failures = 0;
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            const QByteArray whole = data(name).trimmed();
            for (qsizetype length = 0; length < whole.size(); ++length) {
                QString error;
                const auto matrix = PrometheusResponseParser::parseMatrix(whole.left(length), &error);
                QVERIFY2(!matrix, qPrintable(name + QStringLiteral(" cut at %1").arg(length)));
                QVERIFY(!error.isEmpty());
                ++failures;
            }
        }
        QVERIFY(failures > 5000);
    }

    void randomBytesFailClearly()
    {
        QRandomGenerator rng(20261121);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(int(rng.bounded(1, 400)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (round % 2 == 0) // garbage after a valid beginning
                bytes.prepend("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},"
                              "\"values\":[[1,\"");
            QString error;
            QVERIFY(!PrometheusResponseParser::parseMatrix(bytes, &error));
            QVERIFY(!error.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestPrometheusResponseParser)
#include "TestPrometheusResponseParser.moc"
