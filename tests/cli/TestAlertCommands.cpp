// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "NodeSampleWriter.h"
#include "Store.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// `energy-studio-cli alerts ...` run in-process: exit codes, --json documents, thresholds and idempotent checks.
class TestAlertCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_out;
    QByteArray m_err;

    int run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        const test::CliRun result = test::runCli(args);
        m_out = result.out;
        m_err = result.err;
        return result.exitCode;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(m_out).object(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("alerts.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        NodeSampleWriter writer(store, QStringLiteral("lab"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        const QList<double> temps{40, 52, 58, 61, 45, 40};
        for (qsizetype i = 0; i < temps.size(); ++i) {
            NodeSample s;
            s.node = QStringLiteral("node1");
            s.ts = 1700000000 + i * 60;
            s.source = QStringLiteral("sampler");
            s.tempC = temps[i];
            QVERIFY2(writer.add(s, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("alerts")}), 2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("frobnicate")}), 2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("check"), QStringLiteral("--since"),
                      QStringLiteral("yesterday-ish")}),
                 2);
        QVERIFY(m_err.contains("yesterday-ish"));
        QCOMPARE(
            run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("meteor")}),
            2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("set-threshold"), QStringLiteral("--warning-c"),
                      QStringLiteral("50"), QStringLiteral("--critical-c"), QStringLiteral("60")}),
                 2); // neither --node nor --cluster
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("set-threshold"), QStringLiteral("--cluster"),
                      QStringLiteral("lab"), QStringLiteral("--warning-c"), QStringLiteral("x")}),
                 2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), QStringLiteral("one")}), 2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("set-threshold"));
    }

    void failures()
    {
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("set-threshold"), QStringLiteral("--node"),
                      QStringLiteral("node7"), QStringLiteral("--warning-c"), QStringLiteral("50"),
                      QStringLiteral("--critical-c"), QStringLiteral("60")}),
                 1);
        QVERIFY(m_err.contains("node7"));
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("set-threshold"), QStringLiteral("--cluster"),
                      QStringLiteral("lab"), QStringLiteral("--warning-c"), QStringLiteral("70"),
                      QStringLiteral("--critical-c"), QStringLiteral("60")}),
                 1);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("check"), QStringLiteral("--cluster"),
                      QStringLiteral("elsewhere")}),
                 1);
    }

    void thresholdCheckListAcknowledge()
    {
        // defaults (75/85): nothing in these samples
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("check")}), 0);
        QCOMPARE(json().value(QStringLiteral("events_new")).toInt(), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("set-threshold"),
                      QStringLiteral("--node"), QStringLiteral("node1"), QStringLiteral("--warning-c"),
                      QStringLiteral("50"), QStringLiteral("--critical-c"), QStringLiteral("60")}),
                 0);
        QCOMPARE(json().value(QStringLiteral("cluster")).toString(), QStringLiteral("lab"));
        QCOMPARE(json().value(QStringLiteral("warning_c")).toDouble(), 50.0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("check"),
                      QStringLiteral("--since"), QStringLiteral("2023-11-14")}),
                 0);
        QCOMPARE(json().value(QStringLiteral("events_new")).toInt(), 2); // warning 52..45, critical 61..45
        const QJsonArray opened = json().value(QStringLiteral("new_events")).toArray();
        QCOMPARE(opened.size(), qsizetype(2));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("check")}), 0);
        QCOMPARE(json().value(QStringLiteral("events_new")).toInt(), 0);

        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list"),
                      QStringLiteral("--kind"), QStringLiteral("temp_critical")}),
                 0);
        const QJsonArray critical = json().value(QStringLiteral("events")).toArray();
        QCOMPARE(critical.size(), qsizetype(1));
        const QJsonObject event = critical[0].toObject();
        QCOMPARE(event.value(QStringLiteral("node")).toString(), QStringLiteral("node1"));
        QCOMPARE(event.value(QStringLiteral("value")).toDouble(), 61.0);
        QCOMPARE(event.value(QStringLiteral("threshold")).toDouble(), 60.0);
        QCOMPARE(qint64(event.value(QStringLiteral("ts_start")).toDouble()), 1700000000 + 3 * 60);
        QCOMPARE(qint64(event.value(QStringLiteral("ts_end")).toDouble()), 1700000000 + 4 * 60);
        QCOMPARE(event.value(QStringLiteral("acknowledged")).toBool(), false);

        const QString id = QString::number(qint64(event.value(QStringLiteral("id")).toDouble()));
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("acknowledge"), id}), 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list"),
                      QStringLiteral("--unacknowledged")}),
                 0);
        const QJsonArray open = json().value(QStringLiteral("events")).toArray();
        QCOMPARE(open.size(), qsizetype(1));
        QCOMPARE(open[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("temp_warning"));

        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("list")}), 0); // text output
        QCOMPARE(m_out.count('\n'), qsizetype(2));
        QVERIFY(m_out.contains("node1"));
    }

    // Last: it adds a collector_silent event to the store the other functions count.
    void newRulesOptions()
    {
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("--help")}), 0);
        for (const char *text : {"--failure-share S", "(default 0.5)", "(default 6)", "(default 0.3)",
                                 "--memory-within-pct N", "--silent-collectors", "bad_node, memory_exhaustion"})
            QVERIFY2(m_out.contains(text), text);
        const std::pair<const char *, const char *> bad[] = {{"--failure-share", "1.5"},
                                                             {"--bad-node-margin", "1.5"},
                                                             {"--memory-node-pct", "150"},
                                                             {"--memory-within-pct", "100"}};
        for (const auto &[option, value] : bad) {
            QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("check"), QString::fromLatin1(option),
                          QString::fromLatin1(value)}),
                     2);
        }
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("check"), QStringLiteral("--failure-window-h"),
                      QStringLiteral("0")}),
                 2);
        QCOMPARE(run({QStringLiteral("alerts"), QStringLiteral("check"), QStringLiteral("--silence-factor"),
                      QStringLiteral("1")}),
                 2);
        // The SYNTHETIC samples of 2023 stopped long ago: with --silent-collectors node1's sampler is silent now.
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("check"),
                      QStringLiteral("--silent-collectors")}),
                 0);
        qint64 silent = 0;
        for (const QJsonValue &v : json().value(QStringLiteral("new_events")).toArray())
            silent += v.toObject().value(QStringLiteral("kind")).toString() == u"collector_silent";
        QCOMPARE(silent, qint64(1));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("alerts"), QStringLiteral("list"),
                      QStringLiteral("--kind"), QStringLiteral("collector_silent")}),
                 0);
        const QJsonArray listed = json().value(QStringLiteral("events")).toArray();
        QCOMPARE(listed.size(), qsizetype(1));
        QCOMPARE(listed[0].toObject().value(QStringLiteral("subject")).toString(), QStringLiteral("node1/sampler"));
        QVERIFY(listed[0].toObject().value(QStringLiteral("ts_end")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestAlertCommands)
#include "TestAlertCommands.moc"
