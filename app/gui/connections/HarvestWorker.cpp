// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "HarvestWorker.h"

#include "ProfileEndpoint.h"
#include "SshSession.h"
#include "Store.h"

namespace es {

HarvestWorker::HarvestWorker(QString location, ClusterProfile profile, SshPrompter &prompter, QObject *parent)
    : QThread(parent), m_location(std::move(location)), m_profile(std::move(profile)), m_prompter(prompter)
{}

HarvestWorker::~HarvestWorker()
{
    cancel();
    wait();
}

void HarvestWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    const SshEndpoint endpoint = endpointOfProfile(m_profile);
    emit stageChanged(tr("connecting to %1").arg(m_profile.host), 0);
    SshSession ssh;
    if (!ssh.connect(endpoint, m_prompter, &m_error))
        return;
    SlurmCollector collector(store, ssh);
    collector.setCancelFlag(&m_cancel);
    collector.setProgressCallback([this](const QString &stage, qint64 lines) { emit stageChanged(stage, lines); });
    m_ok = collector.harvest(m_profile, HarvestOptions{}, &m_summary, &m_error);
}

} // namespace es
