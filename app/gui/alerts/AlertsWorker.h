// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"
#include "EventLog.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QThread>
#include <QWaitCondition>

#include <optional>

namespace es {

/// The Alerts tab's database thread: lists events, acknowledges them and evaluates new samples (AlertEvaluator over
/// every cluster of the store), each with the thread's own es::Store on the tab's location.
///
/// Threading: list(), acknowledge(), evaluate() and stop() are called from the GUI thread and only queue work.
/// run() answers through the signals (queued to the receiver's thread). A newer list() replaces a queued older one
/// and answers carry their generation, so the receiver can drop late lists.
class AlertsWorker final : public QThread
{
    Q_OBJECT
public:
    explicit AlertsWorker(QObject *parent = nullptr);
    /// Stops the thread and waits for the work in progress.
    ~AlertsWorker() override;
    Q_DISABLE_COPY_MOVE(AlertsWorker)

    void setLocation(const QString &location);
    void list(quint64 generation, const EventFilter &filter);
    void acknowledge(const QList<qint64> &ids, bool acknowledged);
    /// Evaluates samples and job ends since `sinceTs` (UTC epoch s; 0: everything stored) for every cluster.
    void evaluate(qint64 sinceTs);
    void stop();

Q_SIGNALS:
    void listed(quint64 generation, const QList<es::AlertEvent> &events);
    void acknowledged(qint64 changed);
    /// `newEvents`: events opened by this evaluation (none when nothing new happened).
    void evaluated(qint64 sinceTs, const QList<es::AlertEvent> &newEvents);
    void failed(const QString &error);
    /// After a store is opened: its newest node sample time (UTC epoch s), 0 when it holds none.
    void newestSampleRead(qint64 ts);

protected:
    void run() override;

private:
    struct ListRequest
    {
        quint64 generation;
        EventFilter filter;
    };
    struct AckRequest
    {
        QList<qint64> ids;
        bool acknowledged;
    };

    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_stopping = false;
    QString m_location;
    std::optional<ListRequest> m_list;
    QList<AckRequest> m_acks;
    std::optional<qint64> m_evaluateSince;
};

} // namespace es
