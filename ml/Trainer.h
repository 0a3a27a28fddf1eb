// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CrossValidation.h"
#include "Dataset.h"
#include "FeatureSpec.h"
#include "Model.h"
#include "RegressionMetrics.h"
#include "Regressor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace es::ml {

struct TrainOptions
{
    QList<Algorithm> algorithms{Algorithm::Ridge};
    int folds = 5;      ///< outer folds (k-fold) or forward test blocks (time-ordered)
    int innerFolds = 3; ///< hyperparameter choice inside each outer training set
    bool kFold = true;
    bool timeOrdered = true; ///< done only when the dataset has times
    FeatureSpec::LogTarget logTarget = FeatureSpec::LogTarget::Auto;
    std::uint64_t seed = 42;
    bool importance = true;   ///< permutation importance on the first split
    int maxPlotPoints = 2000; ///< predicted-vs-actual pairs kept per split in the metrics JSON
    /// Candidate hyperparameters per algorithm, replacing Regressor::grid() (e.g. to share a grid with a peer).
    std::map<Algorithm, QList<QJsonObject>> grids;
    /// The most bytes the encoded inputs of all rows may take (rows × widest encoding × 8): above it the training
    /// uses that many evenly spaced rows and a note says so. 512 MiB keeps a run's peak (the dataset, the encoded
    /// inputs of all rows, a fold's copy) under 2 GB; 0 lifts the cap.
    qint64 maxMatrixBytes = qint64(512) << 20;
};

/// Figures of one algorithm on one split. Every number here comes from `split`.
struct SplitEvaluation
{
    QString split; ///< e.g. "5-fold CV, out-of-fold"
    CrossValidation::Kind kind = CrossValidation::Kind::KFold;
    RegressionMetrics model;
    RegressionMetrics baseline;
    QString baselineName; ///< "mean per job_type", "requested time", "training mean"
    /// Every baseline the data allows (RunTimeBaselines) on the same pooled test rows.
    std::vector<std::pair<QString, RegressionMetrics>> baselines;
    std::vector<double> actual; ///< pooled test rows, in target units
    std::vector<double> predicted;
    std::vector<std::pair<QString, double>> importance; ///< raw feature -> RMSE increase when permuted, descending
    QList<QJsonObject> chosenPerFold;
    qsizetype unknownCategories = 0; ///< test values of a category unseen in that fold's training rows
};

struct AlgorithmEvaluation
{
    Algorithm algorithm = Algorithm::Ridge;
    std::vector<SplitEvaluation> splits;
    QJsonObject finalHyperparameters;
    double seconds = 0; ///< wall time of validation and the final fit
};

struct TrainResult
{
    std::vector<AlgorithmEvaluation> evaluations;
    int best = 0; ///< index into evaluations: the highest R² on the first split
    /// Whether that R² is above the baseline's on the same split. When it is not, no model is worth using: callers
    /// neither call it best nor store it unless asked to (a note says so too).
    bool beatsBaseline = true;
    Model model; ///< the best algorithm refitted on every row, metrics filled
    QStringList notes;
};

/// Validates algorithms on a dataset with honest splits (features fitted, hyperparameters chosen by inner
/// cross-validation and baselines computed on each fold's training rows only) and fits the best one on all rows.
///
/// Threading: train() runs in the calling thread (a worker, for the GUI); the progress callback is called from
/// that thread; the cancel flag may be set from any thread. The flag is checked before every fit and inside fits
/// and predictions (Regressor::KeepGoing: every RidgeRegressor::kRowsPerCheck rows, every few trees, each kernel fit
/// on at most Regressor::kKernelMaxRows rows), each check calling the progress callback too (fitsDone unchanged),
/// so that both a cancel and the progress land within a second on a large dataset. Once the flag is seen set, the
/// callback is not called again and train() fails with "cancelled".
class Trainer final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::Trainer)
public:
    using ProgressCallback = std::function<void(const QString &stage, int fitsDone, int fitsTotal)>;

    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Fails with *error on a dataset unfit for training (see Dataset::validate), a failed fit, or cancellation
    /// ("cancelled"); nothing is kept then.
    std::optional<TrainResult> train(const Dataset &data, const TrainOptions &options, QString *error);

    /// The minimum number of rows train() accepts for `folds` folds.
    static qsizetype minimumRows(int folds);
    /// The evaluation as JSON (the registry's metrics column): every split with its label.
    static QJsonObject metricsJson(const AlgorithmEvaluation &evaluation, int maxPlotPoints);
    /// The split's baselines as [{"name", metrics...}], in RunTimeBaselines' order.
    static QJsonArray baselinesJson(const SplitEvaluation &split);

private:
    bool tick(const QString &stage, QString *error);
    /// A check inside a fit: false when cancelled, else the progress callback with the current stage and count.
    bool poll();
    /// poll() as the callback of the steps around the fits (copying, fitting and applying the encoding).
    KeepGoing pollCallback()
    {
        return [this] { return poll(); };
    }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    std::unique_ptr<Regressor> createRegressor(Algorithm algorithm, const QJsonObject &hyperparameters);
    std::optional<QJsonObject> chooseHyperparameters(Algorithm algorithm, const Eigen::MatrixXd &x,
                                                     const Eigen::VectorXd &z, const std::vector<qint64> *times,
                                                     const TrainOptions &options, QString *error);
    std::optional<QJsonObject> chooseRidgeLambda(const QList<QJsonObject> &grid, const Eigen::MatrixXd &x,
                                                 const Eigen::VectorXd &z,
                                                 const std::vector<CrossValidation::Fold> &folds, QString *error);
    /// The kernel methods' grid, searched by KernelGridSearch in threads of its own while this thread polls.
    std::optional<QJsonObject> chooseKernelHyperparameters(Algorithm algorithm, const QList<QJsonObject> &grid,
                                                           const Eigen::MatrixXd &x, const Eigen::VectorXd &z,
                                                           const std::vector<CrossValidation::Fold> &folds,
                                                           QString *error);
    std::optional<SplitEvaluation> evaluate(const Dataset &data, Algorithm algorithm, CrossValidation::Kind kind,
                                            const TrainOptions &options, bool importance, QString *error);

    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_done = 0;
    int m_total = 0;
    QString m_stage;
};

} // namespace es::ml
