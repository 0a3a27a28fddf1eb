// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClustersDialog.h"

#include "Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace es {

ClustersDialog::ClustersDialog(const QString &storeLocation, QWidget *parent)
    : QDialog(parent), m_location(storeLocation), m_table(new QTableWidget(this)),
      m_rename(new QPushButton(tr("&Rename…"), this)), m_delete(new QPushButton(tr("&Delete…"), this)),
      m_status(new QLabel(this))
{
    setWindowTitle(tr("Clusters"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels(
        {tr("Cluster"), tr("Jobs"), tr("Nodes"), tr("Node samples"), tr("Events"), tr("Advice"), tr("Campaigns")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_rename, &QPushButton::clicked, this, &ClustersDialog::askRename);
    connect(m_delete, &QPushButton::clicked, this, &ClustersDialog::askDelete);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each import or harvest stores its jobs under a cluster name. Rename a cluster, "
                                    "or delete one with everything stored about it (profiles and models are kept)."),
                                 this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_table);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 360);
    reload();
}

ClustersDialog::~ClustersDialog()
{
    // Threads in flight finish on their own (they hold only copies and shared pointers); wait so that none
    // outlives the application.
    for (QThread *thread : findChildren<QThread *>())
        thread->wait();
}

QStringList ClustersDialog::shownClusters() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names << row.name;
    return names;
}

void ClustersDialog::runInThread(std::function<QString(Store &)> work, std::function<void(const QString &)> done)
{
    auto error = std::make_shared<QString>();
    const QString location = m_location;
    QThread *thread = QThread::create([location, work = std::move(work), error] {
        Store store;
        if (store.open(location, error.get()))
            *error = work(store);
    });
    thread->setParent(this);
    setBusy(true);
    connect(thread, &QThread::finished, this, [this, thread, done = std::move(done), error] {
        setBusy(false);
        done(*error);
        thread->deleteLater();
    });
    thread->start();
}

void ClustersDialog::setBusy(bool busy)
{
    m_running += busy ? 1 : -1;
    updateButtons();
}

void ClustersDialog::updateButtons()
{
    const bool idle = m_running == 0;
    m_rename->setEnabled(idle && !m_rows.isEmpty());
    m_delete->setEnabled(idle && !m_rows.isEmpty());
}

void ClustersDialog::reload(const QString &message)
{
    auto rows = std::make_shared<QList<Row>>();
    m_status->setText(tr("Loading…"));
    runInThread(
        [rows](Store &store) {
            ClusterAdmin admin(store);
            QString error;
            const std::optional<QStringList> names = admin.clusters(&error);
            for (const QString &name : names.value_or(QStringList())) {
                const std::optional<ClusterContents> contents = admin.contents(name, &error);
                if (!contents)
                    return error;
                rows->append({name, *contents});
            }
            return error;
        },
        [this, rows, message](const QString &error) {
            m_rows = *rows;
            m_table->setRowCount(int(m_rows.size()));
            const QLocale locale;
            for (int r = 0; r < m_rows.size(); ++r) {
                const Row &row = m_rows[r];
                const qint64 values[] = {row.contents.jobs,   row.contents.nodes,  row.contents.nodeSamples,
                                         row.contents.events, row.contents.advice, row.contents.campaigns};
                m_table->setItem(r, 0, new QTableWidgetItem(row.name));
                for (int c = 0; c < 6; ++c) {
                    auto *item = new QTableWidgetItem(locale.toString(values[c]));
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_table->setItem(r, c + 1, item);
                }
            }
            if (!m_rows.isEmpty() && m_table->currentRow() < 0)
                m_table->selectRow(0);
            updateButtons();
            if (!error.isEmpty())
                m_status->setText(error);
            else if (!message.isEmpty())
                m_status->setText(message);
            else
                m_status->setText(m_rows.isEmpty() ? tr("The store holds no cluster.") : QString());
            Q_EMIT loaded();
        });
}

QString ClustersDialog::selectedName() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

void ClustersDialog::askRename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Cluster"), tr("New name of cluster %1:").arg(from),
                                             QLineEdit::Normal, from, &ok);
    if (ok && to.trimmed() != from)
        renameCluster(from, to);
}

void ClustersDialog::askDelete()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const Row &r = m_rows[row];
    const QLocale locale;
    const QString what =
        tr("Delete cluster <b>%1</b> and everything stored about it: %2 jobs, %3 nodes, %4 node "
           "samples, %5 events, %6 pieces of advice and %7 campaigns?<br>This cannot be undone.")
            .arg(r.name.toHtmlEscaped(), locale.toString(r.contents.jobs), locale.toString(r.contents.nodes),
                 locale.toString(r.contents.nodeSamples), locale.toString(r.contents.events),
                 locale.toString(r.contents.advice), locale.toString(r.contents.campaigns));
    QMessageBox box(QMessageBox::Warning, tr("Delete Cluster"), what, QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Delete %1").arg(r.name), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == confirm)
        deleteCluster(r.name);
}

void ClustersDialog::renameCluster(const QString &from, const QString &to)
{
    auto profiles = std::make_shared<QStringList>();
    m_status->setText(tr("Renaming %1…").arg(from));
    runInThread(
        [from, to, profiles](Store &store) {
            QString error;
            ClusterAdmin(store).rename(from, to, profiles.get(), &error);
            return error;
        },
        [this, from, to, profiles](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(error);
                return;
            }
            QString text = tr("Renamed %1 to %2.").arg(from, to.trimmed());
            if (!profiles->isEmpty())
                text += u' ' + tr("Profile(s) %1 harvest into \"%2\": their next harvest stores there again.")
                                   .arg(profiles->join(u", "), from);
            reload(text);
            Q_EMIT storeChanged();
        });
}

void ClustersDialog::deleteCluster(const QString &name)
{
    auto removed = std::make_shared<ClusterContents>();
    m_status->setText(tr("Deleting %1…").arg(name));
    runInThread(
        [name, removed](Store &store) {
            QString error;
            ClusterAdmin(store).remove(name, removed.get(), &error);
            return error;
        },
        [this, name, removed](const QString &error) {
            if (!error.isEmpty()) {
                m_status->setText(error);
                return;
            }
            reload(tr("Deleted %1 and its %2 jobs.").arg(name, QLocale().toString(removed->jobs)));
            Q_EMIT storeChanged();
        });
}

} // namespace es
