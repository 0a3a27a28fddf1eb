// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardView.h"
#include "EnergyFormat.h"
#include "GuiSettings.h"
#include "JobTableModel.h"
#include "Store.h"

#include <QChart>
#include <QChartView>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <algorithm>

using namespace es;

// The one energy unit setting: the formatter's numbers and titles, and the views that follow it (the Jobs table's
// one Energy column, the dashboard's titles, axes and Top-10 table). The store holds SYNTHETIC jobs.
class TestEnergyFormat final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void numbersAndTitles();
    void settingIsKept();
    void jobsTableFollowsTheUnit();
    void jobsTableHasOneEnergyColumn();
    void jobsTableSortsOnJoules();
    void dashboardFollowsTheUnit();

private:
    static QString cell(const JobTableModel &model, int row, JobColumn column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, int(column)), role).toString();
    }
    static int rowOfJob(const JobTableModel &model, const QString &jobId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (cell(model, row, JobColumn::JobId) == jobId)
                return row;
        }
        return -1;
    }
    static bool waitForRows(const JobTableModel &model, int rows)
    {
        return QTest::qWaitFor([&] {
            return model.isCountKnown() && model.rowCount() == rows &&
                   cell(model, 0, JobColumn::JobId) != JobTableModel::placeholderText();
        });
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestEnergyFormat::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-energy-format-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));

    // SYNTHETIC jobs on two clusters. Energies in J: job 1 its own Slurm figure only; job 2 its own dataset figure
    // and a counter figure from its nodes (the metrics win); job 3 a model estimate only; job 4 a small measured
    // one; job 5 the largest, on the other cluster; job 6 none.
    m_db = m_dir.filePath(QStringLiteral("units.sqlite"));
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QSqlQuery query(store.database());
    const qint64 day = 1'764'547'200; // 2025-12-01 00:00 UTC
    QVERIFY(query.exec(QStringLiteral("INSERT INTO clusters (name, created_ts) VALUES ('synthetic-a', %1), "
                                      "('synthetic-b', %1)")
                           .arg(day)));
    struct Row
    {
        const char *cluster;
        const char *jobId;
        const char *energyJ;
        const char *source;
    };
    const Row rows[] = {{"synthetic-a", "1", "3.6e6", "'slurm'"}, {"synthetic-a", "2", "7.2e5", "'dataset'"},
                        {"synthetic-a", "3", "NULL", "NULL"},     {"synthetic-a", "4", "5.0e4", "'slurm'"},
                        {"synthetic-b", "5", "1.0e8", "'slurm'"}, {"synthetic-b", "6", "NULL", "NULL"}};
    int i = 0;
    for (const Row &row : rows) {
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO jobs (cluster_id, job_id, name, user_name, partition, state, "
                                           "submit_ts, start_ts, end_ts, elapsed_s, alloc_cpus, node_count, energy_j, "
                                           "energy_source) SELECT id, '%1', 'job%1', 'user%2', 'cpu', 'COMPLETED', "
                                           "%3, %3, %4, 3600, 4, 1, %5, %6 FROM clusters WHERE name = '%7'")
                                .arg(QString::fromLatin1(row.jobId))
                                .arg(i % 2)
                                .arg(day + 3600 * i)
                                .arg(day + 3600 * (i + 1))
                                .arg(QString::fromLatin1(row.energyJ), QString::fromLatin1(row.source),
                                     QString::fromLatin1(row.cluster))),
                 qPrintable(query.lastError().text()));
        ++i;
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO job_metrics (job_pk, energy_j, energy_source) SELECT id, 9.0e5, "
                                      "'counter' FROM jobs WHERE job_id = '2'")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO job_metrics (job_pk, energy_j, energy_source) SELECT id, 1.8e7, "
                                      "'model' FROM jobs WHERE job_id = '3'")));
}

void TestEnergyFormat::init()
{
    EnergyFormat::instance().setUnit(EnergyUnit::KWh);
}

void TestEnergyFormat::numbersAndTitles()
{
    const QLocale locale;
    QCOMPARE(EnergyFormat::number(3.6e6, EnergyUnit::KWh), locale.toString(1.0, 'f', 2));
    QCOMPARE(EnergyFormat::number(3.6e6, EnergyUnit::KJ), locale.toString(3600.0, 'f', 0));
    QCOMPARE(EnergyFormat::number(3.6e6, EnergyUnit::MJ), locale.toString(3.6, 'f', 2));
    QCOMPARE(EnergyFormat::number(3.6e6, EnergyUnit::J), locale.toString(3.6e6, 'f', 0));
    QCOMPARE(EnergyFormat::number(5.0e4, EnergyUnit::KWh), locale.toString(5.0e4 / 3.6e6, 'f', 4));
    QCOMPARE(EnergyFormat::number(0, EnergyUnit::KWh), locale.toString(0.0, 'f', 0));
    QCOMPARE(EnergyFormat::automaticUnit(999), EnergyUnit::J);
    QCOMPARE(EnergyFormat::automaticUnit(3.6e6), EnergyUnit::MJ);
    QCOMPARE(EnergyFormat::automaticUnit(2.5e9), EnergyUnit::GJ);

    EnergyFormat &format = EnergyFormat::instance();
    QCOMPARE(format.title(QStringLiteral("Energy")), QStringLiteral("Energy (kWh)"));
    QCOMPARE(format.cellText(3.6e6), locale.toString(1.0, 'f', 2));
    QCOMPARE(format.text(3.6e6), locale.toString(1.0, 'f', 2) + QStringLiteral(" kWh"));
    format.setUnit(EnergyUnit::Automatic);
    QCOMPARE(format.title(QStringLiteral("Energy")), QStringLiteral("Energy"));
    QCOMPARE(format.title(QStringLiteral("Energy"), 2.5e9), QStringLiteral("Energy (GJ)"));
    QCOMPARE(format.cellText(3.6e6), locale.toString(3.6, 'f', 2) + QStringLiteral(" MJ"));
}

void TestEnergyFormat::settingIsKept()
{
    EnergyFormat &format = EnergyFormat::instance();
    QSignalSpy changed(&format, &EnergyFormat::unitChanged);
    format.setUnit(EnergyUnit::MJ);
    format.setUnit(EnergyUnit::MJ);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(GuiSettings().energyUnit(), QStringLiteral("MJ"));
    for (EnergyUnit unit : EnergyFormat::menuUnits())
        QCOMPARE(EnergyFormat::unitFromKey(EnergyFormat::unitKey(unit)), unit);
    QVERIFY(!EnergyFormat::unitFromKey(QStringLiteral("furlongs")));

    // The View menu's entries choose the unit and follow it.
    QWidget parent;
    QMenu *menu = EnergyFormat::createUnitMenu(&parent);
    QCOMPARE(menu->actions().size(), EnergyFormat::menuUnits().size());
    for (QAction *action : menu->actions())
        QCOMPARE(action->isChecked(), action->data().toString() == QStringLiteral("MJ"));
    menu->actions().constFirst()->trigger();
    QCOMPARE(format.unit(), EnergyUnit::KWh);
    QCOMPARE(GuiSettings().energyUnit(), QStringLiteral("kWh"));
    format.setUnit(EnergyUnit::J);
    QVERIFY(menu->actions().at(EnergyFormat::menuUnits().indexOf(EnergyUnit::J))->isChecked());
}

void TestEnergyFormat::jobsTableFollowsTheUnit()
{
    JobTableModel model;
    model.openStore(m_db);
    QVERIFY(waitForRows(model, 6));
    const int row = rowOfJob(model, QStringLiteral("1"));
    QVERIFY(row >= 0);
    const QLocale locale;
    QCOMPARE(model.headerData(int(JobColumn::Energy), Qt::Horizontal).toString(), QStringLiteral("Energy (kWh)"));
    QCOMPARE(cell(model, row, JobColumn::Energy), locale.toString(1.0, 'f', 2) + QStringLiteral(" (measured: slurm)"));

    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    EnergyFormat::instance().setUnit(EnergyUnit::KJ);
    QCOMPARE(header.size(), 1);
    QVERIFY(!cells.isEmpty());
    QCOMPARE(model.headerData(int(JobColumn::Energy), Qt::Horizontal).toString(), QStringLiteral("Energy (kJ)"));
    QCOMPARE(cell(model, row, JobColumn::Energy),
             locale.toString(3600.0, 'f', 0) + QStringLiteral(" (measured: slurm)"));
    // The stored joules are unchanged underneath.
    QCOMPARE(model.data(model.index(row, int(JobColumn::Energy)), JobTableModel::RawValueRole).toDouble(), 3.6e6);
}

void TestEnergyFormat::jobsTableHasOneEnergyColumn()
{
    JobTableModel model;
    model.openStore(m_db);
    QVERIFY(waitForRows(model, 6));
    int energyColumns = 0;
    for (int column = 0; column < model.columnCount(); ++column) {
        if (model.headerData(column, Qt::Horizontal).toString().contains(QStringLiteral("nergy")))
            ++energyColumns;
    }
    QCOMPARE(energyColumns, 1);
    const auto raw = [&](const QString &jobId) {
        return model.data(model.index(rowOfJob(model, jobId), int(JobColumn::Energy)), JobTableModel::RawValueRole);
    };
    // The metrics' figure wins over the job's own; the job's own stands when it has no metrics.
    QCOMPARE(raw(QStringLiteral("2")).toDouble(), 9.0e5);
    QVERIFY(cell(model, rowOfJob(model, QStringLiteral("2")), JobColumn::Energy).endsWith(u"(measured: counter)"));
    const QString tip = cell(model, rowOfJob(model, QStringLiteral("2")), JobColumn::Energy, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QLocale().toString(7.2e5, 'f', 0)) && tip.contains(u"dataset"), qPrintable(tip));
    QCOMPARE(raw(QStringLiteral("3")).toDouble(), 1.8e7);
    QVERIFY(cell(model, rowOfJob(model, QStringLiteral("3")), JobColumn::Energy).endsWith(u"(estimated: model)"));
    QCOMPARE(raw(QStringLiteral("1")).toDouble(), 3.6e6);
    QVERIFY(raw(QStringLiteral("6")).isNull());
    QCOMPARE(cell(model, rowOfJob(model, QStringLiteral("6")), JobColumn::Energy), QString());
}

void TestEnergyFormat::jobsTableSortsOnJoules()
{
    JobTableModel model;
    model.openStore(m_db);
    QVERIFY(waitForRows(model, 6));
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        model.sort(int(JobColumn::Energy), order);
        QVERIFY(waitForRows(model, 6));
        QStringList ids;
        QList<double> joules;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant value = model.data(model.index(row, int(JobColumn::Energy)), JobTableModel::RawValueRole);
            if (value.isNull())
                continue;
            ids << cell(model, row, JobColumn::JobId);
            joules << value.toDouble();
        }
        // kWh texts 0.0139, 0.25, 1.00, 5.00, 27.8 sort as text with 27.8 before 5.00; the joules do not.
        const QStringList expected{QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("3"),
                                   QStringLiteral("5")};
        QStringList reversed(expected.rbegin(), expected.rend());
        QCOMPARE(ids, order == Qt::AscendingOrder ? expected : reversed);
        QVERIFY(std::is_sorted(joules.begin(), joules.end(),
                               [order](double a, double b) { return order == Qt::AscendingOrder ? a < b : a > b; }));
    }
}

void TestEnergyFormat::dashboardFollowsTheUnit()
{
    DashboardView view;
    view.setLocation(m_db);
    view.resize(1300, 800);
    view.show();
    QTRY_VERIFY(view.data() != nullptr);
    QVERIFY(!view.isShowingEmptyState());
    QTableWidget *top = view.topJobsTable();
    QCOMPARE(top->columnCount(), int(DashboardView::TopColumnCount));
    QCOMPARE(top->horizontalHeaderItem(DashboardView::TopCluster)->text(), QStringLiteral("Cluster"));
    QCOMPARE(top->item(0, DashboardView::TopJobId)->text(), QStringLiteral("5"));
    QCOMPARE(top->item(0, DashboardView::TopCluster)->text(), QStringLiteral("synthetic-b"));
    QCOMPARE(top->item(1, DashboardView::TopCluster)->text(), QStringLiteral("synthetic-a"));
    QCOMPARE(top->horizontalHeaderItem(DashboardView::TopEnergy)->text(), QStringLiteral("Energy (kWh)"));
    const QLocale locale;
    QCOMPARE(top->item(0, DashboardView::TopEnergy)->text(), locale.toString(1.0e8 / 3.6e6, 'f', 1));

    const auto partitionChart = [&] {
        const QList<QChartView *> charts = view.findChildren<QChartView *>(QStringLiteral("dashboardPartitionChart"));
        return charts.isEmpty() ? nullptr : charts.constFirst()->chart();
    };
    const auto valueAxisTitle = [&] {
        const QList<QAbstractAxis *> axes = partitionChart()->axes(Qt::Horizontal);
        return axes.isEmpty() ? QString() : axes.constFirst()->titleText();
    };
    QVERIFY(partitionChart());
    QCOMPARE(partitionChart()->title(), QStringLiteral("Energy by partition (kWh)"));
    QCOMPARE(valueAxisTitle(), QStringLiteral("Energy (kWh)"));

    EnergyFormat::instance().setUnit(EnergyUnit::MJ);
    QCOMPARE(top->horizontalHeaderItem(DashboardView::TopEnergy)->text(), QStringLiteral("Energy (MJ)"));
    QCOMPARE(top->item(0, DashboardView::TopEnergy)->text(), locale.toString(100.0, 'f', 1));
    QCOMPARE(partitionChart()->title(), QStringLiteral("Energy by partition (MJ)"));
    QCOMPARE(valueAxisTitle(), QStringLiteral("Energy (MJ)"));

    // Automatic: the chart's unit follows its largest bar (the "cpu" partition: 122.55 MJ in all).
    EnergyFormat::instance().setUnit(EnergyUnit::Automatic);
    QCOMPARE(partitionChart()->title(), QStringLiteral("Energy by partition (MJ)"));
    QCOMPARE(top->horizontalHeaderItem(DashboardView::TopEnergy)->text(), QStringLiteral("Energy"));
    QCOMPARE(top->item(0, DashboardView::TopEnergy)->text(), locale.toString(100.0, 'f', 1) + QStringLiteral(" MJ"));
}

QTEST_MAIN(TestEnergyFormat)
#include "TestEnergyFormat.moc"
