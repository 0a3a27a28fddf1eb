// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace es {
namespace {

QString timeText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}

} // namespace

QString JobFilter::description() const
{
    if (isEmpty())
        return tr("Filter: none (all jobs)");
    QStringList parts;
    if (!cluster.isEmpty())
        parts << tr("cluster %1").arg(cluster);
    if (!user.isEmpty())
        parts << tr("user %1").arg(user);
    if (!partition.isEmpty())
        parts << tr("partition %1").arg(partition);
    if (!state.isEmpty())
        parts << tr("state %1").arg(state);
    if (startFrom && startTo)
        parts << tr("started %1 to %2").arg(timeText(*startFrom), timeText(*startTo));
    else if (startFrom)
        parts << tr("started from %1").arg(timeText(*startFrom));
    else if (startTo)
        parts << tr("started before %1").arg(timeText(*startTo));
    if (!text.isEmpty())
        parts << tr("id or name containing “%1”").arg(text);
    return tr("Filter: %1").arg(parts.join(tr(", ")));
}

} // namespace es
