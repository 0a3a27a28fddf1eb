// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "DashboardFlowStats.h"

#include <QWidget>

class QChartView;
class QLabel;
class QStackedWidget;

namespace es {

/// The Dashboard's scheduler panels (Qt Charts), one row under the energy charts: queue wait per day (median and
/// p90 of the largest groups, in hours), throughput per day (jobs ended, node-hours), and the share of failed jobs
/// per group. Each panel shows a message instead of its chart when the selection has nothing for it. GUI thread
/// only; the data comes from DashboardLoader.
class DashboardFlowPanels final : public QWidget
{
    Q_OBJECT
public:
    enum Panel
    {
        QueueWait,
        Throughput,
        Failures,
        PanelCount
    };

    explicit DashboardFlowPanels(QWidget *parent = nullptr);

    /// Rebuilds the three charts from `flow` with the widget's palette.
    void setFlow(const DashboardFlow &flow);
    bool isShowingEmpty(Panel panel) const;
    QString emptyText(Panel panel) const;
    QChartView *chartView(Panel panel) const { return m_views[panel]; }

private:
    void fillQueueWait(const DashboardFlow &flow);
    void fillThroughput(const DashboardFlow &flow);
    void fillFailures(const DashboardFlow &flow);
    void showEmpty(Panel panel, const QString &text);

    QStackedWidget *m_stacks[PanelCount];
    QChartView *m_views[PanelCount];
    QLabel *m_empty[PanelCount];
};

} // namespace es
