// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"
#include "JobTableModel.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestJobTableModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowCountAfterLoad();
    void knownRow();
    void sortByElapsed();
    void sortLatestWins();
    void filterByUser_data();
    void filterByUser();
    void filterByText();
    void missingStore();
    void modelTester();
    void bigStore();

private:
    static QString cell(const JobTableModel &model, int row, JobColumn column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, int(column)), role).toString();
    }
    // Asks for the page holding `row` and waits until it is shown.
    static bool waitForRow(const JobTableModel &model, int row)
    {
        return QTest::qWaitFor([&] { return cell(model, row, JobColumn::JobId) != JobTableModel::placeholderText(); });
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestJobTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("jobs.sqlite"));
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    Importer importer(store);
    ImportOptions options;
    options.clusterName = QStringLiteral("nasa");
    ImportReport report;
    QVERIFY2(importer.importFile(Importer::Format::Swf,
                                 QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), options, &report,
                                 &error),
             qPrintable(error));
    QCOMPARE(report.written.jobsNew, 228);
}

void TestJobTableModel::rowCountAfterLoad()
{
    JobTableModel model;
    QSignalSpy opened(&model, &JobTableModel::storeOpened);
    QCOMPARE(model.rowCount(), 0);
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    QVERIFY(model.isCountKnown());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QTRY_COMPARE(model.summary().totalJobs, 228);
    QCOMPARE(model.summary().clusters, QStringList{QStringLiteral("nasa")});
    QVERIFY(model.summary().users.contains(QStringLiteral("3")));
    QCOMPARE(model.columnCount(), int(JobColumn::Count));
}

void TestJobTableModel::knownRow()
{
    JobTableModel model;
    QSignalSpy loaded(&model, &JobTableModel::pageLoaded);
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    // The first page is read right after the count, before any view asks for it (and before the summary).
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toInt(), 0);

    // Storage order: job 1 of the trace, 128 CPUs for 1451 s, user 1, submitted at the trace's UnixStartTime.
    QCOMPARE(cell(model, 0, JobColumn::Cluster), QStringLiteral("nasa"));
    QCOMPARE(cell(model, 0, JobColumn::JobId), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, JobColumn::User), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, JobColumn::AllocCpus), QStringLiteral("128"));
    QCOMPARE(cell(model, 0, JobColumn::Elapsed), QStringLiteral("0-00:24:11"));
    QCOMPARE(cell(model, 0, JobColumn::Elapsed, JobTableModel::RawValueRole).toLongLong(), 1451);
    QCOMPARE(cell(model, 0, JobColumn::Submit, JobTableModel::RawValueRole).toLongLong(), 749458803);
    QCOMPARE(cell(model, 0, JobColumn::Submit),
             QDateTime::fromSecsSinceEpoch(749458803).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(model, 0, JobColumn::Start), QString()); // SWF wait time -1: never known
    QCOMPARE(cell(model, 227, JobColumn::JobId), QStringLiteral("228"));
    QCOMPARE(JobTableModel::durationText(2 * 86400 + 3 * 3600 + 4 * 60 + 5), QStringLiteral("2-03:04:05"));
}

void TestJobTableModel::sortByElapsed()
{
    JobTableModel model;
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    model.sort(int(JobColumn::Elapsed), Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), 228); // the count is kept while the new order loads
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(cell(model, 0, JobColumn::JobId), QStringLiteral("4")); // 10927 s, the longest
    QCOMPARE(cell(model, 1, JobColumn::JobId), QStringLiteral("143"));
    QCOMPARE(cell(model, 2, JobColumn::JobId), QStringLiteral("162"));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 elapsed = cell(model, row, JobColumn::Elapsed, JobTableModel::RawValueRole).toLongLong();
        QVERIFY2(elapsed <= previous, qPrintable(QStringLiteral("row %1").arg(row)));
        previous = elapsed;
    }

    model.sort(int(JobColumn::Elapsed), Qt::AscendingOrder);
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(cell(model, 0, JobColumn::Elapsed, JobTableModel::RawValueRole).toLongLong(), 2);
    QCOMPARE(cell(model, 0, JobColumn::JobId), QStringLiteral("10")); // ties broken by storage order
    QCOMPARE(cell(model, 227, JobColumn::JobId), QStringLiteral("4"));

    model.sort(int(JobColumn::JobId), Qt::DescendingOrder); // numeric order of the text ids: 228 first, not 99
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(cell(model, 0, JobColumn::JobId), QStringLiteral("228"));
    QCOMPARE(cell(model, 227, JobColumn::JobId), QStringLiteral("1"));
}

void TestJobTableModel::sortLatestWins()
{
    JobTableModel model;
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    QVERIFY(waitForRow(model, 0));
    // Several orders in a row without waiting: only the last one's rows may show.
    model.sort(int(JobColumn::Elapsed), Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, JobColumn::JobId), JobTableModel::placeholderText());
    model.sort(int(JobColumn::AllocCpus), Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, JobColumn::JobId), JobTableModel::placeholderText());
    model.sort(int(JobColumn::Elapsed), Qt::DescendingOrder);
    QVERIFY(waitForRow(model, 0));
    QCOMPARE(cell(model, 0, JobColumn::JobId), QStringLiteral("4"));
}

void TestJobTableModel::filterByUser_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("rows");
    QTest::newRow("user 3") << QStringLiteral("3") << 119;
    QTest::newRow("user 4") << QStringLiteral("4") << 37;
    QTest::newRow("nobody") << QStringLiteral("no such user") << 0;
    QTest::newRow("quote in a value") << QStringLiteral("x' OR '1'='1") << 0;
}

void TestJobTableModel::filterByUser()
{
    QFETCH(QString, user);
    QFETCH(int, rows);
    JobTableModel model;
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    JobFilter filter;
    filter.user = user;
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), rows);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), rows);
    if (rows > 0) {
        QVERIFY(waitForRow(model, rows - 1));
        for (int row = 0; row < rows; ++row)
            QCOMPARE(cell(model, row, JobColumn::User), user);
    }
    model.setFilter(JobFilter{});
    QTRY_COMPARE(model.rowCount(), 228);
}

void TestJobTableModel::filterByText()
{
    JobTableModel model;
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    JobFilter filter;
    filter.text = QStringLiteral("22"); // job ids 22, 122 and 220..228
    model.setFilter(filter);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 11);
    filter.text = QStringLiteral("2_"); // LIKE wildcards are matched literally
    model.setFilter(filter);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 0);
    filter = JobFilter{};
    filter.startFrom = 749458803 + 1; // submit times stand in for the unknown start times
    filter.startTo = 749458803 + 2000;
    model.setFilter(filter);
    QTRY_VERIFY(model.isCountKnown());
    QCOMPARE(model.rowCount(), 1); // job 2, submitted at +1460 s
}

void TestJobTableModel::missingStore()
{
    JobTableModel model;
    QSignalSpy opened(&model, &JobTableModel::storeOpened);
    model.openStore(m_dir.filePath(QStringLiteral("jobs.sqlite/not-a-dir/x.sqlite")));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toBool(), false);
    QVERIFY(!opened.at(0).at(2).toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void TestJobTableModel::modelTester()
{
    JobTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openStore(m_db);
    QTRY_COMPARE(model.rowCount(), 228);
    QVERIFY(waitForRow(model, 0));
    model.sort(int(JobColumn::Submit), Qt::DescendingOrder);
    QVERIFY(waitForRow(model, 227));
    JobFilter filter;
    filter.user = QStringLiteral("4");
    model.setFilter(filter);
    QTRY_COMPARE(model.rowCount(), 37);
    QVERIFY(waitForRow(model, 36));
    model.refresh();
    QVERIFY(waitForRow(model, 0));
    model.setFilter(JobFilter{});
    QTRY_COMPARE(model.rowCount(), 228);
}

// Optional: ES_TEST_BIG_DB names a store with a cluster of many (e.g. 1,000,000) jobs, for the deep pages that are
// read through the id snapshot instead of OFFSET.
void TestJobTableModel::bigStore()
{
    const QString path = qEnvironmentVariable("ES_TEST_BIG_DB");
    if (path.isEmpty())
        QSKIP("set ES_TEST_BIG_DB to a store with many jobs");
    JobTableModel model;
    model.openStore(path);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 100000, 30000);
    const int deep = model.rowCount() - 1000;
    QVERIFY(QTest::qWaitFor([&] { return cell(model, deep, JobColumn::JobId) != JobTableModel::placeholderText(); },
                            30000));
    QCOMPARE(cell(model, deep, JobColumn::JobId).toLongLong(), // storage order: ids follow the trace
             cell(model, deep - 1, JobColumn::JobId).toLongLong() + 1);

    model.sort(int(JobColumn::Elapsed), Qt::DescendingOrder);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QTest::qWaitFor([&] { return cell(model, deep, JobColumn::JobId) != JobTableModel::placeholderText(); },
                            60000));
    qInfo("first deep page sorted by an unindexed column: %lld ms", timer.elapsed());
    for (int row = deep - 300; row < deep + 300; row += 1) {
        QVERIFY(QTest::qWaitFor([&] { return cell(model, row, JobColumn::JobId) != JobTableModel::placeholderText(); },
                                30000));
    }
    qInfo("600 rows around it: %lld ms", timer.elapsed());
    for (int row = deep - 299; row < deep + 300; ++row)
        QVERIFY(cell(model, row, JobColumn::Elapsed, JobTableModel::RawValueRole).toLongLong() <=
                cell(model, row - 1, JobColumn::Elapsed, JobTableModel::RawValueRole).toLongLong());
}

QTEST_MAIN(TestJobTableModel)
#include "TestJobTableModel.moc"
