// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The Jobs table's double click and context menu, on a store written by NodeTestStore (SYNTHETIC jobs and samples).
#include "CorrelationScatterPlot.h"
#include "CorrelationView.h"
#include "DashboardView.h"
#include "JobDetailDialog.h"
#include "JobFilterBar.h"
#include "JobTableActions.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "NodeTestStore.h"
#include "NodeView.h"
#include "SelectedJobsModel.h"
#include "Store.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace es;
using es::test::NodeTestStore;

class TestJobTableActions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void doubleClickOpensDetails();
    void copiesSelectedRowsAsTsv();
    void filtersByUserAndPartition();
    void showsTheJobOnTheNodesTab();
    void detailsActionAndDashboardOpenDetails();
    void correlationSelectedJobsOpenDetails();

private:
    /// The loaded row of job `jobId` in the window's jobs table, or -1.
    int rowOf(const QString &jobId);
    QAction *action(QMenu *menu, const char *name);
    QList<qint64> nodeIds(const QStringList &names);

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestJobTableActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    m_db = m_dir.filePath(QStringLiteral("lab.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
}

void TestJobTableActions::init()
{
    QSettings().clear(); // no filter or column state carried over from the last test
    m_window = std::make_unique<MainWindow>(m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(m_window->jobModel()->isCountKnown());
    QTRY_VERIFY(rowOf(QStringLiteral("102")) >= 0);
}

void TestJobTableActions::cleanup()
{
    m_window.reset();
}

int TestJobTableActions::rowOf(const QString &jobId)
{
    JobTableModel *model = m_window->jobModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariantList fields = model->loadedRow(row);
        if (!fields.isEmpty() && fields.at(int(JobColumn::JobId)).toString() == jobId)
            return row;
    }
    return -1;
}

QAction *TestJobTableActions::action(QMenu *menu, const char *name)
{
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

QList<qint64> TestJobTableActions::nodeIds(const QStringList &names)
{
    Store store;
    QString error;
    if (!store.open(m_db, &error))
        return {};
    QList<qint64> ids;
    for (const QString &name : names) {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT id FROM nodes WHERE name = ?"));
        query.addBindValue(name);
        if (query.exec() && query.next())
            ids.append(query.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestJobTableActions::doubleClickOpensDetails()
{
    QSignalSpy opened(m_window->jobTableActions(), &JobTableActions::detailsOpened);
    QTableView *view = m_window->jobView();
    const int row = rowOf(QStringLiteral("102"));
    const QModelIndex index = m_window->jobModel()->index(row, int(JobColumn::Name));
    view->scrollTo(index);
    const QPoint centre = view->visualRect(index).center();
    // A press on the index first, as a user's double click gives: the view opens what the press hit.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
    QTRY_COMPARE(opened.count(), 1);
    auto *dialog = opened.at(0).at(0).value<JobDetailDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->job().jobId, QStringLiteral("102"));
    QCOMPARE(dialog->job().cluster, QStringLiteral("lab"));
    QVERIFY(dialog->job().jobPk > 0);
    QSignalSpy loaded(dialog, &JobDetailDialog::loaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog->fieldText(QStringLiteral("name")), QStringLiteral("pair"));
    QVERIFY(dialog->testAttribute(Qt::WA_DeleteOnClose));
}

void TestJobTableActions::copiesSelectedRowsAsTsv()
{
    QTableView *view = m_window->jobView();
    const int first = rowOf(QStringLiteral("101"));
    const int second = rowOf(QStringLiteral("105"));
    view->selectionModel()->select(m_window->jobModel()->index(first, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->selectionModel()->select(m_window->jobModel()->index(second, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::unique_ptr<QMenu> menu(m_window->jobTableActions()->createMenu(first, view));
    QAction *copy = action(menu.get(), "copyJobsAction");
    QVERIFY(copy);
    QApplication::clipboard()->clear();
    copy->trigger();
    const QStringList lines = QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3); // the header and two jobs
    const QStringList header = lines.at(0).split(u'\t');
    QCOMPARE(header.size(), int(JobColumn::Count));
    const int idColumn = int(header.indexOf(QStringLiteral("Job ID")));
    const int nameColumn = int(header.indexOf(QStringLiteral("Name")));
    QVERIFY(idColumn >= 0 && nameColumn >= 0);
    QStringList ids;
    QStringList names;
    for (int i = 1; i < 3; ++i) {
        const QStringList cells = lines.at(i).split(u'\t');
        QCOMPARE(cells.size(), header.size());
        ids << cells.at(idColumn);
        names << cells.at(nameColumn);
    }
    ids.sort();
    names.sort();
    QCOMPARE(ids, QStringList({QStringLiteral("101"), QStringLiteral("105")}));
    QCOMPARE(names, QStringList({QStringLiteral("short"), QStringLiteral("solo")}));
}

void TestJobTableActions::filtersByUserAndPartition()
{
    QTableView *view = m_window->jobView();
    const int row = rowOf(QStringLiteral("102"));
    std::unique_ptr<QMenu> menu(m_window->jobTableActions()->createMenu(row, view));
    QAction *byUser = action(menu.get(), "filterUserAction");
    QVERIFY(byUser && byUser->isEnabled());
    QVERIFY(byUser->text().contains(QStringLiteral("alice")));
    byUser->trigger();
    QCOMPARE(m_window->filterBar()->filter().user, QStringLiteral("alice"));
    QCOMPARE(m_window->jobModel()->filter().user, QStringLiteral("alice"));
    QVERIFY(m_window->jobModel()->filter().partition.isEmpty());

    QTRY_VERIFY(m_window->jobModel()->isCountKnown());
    QTRY_VERIFY(rowOf(QStringLiteral("102")) >= 0);
    menu.reset(m_window->jobTableActions()->createMenu(rowOf(QStringLiteral("102")), view));
    QAction *byPartition = action(menu.get(), "filterPartitionAction");
    QVERIFY(byPartition && byPartition->isEnabled());
    byPartition->trigger();
    const JobFilter filter = m_window->filterBar()->filter();
    QCOMPARE(filter.partition, QStringLiteral("batch"));
    QCOMPARE(filter.user, QStringLiteral("alice")); // kept
    QCOMPARE(m_window->jobModel()->filter(), filter);
    QTRY_VERIFY(m_window->jobModel()->isCountKnown());
    QCOMPARE(m_window->jobModel()->rowCount(), int(NodeTestStore::jobs().size())); // all of alice's, in batch
}

void TestJobTableActions::showsTheJobOnTheNodesTab()
{
    const int row = rowOf(QStringLiteral("104")); // node[02,04], 8000..12000 s after kStartTs
    const std::unique_ptr<QMenu> menu(m_window->jobTableActions()->createMenu(row, m_window->jobView()));
    QAction *nodes = action(menu.get(), "showOnNodesAction");
    QVERIFY(nodes && nodes->isEnabled());
    NodeView *view = m_window->nodeView();
    QSignalSpy loaded(view, &NodeView::dataLoaded);
    nodes->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), view);
    const QList<qint64> expected = nodeIds({QStringLiteral("node02"), QStringLiteral("node04")});
    QCOMPARE(expected.size(), 2);
    QTRY_COMPARE(
        [view] {
            QList<qint64> ids = view->checkedNodes();
            std::sort(ids.begin(), ids.end());
            return ids;
        }(),
        expected);
    QCOMPARE(view->rangePreset(), NodeView::RangePreset::Custom);
    QTRY_VERIFY(view->data() && !view->isShowingEmptyState());
    // The range is the run with its margin (the editors keep minutes).
    const qint64 startTs = NodeTestStore::kStartTs + 8000;
    const qint64 endTs = NodeTestStore::kStartTs + 12000;
    QVERIFY(view->data()->fromTs <= startTs && view->data()->fromTs >= startTs - 460);
    QVERIFY(view->data()->toTs >= endTs && view->data()->toTs <= endTs + 460);
}

void TestJobTableActions::detailsActionAndDashboardOpenDetails()
{
    QSignalSpy opened(m_window->jobTableActions(), &JobTableActions::detailsOpened);
    const std::unique_ptr<QMenu> menu(
        m_window->jobTableActions()->createMenu(rowOf(QStringLiteral("103")), m_window->jobView()));
    QAction *details = action(menu.get(), "jobDetailsAction");
    QVERIFY(details && details->isEnabled());
    details->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).value<JobDetailDialog *>()->job().jobId, QStringLiteral("103"));

    // The dashboard's top energy jobs open it on a double click too.
    DashboardView *dashboard = m_window->dashboardView();
    QSignalSpy dashboardLoaded(dashboard, &DashboardView::dataLoaded);
    m_window->tabs()->setCurrentWidget(dashboard);
    QVERIFY(dashboardLoaded.wait(20000));
    QTableWidget *top = dashboard->topJobsTable();
    QVERIFY(top->rowCount() > 0);
    const QString jobId = top->item(0, DashboardView::TopJobId)->text();
    Q_EMIT top->cellDoubleClicked(0, 1);
    QCOMPARE(opened.count(), 2);
    auto *dialog = opened.at(1).at(0).value<JobDetailDialog *>();
    QCOMPARE(dialog->job().jobId, jobId);
    QCOMPARE(dialog->job().cluster, QStringLiteral("lab"));
    QSignalSpy loaded(dialog, &JobDetailDialog::loaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog->data()->jobId, jobId);
}

void TestJobTableActions::correlationSelectedJobsOpenDetails()
{
    QSignalSpy opened(m_window->jobTableActions(), &JobTableActions::detailsOpened);
    CorrelationView *view = m_window->correlationView();
    m_window->tabs()->setCurrentWidget(view);
    QTRY_VERIFY(view->data() != nullptr);
    view->setAxes(CorrelationFields::AllocCpus, CorrelationFields::ElapsedS);
    view->scatterPlot()->selectCoordinates(QRectF(-1e9, -1e9, 2e9, 2e9)); // every plotted job
    SelectedJobsModel *selected = view->selectedJobs();
    QVERIFY(selected->rowCount() > 0);
    const qint64 jobPk = selected->jobPkAt(0);
    QVERIFY(jobPk > 0);
    Q_EMIT view->selectedJobsView()->doubleClicked(selected->index(0, SelectedJobsModel::Name));
    QCOMPARE(opened.count(), 1);
    auto *dialog = opened.at(0).at(0).value<JobDetailDialog *>();
    QCOMPARE(dialog->job().jobPk, jobPk);
    QSignalSpy loaded(dialog, &JobDetailDialog::loaded);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(dialog->data()->jobId, selected->data(selected->index(0, SelectedJobsModel::JobId)).toString());
}

QTEST_MAIN(TestJobTableActions)
#include "TestJobTableActions.moc"
