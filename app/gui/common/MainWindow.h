// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Importer.h"

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace es {

class AdvisorView;
class CampaignsView;
class AlertsView;
class ConnectionsView;
class CorrelationView;
class DashboardView;
class ExportWorker;
class ImportWorker;
class JobFilterBar;
class JobTableActions;
class JobTableModel;
class ModelsView;
class NodeView;
class WelcomePanel;

/// The main window: the jobs of one store in a table, a filter bar above it, File menu actions to open stores,
/// import and export. All database work runs in worker threads (JobTableModel's loader, ImportWorker,
/// ExportWorker), each with its own es::Store on the same location.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Opens the store at `location`, or at Store::defaultLocation() when empty (created if missing).
    explicit MainWindow(const QString &location = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    JobTableModel *jobModel() const { return m_model; }
    QTableView *jobView() const { return m_view; }
    CorrelationView *correlationView() const { return m_correlations; }
    DashboardView *dashboardView() const { return m_dashboard; }
    ConnectionsView *connectionsView() const { return m_connections; }
    ModelsView *modelsView() const { return m_models; }
    AlertsView *alertsView() const { return m_alerts; }
    AdvisorView *advisorView() const { return m_advisor; }
    CampaignsView *campaignsView() const { return m_campaigns; }
    NodeView *nodeView() const { return m_nodes; }
    JobFilterBar *filterBar() const { return m_filterBar; }
    /// The Jobs table's context menu and the job detail dialog.
    JobTableActions *jobTableActions() const { return m_jobActions; }
    /// The Jobs, Correlations, Dashboard, Nodes, Connections, Models, Alerts, Advisor and Campaigns tabs, in that
    /// order.
    QTabWidget *tabs() const { return m_tabs; }
    /// True while the welcome panel (the store has no jobs) is shown instead of the table.
    bool isShowingEmptyState() const;

    void openLocation(const QString &location);
    /// Every tab reads the store again (View > Refresh, F5; after an import, a harvest, a rename or delete).
    void reloadViews();
    /// Imports the files in a worker (File > Import Jobs after its dialog), with a progress window that leaves the
    /// other tabs usable; the result (what was imported, or why not) is shown in a message box.
    void startImport(Importer::Format format, const QStringList &files, const ImportOptions &options);
    /// Shows the job in the Jobs tab: filters on its cluster and id, then selects its row once loaded.
    void showJob(qint64 jobPk, const QString &cluster, const QString &jobId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void restoreSettings();
    void saveSettings() const;
    void setDefaultColumnWidths();
    void newDatabase();
    void openDatabase();
    void openPostgres();
    void importJobs();
    void exportCsv();
    void exportReport();
    void manageClusters();
    void onStoreOpened(bool ok, const QString &displayLocation, const QString &error);
    void updateEmptyState();
    void updateStatus();
    void showImportResult(const ImportWorker &worker);
    void selectPendingJob();

    JobTableModel *m_model;
    JobFilterBar *m_filterBar;
    QTableView *m_view;
    WelcomePanel *m_welcome;
    QStackedWidget *m_stack;
    QLabel *m_locationLabel;
    QLabel *m_countLabel;
    QTabWidget *m_tabs;
    CorrelationView *m_correlations;
    DashboardView *m_dashboard;
    ConnectionsView *m_connections;
    ModelsView *m_models;
    AlertsView *m_alerts;
    AdvisorView *m_advisor;
    CampaignsView *m_campaigns;
    NodeView *m_nodes;
    JobTableActions *m_jobActions = nullptr;
    qint64 m_pendingJobPk = 0;
    QPointer<ImportWorker> m_import;
    QPointer<ExportWorker> m_export;
};

} // namespace es
