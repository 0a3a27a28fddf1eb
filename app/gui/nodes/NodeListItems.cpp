// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeListItems.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QIcon>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(colour.darker(130));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace

QString NodeListItems::timeText(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void NodeListItems::fillClusters(QComboBox *combo, const QList<NodeInfo> &nodes)
{
    const QString current = combo->currentData().toString();
    QStringList clusters;
    for (const NodeInfo &node : nodes) {
        if (!clusters.contains(node.cluster))
            clusters.append(node.cluster);
    }
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(tr("All clusters"), QString());
    for (const QString &cluster : std::as_const(clusters))
        combo->addItem(cluster, cluster);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    combo->setEnabled(clusters.size() > 1);
}

void NodeListItems::fillNodeList(QListWidget *list, const QList<NodeInfo> &nodes, const QString &cluster,
                                 const QSet<qint64> &checked, const std::function<QColor(qint64 nodeId)> &colourOf,
                                 const QPalette &palette)
{
    bool manyClusters = false;
    for (const NodeInfo &node : nodes)
        manyClusters = manyClusters || node.cluster != nodes.constFirst().cluster;
    const QSignalBlocker block(list);
    list->clear();
    for (const NodeInfo &node : nodes) {
        if (!cluster.isEmpty() && node.cluster != cluster)
            continue;
        auto *item = new QListWidgetItem(
            manyClusters && cluster.isEmpty() ? QStringLiteral("%1 (%2)").arg(node.name, node.cluster) : node.name,
            list);
        item->setData(NodeIdRole, node.nodeId);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(node.nodeId) ? Qt::Checked : Qt::Unchecked);
        item->setIcon(swatch(colourOf(node.nodeId)));
        if (node.samples == 0) {
            item->setForeground(palette.brush(QPalette::PlaceholderText));
            item->setToolTip(tr("Cluster %1: no samples of this node yet").arg(node.cluster));
        } else {
            item->setToolTip(tr("Cluster %1: %2 samples from %3 to %4")
                                 .arg(node.cluster, QLocale().toString(node.samples), timeText(node.firstTs),
                                      timeText(node.lastTs)));
        }
    }
}

QString NodeListItems::plotTitle(int plotIndex)
{
    static const char *const titles[] = {QT_TRANSLATE_NOOP("es::NodeListItems", "Node temperature (°C)"),
                                         QT_TRANSLATE_NOOP("es::NodeListItems", "Node power (W)"),
                                         QT_TRANSLATE_NOOP("es::NodeListItems", "CPU frequency (MHz)"),
                                         QT_TRANSLATE_NOOP("es::NodeListItems", "CPU utilisation (%) and load")};
    return plotIndex >= 0 && plotIndex < int(std::size(titles)) ? tr(titles[plotIndex]) : QString();
}

PlotCaption NodeListItems::exportCaption(const QString &plotName, const QList<NodeInfo> &nodes,
                                         const QList<qint64> &checked, double fromTs, double toTs)
{
    QMap<QString, QStringList> byCluster;
    for (const NodeInfo &node : nodes) {
        if (checked.contains(node.nodeId))
            byCluster[node.cluster].append(node.name);
    }
    QStringList groups;
    for (auto it = byCluster.cbegin(); it != byCluster.cend(); ++it)
        groups << tr("%1 of cluster %2").arg(it.value().join(QStringLiteral(", ")), it.key());
    PlotCaption caption;
    caption.title = plotName;
    caption.lines << (groups.isEmpty() ? tr("No node checked")
                                       : tr("Nodes: %1").arg(groups.join(QStringLiteral("; "))));
    caption.lines << tr("From %1 to %2 (local time)")
                         .arg(timeText(qint64(std::floor(fromTs))), timeText(qint64(std::ceil(toTs))));
    return caption;
}

} // namespace es
