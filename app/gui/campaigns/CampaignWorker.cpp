// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignWorker.h"

#include "CampaignDesign.h"
#include "ClusterProfile.h"
#include "ProfileEndpoint.h"
#include "SshSession.h"
#include "Store.h"

#include <QDateTime>

namespace es {

CampaignWorker::CampaignWorker(QString location, Task task, QString campaign, QObject *parent)
    : QThread(parent), m_location(std::move(location)), m_task(task), m_campaignName(std::move(campaign))
{}

CampaignWorker::~CampaignWorker()
{
    cancel();
    wait();
}

bool CampaignWorker::plan(Store &store)
{
    const auto profile = ClusterProfiles(store).find(m_spec.profile, &m_error);
    if (!profile)
        return false;
    const CampaignDesign design(m_spec);
    if (!CampaignStore(store).create(m_spec, profile->clusterName(), design, QDateTime::currentSecsSinceEpoch(),
                                     &m_error))
        return false;
    m_campaignName = m_spec.name;
    return true;
}

bool CampaignWorker::onCluster(Store &store)
{
    CampaignStore campaigns(store);
    const auto campaign = campaigns.campaign(m_campaignName, &m_error);
    const auto spec = campaign ? campaign->spec(&m_error) : std::nullopt;
    const auto profile = spec ? ClusterProfiles(store).find(campaign->profile, &m_error) : std::nullopt;
    if (!profile)
        return false;
    if (!m_prompter) {
        m_error = tr("no one to answer the cluster's questions (internal error)");
        return false;
    }
    SshSession ssh;
    if (!ssh.connect(endpointOfProfile(*profile), *m_prompter, &m_error))
        return false;
    CampaignRunner runner(store, ssh, *campaign, *spec);
    runner.setCancelFlag(&m_cancel);
    if (m_task == Task::Cancel)
        return runner.cancel(&m_progress, &m_error);
    constexpr int kMaxInFlight = 100;
    return runner.prepare(&m_error) && runner.step(kMaxInFlight, &m_progress, &m_error);
}

bool CampaignWorker::propose(Store &store)
{
    CampaignStore campaigns(store);
    const auto campaign = campaigns.campaign(m_campaignName, &m_error);
    const auto spec = campaign ? campaign->spec(&m_error) : std::nullopt;
    const auto runs = spec ? campaigns.completedRuns(campaign->cluster, &m_error) : std::nullopt;
    const auto cores = !runs                                ? std::nullopt
                       : m_proposalOptions.coresPerNode > 0 ? std::optional<int>(m_proposalOptions.coresPerNode)
                                                            : campaigns.medianCpusPerNode(campaign->cluster, &m_error);
    if (!cores)
        return false;
    m_proposalOptions.coresPerNode = *cores;
    m_proposal = ml::CampaignProposer::propose(*spec, *runs, m_proposalOptions);
    m_followUp = ml::CampaignProposer::followUp(*spec, m_proposal, spec->name + QStringLiteral("-next"),
                                                m_proposalOptions.repeats);
    return true;
}

void CampaignWorker::readBack(Store &store)
{
    QString error;
    CampaignStore campaigns(store);
    m_campaigns = campaigns.campaigns(&error).value_or(QList<CampaignRecord>());
    if (m_campaignName.isEmpty() && !m_campaigns.isEmpty())
        m_campaignName = m_campaigns.last().name;
    for (const CampaignRecord &c : std::as_const(m_campaigns)) {
        if (c.name != m_campaignName)
            continue;
        m_runs = campaigns.runs(c.id, &error).value_or(QList<CampaignRunRecord>());
        m_cells = CampaignSummary::cells(m_runs);
        m_progress.runsByState.clear();
        m_progress.plannedRuns = 0;
        for (const CampaignRunRecord &r : std::as_const(m_runs)) {
            if (r.state == QLatin1String("retried"))
                continue;
            ++m_progress.plannedRuns;
            ++m_progress.runsByState[r.state];
        }
    }
    for (const ClusterProfile &p : ClusterProfiles(store).list(&error).value_or(QList<ClusterProfile>()))
        m_power.insert(p.name, campaigns.measuredPowerPerNodeW(p.clusterName(), &error));
    if (m_error.isEmpty() && !error.isEmpty() && m_task == Task::Load)
        m_error = error;
}

void CampaignWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    if (m_task == Task::Plan)
        plan(store);
    else if (m_task == Task::Step || m_task == Task::Cancel)
        onCluster(store);
    else if (m_task == Task::Propose)
        propose(store);
    readBack(store);
}

} // namespace es
