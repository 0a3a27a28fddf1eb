#include "DashboardLoader.h"
#include "DashboardView.h"
#include "Importer.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "Store.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;

namespace {

constexpr int kCsvJobs = 40;
const char *const kEnergy = "COALESCE(m.energy_j, j.energy_j)";
const char *const kSource = "CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE j.energy_source END";
const char *const kFrom =
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id";

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void aggregatesMatchSql();
    void clusterFilter();
    void emptyStates();
    void viewShowsCharts();
    void staleAnswersDropped();
    void mainWindowTabIsLazy();

private:
    QString importStore(const QString &name, bool withCsv);
    double sqlNumber(const QString &sql);

    QTemporaryDir m_dir;
    QString m_store;
};

QString TestDashboard::importStore(const QString &name, bool withCsv)
{
    const QString path = m_dir.filePath(name);
    Store store;
    QString error;
    if (!store.open(path, &error))
        return QString();
    Importer importer(store);
    ImportReport report;
    if (!importer.importFile(Importer::Format::Swf, QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"),
                             ImportOptions{}, &report, &error))
        return QString();
    if (!withCsv)
        return path;
    // A small generated dataset with energy: 40 jobs over 5 days, 12 users, 3 partitions, 2 job types.
    const QString csvPath = m_dir.filePath(QStringLiteral("lab.csv"));
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        return QString();
    csv.write("job_id,job_name,user,partition,job_type,submit_ts,start_ts,duration,cpus,energy_consumption\n");
    const qint64 t0 = 1699920000; // 2023-11-14 00:00 UTC
    for (int i = 0; i < kCsvJobs; ++i) {
        const qint64 submit = t0 + i * 10800;
        csv.write(QStringLiteral("%1,run%2,user%3,%4,%5,%6,%7,%8,%9,%10\n")
                      .arg(1000 + i)
                      .arg(i)
                      .arg(i % 12)
                      .arg(i % 3 == 0   ? QStringLiteral("gpu")
                           : i % 3 == 1 ? QStringLiteral("cpu")
                                        : QString())
                      .arg(i % 2 ? QStringLiteral("batch") : QStringLiteral("interactive"))
                      .arg(submit)
                      .arg(submit + 60)
                      .arg(600 + 37 * i)
                      .arg(4 + i % 8)
                      .arg(250000.0 * (1 + i % 7) + 1234.5 * i, 0, 'f', 1)
                      .toUtf8());
    }
    csv.close();
    ImportOptions options;
    options.clusterName = QStringLiteral("lab");
    if (!importer.importFile(Importer::Format::Csv, csvPath, options, &report, &error))
        return QString();
    QSqlQuery query(store.database());
    // Estimated energy for five SWF jobs, accounted energy for five more, and a CSV job whose accounted value must
    // lose against its metric.
    bool ok = query.exec(QStringLiteral("INSERT INTO job_metrics (job_pk, energy_j, energy_source) SELECT id, "
                                        "7.2e6 + id, 'model' FROM jobs WHERE cluster_id = (SELECT MIN(id) FROM "
                                        "clusters) ORDER BY id LIMIT 5"));
    ok = ok && query.exec(QStringLiteral("UPDATE jobs SET energy_j = 1.8e6 * id, energy_source = 'slurm' WHERE id IN "
                                         "(SELECT id FROM jobs WHERE cluster_id = (SELECT MIN(id) FROM clusters) "
                                         "ORDER BY id LIMIT 5 OFFSET 5)"));
    ok = ok && query.exec(QStringLiteral("UPDATE jobs SET energy_j = 1e12 WHERE job_id = '1003'"));
    return ok ? path : QString();
}

double TestDashboard::sqlNumber(const QString &sql)
{
    Store store;
    QString error;
    if (!store.open(m_store, &error))
        return std::nan("");
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return std::nan("");
    return query.value(0).toDouble();
}

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    m_store = importStore(QStringLiteral("energy.sqlite"), true);
    QVERIFY(!m_store.isEmpty());
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM jobs")), 228.0 + kCsvJobs);
}

void TestDashboard::aggregatesMatchSql()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_store, &error), qPrintable(error));
    const DashboardDataPtr data = DashboardLoader::aggregate(store, JobFilter{}, &error);
    QVERIFY2(data, qPrintable(error));

    const QString e = QString::fromLatin1(kEnergy);
    const QString from = QString::fromLatin1(kFrom);
    const QString source = QString::fromLatin1(kSource);
    QCOMPARE(data->jobs, qint64(228 + kCsvJobs));
    QCOMPARE(double(data->jobsWithEnergy), sqlNumber(QStringLiteral("SELECT COUNT(%1)").arg(e) + from));
    QCOMPARE(data->jobsWithEnergy, qint64(kCsvJobs + 10));
    const double total = sqlNumber(QStringLiteral("SELECT SUM(%1)").arg(e) + from);
    QVERIFY(total > 0 && total < 1e12); // the metric wins over the accounted 1e12 J
    QVERIFY(near(data->energyJ, total));
    QVERIFY(near(data->measuredJ, sqlNumber(QStringLiteral("SELECT SUM(%1)").arg(e) + from +
                                            QStringLiteral(" WHERE %1 IN ('slurm','counter','dataset')").arg(source))));
    QVERIFY(near(data->estimatedJ, sqlNumber(QStringLiteral("SELECT SUM(%1)").arg(e) + from +
                                             QStringLiteral(" WHERE %1 = 'model'").arg(source))));
    QVERIFY(data->estimatedJ > 0);
    QVERIFY(near(data->unspecifiedJ, 0));

    // Per partition, per job type, per user: plain GROUP BY sums.
    const auto groups = [&](const char *column) {
        QHash<QString, double> sums;
        QSqlQuery query(store.database());
        if (query.exec(QStringLiteral("SELECT COALESCE(j.%1, ''), SUM(%2)").arg(QLatin1String(column), e) + from +
                       QStringLiteral(" WHERE %1 IS NOT NULL GROUP BY 1").arg(e)))
            while (query.next())
                sums.insert(query.value(0).toString(), query.value(1).toDouble());
        return sums;
    };
    for (const auto &[list, column] :
         {std::pair{&data->byPartition, "partition"}, std::pair{&data->byJobType, "job_type"}}) {
        const QHash<QString, double> sums = groups(column);
        QCOMPARE(list->size(), sums.size());
        for (const DashboardData::Group &g : *list)
            QVERIFY2(near(g.energyJ, sums.value(g.name, -1)), qPrintable(g.name));
        for (qsizetype i = 1; i < list->size(); ++i)
            QVERIFY(list->at(i - 1).energyJ >= list->at(i).energyJ);
    }
    const QHash<QString, double> users = groups("user_name");
    QVERIFY(users.size() > DashboardData::kTopUsers);
    QVERIFY(data->usersHaveOther);
    QCOMPARE(data->byUser.size(), qsizetype(DashboardData::kTopUsers + 1));
    double userSum = 0;
    for (qsizetype i = 0; i < data->byUser.size(); ++i) {
        userSum += data->byUser[i].energyJ;
        if (i < DashboardData::kTopUsers)
            QVERIFY(near(data->byUser[i].energyJ, users.value(data->byUser[i].name, -1)));
    }
    QVERIFY(near(userSum, total));

    // Top jobs: the ten largest energies, in order.
    QSqlQuery top(store.database());
    QVERIFY(top.exec(QStringLiteral("SELECT j.job_id, %1").arg(e) + from +
                     QStringLiteral(" WHERE %1 IS NOT NULL ORDER BY 2 DESC LIMIT 10").arg(e)));
    QCOMPARE(data->topJobs.size(), qsizetype(DashboardData::kTopJobs));
    for (const DashboardData::TopJob &job : data->topJobs) {
        QVERIFY(top.next());
        QVERIFY(near(job.energyJ, top.value(1).toDouble()));
    }

    // Jobs per day: every job with a time, on UTC days; 1993 and 2023 are too far apart to fill the days between.
    QVERIFY(!data->daysContiguous);
    qint64 perDay = 0;
    for (qsizetype i = 0; i < data->jobsPerDay.size(); ++i) {
        perDay += data->jobsPerDay[i].second;
        QCOMPARE(data->jobsPerDay[i].first % 86400, qint64(0));
        if (i > 0)
            QVERIFY(data->jobsPerDay[i].first > data->jobsPerDay[i - 1].first);
    }
    QCOMPARE(double(perDay), sqlNumber(QStringLiteral("SELECT COUNT(COALESCE(start_ts, submit_ts)) FROM jobs")));
}

void TestDashboard::clusterFilter()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_store, &error), qPrintable(error));
    JobFilter filter;
    filter.cluster = QStringLiteral("lab");
    const DashboardDataPtr data = DashboardLoader::aggregate(store, filter, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->jobs, qint64(kCsvJobs));
    QCOMPARE(data->jobsWithEnergy, qint64(kCsvJobs));
    QVERIFY(near(data->energyJ, sqlNumber(QStringLiteral("SELECT SUM(%1)").arg(QLatin1String(kEnergy)) +
                                          QLatin1String(kFrom) + QStringLiteral(" WHERE c.name = 'lab'"))));
    QVERIFY(near(data->measuredJ, data->energyJ)); // dataset energy is measured
    QVERIFY(data->daysContiguous);
    QCOMPARE(data->jobsPerDay.size(), qsizetype(5)); // 40 jobs 3 h apart: 5 consecutive days
    qint64 perDay = 0;
    for (qsizetype i = 0; i < data->jobsPerDay.size(); ++i) {
        perDay += data->jobsPerDay[i].second;
        if (i > 0)
            QCOMPARE(data->jobsPerDay[i].first - data->jobsPerDay[i - 1].first, qint64(86400));
    }
    QCOMPARE(perDay, qint64(kCsvJobs));
}

void TestDashboard::emptyStates()
{
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(empty, &error), qPrintable(error));
        DashboardView view;
        view.setLocation(empty);
        view.resize(1000, 700);
        view.show();
        QTRY_VERIFY(view.data() != nullptr);
        QCOMPARE(view.data()->jobs, qint64(0));
        QVERIFY(view.isShowingEmptyState());
        QVERIFY(view.emptyStateText().contains(QStringLiteral("No jobs yet")));
    }
    const QString noEnergy = importStore(QStringLiteral("swf-only.sqlite"), false);
    QVERIFY(!noEnergy.isEmpty());
    DashboardView view;
    view.setLocation(noEnergy);
    view.show();
    QTRY_VERIFY(view.data() != nullptr);
    QCOMPARE(view.data()->jobs, qint64(228));
    QCOMPARE(view.data()->jobsWithEnergy, qint64(0));
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().startsWith(QStringLiteral("No energy data yet")));
}

void TestDashboard::viewShowsCharts()
{
    DashboardView view;
    view.setLocation(m_store);
    view.resize(1300, 800);
    view.show();
    QTRY_VERIFY(view.data() != nullptr);
    QVERIFY(!view.isShowingEmptyState());
    QCOMPARE(view.topJobsTable()->rowCount(), DashboardData::kTopJobs);
    QCOMPARE(view.topJobsTable()->item(0, 0)->text(), view.data()->topJobs.constFirst().jobId);
    QVERIFY(view.topJobsTable()->horizontalHeaderItem(3)->text().contains(QStringLiteral("kWh")));
    QVERIFY(!view.grab().isNull());
}

void TestDashboard::staleAnswersDropped()
{
    DashboardView view;
    QSignalSpy spy(&view, &DashboardView::dataLoaded);
    JobFilter lab;
    lab.cluster = QStringLiteral("lab");
    view.setLocation(m_store);
    view.setFilter(lab);
    QVERIFY(view.data() == nullptr); // hidden: nothing loaded
    view.show();                     // loads the lab filter...
    view.setFilter(JobFilter{});     // ...which is replaced at once
    QTRY_VERIFY(view.data() != nullptr);
    QCOMPARE(view.data()->jobs, qint64(228 + kCsvJobs));
    QTest::qWait(200);
    QCOMPARE(spy.count(), qsizetype(1));
    QCOMPARE(view.data()->jobs, qint64(228 + kCsvJobs));
}

void TestDashboard::mainWindowTabIsLazy()
{
    MainWindow window(m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 5);
    DashboardView *view = window.dashboardView();
    QCOMPARE(window.tabs()->indexOf(view), 2); // after Correlations
    QTRY_VERIFY(window.jobModel()->isStoreOpen());
    QTest::qWait(100);
    QVERIFY(!view->isVisible());
    QVERIFY(view->data() == nullptr); // lazy: nothing read while the tab is hidden
    window.tabs()->setCurrentWidget(view);
    QTRY_VERIFY(view->data() != nullptr);
    QCOMPARE(view->data()->jobs, qint64(228 + kCsvJobs));
    QVERIFY(!view->isShowingEmptyState());
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
