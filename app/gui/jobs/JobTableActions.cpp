// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobTableActions.h"

#include "CorrelationView.h"
#include "DashboardView.h"
#include "Hostlist.h"
#include "JobDetailDialog.h"
#include "JobDetailLoader.h"
#include "JobFilterBar.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "NodeView.h"
#include "SelectedJobsModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHeaderView>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>
#include <memory>

namespace es {
namespace {

QString tsvCell(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}

} // namespace

JobTableActions::JobTableActions(MainWindow *window) : QObject(window), m_window(window)
{
    connectViews();
}

void JobTableActions::connectViews()
{
    QTableView *view = m_window->jobView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &position) {
        const QModelIndex index = view->indexAt(position);
        if (!index.isValid())
            return;
        if (!view->selectionModel()->isRowSelected(index.row(), QModelIndex()))
            view->selectRow(index.row());
        std::unique_ptr<QMenu> menu(createMenu(index.row(), view));
        menu->exec(view->viewport()->mapToGlobal(position));
    });
    connect(view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { openDetails(index.row()); });
    auto *copy = new QAction(tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
    connect(copy, &QAction::triggered, this, &JobTableActions::copySelection);

    QTableView *selected = m_window->correlationView()->selectedJobsView();
    connect(selected, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const qint64 jobPk = m_window->correlationView()->selectedJobs()->jobPkAt(index.row());
        if (jobPk > 0)
            openDetails(JobRef{jobPk, QString(), QString()});
    });
    QTableWidget *top = m_window->dashboardView()->topJobsTable();
    connect(top, &QTableWidget::cellDoubleClicked, this, [this, top](int row) {
        const QTableWidgetItem *id = top->item(row, DashboardView::TopJobId);
        if (id)
            openDetails(JobRef{0, id->data(DashboardView::ClusterRole).toString(), id->text()});
    });
}

QMenu *JobTableActions::createMenu(int row, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const QVariantList fields = m_window->jobModel()->loadedRow(row);
    const bool loaded = !fields.isEmpty();
    const QString user = loaded ? fields.at(int(JobColumn::User)).toString() : QString();
    const QString partition = loaded ? fields.at(int(JobColumn::Partition)).toString() : QString();

    QAction *copy = menu->addAction(tr("&Copy"), this, &JobTableActions::copySelection);
    copy->setObjectName(QStringLiteral("copyJobsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setStatusTip(tr("Copy the selected jobs as tab-separated text"));
    menu->addSeparator();
    QAction *byUser =
        menu->addAction(user.isEmpty() ? tr("Filter by This &User") : tr("Filter by &User “%1”").arg(user), this,
                        [this, row] { filterByUser(row); });
    byUser->setObjectName(QStringLiteral("filterUserAction"));
    byUser->setEnabled(!user.isEmpty());
    QAction *byPartition = menu->addAction(partition.isEmpty() ? tr("Filter by This &Partition")
                                                               : tr("Filter by &Partition “%1”").arg(partition),
                                           this, [this, row] { filterByPartition(row); });
    byPartition->setObjectName(QStringLiteral("filterPartitionAction"));
    byPartition->setEnabled(!partition.isEmpty());
    QAction *nodes = menu->addAction(tr("Show on the &Nodes Tab"), this, [this, row] { showOnNodes(row); });
    nodes->setObjectName(QStringLiteral("showOnNodesAction"));
    nodes->setEnabled(loaded && !fields.at(JobQuery::kNodeListField).toString().isEmpty() &&
                      !fields.at(int(JobColumn::Start)).isNull());
    nodes->setStatusTip(tr("Plot the job's nodes over its run on the Nodes tab"));
    menu->addSeparator();
    QAction *details = menu->addAction(tr("&Details…"), this, [this, row] { openDetails(row); });
    details->setObjectName(QStringLiteral("jobDetailsAction"));
    details->setEnabled(loaded);
    menu->setDefaultAction(details);
    return menu;
}

QString JobTableActions::selectionAsTsv() const
{
    const QTableView *view = m_window->jobView();
    const JobTableModel *model = m_window->jobModel();
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    QStringList titles;
    for (int column : std::as_const(columns))
        titles << tsvCell(model->headerData(column, Qt::Horizontal).toString());
    lines << titles.join(u'\t');
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column : std::as_const(columns))
            cells << tsvCell(model->data(model->index(row, column)).toString());
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

void JobTableActions::copySelection()
{
    QApplication::clipboard()->setText(selectionAsTsv());
}

void JobTableActions::applyFilterValue(int row, int column, bool user)
{
    const QVariantList fields = m_window->jobModel()->loadedRow(row);
    if (fields.isEmpty())
        return;
    JobFilter filter = m_window->filterBar()->filter();
    (user ? filter.user : filter.partition) = fields.at(column).toString();
    m_window->filterBar()->applyFilter(filter);
}

void JobTableActions::filterByUser(int row)
{
    applyFilterValue(row, int(JobColumn::User), true);
}

void JobTableActions::filterByPartition(int row)
{
    applyFilterValue(row, int(JobColumn::Partition), false);
}

void JobTableActions::showOnNodes(int row)
{
    const QVariantList fields = m_window->jobModel()->loadedRow(row);
    if (fields.isEmpty() || fields.at(int(JobColumn::Start)).isNull())
        return;
    QString error;
    const std::optional<QStringList> names = Hostlist::expand(fields.at(JobQuery::kNodeListField).toString(), &error);
    if (!names) {
        m_window->statusBar()->showMessage(tr("Cannot read the job's node list: %1").arg(error), 10000);
        return;
    }
    const QString cluster = fields.at(int(JobColumn::Cluster)).toString();
    const qint64 startTs = fields.at(int(JobColumn::Start)).toLongLong();
    qint64 endTs = QDateTime::currentSecsSinceEpoch();
    if (!fields.at(int(JobColumn::End)).isNull())
        endTs = fields.at(int(JobColumn::End)).toLongLong();
    else if (!fields.at(int(JobColumn::Elapsed)).isNull())
        endTs = startTs + fields.at(int(JobColumn::Elapsed)).toLongLong();
    const auto [fromTs, toTs] = JobDetailLoader::sampleRange(startTs, std::max(startTs, endTs));

    NodeView *nodes = m_window->nodeView();
    const auto apply = [nodes, cluster, names = *names, fromTs, toTs] {
        QList<qint64> ids;
        for (const NodeInfo &node : nodes->nodes()) {
            if (node.cluster == cluster && names.contains(node.name))
                ids.append(node.nodeId);
        }
        nodes->setCluster(cluster);
        nodes->setCustomRange(fromTs, toTs);
        nodes->setCheckedNodes(ids);
    };
    m_window->tabs()->setCurrentWidget(nodes); // lists the nodes when the tab was never shown
    if (!nodes->nodes().isEmpty()) {
        apply();
        return;
    }
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(nodes, &NodeView::nodesLoaded, nodes, [apply, once] {
        QObject::disconnect(*once);
        apply();
    });
}

JobDetailDialog *JobTableActions::openDetails(int row)
{
    const QVariantList fields = m_window->jobModel()->loadedRow(row);
    if (fields.isEmpty())
        return nullptr;
    return openDetails(JobRef{fields.at(JobQuery::kIdField).toLongLong(), fields.at(int(JobColumn::Cluster)).toString(),
                              fields.at(int(JobColumn::JobId)).toString()});
}

JobDetailDialog *JobTableActions::openDetails(const JobRef &job)
{
    if (!m_window->jobModel()->isStoreOpen())
        return nullptr;
    auto *dialog = new JobDetailDialog(m_window->jobModel()->location(), job, m_window);
    dialog->show();
    Q_EMIT detailsOpened(dialog);
    return dialog;
}

} // namespace es
