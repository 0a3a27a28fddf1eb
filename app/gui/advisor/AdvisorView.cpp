// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdvisorView.h"

#include "AdviceWorker.h"
#include "BatchScriptParser.h"
#include "EnergyFormat.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace es {
namespace {

std::vector<qint64> countsOf(const QString &text)
{
    std::vector<qint64> counts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 v = part.trimmed().toLongLong(&ok);
        if (ok && v > 0 && v <= 1'000'000)
            counts.push_back(v);
    }
    return counts;
}

QTableWidgetItem *numberItem(double v, int decimals)
{
    auto *item = new QTableWidgetItem(QLocale().toString(v, 'f', decimals));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// An energy in `unit` (fixed), its sort value in joules.
QTableWidgetItem *energyItem(double joules, EnergyUnit unit)
{
    auto *item = new QTableWidgetItem(EnergyFormat::number(joules, unit));
    item->setData(Qt::UserRole, joules);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

AdvisorView::AdvisorView(QWidget *parent) : QWidget(parent)
{
    auto *form = new QWidget(this);
    buildForm(form);
    m_candidates =
        makeTable(this,
                  {tr("Nodes"), tr("CPUs"), tr("Energy"), tr("90% interval"), tr("Time (s)"), tr("90% interval"),
                   tr("Energy Δ"), tr("Power Δ"), tr("Time Δ"), tr("Carbon (g)"), tr("Measured")},
                  QStringLiteral("adviceCandidates"));
    m_why = new QLabel(this);
    m_why->setObjectName(QStringLiteral("adviceWhy"));
    m_why->setWordWrap(true);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(220);
    PlotPalette::apply(m_plot, palette());
    m_plot->xAxis->setLabel(tr("Predicted run time (s)"));
    m_ledger = makeTable(this,
                         {tr("When (UTC)"), tr("Job name"), tr("Nodes"), tr("CPUs"), tr("Predicted"), tr("Status"),
                          tr("Job"), tr("Measured"), tr("Saving vs as asked"), tr("Promise")},
                         QStringLiteral("adviceLedger"));
    showEnergyUnit();
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, &AdvisorView::showEnergyUnit);

    auto *results = new QSplitter(Qt::Vertical, this);
    results->addWidget(m_candidates);
    auto *middle = new QWidget(this);
    auto *middleLayout = new QHBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_plot, 3);
    middleLayout->addWidget(m_why, 2);
    results->addWidget(middle);
    auto *ledgerBox = new QGroupBox(tr("Advice ledger"), this);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addWidget(m_ledger);
    results->addWidget(ledgerBox);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 3);
    results->setStretchFactor(2, 2);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(form);
    layout->addWidget(results, 1);
}

AdvisorView::~AdvisorView() = default;

void AdvisorView::buildForm(QWidget *form)
{
    m_clusterLabel = new QLabel(form);
    m_clusterLabel->setWordWrap(true);
    m_jobName = new QLineEdit(form);
    m_jobName->setObjectName(QStringLiteral("adviceJobName"));
    m_jobName->setPlaceholderText(tr("jobs of this name are the same work"));
    m_script = new QLineEdit(form);
    m_script->setPlaceholderText(tr("optional: #SBATCH lines fill the fields"));
    auto *browse = new QPushButton(tr("&Script…"), form);
    connect(browse, &QPushButton::clicked, this, &AdvisorView::chooseScript);
    m_nodes = new QSpinBox(form);
    m_nodes->setRange(0, 100000);
    m_nodes->setSpecialValueText(tr("as most run"));
    m_cpus = new QSpinBox(form);
    m_cpus->setRange(0, 10000000);
    m_cpus->setSpecialValueText(tr("as most run"));
    m_nodeCounts = new QLineEdit(form);
    m_nodeCounts->setPlaceholderText(tr("e.g. 1,2,4,8"));
    m_cpuCounts = new QLineEdit(form);
    m_cpuCounts->setPlaceholderText(tr("e.g. 32,64"));
    m_objective = new QComboBox(form);
    m_objective->addItem(tr("Least energy"), QStringLiteral("energy"));
    m_objective->addItem(tr("Least time"), QStringLiteral("time"));
    m_objective->addItem(tr("Least energy × time"), QStringLiteral("edp"));
    m_objective->addItem(tr("Least carbon"), QStringLiteral("carbon"));
    m_maxIncrease = new QDoubleSpinBox(form);
    m_maxIncrease->setRange(-1, 1000);
    m_maxIncrease->setSpecialValueText(tr("no limit"));
    m_maxIncrease->setValue(-1);
    m_maxIncrease->setSuffix(tr(" % slower at most"));
    m_carbon = new QLineEdit(form);
    m_carbon->setPlaceholderText(tr("a series from import-carbon"));
    m_adviseButton = new QPushButton(tr("&Advise"), form);
    m_adviseButton->setDefault(true);
    connect(m_adviseButton, &QPushButton::clicked, this, &AdvisorView::advise);
    m_progress = new QProgressBar(form);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(tr("Describe a job and press Advise."), form);
    m_status->setObjectName(QStringLiteral("adviceStatus"));
    m_status->setWordWrap(true);

    auto *scriptRow = new QHBoxLayout;
    scriptRow->addWidget(m_script, 1);
    scriptRow->addWidget(browse);
    auto *layout = new QFormLayout(form);
    layout->addRow(m_clusterLabel);
    layout->addRow(tr("&Job name:"), m_jobName);
    layout->addRow(tr("Batch script:"), scriptRow);
    layout->addRow(tr("As asked, &nodes:"), m_nodes);
    layout->addRow(tr("As asked, &CPUs:"), m_cpus);
    layout->addRow(tr("Try node counts:"), m_nodeCounts);
    layout->addRow(tr("Try CPU counts:"), m_cpuCounts);
    layout->addRow(tr("&Objective:"), m_objective);
    layout->addRow(tr("&Time limit:"), m_maxIncrease);
    layout->addRow(tr("Carbon series:"), m_carbon);
    layout->addRow(m_adviseButton);
    layout->addRow(m_progress);
    layout->addRow(m_status);
    form->setMinimumWidth(280);
    form->setMaximumWidth(360);
    setFilter(JobFilter{});
}

void AdvisorView::setLocation(const QString &location)
{
    m_location = location;
    reloadLedger();
}

void AdvisorView::setFilter(const JobFilter &filter)
{
    m_cluster = filter.cluster;
    m_clusterLabel->setText(
        m_cluster.isEmpty() ? tr("Advice learns from the measured jobs of the filter bar's cluster (or of the "
                                 "store's only cluster).")
                            : tr("Advice from the measured jobs of cluster <b>%1</b>.").arg(m_cluster.toHtmlEscaped()));
    reloadLedger();
}

void AdvisorView::setJob(const QString &jobName, qint64 nodes, qint64 cpus, const QString &nodeCounts,
                         const QString &cpuCounts, double maxTimeIncreasePct)
{
    m_jobName->setText(jobName);
    m_nodes->setValue(int(nodes));
    m_cpus->setValue(int(cpus));
    m_nodeCounts->setText(nodeCounts);
    m_cpuCounts->setText(cpuCounts);
    m_maxIncrease->setValue(maxTimeIncreasePct);
}

void AdvisorView::chooseScript()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Batch Script"), QString(),
                                                      tr("Batch scripts (*.sh *.sbatch *.slurm);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto script = BatchScriptParser::parse(QString::fromUtf8(file.readAll()), &error);
    if (!script) {
        m_status->setText(tr("%1: %2").arg(path, error));
        return;
    }
    m_script->setText(path);
    if (!script->jobName.isEmpty())
        m_jobName->setText(script->jobName);
    m_nodes->setValue(int(script->nodesMin.value_or(0)));
    m_cpus->setValue(int(script->ntasks.value_or(0) * script->cpusPerTask.value_or(1)));
}

void AdvisorView::advise()
{
    if (m_worker)
        return;
    if (m_location.isEmpty() || m_jobName->text().trimmed().isEmpty()) {
        m_status->setText(tr("Open a store and name the job."));
        return;
    }
    ml::PlacementAdvisor::Request request;
    request.cluster = m_cluster;
    request.jobName = m_jobName->text().trimmed();
    request.defaultNodes = m_nodes->value();
    request.defaultCpus = m_cpus->value();
    request.nodeCounts = countsOf(m_nodeCounts->text());
    request.cpuCounts = countsOf(m_cpuCounts->text());
    request.objective = ml::PlacementAdvisor::objectiveFromName(m_objective->currentData().toString())
                            .value_or(ml::PlacementAdvisor::Objective::Energy);
    if (m_maxIncrease->value() >= 0)
        request.maxTimeIncreasePct = m_maxIncrease->value();
    request.carbonSeries = m_carbon->text().trimmed();
    request.beginTs = QDateTime::currentSecsSinceEpoch();
    auto *worker = new AdviceWorker(m_location, request, this);
    m_worker = worker;
    connect(
        worker, &AdviceWorker::progress, m_progress,
        [this](const QString &stage, int done, int total) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_status->setText(stage);
        },
        Qt::QueuedConnection);
    connect(worker, &QThread::finished, this, &AdvisorView::onFinished);
    m_adviseButton->setEnabled(false);
    m_status->setText(tr("Learning from the measured history…"));
    worker->start();
}

void AdvisorView::reloadLedger()
{
    if (m_worker || m_location.isEmpty())
        return;
    ml::PlacementAdvisor::Request request; // no job name: the ledger only
    request.cluster = m_cluster;
    auto *worker = new AdviceWorker(m_location, request, this);
    m_worker = worker;
    connect(worker, &QThread::finished, this, &AdvisorView::onFinished);
    worker->start();
}

void AdvisorView::onFinished()
{
    AdviceWorker *worker = m_worker;
    if (!worker)
        return;
    worker->deleteLater();
    m_worker.clear();
    m_adviseButton->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    showLedger(worker->ledger());
    if (worker->request().jobName.isEmpty())
        return;
    if (!worker->advice()) {
        m_status->setText(tr("Advice failed: %1").arg(worker->error()));
        Q_EMIT adviceFinished(false);
        return;
    }
    m_advice = *worker->advice();
    const ml::PlacementAdvisor::Advice &advice = *m_advice;
    showEnergyUnit(); // the titles' unit follows the advice's energies under Automatic
    m_status->setText(advice.chosen >= 0 ? tr("Advice recorded in the ledger; submit it with energy-studio-cli "
                                              "advise --profile P --script FILE --submit.")
                                         : advice.reason);
    Q_EMIT adviceFinished(advice.chosen >= 0);
}

namespace {

double largestEnergyJ(const ml::PlacementAdvisor::Advice &advice)
{
    double largestJ = 0;
    for (const ml::PlacementAdvisor::Candidate &c : advice.ranked)
        largestJ = std::max(largestJ, c.energyUpperJ);
    return largestJ;
}

double largestEnergyJ(const QList<LedgerEntry> &entries)
{
    double largestJ = 0;
    for (const LedgerEntry &e : entries)
        largestJ = std::max({largestJ, e.advice.energyJ, e.measuredEnergyJ.value_or(0.0)});
    return largestJ;
}

} // namespace

void AdvisorView::showEnergyUnit()
{
    const EnergyFormat &format = EnergyFormat::instance();
    const double candidatesJ = m_advice ? largestEnergyJ(*m_advice) : 0.0;
    m_candidates->horizontalHeaderItem(2)->setText(format.title(tr("Energy"), candidatesJ));
    m_plot->yAxis->setLabel(format.title(tr("Predicted energy"), candidatesJ));
    const double ledgerJ = largestEnergyJ(m_ledgerEntries);
    m_ledger->horizontalHeaderItem(4)->setText(format.title(tr("Predicted"), ledgerJ));
    m_ledger->horizontalHeaderItem(7)->setText(format.title(tr("Measured"), ledgerJ));
    if (m_advice) {
        showCandidates(*m_advice);
        showPlot(*m_advice);
    }
    fillLedger();
}

void AdvisorView::showCandidates(const ml::PlacementAdvisor::Advice &advice)
{
    const EnergyUnit unit = EnergyFormat::instance().resolved(largestEnergyJ(advice));
    const QString symbol = EnergyFormat::symbol(unit);
    m_candidates->setRowCount(0);
    const QColor flagged = palette().color(QPalette::Disabled, QPalette::Text);
    for (size_t i = 0; i < advice.ranked.size(); ++i) {
        const ml::PlacementAdvisor::Candidate &c = advice.ranked[i];
        const int row = m_candidates->rowCount();
        m_candidates->insertRow(row);
        const auto pct = [](double v) { return QStringLiteral("%1%").arg(QLocale().toString(v, 'f', 1)); };
        const QString interval = QStringLiteral("%1 – %2");
        QList<QTableWidgetItem *> items{
            numberItem(double(c.nodes), 0),
            numberItem(double(c.cpus), 0),
            energyItem(c.energyJ, unit),
            textItem(
                interval.arg(EnergyFormat::number(c.energyLowerJ, unit), EnergyFormat::number(c.energyUpperJ, unit))),
            numberItem(c.timeS, 0),
            textItem(interval.arg(QLocale().toString(c.timeLowerS, 'f', 0), QLocale().toString(c.timeUpperS, 'f', 0))),
            textItem(pct(c.energyChangePct)),
            textItem(pct(c.powerChangePct)),
            textItem(pct(c.timeChangePct)),
            c.carbonG ? numberItem(*c.carbonG, 1) : textItem(tr("—")),
            textItem(c.isDefault          ? tr("as asked")
                     : c.extrapolated     ? tr("outside what was measured")
                     : !c.withinTimeLimit ? tr("over the time limit")
                     : c.measuredRuns > 0 ? tr("%n run(s): %1 %2, %3 s", "", c.measuredRuns)
                                                .arg(EnergyFormat::number(c.measuredEnergyJ, unit), symbol,
                                                     QLocale().toString(c.measuredTimeS, 'f', 0))
                                          : tr("never run"))};
        for (int col = 0; col < int(items.size()); ++col) {
            if (int(i) == advice.chosen) {
                QFont bold = items[col]->font();
                bold.setBold(true);
                items[col]->setFont(bold);
            }
            if (c.extrapolated || !c.withinTimeLimit)
                items[col]->setForeground(flagged);
            m_candidates->setItem(row, col, items[col]);
        }
    }
    m_candidates->resizeColumnsToContents();
    if (advice.chosen < 0) {
        m_why->setText(advice.reason);
        return;
    }
    const ml::PlacementAdvisor::Candidate &c = advice.ranked[size_t(advice.chosen)];
    QString why = tr("<b>%1 nodes × %2 CPUs</b>: energy %3% against the job as asked (power %4%, time %5%).")
                      .arg(c.nodes)
                      .arg(c.cpus)
                      .arg(QLocale().toString(c.energyChangePct, 'f', 1), QLocale().toString(c.powerChangePct, 'f', 1),
                           QLocale().toString(c.timeChangePct, 'f', 1));
    why += QStringLiteral(" ");
    why +=
        (c.measuredRuns > 0
             ? tr("This configuration ran %n time(s) for this job name: %1, %2 s measured.", "", c.measuredRuns)
                   .arg(EnergyFormat::instance().text(c.measuredEnergyJ), QLocale().toString(c.measuredTimeS, 'f', 0))
             : tr("This configuration never ran for this job name: predicted from its other "
                  "runs and from the other job names."));
    why += QStringLiteral(" ");
    why += tr("Behind it: %1 runs of this job name; %2 job names, %3 configurations, %4 runs on the cluster. "
              "Intervals are 90% split-conformal. Not modelled yet: peak temperature; the queue wait comes "
              "from Slurm in the CLI (advise --profile).")
               .arg(advice.runsOfTask)
               .arg(advice.tasks)
               .arg(advice.cells)
               .arg(advice.runs);
    m_why->setText(why);
}

void AdvisorView::showPlot(const ml::PlacementAdvisor::Advice &advice)
{
    m_plot->clearPlottables();
    const EnergyUnit unit = EnergyFormat::instance().resolved(largestEnergyJ(advice));
    const auto inUnit = [unit](double joules) { return EnergyFormat::convert(joules, unit); };
    QVector<double> x, y, low, high, chosenX, chosenY, askedX, askedY;
    for (size_t i = 0; i < advice.ranked.size(); ++i) {
        const ml::PlacementAdvisor::Candidate &c = advice.ranked[i];
        x << c.timeS;
        y << inUnit(c.energyJ);
        low << inUnit(c.energyJ - c.energyLowerJ);
        high << inUnit(c.energyUpperJ - c.energyJ);
        if (int(i) == advice.chosen) {
            chosenX << c.timeS;
            chosenY << inUnit(c.energyJ);
        }
        if (c.isDefault) {
            askedX << c.timeS;
            askedY << inUnit(c.energyJ);
        }
    }
    const auto scatter = [&](const QVector<double> &xs, const QVector<double> &ys, const QColor &color, double size,
                             const QString &name) {
        QCPGraph *graph = m_plot->addGraph();
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, size));
        graph->setData(xs, ys);
        return graph;
    };
    QCPGraph *all = scatter(x, y, PlotPalette::category(0), 6, tr("candidates"));
    auto *bars = new QCPErrorBars(m_plot->xAxis, m_plot->yAxis);
    bars->setName(tr("90% interval"));
    bars->setDataPlottable(all);
    bars->setData(low, high);
    bars->setPen(QPen(PlotPalette::category(0).lighter(140)));
    scatter(askedX, askedY, PlotPalette::category(1), 11, tr("as asked"));
    scatter(chosenX, chosenY, PlotPalette::category(2), 11, tr("advised"));
    m_plot->legend->setVisible(true);
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.1);
    m_plot->yAxis->scaleRange(1.2);
    m_plot->replot();
}

void AdvisorView::showLedger(const QList<LedgerEntry> &entries)
{
    m_ledgerEntries = entries;
    showEnergyUnit();
}

void AdvisorView::fillLedger()
{
    const EnergyUnit unit = EnergyFormat::instance().resolved(largestEnergyJ(m_ledgerEntries));
    m_ledger->setRowCount(0);
    for (const LedgerEntry &e : std::as_const(m_ledgerEntries)) {
        const AdviceRecord &a = e.advice;
        const int row = m_ledger->rowCount();
        m_ledger->insertRow(row);
        const bool broken = e.brokeTimeLimit || e.ranElsewhere;
        QList<QTableWidgetItem *> items{
            textItem(QDateTime::fromSecsSinceEpoch(a.createdTs, QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            textItem(a.jobName),
            numberItem(double(a.nodes), 0),
            numberItem(double(a.cpus), 0),
            energyItem(a.energyJ, unit),
            textItem(a.status == u"not_submitted" ? tr("not submitted: %1").arg(a.error) : a.status),
            textItem(a.jobId.isEmpty() ? tr("—") : a.jobId),
            e.measuredEnergyJ && !e.implausibleEnergy ? energyItem(*e.measuredEnergyJ, unit)
                                                      : textItem(e.implausibleEnergy ? tr("implausible") : tr("—")),
            e.savingVsDefaultPct
                ? textItem(QStringLiteral("%1%").arg(QLocale().toString(*e.savingVsDefaultPct, 'f', 1)))
                : textItem(tr("—")),
            textItem(a.status != u"submitted" ? tr("—")
                     : !e.finished            ? tr("not run yet")
                     : e.brokeTimeLimit       ? tr("broken: over the time limit")
                     : e.ranElsewhere         ? tr("ran on other counts")
                                              : tr("kept"))};
        for (int col = 0; col < int(items.size()); ++col) {
            if (broken)
                items[col]->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_ledger->setItem(row, col, items[col]);
        }
    }
    m_ledger->resizeColumnsToContents();
}

QString AdvisorView::explanation() const
{
    return m_why->text();
}

} // namespace es
