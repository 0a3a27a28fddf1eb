// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CorrelationView.h"

#include "CorrelationMatrixPlot.h"
#include "CorrelationScatterPlot.h"
#include "EnergyFormat.h"
#include "PlotExporter.h"
#include "SelectedJobsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace es {

CorrelationView::CorrelationView(QWidget *parent)
    : QWidget(parent), m_loader(new CorrelationLoader(this)), m_x(new QComboBox(this)), m_y(new QComboBox(this)),
      m_colour(new QComboBox(this)), m_logX(new QCheckBox(tr("Log &X"), this)),
      m_logY(new QCheckBox(tr("Log &Y"), this)), m_status(new QLabel(this)),
      m_scatter(new CorrelationScatterPlot(this)), m_matrix(new CorrelationMatrixPlot(this)),
      m_selectedModel(new SelectedJobsModel(this)), m_selectedView(new QTableView(this)),
      m_selectedLabel(new QLabel(this))
{
    configureFields();
    auto *swap = new QToolButton(this);
    swap->setText(tr("Swap"));
    swap->setToolTip(tr("Exchange the X and Y quantities"));
    QToolButton *exportButton = createExportButton();
    layOut(swap, exportButton);
    connectSignals(swap);
    m_loader->start();
    onSelectionChanged();
    updateStatus();
}

void CorrelationView::configureFields()
{
    setObjectName(QStringLiteral("correlationView"));
    for (int f = 0; f < CorrelationFields::NumericCount; ++f) {
        m_x->addItem(CorrelationFields::label(f, fieldEnergyUnit()), f);
        m_y->addItem(CorrelationFields::label(f, fieldEnergyUnit()), f);
    }
    m_x->setObjectName(QStringLiteral("xField"));
    m_y->setObjectName(QStringLiteral("yField"));
    m_x->setCurrentIndex(CorrelationFields::AllocCpus);
    m_y->setCurrentIndex(CorrelationFields::ElapsedS);
    m_colour->setObjectName(QStringLiteral("colourBy"));
    m_colour->addItem(tr("None"), int(CorrelationFields::NoCategory));
    for (int c = 0; c < CorrelationFields::CategoryCount; ++c)
        m_colour->addItem(CorrelationFields::categoryLabel(c), c);
    m_colour->setCurrentIndex(1 + CorrelationFields::Cluster);
}

QToolButton *CorrelationView::createExportButton()
{
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("&Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Scatter Plot…"), this, [this] {
        PlotExporter::exportInteractively(
            m_scatter, CorrelationFields::key(yField()) + QStringLiteral("-vs-") + CorrelationFields::key(xField()),
            exportCaption(false), this);
    });
    exportMenu->addAction(tr("Correlation Matrix…"), this, [this] {
        PlotExporter::exportInteractively(m_matrix, QStringLiteral("correlation-matrix"), exportCaption(true), this);
    });
    exportButton->setMenu(exportMenu);
    return exportButton;
}

PlotCaption CorrelationView::exportCaption(bool matrix) const
{
    PlotCaption caption;
    caption.title = matrix ? tr("Pearson correlation of the jobs' numeric fields")
                           : tr("%1 vs %2")
                                 .arg(CorrelationFields::label(yField(), fieldEnergyUnit()),
                                      CorrelationFields::label(xField(), fieldEnergyUnit()));
    caption.lines << m_filter.description();
    if (m_data)
        caption.lines << (matrix ? tr("%1 jobs").arg(QLocale().toString(m_data->size())) : m_status->text());
    return caption;
}

void CorrelationView::layOut(QToolButton *swap, QToolButton *exportButton)
{
    auto *xLabel = new QLabel(tr("&X:"), this);
    xLabel->setBuddy(m_x);
    auto *yLabel = new QLabel(tr("&Y:"), this);
    yLabel->setBuddy(m_y);
    auto *colourLabel = new QLabel(tr("&Colour by:"), this);
    colourLabel->setBuddy(m_colour);
    auto *controls = new QHBoxLayout;
    controls->addWidget(xLabel);
    controls->addWidget(m_x);
    controls->addWidget(swap);
    controls->addWidget(yLabel);
    controls->addWidget(m_y);
    controls->addSpacing(12);
    controls->addWidget(colourLabel);
    controls->addWidget(m_colour);
    controls->addSpacing(12);
    controls->addWidget(m_logX);
    controls->addWidget(m_logY);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    for (QComboBox *combo : {m_x, m_y, m_colour}) { // long field names (dataset features) are elided, not widening
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    m_selectedView->setObjectName(QStringLiteral("selectedJobs"));
    m_selectedView->setModel(m_selectedModel);
    m_selectedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_selectedView->setAlternatingRowColors(true);
    m_selectedView->setWordWrap(false);
    m_selectedView->verticalHeader()->setVisible(false);
    m_selectedView->verticalHeader()->setDefaultSectionSize(m_selectedView->fontMetrics().height() + 6);
    m_selectedView->horizontalHeader()->setStretchLastSection(true);
    m_selectedLabel->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);

    auto *selectedPane = new QWidget(this);
    auto *selectedLayout = new QVBoxLayout(selectedPane);
    selectedLayout->setContentsMargins(0, 0, 0, 0);
    selectedLayout->addWidget(m_selectedLabel);
    selectedLayout->addWidget(m_selectedView, 1);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_matrix);
    side->addWidget(selectedPane);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setSizes({600, 400}); // proportions: the splitter scales them to its size
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_scatter);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({580, 420});
    m_scatter->setMinimumSize(320, 240);
    m_matrix->setMinimumSize(280, 240);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_status); // its own row: a long summary must not widen the window past 1024 px
    layout->addWidget(split, 1);
}

void CorrelationView::connectSignals(QToolButton *swap)
{
    const auto comboChanged = [this] {
        m_axesChosen = true;
        m_hasStatistics = false;
        replot();
        requestStatistics();
    };
    connect(m_x, &QComboBox::currentIndexChanged, this, comboChanged);
    connect(m_y, &QComboBox::currentIndexChanged, this, comboChanged);
    connect(m_colour, &QComboBox::currentIndexChanged, this, &CorrelationView::replot);
    connect(m_logX, &QCheckBox::toggled, this, &CorrelationView::replot);
    connect(m_logY, &QCheckBox::toggled, this, &CorrelationView::replot);
    connect(swap, &QToolButton::clicked, this, [this] { setAxes(yField(), xField()); });
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, &CorrelationView::onEnergyUnitChanged);
    connect(m_matrix, &CorrelationMatrixPlot::cellClicked, this, &CorrelationView::setAxes);
    connect(m_scatter, &CorrelationScatterPlot::selectionChanged, this, &CorrelationView::onSelectionChanged);
    connect(m_loader, &CorrelationLoader::loaded, this, &CorrelationView::onLoaded, Qt::QueuedConnection);
    connect(m_loader, &CorrelationLoader::pairReady, this, &CorrelationView::onPairReady, Qt::QueuedConnection);
    connect(m_loader, &CorrelationLoader::matrixReady, this, &CorrelationView::onMatrixReady, Qt::QueuedConnection);
    connect(m_loader, &CorrelationLoader::failed, this, &CorrelationView::onFailed, Qt::QueuedConnection);
}

CorrelationView::~CorrelationView() = default; // m_loader's destructor stops and joins its thread

void CorrelationView::setLocation(const QString &location)
{
    if (location == m_location)
        return;
    m_location = location;
    reload();
}

void CorrelationView::setFilter(const JobFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void CorrelationView::reload()
{
    m_stale = true;
    startLoadIfNeeded();
}

void CorrelationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    startLoadIfNeeded();
}

void CorrelationView::startLoadIfNeeded()
{
    if (!m_stale || m_location.isEmpty() || !isVisible())
        return;
    m_stale = false;
    m_loading = true;
    m_hasMatrix = false;
    m_matrix->setLoading(true);
    if (!m_data)
        m_scatter->setLoading(true); // otherwise the jobs of the last load stay until the new ones arrive
    m_loader->load(++m_generation, m_location, m_filter, EnergyFormat::instance().unit());
    updateStatus();
}

void CorrelationView::setAxes(int xField, int yField)
{
    m_axesChosen = true;
    showAxes(xField, yField);
}

void CorrelationView::showAxes(int xField, int yField)
{
    {
        const QSignalBlocker blockX(m_x);
        const QSignalBlocker blockY(m_y);
        m_x->setCurrentIndex(m_x->findData(xField));
        m_y->setCurrentIndex(m_y->findData(yField));
    }
    m_hasStatistics = false;
    replot();
    requestStatistics();
}

EnergyUnit CorrelationView::fieldEnergyUnit() const
{
    if (m_data)
        return m_data->energyUnit;
    const EnergyUnit chosen = EnergyFormat::instance().unit();
    return chosen == EnergyUnit::Automatic ? EnergyUnit::J : chosen;
}

void CorrelationView::relabelEnergyFields()
{
    for (QComboBox *box : {m_x, m_y}) {
        for (int f : {int(CorrelationFields::EnergyJ), int(CorrelationFields::MetricEnergyJ)}) {
            const int index = box->findData(f);
            if (index >= 0)
                box->setItemText(index, CorrelationFields::label(f, fieldEnergyUnit()));
        }
    }
}

void CorrelationView::onEnergyUnitChanged()
{
    relabelEnergyFields();
    m_stale = true; // the loader converts the energies: read again
    startLoadIfNeeded();
}

int CorrelationView::xField() const
{
    return m_x->currentData().toInt();
}

int CorrelationView::yField() const
{
    return m_y->currentData().toInt();
}

void CorrelationView::setCategory(int category)
{
    m_colour->setCurrentIndex(m_colour->findData(category));
}

void CorrelationView::setLogAxes(bool logX, bool logY)
{
    m_logX->setChecked(logX);
    m_logY->setChecked(logY);
}

void CorrelationView::replot()
{
    m_scatter->setData(m_data, xField(), yField(), m_colour->currentData().toInt(), m_logX->isChecked(),
                       m_logY->isChecked());
    if (m_hasStatistics)
        m_scatter->setStatistics(m_statistics);
    updateStatus();
}

void CorrelationView::requestStatistics()
{
    if (m_data)
        m_loader->requestPair(m_generation, xField(), yField());
}

void CorrelationView::onLoaded(quint64 generation, const CorrelationDataPtr &data)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_data = data;
    // The dataset features of this load (fields past the fixed ones with a value) join the axis choices.
    for (int f = CorrelationFields::NumericCount; f < int(data->numeric.size()); ++f) {
        const std::vector<double> &column = data->numeric[size_t(f)];
        const bool any = std::any_of(column.cbegin(), column.cend(), [](double v) { return std::isfinite(v); });
        if (any && m_x->findData(f) < 0) {
            const QSignalBlocker blockX(m_x);
            const QSignalBlocker blockY(m_y);
            m_x->addItem(CorrelationFields::label(f, fieldEnergyUnit()), f);
            m_y->addItem(CorrelationFields::label(f, fieldEnergyUnit()), f);
        }
    }
    relabelEnergyFields();
    m_hasStatistics = false;
    replot();
    requestStatistics();
    Q_EMIT dataLoaded();
}

void CorrelationView::onPairReady(quint64 generation, int xField, int yField,
                                  const ml::Correlation::PairStatistics &statistics)
{
    if (generation != m_generation || xField != this->xField() || yField != this->yField())
        return;
    m_statistics = statistics;
    m_hasStatistics = true;
    m_scatter->setStatistics(statistics);
    Q_EMIT statisticsReady();
}

void CorrelationView::onMatrixReady(quint64 generation, const CorrelationMatrixResult &result)
{
    if (generation != m_generation)
        return;
    m_matrix->setMatrix(result);
    m_hasMatrix = true;
    if (!m_axesChosen && m_scatter->plottedCount() == 0)
        showFirstPairWithData(result);
    Q_EMIT matrixReady();
}

void CorrelationView::showFirstPairWithData(const CorrelationMatrixResult &result)
{
    const int n = int(result.fields.size());
    int y = 0; // an energy on Y when there is one: what the explorer is for
    for (int i = 0; i < n; ++i) {
        if (CorrelationFields::isEnergy(result.fields[size_t(i)])) {
            y = i;
            break;
        }
    }
    int x = -1; // X: the first field with jobs in common, not another energy when anything else has
    for (int pass = 0; pass < 2 && x < 0; ++pass) {
        for (int i = 0; i < n && x < 0; ++i) {
            const bool energy = CorrelationFields::isEnergy(result.fields[size_t(i)]);
            if (i != y && (pass == 1 || !energy) && result.matrix.countAt(y, i) >= 3)
                x = i;
        }
    }
    if (x >= 0)
        showAxes(result.fields[size_t(x)], result.fields[size_t(y)]);
}

void CorrelationView::onFailed(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_matrix->setLoading(false);
    m_scatter->setLoading(false);
    m_status->setText(error);
    Q_EMIT errorOccurred(error);
}

void CorrelationView::onSelectionChanged()
{
    const std::vector<int> &rows = m_scatter->selectedRows();
    m_selectedModel->setRows(m_data, rows, xField(), yField());
    m_selectedLabel->setText(rows.empty() ? tr("Drag a rectangle on the scatter plot to list its jobs here.")
                                          : tr("%n job(s) selected", nullptr, int(rows.size())));
}

void CorrelationView::updateStatus()
{
    if (m_loading) {
        m_status->setText(tr("Loading jobs…"));
        return;
    }
    if (!m_data) {
        m_status->clear();
        return;
    }
    QString text = tr("%1 of %2 jobs plotted")
                       .arg(QLocale().toString(m_scatter->plottedCount()), QLocale().toString(m_data->size()));
    if (m_scatter->isDensityMode())
        text += tr(" (density view)");
    m_status->setText(text);
}

} // namespace es
