// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeLoader.h"
#include "NodeSeriesData.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace es {

class DateTimeField;

class NodePlotStack;

/// The Nodes tab: a node list (cluster filter, check boxes, several nodes overlaid) beside stacked time plots of
/// temperature, power, CPU frequency and utilisation/load with the nodes' job spans shaded behind the curves.
/// A time range preset or a custom range picks what is loaded; ranges with many samples come downsampled to
/// min/max per bucket (about one per pixel), and a zoom into a downsampled range loads the visible part in detail.
/// Live mode polls the store every kPollIntervalMs for samples another process harvests and appends them, the
/// x range following the newest data until the user zooms or pans (a double click follows again).
///
/// Threading: GUI thread; all database work runs in the NodeLoader thread and stale answers are dropped by
/// generation. Nothing is read until the view is first shown.
class NodeView final : public QWidget
{
    Q_OBJECT
public:
    enum class RangePreset
    {
        LastHour,
        LastDay,
        LastWeek,
        All,
        Custom
    };
    static constexpr int kPollIntervalMs = 5000;
    /// Live appends beyond this many points in the plots reload the range downsampled.
    static constexpr qint64 kMaxLivePoints = 400000;

    explicit NodeView(QWidget *parent = nullptr);
    ~NodeView() override;
    Q_DISABLE_COPY_MOVE(NodeView)

    void setLocation(const QString &location);
    /// Reads the node list and the samples again (after a harvest or an import).
    void reload();

    void setRangePreset(RangePreset preset);
    RangePreset rangePreset() const;
    /// Selects the Custom preset with [fromTs, toTs] (UTC epoch s).
    void setCustomRange(qint64 fromTs, qint64 toTs);
    void setLiveMode(bool live);
    bool isLiveMode() const;
    /// Lists the nodes of one cluster (empty: every cluster), as the cluster box does.
    void setCluster(const QString &cluster);
    /// Checks exactly the nodes with these ids (others unchecked) and loads them.
    void setCheckedNodes(const QList<qint64> &nodeIds);
    QList<qint64> checkedNodes() const;

    QListWidget *nodeList() const { return m_nodeList; }
    NodePlotStack *plotStack() const { return m_plots; }
    const QList<NodeInfo> &nodes() const { return m_nodes; }
    NodeSeriesDataPtr data() const { return m_data; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QString statusText() const;

Q_SIGNALS:
    void nodesLoaded();
    void dataLoaded();
    /// New live samples were appended.
    void dataAppended();
    /// The user clicked a job span: show that job.
    void jobActivated(qint64 jobPk, const QString &cluster, const QString &jobId);
    void errorOccurred(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    static constexpr int kDefaultCheckedNodes = 4; ///< nodes checked when a cluster's list first loads
    // Construction: object names and fixed texts; the export menu; the side panel, controls and plots; the
    // timers' and widgets' signals.
    void configureWidgets();
    QToolButton *createExportButton();
    void layOut(QToolButton *exportButton, QToolButton *checkAll, QToolButton *checkNone);
    void connectSignals(QToolButton *checkAll, QToolButton *checkNone);
    /// Checks or unchecks every node in the list, then schedules one load.
    void setAllChecked(bool checked);
    void startListIfNeeded();
    void onNodesListed(quint64 generation, const QList<NodeInfo> &nodes);
    void onLoaded(quint64 generation, const NodeSeriesDataPtr &data);
    void onPolled(quint64 generation, const NodeSeriesDataPtr &data);
    void onFailed(quint64 generation, const QString &error);
    void fillClusters();
    void fillNodeList();
    void scheduleLoad();
    void startLoad();
    void loadVisibleDetail();
    void poll();
    void followNewest();
    void updateRangeEditors();
    std::pair<qint64, qint64> requestedRange() const;
    int bucketCount() const;
    void showEmpty(const QString &text);
    void showPlots();
    QColor colourOf(qint64 nodeId) const;

    NodeLoader *m_loader;
    QComboBox *m_cluster;
    QListWidget *m_nodeList;
    QComboBox *m_range;
    DateTimeField *m_from;
    DateTimeField *m_to;
    QCheckBox *m_live;
    QLabel *m_status;
    QStackedWidget *m_stack;
    NodePlotStack *m_plots;
    QLabel *m_emptyLabel;
    QTimer m_loadDelay;
    QTimer m_detailDelay;
    QTimer m_pollTimer;

    QString m_location;
    bool m_stale = false;
    quint64 m_listGeneration = 0;
    quint64 m_generation = 0;
    bool m_keepRangeOnLoad = false;
    bool m_pollInFlight = false;
    bool m_firstList = true;
    QList<NodeInfo> m_nodes;
    QHash<qint64, int> m_colourIndex;
    QSet<qint64> m_checked;
    NodeSeriesDataPtr m_data;
    qint64 m_newestTs = 0;
    qint64 m_appendedSamples = 0;
};

} // namespace es
