// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"
#include "ModelRegistry.h"
#include "Regressor.h"
#include "Trainer.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace es {

class ModelForecastWorker;
class ModelListLoader;
class ModelPlots;
class ModelTrainWorker;

/// The Models tab: train regression models on the store's jobs (target, features, algorithms, validation), compare
/// them with their baselines split by split, keep the stored models (ModelRegistry) and forecast the cluster load.
///
/// Threading: training, forecasting and registry reads run in worker threads (ModelTrainWorker,
/// ModelForecastWorker, ModelListLoader), each with its own es::Store; this widget only shows their results.
class ModelsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelsView(QWidget *parent = nullptr);
    ~ModelsView() override;
    Q_DISABLE_COPY_MOVE(ModelsView)

    /// The store to work on (a path or a postgresql:// URL); reloads the stored models.
    void setLocation(const QString &location);
    /// The filter bar's filter: training and the forecast use its cluster only (the scope line says so).
    void setFilter(const JobFilter &filter);
    /// Reads the stored models again.
    void reload();

    /// Target: a name of ml::DatasetLoader::storeTargets().
    void setTarget(const QString &target);
    /// Algorithms: one of them, or every one (the "all" entry).
    void setAlgorithms(const QList<ml::Algorithm> &algorithms);
    /// Validation: k-fold, time-ordered or both; `folds` outer folds or forward blocks.
    void setValidation(bool kFold, bool timeOrdered, int folds);
    /// The features ticked (names of ml::DatasetLoader::storeFeatures()).
    QStringList checkedFeatures() const;
    void setFeatureChecked(const QString &name, bool checked);

    void train();
    void cancelTraining();
    void forecast();
    void removeSelectedModel();

    bool isTraining() const { return !m_train.isNull(); }
    bool isForecasting() const { return !m_forecastWorker.isNull(); }
    QTableWidget *resultsTable() const { return m_results; }
    QTableWidget *modelsTable() const { return m_models; }
    ModelPlots *plots() const { return m_plots; }
    QString statusText() const;
    QString forecastStatusText() const;
    qint64 lastSavedModelId() const { return m_lastSavedId; }

Q_SIGNALS:
    /// A training run ended: ok (a model was stored), or failed / cancelled (the status says which).
    void trainingFinished(bool ok);
    void forecastFinished(bool ok);
    void modelsListed();

private:
    // Construction: object names, choices and texts; the train and forecast boxes with the scope line; the results,
    // stored models and plots (with their own signals); the train and forecast controls' signals.
    void configureWidgets();
    QWidget *buildLeftPanel();
    QWidget *buildRightPanel();
    void connectTrainControls();
    void buildFeatureList();
    void onTrainFinished();
    void onForecastFinished();
    void onModelsLoaded();
    void showResultRow(int row);
    /// The results table from m_evaluations, an energy target in the unit of View > Energy Unit.
    void fillResults();
    void onEnergyUnitChanged();
    void updateButtons();
    void setStatus(const QString &text);
    void startListing(qint64 removeId);

    QString m_location;
    QString m_cluster;
    QComboBox *m_target;
    QListWidget *m_features;
    QComboBox *m_algorithm;
    QComboBox *m_validation;
    QSpinBox *m_folds;
    QPushButton *m_trainButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QSpinBox *m_horizon;
    QPushButton *m_forecastButton;
    QLabel *m_status;
    QLabel *m_scope = nullptr; ///< which jobs training and the forecast read
    QLabel *m_forecastStatus;
    QTableWidget *m_results;
    ModelPlots *m_plots;
    QTableWidget *m_models;
    QPushButton *m_removeButton;
    QLabel *m_modelsEmpty;

    QPointer<ModelTrainWorker> m_train;
    QPointer<ModelForecastWorker> m_forecastWorker;
    QPointer<ModelListLoader> m_lister;
    bool m_listAgain = false;
    qint64 m_lastSavedId = 0;
    /// What each results row shows: evaluation index and split index into the last training result.
    QList<std::pair<int, int>> m_resultRows;
    QString m_resultTarget;
    std::vector<ml::AlgorithmEvaluation> m_evaluations; ///< as trained: an energy in joules
    int m_resultBest = -1;
    bool m_resultBeatsBaseline = false;
};

} // namespace es
