// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignsView.h"

#include "CampaignCsv.h"
#include "CampaignWizard.h"
#include "EnergyFormat.h"
#include "GuiSshPrompter.h"
#include "ProposalDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace es {
namespace {

constexpr int kTrackIntervalMs = 15000;

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString fixedOrBlank(const std::optional<double> &v, int decimals = 0)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString energy(const std::optional<double> &joules, EnergyUnit unit)
{
    return joules ? EnergyFormat::number(*joules, unit) : QString();
}

// The unit the energy columns of `rows` use: EnergyFormat's, under Automatic the one of their largest value.
template<typename Row, typename Field> EnergyUnit unitOf(const QList<Row> &rows, Field field)
{
    double largestJ = 0;
    for (const Row &row : rows)
        largestJ = std::max(largestJ, (row.*field).value_or(0.0));
    return EnergyFormat::instance().resolved(largestJ);
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    const QLocale locale;
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        bool isNumber = false;
        locale.toDouble(cells[c], &isNumber);
        if (isNumber)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

CampaignsView::CampaignsView(QWidget *parent)
    : QWidget(parent), m_campaigns(new QComboBox), m_progress(new QProgressBar), m_status(new QLabel),
      m_runs(table({tr("#"), tr("Workload"), tr("Nodes"), tr("CPU freq."), tr("Repeat"), tr("Attempt"), tr("State"),
                    tr("Job"), tr("Energy"), tr("Source"), tr("Time (s)"), tr("Figure of merit"), tr("Nodes run"),
                    tr("Message")})),
      m_cells(table({tr("Workload"), tr("Nodes"), tr("CPU freq."), tr("Runs done"), tr("Failed"), tr("Energy median"),
                     tr("Energy 5-95%"), tr("Time median (s)"), tr("FOM median"), tr("FOM unit")})),
      m_trackTimer(new QTimer(this)), m_prompter(new GuiSshPrompter(this, this))
{
    auto *bar = new QHBoxLayout;
    buildToolbar(bar);
    m_status->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_cells);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    m_trackTimer->setInterval(kTrackIntervalMs);
    connect(m_trackTimer, &QTimer::timeout, this, [this] {
        if (!isBusy())
            startOrResume();
    });
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, &CampaignsView::showEnergyUnit);
    showEnergyUnit();
    m_status->setText(tr("No campaign yet. \"New campaign...\" designs one: real benchmarks (sysbench, stress-ng, "
                         "fio or your own command) over node counts and CPU frequencies, each job measured."));
}

CampaignsView::~CampaignsView() = default;

void CampaignsView::buildToolbar(QHBoxLayout *bar)
{
    m_newButton = new QPushButton(tr("&New campaign..."));
    m_startButton = new QPushButton(tr("&Start / Resume"));
    m_trackButton = new QPushButton(tr("&Track"));
    m_trackButton->setCheckable(true);
    m_trackButton->setToolTip(tr("A pass every 15 s until every run has ended"));
    m_cancelButton = new QPushButton(tr("Cancel campaign"));
    m_exportButton = new QPushButton(tr("&Export CSV..."));
    m_proposeButton = new QPushButton(tr("&Propose next..."));
    m_proposeButton->setToolTip(tr("Active mode: the cells to measure next, where the energy predictions' 90% "
                                   "intervals are widest, within a core-hour budget"));
    bar->addWidget(new QLabel(tr("Campaign:")));
    bar->addWidget(m_campaigns, 1);
    for (QPushButton *b : {m_newButton, m_startButton, m_trackButton, m_cancelButton, m_exportButton, m_proposeButton})
        bar->addWidget(b);
    connect(m_proposeButton, &QPushButton::clicked, this, &CampaignsView::openProposal);
    connect(m_newButton, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_startButton, &QPushButton::clicked, this, &CampaignsView::startOrResume);
    connect(m_trackButton, &QPushButton::toggled, this, &CampaignsView::setTracking);
    connect(m_cancelButton, &QPushButton::clicked, this, &CampaignsView::cancelCampaign);
    connect(m_exportButton, &QPushButton::clicked, this, &CampaignsView::exportCsv);
    connect(m_campaigns, &QComboBox::activated, this, [this] { setShownCampaign(m_campaigns->currentText()); });
}

void CampaignsView::setLocation(const QString &location)
{
    m_location = location;
    m_shown.clear();
    reload();
}

void CampaignsView::setShownCampaign(const QString &name)
{
    m_shown = name;
    reload();
}

void CampaignsView::reload()
{
    startWorker(CampaignWorker::Task::Load);
}

void CampaignsView::startWorker(CampaignWorker::Task task, const CampaignSpec *spec, const ml::ProposalOptions *options)
{
    if (m_location.isEmpty() || isBusy())
        return;
    auto *worker = new CampaignWorker(m_location, task, spec ? spec->name : m_shown, this);
    if (spec)
        worker->setSpec(*spec);
    if (options)
        worker->setProposalOptions(*options);
    worker->setPrompter(m_prompter);
    m_worker = worker;
    connect(worker, &QThread::finished, this, &CampaignsView::onFinished);
    const bool onCluster = task == CampaignWorker::Task::Step || task == CampaignWorker::Task::Cancel;
    m_progress->setRange(0, onCluster ? 0 : 1); // busy indicator while the cluster answers
    for (QPushButton *b : {m_newButton, m_startButton, m_cancelButton, m_exportButton, m_proposeButton})
        b->setEnabled(false);
    if (onCluster)
        m_status->setText(tr("Asking the cluster about %1...").arg(m_shown));
    worker->start();
}

void CampaignsView::onFinished()
{
    CampaignWorker *worker = m_worker;
    m_worker.clear();
    if (!worker)
        return;
    worker->deleteLater();
    for (QPushButton *b : {m_newButton, m_startButton, m_cancelButton, m_exportButton, m_proposeButton})
        b->setEnabled(true);
    if (worker->task() == CampaignWorker::Task::Propose && m_proposal) {
        if (worker->succeeded())
            m_proposal->showProposal(worker->proposal(), worker->followUp());
        else
            m_proposal->showError(worker->error());
    }
    m_profiles = worker->profileNames();
    m_profiles.sort();
    m_power = worker->powerByProfile();
    m_shown = worker->campaign();
    m_campaigns->clear();
    m_campaignRecords = worker->campaigns();
    for (const CampaignRecord &c : worker->campaigns())
        m_campaigns->addItem(c.name);
    m_campaigns->setCurrentText(m_shown);
    m_shownRuns = worker->runs();
    showRuns(worker->runs());
    showCells(worker->cells());
    showProgress(worker->progress(), worker->error());
    if (worker->progress().done && m_trackButton->isChecked() && worker->task() == CampaignWorker::Task::Step)
        m_trackButton->setChecked(false);
    Q_EMIT loaded(worker->succeeded());
}

void CampaignsView::showProgress(const CampaignProgress &p, const QString &error)
{
    const int ended =
        p.runsByState.value(u"completed"_qs) + p.runsByState.value(u"failed"_qs) + p.runsByState.value(u"cancelled"_qs);
    m_progress->setRange(0, std::max(1, p.plannedRuns));
    m_progress->setValue(ended);
    m_progress->setFormat(tr("%1 of %2 runs ended").arg(ended).arg(p.plannedRuns));
    QStringList parts;
    for (const QString &state : CampaignProgress::states()) {
        const int n = p.runsByState.value(state);
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(state);
    }
    QString text = m_shown.isEmpty() ? tr("No campaign yet: \"New campaign...\" designs one.")
                                     : tr("%1: %2").arg(m_shown, parts.join(QStringLiteral(", ")));
    if (p.submittedNow + p.adoptedNow + p.readNow + p.retriedNow > 0)
        text += tr(" — this pass: %1 submitted, %2 adopted after an interrupted submission, %3 results read, %4 "
                   "retried")
                    .arg(p.submittedNow)
                    .arg(p.adoptedNow)
                    .arg(p.readNow)
                    .arg(p.retriedNow);
    if (!error.isEmpty())
        text += u'\n' + tr("Error: %1 (what was done is kept; try again)").arg(error);
    m_status->setText(text);
}

void CampaignsView::showEnergyUnit()
{
    showRuns(QList<CampaignRunRecord>(m_shownRuns));
    showCells(QList<CampaignCellSummary>(m_shownCells));
}

void CampaignsView::showRuns(const QList<CampaignRunRecord> &runs)
{
    m_shownRuns = runs;
    const EnergyUnit unit = unitOf(runs, &CampaignRunRecord::energyJ);
    m_runs->horizontalHeaderItem(8)->setText(tr("Energy (%1)").arg(EnergyFormat::symbol(unit)));
    m_runs->setRowCount(int(runs.size()));
    for (int i = 0; i < runs.size(); ++i) {
        const CampaignRunRecord &r = runs[i];
        setRow(m_runs, i,
               {QString::number(r.order + 1),
                r.cell.value(QStringLiteral("workload")).toObject().value(QStringLiteral("id")).toString(),
                QString::number(r.cell.value(QStringLiteral("nodes")).toInt()),
                r.cell.value(QStringLiteral("cpu_freq")).toString(), QString::number(r.repeatIndex),
                QString::number(r.attempt), r.state, r.slurmJobId, energy(r.energyJ, unit), r.energySource,
                fixedOrBlank(r.durationS),
                r.fom ? QStringLiteral("%1 %2").arg(fixedOrBlank(r.fom, 1), r.fomUnit) : QString(), r.nodeList,
                r.message});
    }
    m_runs->resizeColumnsToContents();
}

void CampaignsView::showCells(const QList<CampaignCellSummary> &cells)
{
    m_shownCells = cells;
    const EnergyUnit unit = unitOf(cells, &CampaignCellSummary::energyP95J);
    m_cells->horizontalHeaderItem(5)->setText(tr("Energy median (%1)").arg(EnergyFormat::symbol(unit)));
    m_cells->horizontalHeaderItem(6)->setText(tr("Energy 5-95% (%1)").arg(EnergyFormat::symbol(unit)));
    m_cells->setRowCount(int(cells.size()));
    for (int i = 0; i < cells.size(); ++i) {
        const CampaignCellSummary &c = cells[i];
        const QString range =
            c.energyP05J ? QStringLiteral("%1 – %2").arg(energy(c.energyP05J, unit), energy(c.energyP95J, unit))
                         : QString();
        setRow(m_cells, i,
               {c.workload, QString::number(c.nodes), c.cpuFrequency, QString::number(c.completedRuns),
                QString::number(c.failedRuns), energy(c.energyMedianJ, unit), range, fixedOrBlank(c.durationMedianS, 1),
                fixedOrBlank(c.fomMedian, 1), c.fomUnit});
    }
    m_cells->resizeColumnsToContents();
}

CampaignWizard *CampaignsView::openWizard()
{
    auto *wizard = new CampaignWizard(m_profiles, m_power, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        QString error;
        if (const auto spec = wizard->spec(&error))
            startWorker(CampaignWorker::Task::Plan, &*spec);
        else
            m_status->setText(tr("Not stored: %1").arg(error));
    });
    wizard->show();
    return wizard;
}

ProposalDialog *CampaignsView::openProposal()
{
    QString error;
    const auto campaign = std::find_if(m_campaignRecords.cbegin(), m_campaignRecords.cend(),
                                       [this](const CampaignRecord &c) { return c.name == m_shown; });
    const auto spec = campaign != m_campaignRecords.cend() ? campaign->spec(&error) : std::nullopt;
    if (!spec) {
        m_status->setText(error.isEmpty() ? tr("Choose a campaign with measured runs first.") : error);
        return nullptr;
    }
    if (m_proposal)
        m_proposal->close();
    auto *dialog = new ProposalDialog(m_shown, *spec, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proposal = dialog;
    connect(dialog, &ProposalDialog::proposeRequested, this, [this](const ml::ProposalOptions &options) {
        if (isBusy())
            m_proposal->showError(tr("the tab is busy with another task; try again in a moment"));
        else
            startWorker(CampaignWorker::Task::Propose, nullptr, &options);
    });
    connect(dialog, &ProposalDialog::planRequested, this,
            [this](const CampaignSpec &next) { startWorker(CampaignWorker::Task::Plan, &next); });
    dialog->show();
    return dialog;
}

void CampaignsView::newCampaign()
{
    if (m_profiles.isEmpty()) {
        m_status->setText(tr("A campaign runs on a cluster profile: add one on the Connections tab first."));
        return;
    }
    openWizard();
}

void CampaignsView::startOrResume()
{
    if (!m_shown.isEmpty())
        startWorker(CampaignWorker::Task::Step);
}

void CampaignsView::cancelCampaign()
{
    if (!m_shown.isEmpty())
        startWorker(CampaignWorker::Task::Cancel);
}

void CampaignsView::setTracking(bool on)
{
    if (on) {
        m_trackTimer->start();
        startOrResume();
    } else {
        m_trackTimer->stop();
    }
}

QString CampaignsView::statusText() const
{
    return m_status->text();
}

void CampaignsView::exportCsv()
{
    if (m_shownRuns.isEmpty())
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the campaign's runs"), m_shown + u".csv"_qs, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    // Written in a thread of its own: the GUI thread never waits on the disk.
    QThread *writer =
        QThread::create([path, campaign = m_shown, runs = m_shownRuns, status = QPointer<QLabel>(m_status)] {
            QSaveFile file(path);
            QString error;
            const bool ok =
                file.open(QIODevice::WriteOnly) && CampaignCsv::write(&file, campaign, runs, &error) && file.commit();
            const QString message =
                ok ? tr("%1 runs written to %2").arg(runs.size()).arg(path)
                   : tr("Cannot write %1: %2").arg(path, error.isEmpty() ? file.errorString() : error);
            QMetaObject::invokeMethod(qApp, [status, message] {
                if (status)
                    status->setText(message);
            });
        });
    connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}

} // namespace es
