// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardLoader.h"
#include "DashboardView.h"
#include "EnergyFormat.h"
#include "Importer.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "Store.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <map>
#include <set>

using namespace es;

namespace {

constexpr int kCsvJobs = 40;
const char *const kEnergy = "COALESCE(m.energy_j, j.energy_j)";
const char *const kSource = "CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE j.energy_source END";
const char *const kFrom =
    " FROM jobs j JOIN clusters c ON c.id = j.cluster_id LEFT JOIN job_metrics m ON m.job_pk = j.id";

constexpr qint64 kDay0 = 1699920000; // 2023-11-14 00:00 UTC, the first day of the CSV jobs
constexpr qint64 kDayS = 86400;

// Events written by thermalEvents(); the SWF cluster's node n9 has the hottest one.
struct TestEvent
{
    bool labCluster;
    const char *node; ///< nullptr: a job event
    const char *kind;
    const char *severity;
    qint64 tsStart;
    double value;
};
const TestEvent kEvents[] = {
    {true, "node1", "temp_warning", "warning", kDay0 + 3600, 61.0},
    {true, "node2", "temp_warning", "warning", kDay0 + 7000, 64.0},
    {true, "node2", "temp_critical", "critical", kDay0 + 7100, 65.5},
    {true, nullptr, "energy_excess", "warning", kDay0 + kDayS + 10, 9e9}, // not thermal
    {true, "node1", "temp_warning", "warning", kDay0 + 2 * kDayS + 100, 60.2},
    {true, "node3", "temp_warning", "warning", kDay0 + 2 * kDayS + 4900, 62.0},
    {true, "node3", "temp_critical", "critical", kDay0 + 2 * kDayS + 5000, 63.0},
    {true, "node1", "temp_warning", "warning", kDay0 + 4 * kDayS + 86000, 59.0},
    {false, "n9", "temp_critical", "critical", kDay0 + kDayS + 500, 70.0},
};

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
    void thermalEvents();
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
    QCOMPARE(view.topJobsTable()->columnCount(), int(DashboardView::TopColumnCount));
    QCOMPARE(view.topJobsTable()->item(0, DashboardView::TopJobId)->text(), view.data()->topJobs.constFirst().jobId);
    // The dashboard can show every cluster: each top job names its own.
    QCOMPARE(view.topJobsTable()->horizontalHeaderItem(DashboardView::TopCluster)->text(), QStringLiteral("Cluster"));
    QCOMPARE(view.topJobsTable()->item(0, DashboardView::TopCluster)->text(),
             view.data()->topJobs.constFirst().cluster);
    QVERIFY(view.topJobsTable()
                ->horizontalHeaderItem(DashboardView::TopEnergy)
                ->text()
                .contains(EnergyFormat::symbol(
                    EnergyFormat::instance().resolved(view.data()->topJobs.constFirst().energyJ))));
    QVERIFY(!view.grab().isNull());
    QCOMPARE(view.data()->thermalEvents, qint64(0));
    QVERIFY(view.isShowingNoThermalEvents());
    QCOMPARE(view.thermalSummaryText(), QStringLiteral("No thermal events"));

    // Day axes with five short labels; count axes ("%d") with integer ticks at least one apart, so unique labels.
    int dayAxes = 0, countAxes = 0;
    for (QChartView *chartView : view.findChildren<QChartView *>()) {
        for (QAbstractAxis *axis : chartView->chart()->axes()) {
            if (auto *days = qobject_cast<QDateTimeAxis *>(axis)) {
                ++dayAxes;
                QVERIFY(days->tickCount() <= 5);
                QVERIFY2(days->format().size() <= 8, qPrintable(days->format()));
            } else if (auto *values = qobject_cast<QValueAxis *>(axis);
                       values && values->labelFormat() == QStringLiteral("%d")) {
                ++countAxes;
                const double step = (values->max() - values->min()) / (values->tickCount() - 1);
                QVERIFY2(step >= 1 && step == std::floor(step) && values->min() == std::floor(values->min()),
                         qPrintable(QStringLiteral("%1: %2 .. %3, %4 ticks")
                                        .arg(values->titleText())
                                        .arg(values->min())
                                        .arg(values->max())
                                        .arg(values->tickCount())));
            }
        }
    }
    QVERIFY(countAxes >= 1);
    qInfo("%d day axes, %d count axes checked", dayAxes, countAxes);
}

void TestDashboard::thermalEvents()
{
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO nodes (cluster_id, name) SELECT id, ? FROM clusters WHERE "
                                             "CASE WHEN name = 'lab' THEN 1 ELSE 0 END = ? AND id IN (SELECT "
                                             "cluster_id FROM jobs) ON CONFLICT DO NOTHING")));
        for (const TestEvent &e : kEvents) {
            if (!e.node)
                continue;
            query.addBindValue(QString::fromLatin1(e.node));
            query.addBindValue(e.labCluster ? 1 : 0);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.prepare(QStringLiteral(
            "INSERT INTO events (cluster_id, node_id, kind, severity, ts_start, ts_end, value, threshold,"
            " created_ts) SELECT c.id, (SELECT n.id FROM nodes n WHERE n.cluster_id = c.id AND n.name ="
            " ?), ?, ?, ?, ?, ?, 60, ? FROM clusters c WHERE CASE WHEN c.name = 'lab' THEN 1 ELSE 0"
            " END = ? AND c.id IN (SELECT cluster_id FROM jobs)")));
        for (const TestEvent &e : kEvents) {
            query.addBindValue(e.node ? QVariant(QString::fromLatin1(e.node))
                                      : QVariant(QMetaType(QMetaType::QString)));
            query.addBindValue(QString::fromLatin1(e.kind));
            query.addBindValue(QString::fromLatin1(e.severity));
            query.addBindValue(e.tsStart);
            query.addBindValue(e.tsStart + 600);
            query.addBindValue(e.value);
            query.addBindValue(e.tsStart + 700);
            query.addBindValue(e.labCluster ? 1 : 0);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
            QCOMPARE(query.numRowsAffected(), 1);
        }
    }
    QCOMPARE(sqlNumber(QStringLiteral("SELECT COUNT(*) FROM events WHERE node_id IS NOT NULL")), 8.0);

    // What the dashboard must show for a filter, computed from kEvents.
    const auto check = [this](const JobFilter &filter) {
        std::map<qint64, std::pair<qint64, qint64>> days; // UTC day start -> (warnings, criticals)
        std::set<QString> nodes;
        qint64 events = 0;
        double hottestC = -1;
        QString hottestNode;
        for (const TestEvent &e : kEvents) {
            if (!QByteArray(e.kind).startsWith("temp_") || (filter.cluster == QLatin1String("lab") && !e.labCluster) ||
                (filter.startFrom && e.tsStart < *filter.startFrom) || (filter.startTo && e.tsStart >= *filter.startTo))
                continue;
            ++events;
            nodes.insert(QString::fromLatin1(e.node));
            auto &day = days[e.tsStart - e.tsStart % kDayS];
            ++(QByteArray(e.severity) == "critical" ? day.second : day.first);
            if (e.value > hottestC) {
                hottestC = e.value;
                hottestNode = QString::fromLatin1(e.node);
            }
        }
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        const DashboardDataPtr data = DashboardLoader::aggregate(store, filter, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->thermalEvents, events);
        QCOMPARE(data->thermalNodes, qint64(nodes.size()));
        QVERIFY(data->hottestTempC);
        QCOMPARE(*data->hottestTempC, hottestC);
        QCOMPARE(data->hottestNode, hottestNode);
        QVERIFY(data->thermalDaysContiguous);
        const qint64 first = days.begin()->first;
        QCOMPARE(data->thermalPerDay.size(), qsizetype((days.rbegin()->first - first) / kDayS + 1));
        for (qsizetype i = 0; i < data->thermalPerDay.size(); ++i) {
            const DashboardData::ThermalDay &day = data->thermalPerDay[i];
            QCOMPARE(day.dayTs, first + i * kDayS); // days without events are zeros
            const auto expected = days.count(day.dayTs) ? days[day.dayTs] : std::pair<qint64, qint64>{0, 0};
            QCOMPARE(day.warnings, expected.first);
            QCOMPARE(day.criticals, expected.second);
        }
    };
    check(JobFilter{});
    if (QTest::currentTestFailed())
        return;
    JobFilter lab;
    lab.cluster = QStringLiteral("lab");
    check(lab);
    if (QTest::currentTestFailed())
        return;
    JobFilter range = lab;
    range.startFrom = kDay0 + 7000;           // inclusive: node2's warning counts, node1's first one not
    range.startTo = kDay0 + 2 * kDayS + 5000; // exclusive: node3's critical does not count
    check(range);
    if (QTest::currentTestFailed())
        return;

    // Nothing in range: the chart gives way to a message; the jobs of the range still show.
    JobFilter quiet = lab;
    quiet.startFrom = kDay0 + 3 * kDayS;
    quiet.startTo = kDay0 + 4 * kDayS;
    DashboardView view;
    view.setLocation(m_store);
    view.setFilter(quiet);
    view.resize(1300, 800);
    view.show();
    QTRY_VERIFY(view.data() != nullptr);
    QVERIFY(view.data()->jobsWithEnergy > 0);
    QVERIFY(!view.isShowingEmptyState());
    QCOMPARE(view.data()->thermalEvents, qint64(0));
    QVERIFY(view.isShowingNoThermalEvents());

    // The lab cluster: the one-line figure and a stacked bar per day, warnings then criticals.
    QSignalSpy loaded(&view, &DashboardView::dataLoaded);
    view.setFilter(lab);
    QTRY_COMPARE(loaded.count(), qsizetype(1));
    const DashboardDataPtr data = view.data();
    QVERIFY(!view.isShowingNoThermalEvents());
    QCOMPARE(view.thermalSummaryText(), QStringLiteral("7 thermal event(s) on 3 node(s), hottest %1 °C on node2")
                                            .arg(QLocale().toString(65.5, 'f', 1)));
    QChart *chart = view.thermalChartView()->chart();
    QCOMPARE(chart->series().size(), qsizetype(1));
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().constFirst());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), int(data->thermalPerDay.size()));
    for (qsizetype i = 0; i < data->thermalPerDay.size(); ++i) {
        QCOMPARE(bars->barSets().at(0)->at(int(i)), double(data->thermalPerDay[i].warnings));
        QCOMPARE(bars->barSets().at(1)->at(int(i)), double(data->thermalPerDay[i].criticals));
    }
    QCOMPARE(data->thermalPerDay.size(), qsizetype(5));
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
    QVERIFY(window.tabs()->count() >= 4); // further tabs (Models, ...) follow
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
