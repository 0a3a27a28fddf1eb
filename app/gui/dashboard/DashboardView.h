// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "DashboardLoader.h"
#include "JobFilter.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace es {

class DashboardActions;
class DashboardFlowPanels;

/// The Dashboard tab: headline figures and charts of the energy of the jobs the shared filter selects (by
/// partition, user, job type; jobs per day; the ten jobs that used the most energy) and the thermal events of the
/// filter's cluster and time range (per day by severity, with a one-line summary); under them, how the jobs went
/// through the scheduler (queue wait, throughput, failure share: DashboardFlowPanels), which needs no energy.
///
/// Data comes from a DashboardLoader thread with its own es::Store; the GUI thread never touches the database.
/// Loading is lazy: setLocation()/setFilter()/reload() only mark the data stale while the view is hidden. Chart
/// themes follow the widget palette (light or dark) and change with it.
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    /// The cluster's name on the job id item of each top job row.
    static constexpr int ClusterRole = Qt::UserRole;
    /// The columns of topJobsTable().
    enum TopJobColumn
    {
        TopCluster,
        TopJobId,
        TopEnergy, ///< in EnergyFormat's unit; before the names, so that it stays in sight in a narrow window
        TopName,
        TopUser,
        TopSource,
        TopColumnCount
    };

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;
    Q_DISABLE_COPY_MOVE(DashboardView)

    /// The store to read (a path or a postgresql:// URL), as the jobs view has it open.
    void setLocation(const QString &location);
    void setFilter(const JobFilter &filter);
    /// Reads the jobs again (e.g. after an import); deferred until shown.
    void reload();

    /// The last loaded aggregates; null before the first load.
    DashboardDataPtr data() const { return m_data; }
    /// True while the message of an empty selection or of a store without energy replaces the charts.
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    QTableWidget *topJobsTable() const { return m_topJobs; }
    /// The one-line summary of the thermal events ("7 thermal events on 3 nodes, hottest …").
    QString thermalSummaryText() const;
    /// True while the thermal chart is replaced by the message that there are no thermal events.
    bool isShowingNoThermalEvents() const;
    QChartView *thermalChartView() const { return m_thermalView; }
    /// Offered in the empty state of a selection with jobs but no energy: derives job metrics (as `metrics derive`,
    /// for the filter's cluster or every cluster) in a thread, then reloads.
    QPushButton *deriveMetricsButton() const { return m_deriveButton; }
    /// Offered beside "no thermal events": evaluates the alerts over the stored history, then reloads.
    QPushButton *checkAlertsButton() const { return m_checkAlertsButton; }
    /// The progress, Cancel and result line of those actions.
    DashboardActions *actions() const { return m_actions; }
    /// Queue wait, throughput and failure share: shown whenever the selection has jobs, with or without energy.
    DashboardFlowPanels *flowPanels() const { return m_flow; }

Q_SIGNALS:
    /// A load finished and the charts show its data.
    void dataLoaded();
    void errorOccurred(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void connectSignals();
    void startLoadIfNeeded();
    /// The empty state's page: the message and, when there are jobs but no energy, the derive button.
    QWidget *newEmptyPage();
    QWidget *newThermalEmptyPage();
    void runAction(int action);
    void onLoaded(quint64 generation, const DashboardDataPtr &data);
    void onFailed(quint64 generation, const QString &error);
    void rebuild();
    /// A new chart in `view` titled `label` and the energy unit of its largest group.
    void fillGroupChart(QChartView *view, const QString &label, const QList<DashboardData::Group> &groups,
                        bool lastIsOther, const QString &noneName);
    void fillDayChart();
    void fillThermalChart();
    void fillTopJobs();
    void setTopJobsHeader();
    void fillHeadline();

    DashboardLoader *m_loader;
    QStackedWidget *m_stack;
    QWidget *m_emptyPage;
    QLabel *m_emptyLabel;
    QPushButton *m_deriveButton;
    QLabel *m_status;
    QLabel *m_jobsFigure;
    QLabel *m_energyFigure;
    QLabel *m_sourceFigure;
    QLabel *m_coverageFigure;
    QChartView *m_partitionView;
    QChartView *m_userView;
    QChartView *m_jobTypeView;
    QChartView *m_dayView;
    QTableWidget *m_topJobs;
    QLabel *m_thermalSummary;
    QStackedWidget *m_thermalStack;
    QChartView *m_thermalView;
    QWidget *m_thermalEmptyPage;
    QLabel *m_thermalEmpty;
    QPushButton *m_checkAlertsButton;
    DashboardActions *m_actions;
    DashboardFlowPanels *m_flow;

    QString m_location;
    JobFilter m_filter;
    bool m_stale = true;
    quint64 m_generation = 0;
    DashboardDataPtr m_data;
};

} // namespace es
