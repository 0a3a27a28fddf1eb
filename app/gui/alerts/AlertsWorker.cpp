// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertsWorker.h"

#include "AlertEvaluator.h"
#include "Store.h"

#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace es {

AlertsWorker::AlertsWorker(QObject *parent) : QThread(parent)
{
    qRegisterMetaType<QList<es::AlertEvent>>();
}

AlertsWorker::~AlertsWorker()
{
    stop();
    wait();
}

void AlertsWorker::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_wake.wakeAll();
}

void AlertsWorker::setLocation(const QString &location)
{
    QMutexLocker lock(&m_mutex);
    m_location = location;
    m_list.reset();
    m_acks.clear();
    m_evaluateSince.reset();
}

void AlertsWorker::list(quint64 generation, const EventFilter &filter)
{
    QMutexLocker lock(&m_mutex);
    m_list = ListRequest{generation, filter};
    m_wake.wakeAll();
}

void AlertsWorker::acknowledge(const QList<qint64> &ids, bool acknowledged)
{
    QMutexLocker lock(&m_mutex);
    m_acks.append(AckRequest{ids, acknowledged});
    m_wake.wakeAll();
}

void AlertsWorker::evaluate(qint64 sinceTs)
{
    QMutexLocker lock(&m_mutex);
    m_evaluateSince = m_evaluateSince ? std::min(*m_evaluateSince, sinceTs) : sinceTs;
    m_wake.wakeAll();
}

void AlertsWorker::run()
{
    std::unique_ptr<Store> store;
    QString storeLocation;
    for (;;) {
        QString location;
        std::optional<ListRequest> listRequest;
        QList<AckRequest> acks;
        std::optional<qint64> evaluateSince;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && !m_list && m_acks.isEmpty() && !m_evaluateSince)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            location = m_location;
            listRequest.swap(m_list);
            acks.swap(m_acks);
            evaluateSince.swap(m_evaluateSince);
        }
        if (location.isEmpty())
            continue;
        if (!store || storeLocation != location) {
            store = std::make_unique<Store>();
            storeLocation = location;
            QString error;
            if (!store->open(location, &error)) {
                store.reset();
                emit failed(error);
                continue;
            }
            QSqlQuery newest(store->database());
            if (newest.prepare(QStringLiteral("SELECT MAX(ts) FROM node_samples")) && newest.exec() && newest.next())
                emit newestSampleRead(newest.value(0).toLongLong());
            else
                emit failed(newest.lastError().text());
        }
        QString error;
        for (const AckRequest &ack : acks) {
            const auto changed = EventLog::acknowledge(*store, ack.ids, ack.acknowledged, &error);
            if (changed)
                emit acknowledged(*changed);
            else
                emit failed(error);
        }
        if (evaluateSince) {
            QSqlQuery query(store->database());
            QStringList clusters;
            if (query.prepare(QStringLiteral("SELECT name FROM clusters ORDER BY name")) && query.exec()) {
                while (query.next())
                    clusters << query.value(0).toString();
            } else {
                emit failed(query.lastError().text());
            }
            query.finish();
            AlertEvaluator evaluator(*store);
            AlertEvaluationOptions options;
            options.sinceTs = *evaluateSince;
            QList<AlertEvent> newEvents;
            bool ok = true;
            for (const QString &cluster : clusters) {
                AlertEvaluationSummary summary;
                if (!evaluator.evaluate(cluster, options, &summary, &error)) {
                    emit failed(error);
                    ok = false;
                    break;
                }
                newEvents += summary.newEvents;
            }
            if (ok)
                emit evaluated(*evaluateSince, newEvents);
        }
        if (listRequest) {
            const auto events = EventLog::list(*store, listRequest->filter, &error);
            if (events)
                emit listed(listRequest->generation, *events);
            else
                emit failed(error);
        }
    }
}

} // namespace es
