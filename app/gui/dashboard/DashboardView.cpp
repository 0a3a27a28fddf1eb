// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DashboardView.h"

#include "DashboardActions.h"
#include "DashboardCharts.h"
#include "DashboardFlowPanels.h"
#include "EnergyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

QString percent(double part, double whole)
{
    return QLocale().toString(whole > 0 ? 100.0 * part / whole : 0.0, 'f', 0);
}

QLabel *newFigure(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setMinimumWidth(160);
    return label;
}

QString figureHtml(const QString &value, const QString &caption)
{
    return QStringLiteral("<span style=\"font-size:16pt; font-weight:600\">") + value.toHtmlEscaped() +
           QStringLiteral("</span><br>") + caption.toHtmlEscaped();
}

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent), m_loader(new DashboardLoader(this)), m_stack(new QStackedWidget(this)), m_emptyPage(nullptr),
      m_emptyLabel(new QLabel(this)), m_deriveButton(new QPushButton(tr("Derive metrics"), this)),
      m_status(new QLabel(this)), m_jobsFigure(newFigure(this)), m_energyFigure(newFigure(this)),
      m_sourceFigure(newFigure(this)), m_coverageFigure(newFigure(this)),
      m_partitionView(DashboardCharts::newChartView(this)), m_userView(DashboardCharts::newChartView(this)),
      m_jobTypeView(DashboardCharts::newChartView(this)), m_dayView(DashboardCharts::newChartView(this)),
      m_topJobs(new QTableWidget(this)), m_thermalSummary(new QLabel(this)), m_thermalStack(new QStackedWidget(this)),
      m_thermalView(DashboardCharts::newChartView(this)), m_thermalEmptyPage(nullptr), m_thermalEmpty(new QLabel(this)),
      m_checkAlertsButton(new QPushButton(tr("Check alerts"), this)), m_actions(new DashboardActions(this)),
      m_flow(new DashboardFlowPanels(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_partitionView->setObjectName(QStringLiteral("dashboardPartitionChart"));
    m_userView->setObjectName(QStringLiteral("dashboardUserChart"));
    m_jobTypeView->setObjectName(QStringLiteral("dashboardJobTypeChart"));
    m_dayView->setObjectName(QStringLiteral("dashboardDayChart"));
    m_thermalView->setObjectName(QStringLiteral("dashboardThermalChart"));
    m_thermalSummary->setObjectName(QStringLiteral("dashboardThermalSummary"));
    m_thermalEmptyPage = newThermalEmptyPage();
    m_thermalStack->addWidget(m_thermalView);
    m_thermalStack->addWidget(m_thermalEmptyPage);
    m_emptyPage = newEmptyPage();
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_topJobs->setObjectName(QStringLiteral("dashboardTopJobs"));
    m_topJobs->setColumnCount(TopColumnCount);
    setTopJobsHeader();
    m_topJobs->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_topJobs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_topJobs->setAlternatingRowColors(true);
    m_topJobs->setWordWrap(false);
    m_topJobs->verticalHeader()->setVisible(false);
    m_topJobs->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6); // rows as compact as the text
    m_topJobs->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topJobs->horizontalHeader()->setSectionResizeMode(TopName, QHeaderView::Stretch);

    auto *topBox = new QWidget(this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *topTitle = new QLabel(tr("Top %1 jobs by energy").arg(DashboardData::kTopJobs), topBox);
    QFont bold = topTitle->font();
    bold.setBold(true);
    topTitle->setFont(bold);
    topLayout->addWidget(topTitle);
    topLayout->addWidget(m_topJobs, 1);

    auto *thermalBox = new QWidget(this);
    auto *thermalLayout = new QVBoxLayout(thermalBox);
    thermalLayout->setContentsMargins(0, 0, 0, 0);
    QFont boldSummary = m_thermalSummary->font();
    boldSummary.setBold(true);
    m_thermalSummary->setFont(boldSummary);
    thermalLayout->addWidget(m_thermalSummary);
    thermalLayout->addWidget(m_thermalStack, 1);

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_partitionView, 0, 0);
    grid->addWidget(m_userView, 0, 1);
    grid->addWidget(m_jobTypeView, 0, 2);
    grid->addWidget(m_dayView, 1, 0);
    grid->addWidget(thermalBox, 1, 1);
    grid->addWidget(topBox, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);

    m_stack->addWidget(charts);
    m_stack->addWidget(m_emptyPage);
    m_stack->setCurrentWidget(m_emptyPage);

    auto *figures = new QHBoxLayout;
    figures->addWidget(m_jobsFigure);
    figures->addWidget(m_energyFigure);
    figures->addWidget(m_sourceFigure);
    figures->addWidget(m_coverageFigure);
    figures->addWidget(m_actions, 1); // the actions' progress and result beside the figures: no row of their own
    figures->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(figures);
    layout->addWidget(m_stack, 2);
    layout->addWidget(m_flow, 1);
    connectSignals();
    m_loader->start();
    rebuild();
}

void DashboardView::connectSignals()
{
    connect(m_deriveButton, &QPushButton::clicked, this,
            [this] { runAction(int(StoreActionWorker::Action::DeriveMetrics)); });
    connect(m_checkAlertsButton, &QPushButton::clicked, this,
            [this] { runAction(int(StoreActionWorker::Action::CheckAlerts)); });
    connect(m_actions, &DashboardActions::finished, this, [this] {
        m_deriveButton->setEnabled(true);
        m_checkAlertsButton->setEnabled(true);
        reload();
    });
    connect(m_loader, &DashboardLoader::loaded, this, &DashboardView::onLoaded, Qt::QueuedConnection);
    connect(m_loader, &DashboardLoader::failed, this, &DashboardView::onFailed, Qt::QueuedConnection);
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, [this] {
        setTopJobsHeader();
        rebuild();
    });
}

DashboardView::~DashboardView() = default; // m_loader's and m_actions' destructors stop and join their threads

QWidget *DashboardView::newEmptyPage()
{
    auto *page = new QWidget(this);
    m_emptyLabel->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_deriveButton->setObjectName(QStringLiteral("dashboardDeriveMetrics"));
    m_deriveButton->setToolTip(tr("Per-job temperature, frequency, utilisation and energy from the node samples: "
                                  "Slurm's measured energy, else node meters, else a power model (an estimate)."));
    m_deriveButton->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_deriveButton, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget *DashboardView::newThermalEmptyPage()
{
    auto *page = new QFrame(this);
    page->setFrameShape(QFrame::StyledPanel);
    m_thermalEmpty->setObjectName(QStringLiteral("dashboardThermalEmptyState"));
    m_thermalEmpty->setAlignment(Qt::AlignCenter);
    m_thermalEmpty->setWordWrap(true);
    m_thermalEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_checkAlertsButton->setObjectName(QStringLiteral("dashboardCheckAlerts"));
    m_checkAlertsButton->setToolTip(tr("Evaluates the thermal, energy, failure and memory alerts over every stored "
                                       "sample and job, as the Alerts tab does."));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_thermalEmpty);
    layout->addWidget(m_checkAlertsButton, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

void DashboardView::runAction(int action)
{
    if (!m_actions->start(StoreActionWorker::Action(action), m_location, m_filter.cluster))
        return;
    m_deriveButton->setEnabled(false);
    m_checkAlertsButton->setEnabled(false);
}

void DashboardView::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    reload();
}

void DashboardView::setFilter(const JobFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DashboardView::reload()
{
    m_stale = true;
    startLoadIfNeeded();
}

bool DashboardView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyPage;
}

QString DashboardView::emptyStateText() const
{
    return m_emptyLabel->text();
}

QString DashboardView::thermalSummaryText() const
{
    return m_thermalSummary->text();
}

bool DashboardView::isShowingNoThermalEvents() const
{
    return m_thermalStack->currentWidget() == m_thermalEmptyPage;
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    startLoadIfNeeded();
}

void DashboardView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void DashboardView::startLoadIfNeeded()
{
    if (!m_stale || m_location.isEmpty() || !isVisible())
        return;
    m_stale = false;
    m_status->setText(tr("Loading…"));
    m_loader->load(++m_generation, m_location, m_filter);
}

void DashboardView::onLoaded(quint64 generation, const DashboardDataPtr &data)
{
    if (generation != m_generation)
        return;
    m_data = data;
    m_status->clear();
    rebuild();
    Q_EMIT dataLoaded();
}

void DashboardView::onFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_status->setText(error);
    Q_EMIT errorOccurred(error);
}

void DashboardView::rebuild()
{
    fillHeadline();
    const bool haveJobs = m_data && m_data->jobs > 0;
    const bool energyCharts = haveJobs && m_data->jobsWithEnergy > 0;
    m_flow->setVisible(haveJobs);
    if (haveJobs)
        m_flow->setFlow(m_data->flow);
    // Without energy charts their page takes no room (an Ignored page does not size the stack), so that the message
    // is one line and the scheduler panels get the space.
    const QSizePolicy::Policy policy = energyCharts ? QSizePolicy::Preferred : QSizePolicy::Ignored;
    m_stack->widget(0)->setSizePolicy(policy, policy);
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_stack, energyCharts ? 2 : haveJobs ? 0 : 1);
    m_deriveButton->setVisible(m_data && m_data->jobs > 0 && m_data->jobsWithEnergy == 0);
    if (!m_data) {
        m_emptyLabel->setText(tr("Loading the dashboard…"));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    if (m_data->jobs == 0) {
        m_emptyLabel->setText(m_filter.isEmpty()
                                  ? tr("No jobs yet. Import a Slurm sacct dump, an SWF trace or a CSV dataset with "
                                       "File → Import…, or harvest a cluster.")
                                  : tr("No jobs match the filter. Change or clear the filter above."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    if (m_data->jobsWithEnergy == 0) {
        m_emptyLabel->setText(tr("No energy data yet: harvest a cluster with energy accounting, or derive per-job "
                                 "energy from the node samples."));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const QString none = tr("(none)");
    fillGroupChart(m_partitionView, tr("Energy by partition"), m_data->byPartition, false, none);
    fillGroupChart(m_userView, tr("Energy by user, top %1").arg(DashboardData::kTopUsers), m_data->byUser,
                   m_data->usersHaveOther, none);
    fillGroupChart(m_jobTypeView, tr("Energy by job type"), m_data->byJobType, false, none);
    fillDayChart();
    fillThermalChart();
    fillTopJobs();
    m_stack->setCurrentIndex(0);
}

void DashboardView::fillHeadline()
{
    const bool have = m_data && m_data->jobs > 0;
    const QLocale locale;
    m_jobsFigure->setText(figureHtml(have ? locale.toString(m_data->jobs) : QStringLiteral("–"), tr("jobs")));
    const EnergyUnit unit = EnergyFormat::instance().resolved(have ? m_data->energyJ : 0.0);
    m_energyFigure->setText(figureHtml(have && m_data->jobsWithEnergy > 0 ? EnergyFormat::number(m_data->energyJ, unit)
                                                                          : QStringLiteral("–"),
                                       tr("%1 in total").arg(EnergyFormat::symbol(unit))));
    if (have && m_data->energyJ > 0) {
        QString caption = tr("measured, %1 % estimated").arg(percent(m_data->estimatedJ, m_data->energyJ));
        if (m_data->unspecifiedJ > 0)
            caption =
                tr("measured, %1 % estimated, %2 % of unknown source")
                    .arg(percent(m_data->estimatedJ, m_data->energyJ), percent(m_data->unspecifiedJ, m_data->energyJ));
        m_sourceFigure->setText(figureHtml(tr("%1 %").arg(percent(m_data->measuredJ, m_data->energyJ)), caption));
    } else {
        m_sourceFigure->setText(figureHtml(QStringLiteral("–"), tr("measured vs estimated")));
    }
    m_sourceFigure->setToolTip(tr("Measured: Slurm accounting, energy counters or the imported dataset. "
                                  "Estimated: derived from a power model."));
    m_coverageFigure->setText(figureHtml(
        have ? locale.toString(m_data->jobsWithEnergy) : QStringLiteral("–"),
        have ? tr("jobs with energy (%1 %)").arg(percent(double(m_data->jobsWithEnergy), double(m_data->jobs)))
             : tr("jobs with energy")));
}

void DashboardView::fillGroupChart(QChartView *view, const QString &label, const QList<DashboardData::Group> &groups,
                                   bool lastIsOther, const QString &noneName)
{
    double largestJ = 0;
    for (const DashboardData::Group &group : groups)
        largestJ = std::max(largestJ, group.energyJ);
    const EnergyFormat &format = EnergyFormat::instance();
    QChart *chart = DashboardCharts::newChart(format.title(label, largestJ), palette());
    DashboardCharts::replaceChart(view, chart);
    DashboardCharts::fillGroupChart(chart, groups, lastIsOther, noneName, format.resolved(largestJ), palette());
}

void DashboardView::fillDayChart()
{
    DashboardCharts::fillDayChart(m_dayView, *m_data, palette());
}

void DashboardView::fillThermalChart()
{
    const DashboardData &data = *m_data;
    if (data.thermalEvents == 0) {
        m_thermalSummary->setText(tr("No thermal events"));
        m_thermalSummary->setToolTip(QString());
        m_thermalEmpty->setText(tr("No node reached its warning or critical temperature in this range, or the "
                                   "alerts were not checked since the node metrics arrived."));
        m_thermalStack->setCurrentWidget(m_thermalEmptyPage);
        return;
    }
    QString summary = tr("%1 on %2")
                          .arg(tr("%n thermal event(s)", nullptr, int(data.thermalEvents)),
                               tr("%n node(s)", nullptr, int(data.thermalNodes)));
    if (data.hottestTempC) {
        const QString node = data.hottestNode.isEmpty() ? tr("an unknown node") : data.hottestNode;
        summary = tr("%1, hottest %2 °C on %3").arg(summary, QLocale().toString(*data.hottestTempC, 'f', 1), node);
    }
    m_thermalSummary->setText(summary);
    m_thermalSummary->setToolTip(data.hottestTempC ? tr("Hottest node in cluster %1").arg(data.hottestCluster)
                                                   : QString());
    m_thermalStack->setCurrentWidget(m_thermalView);

    DashboardCharts::fillThermalChart(m_thermalView, data, palette());
}

void DashboardView::setTopJobsHeader()
{
    // In TopJobColumn order.
    m_topJobs->setHorizontalHeaderLabels({tr("Cluster"), tr("Job ID"), EnergyFormat::instance().title(tr("Energy")),
                                          tr("Name"), tr("User"), tr("Source")});
}

void DashboardView::fillTopJobs()
{
    m_topJobs->clearContents();
    m_topJobs->setRowCount(int(m_data->topJobs.size()));
    // The cluster column only when the jobs come from more than one cluster.
    QSet<QString> clusters;
    for (const DashboardData::TopJob &job : m_data->topJobs)
        clusters.insert(job.cluster);
    m_topJobs->setColumnHidden(TopCluster, clusters.size() <= 1);
    int row = 0;
    for (const DashboardData::TopJob &job : m_data->topJobs) {
        auto *id = new QTableWidgetItem(job.jobId);
        id->setToolTip(tr("Cluster %1").arg(job.cluster));
        id->setData(ClusterRole, job.cluster);
        m_topJobs->setItem(row, TopCluster, new QTableWidgetItem(job.cluster));
        m_topJobs->setItem(row, TopJobId, id);
        m_topJobs->setItem(row, TopName, new QTableWidgetItem(job.name));
        m_topJobs->setItem(row, TopUser, new QTableWidgetItem(job.user));
        auto *energy = new QTableWidgetItem(EnergyFormat::instance().cellText(job.energyJ));
        energy->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        energy->setToolTip(tr("%1 J").arg(QLocale().toString(job.energyJ, 'f', 0)));
        m_topJobs->setItem(row, TopEnergy, energy);
        // Short, so that the table fits beside two charts at 1024 px; the source itself in the tooltip.
        auto *source = new QTableWidgetItem(DashboardLoader::isMeasuredSource(job.source) ? tr("measured")
                                            : job.source == QLatin1String("model")        ? tr("estimated")
                                                                                          : tr("unknown"));
        source->setToolTip(job.source.isEmpty() ? tr("No energy source recorded")
                                                : tr("Energy source: %1").arg(job.source));
        m_topJobs->setItem(row, TopSource, source);
        ++row;
    }
}

} // namespace es
