// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DatasetLoader.h"
#include "Importer.h"
#include "JobFeatureReader.h"
#include "Store.h"
#include "TestStores.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;
using namespace es::ml;

class TestDatasetLoader : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("data-%1.csv").arg(++n));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    static DatasetLoader::CsvOptions options(const QStringList &features)
    {
        DatasetLoader::CsvOptions o;
        o.targetColumn = QStringLiteral("energy");
        o.features = features;
        return o;
    }

private slots:
    void readsCsvWithKinds()
    {
        const QString path = write("id,job_type,cpus,user,energy,ts,fold\n"
                                   "1,cpu,4,7,100.5,1000,0\n"
                                   "2,mem,8,8,,1001,1\n"
                                   "3,io,16,7,300,1002,1\n"
                                   "4,cpu,4,9,120,1003,0\n");
        auto o = options({QStringLiteral("job_type"), QStringLiteral("cpus"), QStringLiteral("user:cat"),
                          QStringLiteral("ts:after")});
        o.timeColumn = QStringLiteral("ts");
        o.foldColumn = QStringLiteral("fold");
        QStringList notes;
        QString error;
        const auto d = DatasetLoader::fromCsv(path, o, &notes, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->rowCount(), qsizetype(3)); // the row without energy is left out, and said so
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes[0].contains(QStringLiteral("1 rows without a value")));
        QCOMPARE(d->columns[0].kind, FeatureKind::Categorical); // text
        QCOMPARE(d->columns[1].kind, FeatureKind::Numeric);
        QCOMPARE(d->columns[2].kind, FeatureKind::Categorical); // numbers, but :cat
        QCOMPARE(d->columns[2].categories,
                 (QStringList{QStringLiteral("7"), QStringLiteral("7"), QStringLiteral("9")}));
        QCOMPARE(d->columns[3].phase, FeaturePhase::AfterRun);
        QCOMPARE(d->target, (std::vector<double>{100.5, 300, 120}));
        QCOMPARE(d->timeTs, (std::vector<qint64>{1000, 1002, 1003}));
        QCOMPARE(d->givenFold, (std::vector<int>{0, 1, 0}));
        QCOMPARE(d->groupName, QStringLiteral("job_type")); // the default baseline group
        QCOMPARE(d->group, (QStringList{QStringLiteral("cpu"), QStringLiteral("io"), QStringLiteral("cpu")}));
        QVERIFY(d->validate(2, &error));
        QCOMPARE(d->hash().size(), 64);
        QCOMPARE(DatasetLoader::fromCsv(path, o, &notes, &error)->hash(), d->hash());
    }

    void badCsvInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("features");
        QTest::addColumn<QString>("message");
        const QStringList cpus{QStringLiteral("cpus")};
        QTest::newRow("empty file") << QByteArray() << cpus << QStringLiteral("empty");
        QTest::newRow("missing column") << QByteArray("cpus,energy\n1,2\n") << QStringList{QStringLiteral("mem")}
                                        << QStringLiteral("no column named 'mem'");
        QTest::newRow("nan target") << QByteArray("cpus,energy\n1,2\n2,nan\n") << cpus
                                    << QStringLiteral(":3: column energy: the target 'nan' is not a finite number");
        QTest::newRow("inf feature") << QByteArray("cpus,energy\n1,2\ninf,3\n") << cpus
                                     << QStringLiteral(":3: column cpus: 'inf' is not a finite number");
        QTest::newRow("text target") << QByteArray("cpus,energy\n1,lots\n") << cpus
                                     << QStringLiteral("the target 'lots' is not a number");
        QTest::newRow("text in numeric") << QByteArray("cpus,energy\n1,2\nfour,3\n")
                                         << QStringList{QStringLiteral("cpus:num")}
                                         << QStringLiteral("'four' is not a number");
        QTest::newRow("ragged") << QByteArray("cpus,energy\n1,2,3\n") << cpus << QStringLiteral("3 fields");
        QTest::newRow("target as feature") << QByteArray("cpus,energy\n1,2\n") << QStringList{QStringLiteral("energy")}
                                           << QStringLiteral("is the target");
        QTest::newRow("bad suffix") << QByteArray("cpus,energy\n1,2\n") << QStringList{QStringLiteral("cpus:log")}
                                    << QStringLiteral("unknown suffix");
    }
    void badCsvInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, features);
        QFETCH(QString, message);
        QStringList notes;
        QString error;
        QVERIFY(!DatasetLoader::fromCsv(write(content), options(features), &notes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!DatasetLoader::fromCsv(m_dir.filePath(QStringLiteral("none.csv")), options(features), &notes, &error));
    }

    void validateRefusesUnfitData()
    {
        QStringList notes;
        QString error;
        auto d = DatasetLoader::fromCsv(write("cpus,energy\n"), options({QStringLiteral("cpus")}), &notes, &error);
        QVERIFY2(d, qPrintable(error));
        QVERIFY(!d->validate(2, &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        d = DatasetLoader::fromCsv(write("cpus,energy\n1,5\n"), options({QStringLiteral("cpus")}), &notes, &error);
        QVERIFY(!d->validate(2, &error));
        QVERIFY(error.contains(QStringLiteral("1 rows")));
        d = DatasetLoader::fromCsv(write("cpus,energy\n1,5\n2,5\n3,5\n"), options({QStringLiteral("cpus")}), &notes,
                                   &error);
        QVERIFY(!d->validate(2, &error));
        QVERIFY(error.contains(QStringLiteral("constant")));
    }

    void readsTheStore()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("nasa.sqlite")), &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        QVERIFY2(importer.importFile(Importer::Format::Swf,
                                     test::dataFile(QStringLiteral("swf/NASA-iPSC-1993-3.head.swf")), ImportOptions{},
                                     &report, &error),
                 qPrintable(error));
        QStringList notes;
        DatasetLoader::StoreOptions o;
        o.target = QStringLiteral("duration_s");
        const auto d = DatasetLoader::fromStore(store, o, &notes, &error);
        QVERIFY2(d, qPrintable(error));
        QCOMPARE(d->rowCount(), qsizetype(228));
        QCOMPARE(d->jobPk.size(), size_t(228));
        QCOMPARE(d->timeTs.size(), size_t(228));
        QVERIFY(d->columnIndex(QStringLiteral("req_cpus")) >= 0);
        QVERIFY(d->columnIndex(QStringLiteral("user")) >= 0);
        QVERIFY(d->columnIndex(QStringLiteral("duration_s")) < 0); // the target is never a feature
        for (const FeatureColumn &c : d->columns)
            QCOMPARE(c.phase, FeaturePhase::BeforeRun); // no after-run features unless asked
        QVERIFY(notes.join(u'\n').contains(QStringLiteral("timelimit_s dropped")));
        QVERIFY(d->validate(10, &error));
        // NASA has no energy: no rows, a clear error at validation.
        o.target = QStringLiteral("energy_j");
        const auto e = DatasetLoader::fromStore(store, o, &notes, &error);
        QVERIFY(e);
        QVERIFY(!e->validate(10, &error));
        o.target = QStringLiteral("watts");
        QVERIFY(!DatasetLoader::fromStore(store, o, &notes, &error));
    }
    /// The user's recent run times: for every row, the mean elapsed time of the user's last two jobs that had ended
    /// when the row's job was submitted (rows without such jobs are left out), the same value the predictor reads
    /// for one stored job.
    void derivesTheUsersRecentRunTimes()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("nasa-recent.sqlite")), &error), qPrintable(error));
        ImportReport report;
        // The NASA head has no start or end times (no history ever ends): the real KTH-SP2 trace has them.
        const QString kth = QStringLiteral(ES_SHARED_DATA_DIR "/swf/KTH-SP2-1996-2.1-cln.swf.gz");
        QVERIFY2(Importer(store).importFile(Importer::Format::Swf, kth, ImportOptions{}, &report, &error),
                 qPrintable(error));
        QStringList notes;
        DatasetLoader::StoreOptions o;
        o.target = QStringLiteral("duration_s");
        o.features = {QStringLiteral("req_cpus"), DatasetLoader::kUserRecentRuntime};
        const auto d = DatasetLoader::fromStore(store, o, &notes, &error);
        QVERIFY2(d, qPrintable(error));
        const int column = d->columnIndex(DatasetLoader::kUserRecentRuntime);
        QVERIFY2(column >= 0, qPrintable(notes.join(u'\n')));
        QVERIFY(d->rowCount() > 28000 && d->rowCount() < 28476); // each user's first jobs have no history
        QCOMPARE(d->userRecentS.size(), size_t(d->rowCount()));
        qsizetype checked = 0;
        for (qsizetype r = 0; r < d->rowCount(); r += 997, ++checked) {
            QSqlQuery q(store.database());
            q.prepare(QStringLiteral("SELECT job_id FROM jobs WHERE id = ?"));
            q.addBindValue(d->jobPk[size_t(r)]);
            QVERIFY(q.exec() && q.next());
            const auto job = JobFeatureReader::read(store, QString(), q.value(0).toString(), &error);
            QVERIFY2(job, qPrintable(error));
            const double stored = job->values.value(DatasetLoader::kUserRecentRuntime).toDouble();
            QCOMPARE(d->columns[size_t(column)].numbers[size_t(r)], stored);
            QCOMPARE(d->userRecentS[size_t(r)], stored);
        }
        QVERIFY(checked >= 28);
    }
    /// Reading 20,000 SYNTHETIC jobs calls the progress once per DatasetLoader::kRowsPerCheck rows, and a cancel
    /// flag set at the second call stops the read there (no further call, "cancelled", no dataset).
    void readingReportsProgressAndCancels()
    {
        const QString swf = m_dir.filePath(QStringLiteral("synthetic.swf"));
        {
            QFile f(swf);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("; SYNTHETIC\n; UnixStartTime: 1700000000\n");
            for (int i = 1; i <= 20000; ++i)
                f.write(QStringLiteral("%1 %2 5 %3 4 -1 -1 4 7200 -1 1 %4 %5 %6 1 -1 -1 -1\n")
                            .arg(i)
                            .arg(i * 10)
                            .arg(60 + i % 977)
                            .arg(i % 50)
                            .arg(i % 7)
                            .arg(i % 90)
                            .toLatin1());
        }
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("synthetic.sqlite")), &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        QVERIFY2(importer.importFile(Importer::Format::Swf, swf, ImportOptions{}, &report, &error), qPrintable(error));
        QCOMPARE(report.written.jobsNew, 20000);
        DatasetLoader::StoreOptions o;
        o.target = QStringLiteral("duration_s");
        std::vector<qint64> reported;
        o.progress = [&](qint64 rows) { reported.push_back(rows); };
        QStringList notes;
        QVERIFY2(DatasetLoader::fromStore(store, o, &notes, &error), qPrintable(error));
        QCOMPARE(reported.size(), size_t(20000 / DatasetLoader::kRowsPerCheck));
        QCOMPARE(reported.front(), DatasetLoader::kRowsPerCheck);
        std::atomic_bool cancel = false;
        int calls = 0;
        o.cancel = &cancel;
        o.progress = [&](qint64) {
            if (++calls == 2)
                cancel = true;
        };
        QVERIFY(!DatasetLoader::fromStore(store, o, &notes, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "TestDatasetLoader.moc"
