// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobDetailDialog.h"

#include "EnergyFormat.h"
#include "JobDetailLoader.h"
#include "JobFieldFormat.h"
#include "NodePlotStack.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace es {
namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    // A long value (a job name, a path) is cut at the panel's edge rather than widening it; the tooltip has it all.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setToolTip(text);
    return label;
}

QTableWidget *makeTable(QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return item;
}

} // namespace

JobDetailDialog::JobDetailDialog(const QString &location, const JobRef &job, QWidget *parent)
    : QDialog(parent), m_location(location), m_job(job), m_status(new QLabel(this)), m_fields(new QFormLayout),
      m_metrics(new QFormLayout), m_energySource(new QLabel(this)), m_tables(new QTabWidget(this)),
      m_steps(makeTable(this)), m_predictions(makeTable(this)), m_plotStack(new QStackedWidget(this)),
      m_plots(new NodePlotStack(this)), m_plotEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("jobDetailDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    setWindowTitle(job.jobId.isEmpty() ? tr("Job Details") : tr("Job %1 — Details").arg(job.jobId));
    layOut();
    m_status->setText(tr("Loading the job…"));

    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, &JobDetailDialog::onEnergyUnitChanged);
    auto *loader = new JobDetailLoader(location, job, this);
    connect(loader, &QThread::finished, this, &JobDetailDialog::onLoaderFinished);
    m_loader = loader;
    loader->start();
}

JobDetailDialog::~JobDetailDialog() = default; // the loader, a child, cancels and waits in its destructor

void JobDetailDialog::layOut()
{
    m_status->setWordWrap(true);
    m_energySource->setObjectName(QStringLiteral("jobEnergySource"));
    m_energySource->setWordWrap(true);
    m_steps->setObjectName(QStringLiteral("jobStepsTable"));
    m_predictions->setObjectName(QStringLiteral("jobPredictionsTable"));
    m_plotEmpty->setAlignment(Qt::AlignCenter);
    m_plotEmpty->setWordWrap(true);
    m_plotEmpty->setMargin(24);
    m_plotEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_plotStack->addWidget(m_plots);
    m_plotStack->addWidget(m_plotEmpty);
    m_plotStack->setCurrentWidget(m_plotEmpty);

    auto *fieldsBox = new QGroupBox(tr("Job"), this);
    fieldsBox->setLayout(m_fields);
    auto *metricsBox = new QGroupBox(tr("Energy and node metrics"), this);
    auto *metricsLayout = new QVBoxLayout(metricsBox);
    metricsLayout->addWidget(m_energySource);
    metricsLayout->addLayout(m_metrics);
    for (QFormLayout *form : {m_fields, m_metrics}) {
        form->setLabelAlignment(Qt::AlignRight);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    }
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(metricsBox);
    leftLayout->addWidget(fieldsBox);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_tables->setDocumentMode(true);
    m_tables->addTab(m_steps, tr("Steps"));
    m_tables->addTab(m_predictions, tr("Predictions"));
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_plotStack);
    right->addWidget(m_tables);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 820});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1300, 820);
}

void JobDetailDialog::onLoaderFinished()
{
    JobDetailLoader *loader = m_loader;
    if (!loader)
        return;
    m_data = loader->data();
    const QString error = loader->error();
    loader->deleteLater();
    if (!m_data) {
        m_status->setText(tr("Cannot show the job: %1").arg(error));
        m_plotEmpty->setText(m_status->text());
        Q_EMIT loadFailed(error);
        return;
    }
    setWindowTitle(tr("Job %1 on %2 — Details").arg(m_data->jobId, m_data->cluster));
    const QString name = JobDetailData::value(m_data->fields, QStringLiteral("name")).toString();
    const QString user = JobDetailData::value(m_data->fields, QStringLiteral("user_name")).toString();
    const QString state = JobDetailData::value(m_data->fields, QStringLiteral("state")).toString();
    QString header = tr("<b>Job %1</b>").arg(m_data->jobId.toHtmlEscaped());
    if (!name.isEmpty())
        header += tr(" “%1”").arg(name.toHtmlEscaped());
    if (!user.isEmpty())
        header += tr(" of %1").arg(user.toHtmlEscaped());
    header += tr(" on cluster %1").arg(m_data->cluster.toHtmlEscaped());
    if (!state.isEmpty())
        header += tr(", %1").arg(state.toHtmlEscaped());
    m_status->setText(header);
    fillFields();
    fillMetrics();
    fillSteps();
    fillPredictions();
    fillPlots();
    Q_EMIT loaded();
}

void JobDetailDialog::fillFields()
{
    for (const auto &[column, value] : m_data->fields) {
        QLabel *label = valueLabel(JobFieldFormat::valueText(column, value), this);
        if (column == u"energy_source" && !value.toString().isEmpty()) {
            label->setText(tr("%1 — %2").arg(value.toString(), JobFieldFormat::energySourceText(value.toString())));
            label->setToolTip(label->text());
        }
        m_fields->addRow(JobFieldFormat::label(column) + u':', label);
        m_fieldValues.insert(column, label);
    }
}

QString JobDetailDialog::energySummaryText() const
{
    const QVariant metricEnergy = JobDetailData::value(m_data->metrics, QStringLiteral("energy_j"));
    const QString metricSource = JobDetailData::value(m_data->metrics, QStringLiteral("energy_source")).toString();
    const QVariant jobEnergy = JobDetailData::value(m_data->fields, QStringLiteral("energy_j"));
    const QString jobSource = JobDetailData::value(m_data->fields, QStringLiteral("energy_source")).toString();
    QString text;
    if (!metricEnergy.isNull())
        text = tr("<b>%1</b><br>%2")
                   .arg(JobFieldFormat::valueText(QStringLiteral("energy_j"), metricEnergy),
                        JobFieldFormat::energySourceText(metricSource).toHtmlEscaped());
    else if (!jobEnergy.isNull())
        text = tr("<b>%1</b><br>%2")
                   .arg(JobFieldFormat::valueText(QStringLiteral("energy_j"), jobEnergy),
                        JobFieldFormat::energySourceText(jobSource).toHtmlEscaped());
    else
        text = tr("No energy recorded for this job: neither its accounting nor its nodes' samples give one.");
    if (!metricEnergy.isNull() && !jobEnergy.isNull() && metricSource != jobSource)
        text += tr("<br>The accounting says %1 (%2).")
                    .arg(JobFieldFormat::valueText(QStringLiteral("energy_j"), jobEnergy),
                         JobFieldFormat::energySourceText(jobSource).toHtmlEscaped());
    return text;
}

void JobDetailDialog::onEnergyUnitChanged()
{
    if (!m_data)
        return;
    for (const auto &[values, labels] :
         {std::pair{&m_data->fields, &m_fieldValues}, std::pair{&m_data->metrics, &m_metricValues}}) {
        for (auto it = labels->cbegin(); it != labels->cend(); ++it) {
            if (it.key().endsWith(u"_j")) {
                it.value()->setText(JobFieldFormat::valueText(it.key(), JobDetailData::value(*values, it.key())));
                it.value()->setToolTip(it.value()->text());
            }
        }
    }
    m_energySource->setText(energySummaryText());
    fillSteps();
    fillPredictions();
}

void JobDetailDialog::fillMetrics()
{
    m_energySource->setText(energySummaryText());
    if (m_data->metrics.isEmpty()) {
        m_metrics->addRow(valueLabel(tr("No node metrics: they are derived from node samples over the job's run, "
                                        "by a harvest with samples or the Dashboard's Derive metrics."),
                                     this));
        return;
    }
    for (const auto &[column, value] : m_data->metrics) {
        if (column == u"energy_source")
            continue; // said above, in full
        QLabel *label = valueLabel(JobFieldFormat::valueText(column, value), this);
        m_metrics->addRow(JobFieldFormat::label(column) + u':', label);
        m_metricValues.insert(column, label);
    }
}

void JobDetailDialog::fillSteps()
{
    const QStringList &columns = m_data->stepColumns;
    m_steps->setColumnCount(int(columns.size()));
    QStringList headers;
    const EnergyFormat &energy = EnergyFormat::instance();
    for (const QString &column : columns)
        headers << (column.endsWith(u"_j") ? energy.title(JobFieldFormat::label(column))
                                           : JobFieldFormat::labelWithUnit(column));
    m_steps->setHorizontalHeaderLabels(headers);
    m_steps->setRowCount(int(m_data->steps.size()));
    for (int row = 0; row < m_data->steps.size(); ++row) {
        const QVariantList &values = m_data->steps.at(row);
        for (int c = 0; c < columns.size(); ++c) {
            const QString &column = columns.at(c);
            const bool number = !JobFieldFormat::unit(column).isEmpty() && !column.endsWith(u"_ts");
            const QVariant &value = values.at(c);
            const bool joules = column.endsWith(u"_j") && !value.isNull();
            m_steps->setItem(
                row, c,
                cell(joules ? energy.cellText(value.toDouble()) : JobFieldFormat::valueText(column, value, false),
                     number));
        }
    }
    m_steps->resizeColumnsToContents();
    m_tables->setTabText(0, tr("Steps (%1)").arg(m_data->steps.size()));
}

void JobDetailDialog::fillPredictions()
{
    const QStringList headers = {tr("Model"),     tr("Algorithm"), tr("Target"), tr("Made"),
                                 tr("Predicted"), tr("Actual"),    tr("Error")};
    m_predictions->setColumnCount(int(headers.size()));
    m_predictions->setHorizontalHeaderLabels(headers);
    m_predictions->setRowCount(int(m_data->predictions.size()));
    const QLocale locale;
    for (int row = 0; row < m_data->predictions.size(); ++row) {
        const JobDetailData::Prediction &p = m_data->predictions.at(row);
        const QString unit = JobFieldFormat::unit(p.target);
        const auto number = [&](double value) {
            if (p.target.endsWith(u"_j"))
                return EnergyFormat::instance().text(value);
            const QString text = locale.toString(value, 'f', std::abs(value) < 100 ? 2 : 0);
            return unit.isEmpty() ? text : tr("%1 %2").arg(text, unit);
        };
        m_predictions->setItem(row, 0, cell(tr("#%1 %2").arg(p.modelId).arg(p.modelName), false));
        m_predictions->setItem(row, 1, cell(p.algorithm, false));
        m_predictions->setItem(row, 2, cell(p.target, false));
        m_predictions->setItem(
            row, 3, cell(JobFieldFormat::valueText(QStringLiteral("created_ts"), p.createdTs, false), false));
        m_predictions->setItem(row, 4, cell(number(p.predicted), true));
        QTableWidgetItem *actual = cell(p.actual ? number(*p.actual) : tr("not known"), true);
        if (p.actualFromJob)
            actual->setToolTip(tr("The job's value now: none was recorded with the prediction"));
        m_predictions->setItem(row, 5, actual);
        const QString error =
            p.actual && *p.actual != 0
                ? tr("%1 %").arg(locale.toString(100.0 * (p.predicted - *p.actual) / *p.actual, 'f', 1))
                : QString();
        m_predictions->setItem(row, 6, cell(error, true));
    }
    m_predictions->resizeColumnsToContents();
    m_tables->setTabText(1, tr("Predictions (%1)").arg(m_data->predictions.size()));
}

void JobDetailDialog::fillPlots()
{
    if (!m_data->nodeListError.isEmpty()) {
        m_plotEmpty->setText(
            tr("The node list cannot be read (%1), so there are no node samples to show.").arg(m_data->nodeListError));
        return;
    }
    if (m_data->nodeNames.isEmpty()) {
        m_plotEmpty->setText(tr("The job has no node list: its nodes' samples cannot be shown."));
        return;
    }
    if (!m_data->samples || m_data->samples->rawSamples == 0) {
        m_plotEmpty->setText(
            m_data->nodeIds.isEmpty()
                ? tr("None of the job's nodes (%1) is in the store's node list.").arg(m_data->nodeNames.join(u' '))
            : !m_data->samples ? tr("The job has no start time: there is no run to show samples of.")
                               : tr("No samples of the job's nodes (%1) from %2 to %3.")
                                     .arg(m_data->nodeNames.join(u' '),
                                          JobFieldFormat::valueText(QStringLiteral("from_ts"), m_data->samplesFromTs),
                                          JobFieldFormat::valueText(QStringLiteral("to_ts"), m_data->samplesToTs)));
        return;
    }
    QHash<qint64, QColor> colours;
    for (int i = 0; i < m_data->nodeIds.size(); ++i)
        colours.insert(m_data->nodeIds.at(i), PlotPalette::category(i));
    m_plots->setNodeColours(colours);
    m_plots->setData(m_data->samples);
    for (int i = 0; i < NodePlotStack::PlotCount; ++i) {
        QCustomPlot *plot = m_plots->plot(i);
        plot->setVisible(plot->graphCount() > 0); // a quantity the nodes do not report takes no room
        plot->xAxis->ticker()->setTickCount(5);   // narrower than the Nodes tab: fewer date labels
    }
    m_plots->setXRange(double(m_data->samplesFromTs), double(m_data->samplesToTs));
    m_plotStack->setCurrentWidget(m_plots);
}

QString JobDetailDialog::fieldText(const QString &column, bool metric) const
{
    const QLabel *label = (metric ? m_metricValues : m_fieldValues).value(column);
    return label ? label->text() : QString();
}

int JobDetailDialog::fieldRowCount() const
{
    return m_fields->rowCount();
}

int JobDetailDialog::metricRowCount() const
{
    return int(m_metricValues.size());
}

QString JobDetailDialog::energySourceText() const
{
    return m_energySource->text();
}

QString JobDetailDialog::statusText() const
{
    return m_status->text();
}

bool JobDetailDialog::isShowingPlots() const
{
    return m_plotStack->currentWidget() == m_plots;
}

} // namespace es
