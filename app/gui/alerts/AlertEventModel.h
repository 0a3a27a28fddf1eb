// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AlertEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace es {

/// The alert events the Alerts tab shows, newest first. A plain list set as a whole by setEvents() (the events of a
/// store are few: they come from AlertsWorker, never from a query on the GUI thread).
///
/// Threading: GUI thread only.
class AlertEventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Start,
        End,
        Cluster,
        Subject, ///< the node, or the job for energy events
        Kind,
        Severity,
        Value,
        Threshold,
        Acknowledged,
        Message,
        ColumnCount
    };
    /// Qt::UserRole on any cell: the event's id (qint64).
    static constexpr int IdRole = Qt::UserRole;

    explicit AlertEventModel(QObject *parent = nullptr);

    void setEvents(const QList<AlertEvent> &events);
    const QList<AlertEvent> &events() const { return m_events; }
    const AlertEvent &event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlertEvent> m_events;
};

} // namespace es
