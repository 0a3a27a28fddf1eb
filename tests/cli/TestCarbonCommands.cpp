// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "Store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// `energy-studio-cli import-carbon ...` run in-process: usage errors, --json, idempotent re-import, bad files.
class TestCarbonCommands : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_out;
    QByteArray m_err;

    int run(QStringList args, bool json = true)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        if (json)
            args.prepend(QStringLiteral("--json"));
        const test::CliRun result = test::runCli(args);
        m_out = result.out;
        m_err = result.err;
        return result.exitCode;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(m_out).object(); }

    qint64 rows()
    {
        Store store;
        QString error;
        if (!store.open(m_db, &error))
            qFatal("%s", qPrintable(error));
        QSqlQuery query(store.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM carbon_series")) || !query.next())
            qFatal("count failed");
        return query.value(0).toLongLong();
    }

    static QString cats() { return QStringLiteral(ES_SHARED_DATA_DIR "/carbon/cats_carbon_intensity_24h.csv"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("carbon.sqlite"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("import-carbon")}), 2);
        QCOMPARE(run({QStringLiteral("import-carbon"), cats()}), 2); // no --name
        QVERIFY2(m_err.contains("--name"), m_err.constData());
        QCOMPARE(run({QStringLiteral("import-carbon"), cats(), QStringLiteral("--name"), QStringLiteral("GB"),
                      QStringLiteral("--unit"), QStringLiteral("lb/MWh")}),
                 2);
        QVERIFY2(m_err.contains("lb/MWh"), m_err.constData());
    }

    void importTwice()
    {
        const QStringList args{QStringLiteral("import-carbon"), cats(), QStringLiteral("--name"),
                               QStringLiteral("GB-region")};
        QCOMPARE(run(args), 0);
        QJsonObject o = json();
        QCOMPARE(o.value(u"command").toString(), QStringLiteral("import-carbon"));
        QCOMPARE(o.value(u"points_read").toInt(), 96);
        QCOMPARE(o.value(u"points_new").toInt(), 96);
        QCOMPARE(o.value(u"first").toString(), QStringLiteral("2023-05-04T12:30:00Z"));
        QCOMPARE(o.value(u"last").toString(), QStringLiteral("2023-05-06T12:00:00Z"));
        QCOMPARE(o.value(u"step_s").toInt(), 1800);
        QCOMPARE(o.value(u"gaps").toArray().size(), 0);
        QCOMPARE(o.value(u"notes").toArray().size(), 1); // the unix column's hour
        QCOMPARE(run(args), 0);
        QCOMPARE(json().value(u"points_new").toInt(), 0);
        QCOMPARE(json().value(u"points_unchanged").toInt(), 96);
        QCOMPARE(rows(), 96);
        // Plain text output.
        QCOMPARE(run(args, false), 0);
        QVERIFY2(m_out.contains("96 points read, 0 new, 0 updated, 96 unchanged"), m_out.constData());
        QVERIFY2(m_out.contains("0 gaps"), m_out.constData());
    }

    void badFileStoresNothing()
    {
        const qint64 before = rows();
        const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("time,intensity\n2023-06-01T00:00Z,100\n2023-06-01T00:30Z,oops\n");
        file.close();
        QCOMPARE(run({QStringLiteral("import-carbon"), path, QStringLiteral("--name"), QStringLiteral("X")}), 1);
        QVERIFY2(m_err.contains("bad.csv:3: column 'intensity': 'oops' is not a number"), m_err.constData());
        QCOMPARE(rows(), before);
    }

    void gapsInTextOutput()
    {
        const QString path = m_dir.filePath(QStringLiteral("gap.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("time,intensity\n2023-06-01T00:00Z,100\n2023-06-01T00:30Z,90\n2023-06-01T02:00Z,80\n");
        file.close();
        QCOMPARE(run({QStringLiteral("import-carbon"), path, QStringLiteral("--name"), QStringLiteral("G")}, false), 0);
        QVERIFY2(m_out.contains("1 gaps (2 points missing)"), m_out.constData());
        QVERIFY2(m_out.contains("gap: no point between 2023-06-01T00:30:00Z and 2023-06-01T02:00:00Z"),
                 m_out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCarbonCommands)
#include "TestCarbonCommands.moc"
