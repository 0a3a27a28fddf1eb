// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEventModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace es {
namespace {

QString utc(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool isShare(const AlertEvent &e)
{
    return e.kind == AlertEvent::failureRateKind() || e.kind == AlertEvent::badNodeKind() ||
           e.kind == AlertEvent::memoryExhaustionKind();
}

bool isTemperature(const AlertEvent &e)
{
    return e.kind == AlertEvent::tempWarningKind() || e.kind == AlertEvent::tempCriticalKind();
}

/// A value or threshold of `e` in its kind's unit.
QString valueText(const AlertEvent &e, double value)
{
    const QLocale locale;
    if (isShare(e))
        return AlertEventModel::tr("%1 %").arg(locale.toString(value * 100, 'f', 0));
    if (e.kind == AlertEvent::memoryHighKind())
        return AlertEventModel::tr("%1 %").arg(locale.toString(value, 'f', 0));
    if (e.kind == AlertEvent::collectorSilentKind())
        return AlertEventModel::tr("%1 s").arg(locale.toString(qint64(value)));
    if (isTemperature(e))
        return AlertEventModel::tr("%1 °C").arg(locale.toString(value, 'f', 1));
    return AlertEventModel::tr("%1 kJ").arg(locale.toString(value / 1000, 'f', 1));
}

/// "partition:batch" -> "partition batch"; a bad node "node2@batch" -> "node2 in batch".
QString subjectText(const AlertEvent &e)
{
    if (e.kind == AlertEvent::badNodeKind())
        return AlertEventModel::tr("%1 in %2").arg(e.subject.section(u'@', 0, 0), e.subject.section(u'@', 1));
    if (e.kind == AlertEvent::collectorSilentKind())
        return AlertEventModel::tr("%1, source %2").arg(e.subject.section(u'/', 0, 0), e.subject.section(u'/', 1));
    const QString scope = e.subject.section(u':', 0, 0);
    const QString name = e.subject.section(u':', 1);
    if (scope == u"partition")
        return AlertEventModel::tr("partition %1").arg(name);
    if (scope == u"user")
        return AlertEventModel::tr("user %1").arg(name);
    if (scope == u"node")
        return AlertEventModel::tr("node %1").arg(name);
    return e.subject;
}

} // namespace

AlertEventModel::AlertEventModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertEventModel::setEvents(const QList<AlertEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int AlertEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AlertEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const AlertEvent &e = m_events.at(index.row());
    if (role == IdRole)
        return e.id;
    if (role == Qt::ToolTipRole)
        return e.message;
    if (role == Qt::ForegroundRole && index.column() == Severity && e.severity == u"critical")
        return QBrush(QColor(0xb2, 0x18, 0x2b));
    if (role == Qt::TextAlignmentRole && (index.column() == Value || index.column() == Threshold))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(index.column())) {
    case Start:
        return utc(e.tsStart);
    case End:
        return e.tsEnd ? utc(*e.tsEnd) : tr("ongoing");
    case Cluster:
        return e.cluster;
    case Subject:
        if (!e.subject.isEmpty())
            return subjectText(e);
        return e.jobId.isEmpty() ? e.node : tr("job %1").arg(e.jobId);
    case Kind:
        if (e.kind == AlertEvent::tempWarningKind())
            return tr("temperature warning");
        if (e.kind == AlertEvent::tempCriticalKind())
            return tr("temperature critical");
        if (e.kind == AlertEvent::energyExcessKind())
            return tr("excessive energy");
        if (e.kind == AlertEvent::failureRateKind())
            return tr("job failure rate");
        if (e.kind == AlertEvent::badNodeKind())
            return tr("bad node");
        if (e.kind == AlertEvent::memoryExhaustionKind())
            return tr("memory exhaustion");
        if (e.kind == AlertEvent::memoryHighKind())
            return tr("node memory high");
        if (e.kind == AlertEvent::collectorSilentKind())
            return tr("collector silent");
        return e.kind;
    case Severity:
        return e.severity == u"critical" ? tr("critical") : tr("warning");
    case Value:
        return valueText(e, e.value);
    case Threshold:
        return valueText(e, e.threshold);
    case Acknowledged:
        return e.acknowledged ? tr("yes") : tr("no");
    case Message:
        return e.message;
    case ColumnCount:
        break;
    }
    return QVariant();
}

QVariant AlertEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Start:
        return tr("Start (UTC)");
    case End:
        return tr("End (UTC)");
    case Cluster:
        return tr("Cluster");
    case Subject:
        return tr("Subject");
    case Kind:
        return tr("Kind");
    case Severity:
        return tr("Severity");
    case Value:
        return tr("Value");
    case Threshold:
        return tr("Threshold");
    case Acknowledged:
        return tr("Acknowledged");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return QVariant();
}

} // namespace es
