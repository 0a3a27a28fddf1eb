// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "GzipBytes.h"
#include "TestStores.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The command line run in-process, as a script would use it (SQLite store).
class TestCliApp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QByteArray m_out;
    QByteArray m_err;

    int run(const QStringList &args)
    {
        const test::CliRun result = test::runCli(args);
        m_out = result.out;
        m_err = result.err;
        return result.exitCode;
    }

    qint64 storedJobs()
    {
        if (run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("stats")}) != 0)
            return -1;
        return QJsonDocument::fromJson(m_out)
            .object()[QStringLiteral("tables")]
            .toObject()[QStringLiteral("jobs")]
            .toInteger();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(++n));
    }

    void versionAndHelp()
    {
        QCOMPARE(run({QStringLiteral("--version")}), 0);
        QVERIFY(m_out.startsWith("energy-studio-cli " ES_VERSION));
        QCOMPARE(run({QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("import swf|sacct|csv"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("--skip-bad-lines"));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("--since"));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({}), 2);
        QCOMPARE(run({QStringLiteral("frobnicate")}), 2);
        QVERIFY(m_err.contains("unknown command"));
        QCOMPARE(run({QStringLiteral("--db")}), 2);
        QCOMPARE(
            run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("xml"), QStringLiteral("f")}),
            2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf")}), 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("jobs"),
                      QStringLiteral("--since"), QStringLiteral("someday")}),
                 2);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("csv"),
                      QStringLiteral("f.csv"), QStringLiteral("--map"), QStringLiteral("novalue")}),
                 2);
        // A usage error names what is wrong and the synopsis, not the whole help.
        QVERIFY(m_err.contains("Usage: energy-studio-cli"));
        QVERIFY(!m_err.contains("Options:"));
        QVERIFY(m_err.split('\n').size() <= 4);
    }

    /// An explicit --db in a folder that does not exist is refused: no folders and no empty store are made.
    void dbInMissingFolderIsRefused()
    {
        const QString missing = QFileInfo(m_db).absolutePath() + QStringLiteral("/no-such-folder/store.sqlite");
        QCOMPARE(run({QStringLiteral("--db"), missing, QStringLiteral("stats")}), 1);
        QVERIFY2(m_err.contains("does not exist"), m_err.constData());
        QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
        // stats --json is the same as the global --json.
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("stats"), QStringLiteral("--json")}), 0);
        QVERIFY(m_out.trimmed().startsWith('{'));
    }

    void importExportStats()
    {
        const QString swf = test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), swf}), 0);
        QVERIFY2(m_out.contains("228 jobs (228 new, 0 updated, 0 unchanged)"), m_out.constData());
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                      QStringLiteral("swf"), swf}),
                 0);
        const QJsonObject doc = QJsonDocument::fromJson(m_out).object();
        const QJsonObject file = doc[QStringLiteral("files")].toArray()[0].toObject();
        QCOMPARE(file[QStringLiteral("jobs_unchanged")].toInt(), 228);
        QCOMPARE(file[QStringLiteral("jobs_new")].toInt(), 0);

        const QString out = m_dir.filePath(QStringLiteral("jobs.csv"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("jobs"),
                      QStringLiteral("--out"), out}),
                 0);
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count("\r\n"), 229);

        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("jobs")}), 0);
        QCOMPARE(m_out.count("\r\n"), 229); // to standard output

        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("stats")}), 0);
        const QJsonObject stats = QJsonDocument::fromJson(m_out).object();
        QCOMPARE(stats[QStringLiteral("tables")].toObject()[QStringLiteral("jobs")].toInt(), 228);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("stats")}), 0);
        QVERIFY(m_out.contains("NASA-iPSC-1993-3.head"));
    }

    /// A second file giving other energies for stored jobs: written, and the import says how many conflicted.
    /// SYNTHETIC CSV.
    void energyConflictIsReported()
    {
        const QString first = writeFile(QStringLiteral("e1.csv"), "job_id,energy_j\n1,100\n2,200\n3,300\n");
        const QString second = writeFile(QStringLiteral("e2.csv"), "job_id,energy_j\n1,100\n2,250\n3,\n4,9\n");
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("csv"), first,
                      QStringLiteral("--cluster"), QStringLiteral("c")}),
                 0);
        QVERIFY2(!m_out.contains("conflict"), m_out.constData());
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("csv"), second,
                      QStringLiteral("--cluster"), QStringLiteral("c")}),
                 0);
        QVERIFY2(m_out.contains("conflict: 1 job(s) had a different energy stored"), m_out.constData());
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                      QStringLiteral("csv"), first, QStringLiteral("--cluster"), QStringLiteral("c")}),
                 0);
        const QJsonObject file =
            QJsonDocument::fromJson(m_out).object()[QStringLiteral("files")].toArray()[0].toObject();
        QCOMPARE(file[QStringLiteral("jobs_energy_replaced")].toInt(), 1); // 250 back to 200
    }

    void clustersRenameAndDelete()
    {
        const QString swf = test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), swf,
                      QStringLiteral("--cluster"), QStringLiteral("nasa")}),
                 0);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters")}), 0);
        QVERIFY2(m_out.contains("nasa: 228 jobs"), m_out.constData());
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("rename"),
                      QStringLiteral("nasa"), QStringLiteral("ipsc")}),
                 0);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("rename"),
                      QStringLiteral("nasa"), QStringLiteral("x")}),
                 1);
        QVERIFY2(m_err.contains("no cluster named"), m_err.constData());
        // Without --yes nothing is deleted, and the user is told what would be.
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("delete"),
                      QStringLiteral("ipsc")}),
                 1);
        QVERIFY2(m_err.contains("228 jobs") && m_err.contains("--yes"), m_err.constData());
        QCOMPARE(storedJobs(), qint64(228));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("delete"),
                      QStringLiteral("ipsc"), QStringLiteral("--yes")}),
                 0);
        QVERIFY2(m_out.contains("Deleted cluster ipsc: 228 jobs"), m_out.constData());
        QCOMPARE(storedJobs(), qint64(0));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("clusters"), QStringLiteral("delete")}), 2);
    }

    /// import csv --map COLUMN=feature[:NAME] keeps numeric columns as job features (the real C6EnPLS sample);
    /// train --features names them.
    void csvFeaturesFromTheCommandLine()
    {
        const QString sample = test::dataFile(QStringLiteral("csv/C6EnPLS_jobs_info.head.csv"));
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--help")}), 0);
        QVERIFY(m_out.contains("COLUMN=feature:NAME"));
        const QStringList import{QStringLiteral("--db"),      m_db,
                                 QStringLiteral("--json"),    QStringLiteral("import"),
                                 QStringLiteral("csv"),       sample,
                                 QStringLiteral("--cluster"), QStringLiteral("cresco6"),
                                 QStringLiteral("--map"),     QStringLiteral("energy_from_delta_e=energy_kwh"),
                                 QStringLiteral("--map"),     QStringLiteral("matrix_size=feature"),
                                 QStringLiteral("--map"),     QStringLiteral("total_proc=feature:procs")};
        QCOMPARE(run(import), 0);
        const QJsonObject report =
            QJsonDocument::fromJson(m_out).object()[QStringLiteral("files")].toArray().at(0).toObject();
        QCOMPARE(report[QStringLiteral("jobs_new")].toInteger(), 20);
        QCOMPARE(report[QStringLiteral("features_written")].toInteger(), 40);
        QCOMPARE(run(import), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out)
                     .object()[QStringLiteral("files")]
                     .toArray()
                     .at(0)
                     .toObject()[QStringLiteral("features_written")]
                     .toInteger(),
                 0);
        // An unknown feature is refused with the names the store has.
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("train"), QStringLiteral("--target"),
                      QStringLiteral("energy_j"), QStringLiteral("--features"), QStringLiteral("feature:nope"),
                      QStringLiteral("--no-save")}),
                 1);
        QVERIFY2(m_err.contains("feature:matrix_size, feature:procs"), m_err.constData());
        // A bad feature name is a usage problem of the mapping: exit 1, nothing stored.
        const QString other = m_dir.filePath(QStringLiteral("badname.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("csv"), sample,
                      QStringLiteral("--map"), QStringLiteral("matrix_size=feature:Matrix Size")}),
                 1);
        QVERIFY2(m_err.contains("a feature name is 1 to 64"), m_err.constData());
    }

    void failuresExitOne()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.swf"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1 2 3\n");
        file.close();
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), bad}), 1);
        QVERIFY2(m_err.contains((bad + QStringLiteral(":1: 3 fields, expected 18")).toUtf8()), m_err.constData());
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"),
                      QStringLiteral("--skip-bad-lines"), bad}),
                 0);
        QVERIFY(m_out.contains("1 lines skipped"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"),
                      m_dir.filePath(QStringLiteral("absent.swf"))}),
                 1);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("jobs"),
                      QStringLiteral("--cluster"), QStringLiteral("nosuch")}),
                 1);
        QCOMPARE(run({QStringLiteral("--db"), m_dir.path(), QStringLiteral("stats")}), 1);
        // A failed export leaves no partial file behind.
        const QString target = m_dir.filePath(QStringLiteral("nodir/out.csv"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("jobs"),
                      QStringLiteral("--out"), target}),
                 1);
        QVERIFY(!QFile::exists(target));
    }

    /// A .swf.gz cut short by its 8-byte trailer (CRC-32 + length), cut in half, or with a changed byte: exit 1, the
    /// file and the reason named, nothing stored. It used to import with exit 0.
    void damagedGzipImportsNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QFile sample(test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray gz = test::gzip(sample.readAll());
        QByteArray crcFlipped = gz;
        crcFlipped[gz.size() - 6] = char(crcFlipped[gz.size() - 6] ^ 0x40);
        QByteArray dataFlipped = gz;
        dataFlipped[gz.size() / 3] = char(dataFlipped[gz.size() / 3] ^ 0x40);
        QTest::newRow("trailer cut") << gz.chopped(8) << QStringLiteral("truncated gzip file");
        QTest::newRow("half") << gz.first(gz.size() / 2) << QStringLiteral("truncated gzip file");
        QTest::newRow("CRC byte changed") << crcFlipped << QStringLiteral("incorrect data check");
        QTest::newRow("data byte changed") << dataFlipped << QStringLiteral("gzip file: ");
    }
    void damagedGzipImportsNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = writeFile(QStringLiteral("nasa.swf.gz"), content);
        for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--skip-bad-lines")}}) {
            QCOMPARE(
                run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), path} +
                    extra),
                1);
            QVERIFY2(m_err.contains(path.toUtf8()) && m_err.contains(reason.toUtf8()), m_err.constData());
            QCOMPARE(storedJobs(), qint64(0));
        }
        // The undamaged file imports.
        QFile sample(test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QString good = writeFile(QStringLiteral("good.swf.gz"), test::gzip(sample.readAll()));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), good}), 0);
        QCOMPARE(storedJobs(), qint64(228));
    }

    /// A real trace (../shared/data/swf, see its SOURCES.md) without its trailer, through the command line.
    void realTraceWithoutTrailerImportsNothing()
    {
        QFile file(QStringLiteral(ES_SHARED_DATA_DIR "/swf/KTH-SP2-1996-2.1-cln.swf.gz"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("../shared/data is not beside the checkout");
        const QString path = writeFile(QStringLiteral("KTH-SP2-1996-2.1-cln.swf.gz"), file.readAll().chopped(8));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), path}), 1);
        QVERIFY2(m_err.contains("truncated gzip file"), m_err.constData());
        QCOMPARE(storedJobs(), qint64(0));
    }

    /// The known overflow (run time 1e26 was stored as end_ts -9223372036854775798) and a line of 100 MB: exit 1
    /// naming file:line, nothing stored.
    void overflowAndHugeLineImportNothing()
    {
        const QString overflow = writeFile(QStringLiteral("overflow.swf"),
                                           "1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n"
                                           "2 10 5 99999999999999999999999999 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n");
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"), overflow}), 1);
        QVERIFY2(m_err.contains((overflow + QStringLiteral(":2: field 4 (run time)")).toUtf8()), m_err.constData());
        QCOMPARE(storedJobs(), qint64(0));

        const QByteArray mib(1024 * 1024, '7');
        const QString huge =
            writeFile(QStringLiteral("huge.swf.gz"), test::gzipChunks(101, [&](int i) {
                          return i == 0 ? QByteArray("1 0 5 60 4 -1 -1 4 120 -1 1 1 1 -1 1 -1 -1 -1\n") : mib;
                      }));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("swf"),
                      QStringLiteral("--skip-bad-lines"), huge}),
                 1);
        QVERIFY2(m_err.contains((huge + QStringLiteral(":2: line longer than")).toUtf8()), m_err.constData());
        QCOMPARE(storedJobs(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "TestCliApp.moc"
