// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ClusterAdmin.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace es {

class Store;

/// File > Clusters: the clusters (datasets) of the store with what each holds, renamed or deleted (with a
/// confirmation naming what goes). Every store access runs in a thread of its own with its own Store; the dialog
/// stays responsive, and its buttons are disabled while one runs. Emits storeChanged() after a rename or delete.
class ClustersDialog final : public QDialog
{
    Q_OBJECT
public:
    ClustersDialog(const QString &storeLocation, QWidget *parent = nullptr);
    ~ClustersDialog() override;

    /// For tests: the cluster names shown, in order.
    QStringList shownClusters() const;
    /// Renames or deletes without asking (the buttons ask first, then call these).
    void renameCluster(const QString &from, const QString &to);
    void deleteCluster(const QString &name);

Q_SIGNALS:
    void storeChanged();
    /// After each load of the list (tests wait on it).
    void loaded();

private:
    struct Row
    {
        QString name;
        ClusterContents contents;
    };
    /// Loads the list; `message` is shown once it is in (the outcome of what triggered the reload).
    void reload(const QString &message = QString());
    void updateButtons();
    void askRename();
    void askDelete();
    /// Runs `work` on a Store opened in a new thread; `done` gets its error (empty on success) in the GUI thread.
    void runInThread(std::function<QString(Store &)> work, std::function<void(const QString &)> done);
    void setBusy(bool busy);
    QString selectedName() const;

    QString m_location;
    QTableWidget *m_table;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QLabel *m_status;
    QList<Row> m_rows;
    int m_running = 0;
};

} // namespace es
