// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSeriesData.h"
#include "PlotExporter.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QSet>
#include <QString>

#include <functional>

class QComboBox;
class QListWidget;

namespace es {

/// The Nodes tab's side panel contents: the cluster choice and the checkable node list with a colour swatch and
/// a tooltip per node. Stateless; the widgets belong to NodeView. GUI thread only.
class NodeListItems final
{
    Q_DECLARE_TR_FUNCTIONS(es::NodeListItems)
public:
    /// The node id of a node list item.
    static constexpr int NodeIdRole = Qt::UserRole;

    /// "All clusters" and each cluster of the nodes, keeping the current choice; disabled with a single cluster.
    /// Emits no signal.
    static void fillClusters(QComboBox *combo, const QList<NodeInfo> &nodes);
    /// One checkable item per node of `cluster` (every node when empty), checked when in `checked`; nodes without
    /// samples are greyed (placeholder text of `palette`). Emits no signal.
    static void fillNodeList(QListWidget *list, const QList<NodeInfo> &nodes, const QString &cluster,
                             const QSet<qint64> &checked, const std::function<QColor(qint64 nodeId)> &colourOf,
                             const QPalette &palette);
    /// Local time as yyyy-MM-dd HH:mm.
    static QString timeText(qint64 ts);
    /// The title of NodePlotStack's plot `plotIndex` in an export: "Node temperature (°C)", ...
    static QString plotTitle(int plotIndex);
    /// The caption of an exported plot: its name, the checked nodes (by cluster) and the time range shown.
    static PlotCaption exportCaption(const QString &plotName, const QList<NodeInfo> &nodes,
                                     const QList<qint64> &checked, double fromTs, double toTs);
};

} // namespace es
