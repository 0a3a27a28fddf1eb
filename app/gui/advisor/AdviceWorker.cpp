// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviceWorker.h"

#include "Store.h"

#include <QDateTime>
#include <QSqlQuery>

namespace es {

AdviceWorker::AdviceWorker(const QString &location, const ml::PlacementAdvisor::Request &request, QObject *parent)
    : QThread(parent), m_location(location), m_request(request)
{}

AdviceWorker::~AdviceWorker()
{
    cancel();
    wait();
}

void AdviceWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_error))
        return;
    if (m_request.cluster.isEmpty()) {
        // No cluster in the filter bar: a store of one cluster leaves no doubt.
        QSqlQuery query(store.database());
        QStringList clusters;
        if (query.exec(QStringLiteral("SELECT name FROM clusters")))
            while (query.next())
                clusters << query.value(0).toString();
        if (clusters.size() == 1)
            m_request.cluster = clusters.front();
        else if (!m_request.jobName.isEmpty()) {
            m_error = tr("choose a cluster in the filter bar (the store has %n)", "", int(clusters.size()));
            return;
        }
    }
    if (!m_request.jobName.isEmpty()) {
        ml::PlacementAdvisor advisor;
        advisor.setCancelFlag(&m_cancel);
        advisor.setProgressCallback(
            [this](const QString &stage, int done, int total) { Q_EMIT progress(stage, done, total); });
        m_advice = advisor.advise(store, m_request, &m_error);
        if (!m_advice)
            return;
        if (m_advice->chosen >= 0) {
            const AdviceRecord r =
                ml::PlacementAdvisor::recordOf(*m_advice, m_request, QDateTime::currentSecsSinceEpoch());
            if (!AdviceLedger(store).record(r, &m_error))
                return;
        }
    }
    const auto ledger = AdviceLedger(store).entries(m_request.cluster, &m_error);
    if (ledger)
        m_ledger = *ledger;
}

} // namespace es
