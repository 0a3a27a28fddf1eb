// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignWizard.h"
#include "CampaignWorker.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace es {

class GuiSshPrompter;
class ProposalDialog;

/// The Campaigns tab: the stored campaigns, "New campaign..." (CampaignWizard), Start / Resume (one pass on the
/// cluster: reconcile, read results, submit), Track (a pass every 15 s until every run has ended), Cancel and
/// Export CSV; the runs with their state, Slurm job, energy (and its source), time, figure of merit and message;
/// and per cell the median and 5-95% range of energy, time and figure of merit.
///
/// Threading: GUI thread; every store or cluster task runs in a CampaignWorker, one at a time.
class CampaignsView final : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsView(QWidget *parent = nullptr);
    ~CampaignsView() override;

    void setLocation(const QString &location);
    void reload();
    /// Opens the wizard (modal, from the GUI thread) and stores the campaign it describes.
    void newCampaign();
    /// Shows the wizard filled for a screenshot or a test; the caller owns its lifetime through the view.
    CampaignWizard *openWizard();
    void startOrResume();
    void cancelCampaign();
    void setTracking(bool on);
    /// Opens the active mode's dialog for the shown campaign (non-modal; owned by the view).
    ProposalDialog *openProposal();
    bool isBusy() const { return !m_worker.isNull(); }
    QString shownCampaign() const { return m_shown; }
    /// Shows another stored campaign, as choosing it in the list does (loads it in the worker).
    void setShownCampaign(const QString &name);

    QTableWidget *runsTable() const { return m_runs; }
    QTableWidget *cellsTable() const { return m_cells; }
    QString statusText() const;

Q_SIGNALS:
    void loaded(bool ok);

private:
    void buildToolbar(QHBoxLayout *bar);
    void startWorker(CampaignWorker::Task task, const CampaignSpec *spec = nullptr,
                     const ml::ProposalOptions *options = nullptr);
    void onFinished();
    /// Keep what they show, to show it again in another energy unit (showEnergyUnit()).
    void showRuns(const QList<CampaignRunRecord> &runs);
    void showCells(const QList<CampaignCellSummary> &cells);
    /// The last runs and cells again, with their energy columns' titles, in EnergyFormat's unit.
    void showEnergyUnit();
    void showProgress(const CampaignProgress &progress, const QString &error);
    void exportCsv();

    QString m_location;
    QString m_shown;
    QStringList m_profiles;
    CampaignWizard::PowerByProfile m_power;
    QComboBox *m_campaigns = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_trackButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_proposeButton = nullptr;
    QPointer<ProposalDialog> m_proposal;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_runs = nullptr;
    QTableWidget *m_cells = nullptr;
    QTimer *m_trackTimer = nullptr;
    QList<CampaignCellSummary> m_shownCells; ///< as showCells() last showed them
    GuiSshPrompter *m_prompter = nullptr;
    QList<CampaignRunRecord> m_shownRuns;
    QList<CampaignRecord> m_campaignRecords; ///< as the last task read them back
    QPointer<CampaignWorker> m_worker;
};

} // namespace es
