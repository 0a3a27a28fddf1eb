// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobDetailData.h"

#include <QObject>
#include <QStringList>

class QMenu;
class QWidget;

namespace es {

class JobDetailDialog;
class MainWindow;

/// What a user can do with a job of the Jobs table besides reading its row: the context menu (copy the selected
/// rows, filter by the job's user or partition, show its nodes and run on the Nodes tab, details) and the job detail
/// dialog, opened by a double click there, in the correlation explorer's selected jobs and in the dashboard's top
/// jobs.
///
/// Threading: GUI thread. Reads only rows the jobs model has loaded; the dialog reads the rest in its own thread.
class JobTableActions final : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("JobDetailDialog.h")
public:
    /// Wires the window's views; owned by `window`.
    explicit JobTableActions(MainWindow *window);

    /// The context menu for `row` of the jobs table (its actions have object names: copyJobsAction,
    /// filterUserAction, filterPartitionAction, showOnNodesAction, jobDetailsAction). The caller owns it.
    QMenu *createMenu(int row, QWidget *parent);
    /// The selected rows of the jobs table as tab-separated text with a header line, in the shown column order.
    QString selectionAsTsv() const;
    void copySelection();
    /// Sets the filter bar's user (partition) to the row's, keeping the rest of the filter; every view follows.
    void filterByUser(int row);
    void filterByPartition(int row);
    /// Switches to the Nodes tab with the row's nodes checked and its run (with a margin) as the range.
    void showOnNodes(int row);
    /// Opens the detail dialog of a row of the jobs table (nullptr when its page is not loaded) or of any job.
    JobDetailDialog *openDetails(int row);
    JobDetailDialog *openDetails(const JobRef &job);

Q_SIGNALS:
    void detailsOpened(es::JobDetailDialog *dialog);

private:
    void connectViews();
    void applyFilterValue(int row, int column, bool user);

    MainWindow *m_window;
};

} // namespace es
