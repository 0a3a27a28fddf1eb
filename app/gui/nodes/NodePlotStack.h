// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "NodeSeriesData.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPoint>
#include <QTimer>
#include <QWidget>

#include <array>

class QCustomPlot;
class QCPGraph;
class QCPItemText;

namespace es {

class NodeSpanLayer;

/// The Nodes view's stacked time plots: temperature, power, CPU frequency, and CPU utilisation with the 1-minute
/// load on a second axis. One curve per node and source in the node's colour; the job spans of the nodes shaded
/// behind the curves. The x ranges (UTC epoch seconds, shown in local time) stay in step on zoom and pan, which
/// only act horizontally. Hovering a span shows its jobs; clicking it emits jobClicked().
///
/// Repaints after data changes are capped at kMaxRepaintsPerS (live mode appends every few seconds and a burst of
/// answers must not repaint for each); repaints during a drag or a wheel zoom are QCustomPlot's own.
/// Threading: GUI thread only.
class NodePlotStack final : public QWidget
{
    Q_OBJECT
public:
    enum Plot
    {
        Temperature,
        Power,
        Frequency,
        Utilisation,
        PlotCount
    };
    static constexpr int kMaxRepaintsPerS = 4;
    /// Plots with more points than this draw their curves without antialiasing.
    static constexpr qint64 kAntialiasPointLimit = 20000;

    explicit NodePlotStack(QWidget *parent = nullptr);
    ~NodePlotStack() override;
    Q_DISABLE_COPY_MOVE(NodePlotStack)

    /// Colour of each node's curves and spans, by nodes.id.
    void setNodeColours(const QHash<qint64, QColor> &colours);
    /// Replaces every curve and span. The x range is left alone (setXRange() it).
    void setData(const NodeSeriesDataPtr &data);
    /// Live mode: adds the samples of `data` newer than each curve's last point and replaces the spans.
    void appendData(const NodeSeriesData &data);
    /// Sets the x range of all plots (not counted as the user's range) and fits the y axes to what is visible.
    void setXRange(double fromTs, double toTs);
    double xLower() const;
    double xUpper() const;
    /// True once the user zoomed or panned, until clearUserRange().
    bool isUserRanged() const { return m_userRanged; }
    void clearUserRange() { m_userRanged = false; }

    QCustomPlot *plot(int index) const { return m_plots[size_t(index)]; }
    /// A file-name key for a plot: "temperature", "power", "frequency", "utilisation".
    static QString plotKey(int index);
    /// Number of curves over all plots.
    int graphCount() const;
    /// Points of all curves together.
    qint64 pointCount() const;
    /// The spans that contain `ts`, the innermost (latest start) first.
    QList<NodeJobSpan> spansAt(double ts) const;
    const std::vector<NodeJobSpan> &spans() const { return m_spans; }
    /// Repaints every plot now or, when the last repaint is too recent, once the cap allows.
    void requestReplot();
    /// Repaints made through requestReplot(), for tests of the cap.
    int replotCount() const { return m_replotCount; }

Q_SIGNALS:
    void jobClicked(qint64 jobPk, const QString &cluster, const QString &jobId);
    /// The user zoomed or panned one of the plots (the others followed).
    void userRangeChanged();
    /// The user double-clicked a plot: back to the chosen range.
    void rangeResetRequested();

private:
    struct Curve
    {
        QCPGraph *graph = nullptr;
        NodeMetric metric = NodeMetric::TempC;
    };

    void onRangeChanged(int source);
    void onMouseMove(QCustomPlot *plot, QMouseEvent *event);
    void onMouseRelease(QCustomPlot *plot, QMouseEvent *event);
    void addTrace(const NodeTrace &trace, int sourceIndex);
    void setSpans(std::vector<NodeJobSpan> spans);
    void fitValueAxes();
    void updateEmptyTexts();
    void updateAntialiasing();
    void replotNow();
    QColor colourOf(qint64 nodeId) const;
    static int plotOf(NodeMetric metric);

    std::array<QCustomPlot *, PlotCount> m_plots{};
    std::array<NodeSpanLayer *, PlotCount> m_spanLayers{};
    std::array<QCPItemText *, PlotCount> m_emptyTexts{};
    QHash<QString, Curve> m_curves; ///< by "nodeId/source/metric"
    QHash<QString, int> m_sourceIndex;
    QHash<qint64, QColor> m_colours;
    std::vector<NodeJobSpan> m_spans; ///< sorted by start
    bool m_syncing = false;
    bool m_userRanged = false;
    QPoint m_pressPos;
    QTimer m_replotTimer;
    bool m_replotPending = false;
    int m_replotCount = 0;
};

} // namespace es
