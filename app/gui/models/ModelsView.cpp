// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelsView.h"

#include "DatasetLoader.h"
#include "EnergyFormat.h"
#include "JobFieldFormat.h"
#include "ModelForecastWorker.h"
#include "ModelListLoader.h"
#include "ModelPlots.h"
#include "ModelTables.h"
#include "ModelTrainWorker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace es {
namespace {

using ResultColumn = ModelTables::ResultColumn;
using ModelColumn = ModelTables::ModelColumn;

QString number(double v, int precision = 4)
{
    return ModelTables::number(v, precision);
}

QString algorithmLabel(ml::Algorithm a)
{
    return ModelTables::algorithmLabel(a);
}

} // namespace

ModelsView::ModelsView(QWidget *parent)
    : QWidget(parent), m_target(new QComboBox(this)), m_features(new QListWidget(this)),
      m_algorithm(new QComboBox(this)), m_validation(new QComboBox(this)), m_folds(new QSpinBox(this)),
      m_trainButton(new QPushButton(tr("&Train"), this)), m_cancelButton(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)), m_horizon(new QSpinBox(this)),
      m_forecastButton(new QPushButton(tr("&Forecast"), this)), m_status(new QLabel(this)),
      m_forecastStatus(new QLabel(this)), m_results(ModelTables::newResultsTable(this)), m_plots(new ModelPlots(this)),
      m_models(ModelTables::newModelsTable(this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_modelsEmpty(new QLabel(this))
{
    configureWidgets();
    QWidget *left = buildLeftPanel();
    QWidget *right = buildRightPanel();
    connectTrainControls();

    // The training form scrolls when the window is short (1024x768 and less) instead of clipping its buttons.
    auto *leftScroll = new QScrollArea(this);
    leftScroll->setObjectName(QStringLiteral("modelsLeftScroll"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int scrollBarPx = leftScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    leftScroll->setMinimumWidth(left->minimumWidth() + scrollBarPx);
    leftScroll->setMaximumWidth(left->maximumWidth() + scrollBarPx);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(leftScroll);
    layout->addWidget(right, 1);

    buildFeatureList();
    setStatus(tr("Pick a target, features and algorithms, then press Train."));
    updateButtons();
}

void ModelsView::configureWidgets()
{
    setObjectName(QStringLiteral("modelsView"));

    // Human labels ("Energy (J)"); the item's data and tooltip keep the store's column name.
    const auto addTarget = [this](const QString &column) {
        m_target->addItem(JobFieldFormat::labelWithUnit(column), column);
        m_target->setItemData(m_target->count() - 1, tr("Column %1 of the store").arg(column), Qt::ToolTipRole);
    };
    for (const QString &t : ml::DatasetLoader::storeTargets())
        addTarget(t);
    m_target->insertSeparator(m_target->count());
    for (const auto &f : ml::DatasetLoader::storeFeatures())
        if (f.kind == ml::FeatureKind::Numeric && !f.derived)
            addTarget(f.name);
    m_target->setObjectName(QStringLiteral("targetCombo"));
    m_target->setToolTip(tr("What to predict for each job"));

    m_features->setObjectName(QStringLiteral("featureList"));
    m_features->setToolTip(tr("Features known before a job runs are ticked by default. Features marked "
                              "“after run” are measured while the job runs: a model using them cannot predict a "
                              "job before it starts."));

    m_algorithm->setObjectName(QStringLiteral("algorithmCombo"));
    for (ml::Algorithm a : ml::Regressor::all())
        m_algorithm->addItem(algorithmLabel(a), ml::Regressor::name(a));
    m_algorithm->addItem(tr("All four"), QStringLiteral("all"));

    m_validation->setObjectName(QStringLiteral("validationCombo"));
    m_validation->addItem(tr("k-fold and time-ordered"), QStringLiteral("both"));
    m_validation->addItem(tr("k-fold"), QStringLiteral("kfold"));
    m_validation->addItem(tr("Time-ordered"), QStringLiteral("time"));
    m_folds->setRange(2, 20);
    m_folds->setValue(5);
    m_folds->setObjectName(QStringLiteral("foldsSpin"));

    m_trainButton->setObjectName(QStringLiteral("trainButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelTrainButton"));
    m_progress->setObjectName(QStringLiteral("trainProgress"));
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    m_horizon->setRange(10, 120);
    m_horizon->setValue(60);
    m_horizon->setSingleStep(10);
    m_horizon->setSuffix(tr(" min"));
    m_horizon->setObjectName(QStringLiteral("horizonSpin"));
    m_forecastButton->setObjectName(QStringLiteral("forecastButton"));
    m_forecastButton->setToolTip(tr("Forecast the busy CPUs of the store's jobs for the next minutes"));

    m_status->setObjectName(QStringLiteral("modelsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forecastStatus->setObjectName(QStringLiteral("forecastStatus"));
    m_forecastStatus->setWordWrap(true);
    m_forecastStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forecastStatus->setText(tr("Busy CPUs of the store's jobs, per minute, with the persistence and "
                                 "seasonal-naive baselines."));
}

QWidget *ModelsView::buildLeftPanel()
{
    // Left: what to train.
    auto *trainBox = new QGroupBox(tr("Train"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Tar&get:"), m_target);
    auto *featuresLabel = new QLabel(tr("&Features:"), this);
    featuresLabel->setBuddy(m_features);
    form->addRow(featuresLabel);
    form->addRow(m_features);
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&Validation:"), m_validation);
    form->addRow(tr("F&olds:"), m_folds);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_trainButton);
    buttons->addWidget(m_cancelButton);
    form->addRow(buttons);
    form->addRow(m_progress);
    trainBox->setLayout(form);

    auto *forecastBox = new QGroupBox(tr("Forecast cluster load"), this);
    auto *forecastForm = new QFormLayout;
    forecastForm->addRow(tr("&Horizon:"), m_horizon);
    forecastForm->addRow(m_forecastButton);
    forecastForm->addRow(m_forecastStatus);
    forecastBox->setLayout(forecastForm);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("modelsScope"));
    m_scope->setWordWrap(true);
    leftLayout->addWidget(m_scope);
    setFilter(JobFilter{});
    leftLayout->addWidget(trainBox, 1);
    leftLayout->addWidget(forecastBox);
    left->setMinimumWidth(260);
    left->setMaximumWidth(360);
    return left;
}

QWidget *ModelsView::buildRightPanel()
{
    // Right: results of the last run, plots, stored models.
    m_results->setToolTip(tr("Every figure comes from the split it names; select a row to plot it"));
    m_results->horizontalHeader()->setSectionResizeMode(ModelTables::RcSplit, QHeaderView::Interactive);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { showResultRow(row); });

    m_modelsEmpty->setObjectName(QStringLiteral("modelsEmptyLabel"));
    m_modelsEmpty->setText(tr("No stored models. Import jobs (File → Import…), pick a target and features, "
                              "then press Train."));
    m_modelsEmpty->setAlignment(Qt::AlignCenter);
    m_modelsEmpty->setWordWrap(true);
    m_modelsEmpty->setForegroundRole(QPalette::PlaceholderText);
    auto *modelsStack = new QStackedWidget(this);
    modelsStack->setObjectName(QStringLiteral("modelsStack"));
    modelsStack->addWidget(m_models);
    modelsStack->addWidget(m_modelsEmpty);
    m_removeButton->setObjectName(QStringLiteral("removeModelButton"));
    m_removeButton->setToolTip(tr("Remove the selected model and the predictions made with it"));
    connect(m_removeButton, &QPushButton::clicked, this, &ModelsView::removeSelectedModel);
    connect(m_models, &QTableWidget::itemSelectionChanged, this, &ModelsView::updateButtons);
    connect(this, &ModelsView::modelsListed, modelsStack,
            [this, modelsStack] { modelsStack->setCurrentIndex(m_models->rowCount() > 0 ? 0 : 1); });
    modelsStack->setCurrentIndex(1);

    auto *modelsBox = new QGroupBox(tr("Stored models"), this);
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    modelsLayout->addWidget(modelsStack, 1);
    auto *modelsButtons = new QHBoxLayout;
    modelsButtons->addStretch(1);
    modelsButtons->addWidget(m_removeButton);
    modelsLayout->addLayout(modelsButtons);

    auto *resultsBox = new QGroupBox(tr("Validation of the last training"), this);
    auto *resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addWidget(m_results, 3);
    // The verdict and the notes under the table they explain, in sight at 1024x768 (they scroll when long).
    auto *statusScroll = new QScrollArea(resultsBox);
    statusScroll->setWidget(m_status);
    statusScroll->setWidgetResizable(true);
    statusScroll->setFrameShape(QFrame::NoFrame);
    statusScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    resultsLayout->addWidget(statusScroll, 2);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(resultsBox);
    top->addWidget(modelsBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->setObjectName(QStringLiteral("modelsSplitter"));
    right->addWidget(top);
    right->addWidget(m_plots);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    return right;
}

void ModelsView::connectTrainControls()
{
    connect(m_target, &QComboBox::currentIndexChanged, this, &ModelsView::buildFeatureList);
    connect(m_trainButton, &QPushButton::clicked, this, &ModelsView::train);
    connect(m_cancelButton, &QPushButton::clicked, this, &ModelsView::cancelTraining);
    connect(m_forecastButton, &QPushButton::clicked, this, &ModelsView::forecast);
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, &ModelsView::onEnergyUnitChanged);
}

ModelsView::~ModelsView()
{
    // The workers are children: their destructors cancel and wait.
}

void ModelsView::buildFeatureList()
{
    const QStringList previous = m_features->count() > 0 ? checkedFeatures() : QStringList();
    const bool first = m_features->count() == 0;
    m_features->clear();
    const QString target = m_target->currentData().toString();
    for (const auto &f : ml::DatasetLoader::storeFeatures()) {
        if (f.name == target)
            continue;
        const bool after = f.phase == ml::FeaturePhase::AfterRun;
        auto *item = new QListWidgetItem(after ? tr("%1  (after run)").arg(f.name) : f.name, m_features);
        item->setData(Qt::UserRole, f.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool checked = first ? !after : previous.contains(f.name);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        if (after) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Known only after the job ran: not usable to predict a job before it starts"));
        } else {
            item->setToolTip(tr("Known when the job is submitted"));
        }
    }
}

QStringList ModelsView::checkedFeatures() const
{
    QStringList names;
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->checkState() == Qt::Checked)
            names << m_features->item(i)->data(Qt::UserRole).toString();
    return names;
}

void ModelsView::setFeatureChecked(const QString &name, bool checked)
{
    for (int i = 0; i < m_features->count(); ++i)
        if (m_features->item(i)->data(Qt::UserRole).toString() == name)
            m_features->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ModelsView::setTarget(const QString &target)
{
    const int index = m_target->findData(target);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void ModelsView::setAlgorithms(const QList<ml::Algorithm> &algorithms)
{
    const QString key = algorithms.size() == 1 ? ml::Regressor::name(algorithms.front()) : QStringLiteral("all");
    m_algorithm->setCurrentIndex(std::max(0, m_algorithm->findData(key)));
}

void ModelsView::setValidation(bool kFold, bool timeOrdered, int folds)
{
    const QString key = kFold && timeOrdered ? QStringLiteral("both")
                        : kFold              ? QStringLiteral("kfold")
                                             : QStringLiteral("time");
    m_validation->setCurrentIndex(std::max(0, m_validation->findData(key)));
    m_folds->setValue(folds);
}

QString ModelsView::statusText() const
{
    return m_status->text();
}

QString ModelsView::forecastStatusText() const
{
    return m_forecastStatus->text();
}

void ModelsView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ModelsView::setFilter(const JobFilter &filter)
{
    m_cluster = filter.cluster;
    const bool othersSet = !filter.user.isEmpty() || !filter.partition.isEmpty() || !filter.state.isEmpty() ||
                           filter.startFrom || filter.startTo || !filter.text.isEmpty();
    QString text = m_cluster.isEmpty() ? tr("Data: the jobs of every cluster.")
                                       : tr("Data: the jobs of cluster %1.").arg(m_cluster);
    if (othersSet)
        text += u' ' + tr("The filter bar's other fields (user, partition, state, dates, text) do not apply to "
                          "models.");
    m_scope->setText(text);
    m_plots->setDataDescription(text);
}

void ModelsView::setLocation(const QString &location)
{
    m_location = location;
    reload();
}

void ModelsView::reload()
{
    startListing(0);
}

void ModelsView::startListing(qint64 removeId)
{
    if (m_location.isEmpty())
        return;
    if (m_lister && removeId == 0) {
        m_listAgain = true; // after the one running
        return;
    }
    auto *lister = new ModelListLoader(m_location, removeId, this);
    m_lister = lister;
    connect(lister, &QThread::finished, this, &ModelsView::onModelsLoaded);
    lister->start();
    updateButtons();
}

void ModelsView::onModelsLoaded()
{
    ModelListLoader *lister = m_lister;
    if (!lister)
        return;
    lister->deleteLater();
    m_lister.clear();
    if (!lister->error().isEmpty())
        setStatus(tr("Stored models: %1").arg(lister->error()));
    const QList<ml::ModelRegistry::Entry> entries = lister->entries();
    ModelTables::fillModels(m_models, entries);
    updateButtons();
    Q_EMIT modelsListed();
    if (m_listAgain) {
        m_listAgain = false;
        startListing(0);
    }
}

void ModelsView::removeSelectedModel()
{
    const int row = m_models->currentRow();
    if (row < 0 || m_lister || !m_models->item(row, ModelTables::McId))
        return;
    startListing(m_models->item(row, ModelTables::McId)->data(Qt::UserRole + 1).toLongLong());
}

void ModelsView::train()
{
    if (m_train || m_location.isEmpty()) {
        if (m_location.isEmpty())
            setStatus(tr("No store is open: open or create one with the File menu."));
        return;
    }
    ModelTrainRequest request;
    request.target = m_target->currentData().toString();
    request.features = checkedFeatures();
    const QString algorithm = m_algorithm->currentData().toString();
    request.algorithms =
        algorithm == u"all" ? ml::Regressor::all() : QList<ml::Algorithm>{*ml::Regressor::fromName(algorithm)};
    const QString validation = m_validation->currentData().toString();
    request.kFold = validation != u"time";
    request.timeOrdered = validation != u"kfold";
    request.folds = m_folds->value();
    request.cluster = m_cluster;
    if (request.features.isEmpty()) {
        setStatus(tr("Tick at least one feature."));
        return;
    }
    auto *worker = new ModelTrainWorker(m_location, request, this);
    m_train = worker;
    connect(worker, &ModelTrainWorker::progress, this, [this](const QString &stage, int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 (%p%)").arg(stage));
    });
    connect(worker, &QThread::finished, this, &ModelsView::onTrainFinished);
    m_progress->setRange(0, 0); // busy until the first progress report
    setStatus(tr("Training on %1…").arg(request.target));
    m_status->setToolTip(QString());
    worker->start();
    updateButtons();
}

void ModelsView::cancelTraining()
{
    if (m_train) {
        m_train->cancel();
        setStatus(tr("Cancelling…"));
    }
}

void ModelsView::onTrainFinished()
{
    ModelTrainWorker *worker = m_train;
    if (!worker)
        return;
    worker->deleteLater();
    m_train.clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    const auto &result = worker->result();
    if (!result) {
        setStatus(worker->isCancelled() ? tr("Training cancelled: nothing was stored.")
                                        : tr("Training failed: %1").arg(worker->error()));
        updateButtons();
        Q_EMIT trainingFinished(false);
        return;
    }
    m_lastSavedId = worker->savedModelId();
    m_resultTarget = worker->request().target;
    m_evaluations = result->evaluations;
    m_resultBest = result->best;
    m_resultBeatsBaseline = result->beatsBaseline;
    fillResults();
    const ml::AlgorithmEvaluation &best = m_evaluations[size_t(result->best)];
    const QStringList notes = worker->notes();
    if (result->beatsBaseline)
        setStatus(tr("Trained on %1 jobs. Best: %2, stored as model %3 “%4”.")
                      .arg(worker->rowCount())
                      .arg(algorithmLabel(best.algorithm))
                      .arg(m_lastSavedId)
                      .arg(result->model.name) +
                  (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')));
    else
        setStatus(tr("Trained on %1 jobs. No model beats the baseline (%2): nothing was stored.")
                      .arg(worker->rowCount())
                      .arg(best.splits.front().baselineName) +
                  (notes.isEmpty() ? QString() : u'\n' + notes.join(u'\n')));
    m_status->setToolTip(worker->dataDescription() + u'\n' + notes.join(u'\n'));
    // Plot the best algorithm's first split.
    int bestRow = 0;
    for (int row = 0; row < int(m_resultRows.size()); ++row)
        if (m_resultRows[row].first == result->best) {
            bestRow = row;
            break;
        }
    m_results->setCurrentCell(bestRow, 0);
    showResultRow(bestRow);
    updateButtons();
    reload();
    Q_EMIT trainingFinished(true);
}

void ModelsView::showResultRow(int row)
{
    if (row < 0 || row >= int(m_resultRows.size()))
        return;
    const auto [e, s] = m_resultRows[row];
    const ml::AlgorithmEvaluation &evaluation = m_evaluations[size_t(e)];
    const ml::SplitEvaluation &split = evaluation.splits[size_t(s)];
    const ModelTables::DisplayUnit unit = ModelTables::displayUnit(m_resultTarget, m_evaluations, m_resultBest);
    m_plots->showEvaluation(ModelTables::scaled(split, unit.factor), unit.targetTitle,
                            tr("%1 on %2").arg(algorithmLabel(evaluation.algorithm), split.split));
}

void ModelsView::fillResults()
{
    const ModelTables::DisplayUnit unit = ModelTables::displayUnit(m_resultTarget, m_evaluations, m_resultBest);
    ModelTables::setErrorUnit(m_results, unit.symbol);
    m_resultRows = ModelTables::fillResults(m_results, m_evaluations, m_resultBest, m_resultBeatsBaseline,
                                            m_lastSavedId, unit.factor);
}

void ModelsView::onEnergyUnitChanged()
{
    const int row = m_results->currentRow();
    fillResults();
    if (row >= 0 && row < m_results->rowCount())
        m_results->setCurrentCell(row, 0); // currentCellChanged plots it again
    reload();                              // the stored models' MAE
}

void ModelsView::forecast()
{
    if (m_forecastWorker || m_location.isEmpty())
        return;
    ml::LoadForecaster::Options options;
    options.horizonMin = m_horizon->value();
    options.stepMin = 10;
    auto *worker = new ModelForecastWorker(m_location, options, m_cluster, this);
    m_forecastWorker = worker;
    connect(worker, &QThread::finished, this, &ModelsView::onForecastFinished);
    m_forecastStatus->setText(tr("Forecasting the next %1 minutes…").arg(options.horizonMin));
    worker->start();
    updateButtons();
}

void ModelsView::onForecastFinished()
{
    ModelForecastWorker *worker = m_forecastWorker;
    if (!worker)
        return;
    worker->deleteLater();
    m_forecastWorker.clear();
    updateButtons();
    if (!worker->result()) {
        m_forecastStatus->setText(tr("Forecast failed: %1").arg(worker->error()));
        Q_EMIT forecastFinished(false);
        return;
    }
    m_plots->showForecast(*worker->result(), ml::Regressor::name(worker->options().algorithm));
    const ml::LoadForecaster::Result &result = *worker->result();
    QString text = tr("Evaluated on a %1.").arg(result.split);
    if (!result.evaluation.empty()) {
        const auto &e = result.evaluation.back();
        text += u' ' + tr("MAE at +%1 min: %2 busy CPUs, persistence %3")
                           .arg(e.horizonMin)
                           .arg(number(e.model.mae, 3), number(e.persistence.mae, 3));
        if (e.seasonalNaive)
            text += tr(", seasonal-naive %1").arg(number(e.seasonalNaive->mae, 3));
        text += u'.';
    }
    bool worse = false;
    for (const auto &e : result.evaluation) {
        if (!(e.model.mae < e.persistence.mae)) {
            text += u' ' + tr("No better than persistence at +%1 min (%2x its error): use the last observed load "
                              "instead.")
                               .arg(e.horizonMin)
                               .arg(QLocale().toString(e.model.mae / e.persistence.mae, 'f', 2));
            worse = true;
            break;
        }
    }
    m_forecastStatus->setStyleSheet(worse ? QStringLiteral("color: #b01c1c;") : QString());
    m_forecastStatus->setText(text);
    Q_EMIT forecastFinished(true);
}

void ModelsView::updateButtons()
{
    const bool open = !m_location.isEmpty();
    m_trainButton->setEnabled(open && !m_train);
    m_cancelButton->setEnabled(!m_train.isNull());
    m_forecastButton->setEnabled(open && !m_forecastWorker);
    m_removeButton->setEnabled(!m_lister && m_models->currentRow() >= 0 && !m_models->selectedItems().isEmpty());
}

} // namespace es
