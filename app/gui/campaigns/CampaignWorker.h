// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignProposer.h"
#include "CampaignRunner.h"
#include "CampaignSpec.h"
#include "CampaignStore.h"
#include "CampaignSummary.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QThread>

#include <atomic>
#include <optional>

namespace es {

class SshPrompter;

/// One campaign task in its own thread with its own Store: load the campaigns (and one campaign's runs), store a
/// new plan, run a pass on the cluster (CampaignRunner::step over a new SSH session), cancel, or propose the next
/// cells (CampaignProposer). Every task ends
/// by reading the campaigns and the shown campaign's runs back, so the view shows what the store holds.
///
/// Threading: construct and start() from the GUI thread; the prompter is called from the worker thread and must be
/// safe there (GuiSshPrompter is); results may be read once QThread::finished() has been delivered.
class CampaignWorker final : public QThread
{
    Q_OBJECT
public:
    enum class Task
    {
        Load,
        Plan,
        Step,
        Cancel,
        Propose ///< the active mode's next cells for the shown campaign (reads the store only)
    };

    CampaignWorker(QString location, Task task, QString campaign, QObject *parent = nullptr);
    ~CampaignWorker() override;
    Q_DISABLE_COPY_MOVE(CampaignWorker)

    /// Task::Plan: the campaign to store (its name becomes the shown campaign).
    void setSpec(const CampaignSpec &spec) { m_spec = spec; }
    /// Task::Propose: the budget, node counts and frequencies; cores per node 0: the store's harvested nodes.
    void setProposalOptions(const ml::ProposalOptions &options) { m_proposalOptions = options; }
    /// Task::Step and Task::Cancel: who answers the SSH questions (must outlive the worker).
    void setPrompter(SshPrompter *prompter) { m_prompter = prompter; }
    void cancel() { m_cancel.store(true); }

    Task task() const { return m_task; }
    QString campaign() const { return m_campaignName; }
    bool succeeded() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QList<CampaignRecord> &campaigns() const { return m_campaigns; }
    const QList<CampaignRunRecord> &runs() const { return m_runs; }
    const QList<CampaignCellSummary> &cells() const { return m_cells; }
    const CampaignProgress &progress() const { return m_progress; }
    /// Task::Propose: every candidate, widest first, and the follow-up campaign of the chosen ones.
    const QList<ml::ProposalCandidate> &proposal() const { return m_proposal; }
    const CampaignSpec &followUp() const { return m_followUp; }
    /// Profile name -> its cluster's measured power per node (W) and how many jobs it comes from.
    const QHash<QString, std::pair<std::optional<double>, qint64>> &powerByProfile() const { return m_power; }
    QStringList profileNames() const { return m_power.keys(); }

protected:
    void run() override;

private:
    bool plan(Store &store);
    bool onCluster(Store &store);
    bool propose(Store &store);
    void readBack(Store &store);

    const QString m_location;
    const Task m_task;
    QString m_campaignName;
    CampaignSpec m_spec;
    SshPrompter *m_prompter = nullptr;
    std::atomic_bool m_cancel = false;
    QString m_error;
    QList<CampaignRecord> m_campaigns;
    QList<CampaignRunRecord> m_runs;
    QList<CampaignCellSummary> m_cells;
    CampaignProgress m_progress;
    ml::ProposalOptions m_proposalOptions;
    QList<ml::ProposalCandidate> m_proposal;
    CampaignSpec m_followUp;
    QHash<QString, std::pair<std::optional<double>, qint64>> m_power;
};

} // namespace es
