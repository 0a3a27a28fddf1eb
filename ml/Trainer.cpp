// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Trainer.h"

#include "KernelGridSearch.h"
#include "MatrixRows.h"
#include "RidgeRegressor.h"
#include "RunTimeBaselines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <future>
#include <limits>
#include <numeric>
#include <random>

namespace es::ml {
namespace {

/// How often the training thread reports progress and looks for a cancel while a search runs in other threads.
constexpr std::chrono::milliseconds kPollInterval{50};

constexpr double kMaxModelZ = 10.0; // as in Model: predictions are clamped to ±10 training standard deviations

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

double rmse(const std::vector<double> &a, const Eigen::VectorXd &p)
{
    double s = 0;
    for (size_t i = 0; i < a.size(); ++i)
        s += (a[i] - p(qsizetype(i))) * (a[i] - p(qsizetype(i)));
    return std::sqrt(s / double(std::max<size_t>(1, a.size())));
}

/// Appends one fold's baseline predictions to the pooled ones of the same name. A baseline some fold lacks (the
/// requested time when one of its test rows has none) ends shorter than the pooled rows and is left out.
void poolBaselines(std::vector<BaselinePrediction> fold, std::vector<BaselinePrediction> *pooled, bool firstFold)
{
    if (firstFold) {
        *pooled = std::move(fold);
        return;
    }
    for (BaselinePrediction &p : *pooled) {
        const auto same = std::find_if(fold.begin(), fold.end(), [&](const auto &b) { return b.name == p.name; });
        if (same != fold.end())
            p.predicted.insert(p.predicted.end(), same->predicted.begin(), same->predicted.end());
    }
}

/// The splits to evaluate on (k-fold and/or time-ordered, when the data has times; k-fold when none is left), with a
/// note when the time-ordered one is impossible.
std::vector<CrossValidation::Kind> splitKinds(const Dataset &data, const TrainOptions &options, QStringList *notes)
{
    std::vector<CrossValidation::Kind> kinds;
    if (options.kFold)
        kinds.push_back(CrossValidation::Kind::KFold);
    if (options.timeOrdered) {
        if (data.timeTs.empty())
            *notes << Trainer::tr("the data has no times: no time-ordered split");
        else
            kinds.push_back(CrossValidation::Kind::TimeOrdered);
    }
    if (kinds.empty())
        kinds.push_back(CrossValidation::Kind::KFold);
    return kinds;
}

/// A note per algorithm that fits on a subsample of the rows (kernel methods, forests).
void noteSubsampling(const Dataset &data, const TrainOptions &options, QStringList *notes)
{
    for (Algorithm a : options.algorithms) {
        if ((a == Algorithm::KernelRidge || a == Algorithm::Svr) && data.rowCount() > Regressor::kKernelMaxRows) {
            *notes << Trainer::tr("%1 fits on %2 evenly spaced training rows of each split (of up to %3): kernel "
                                  "methods grow with the square of the rows")
                          .arg(Regressor::name(a))
                          .arg(Regressor::kKernelMaxRows)
                          .arg(data.rowCount());
        }
        if (a == Algorithm::RandomForest && data.rowCount() > Regressor::kForestMaxRows) {
            *notes << Trainer::tr(
                          "%1 fits on %2 evenly spaced training rows of each split (of up to %3): its trees grow "
                          "with the rows")
                          .arg(Regressor::name(a))
                          .arg(Regressor::kForestMaxRows)
                          .arg(data.rowCount());
        }
    }
}

/// The rows to train on when the encoded inputs of all rows would exceed options.maxMatrixBytes: that many evenly
/// spaced rows (source order kept), with a note; nullopt when every row fits.
std::optional<Dataset> cappedRows(const Dataset &data, const TrainOptions &options, QStringList *notes,
                                  const KeepGoing &keepGoing)
{
    qint64 widest = 0; // the widest encoding: one column per number, at most kMaxCategories per category
    for (const FeatureColumn &c : data.columns)
        widest += c.kind == FeatureKind::Numeric ? 1 : FeatureSpec::kMaxCategories;
    const qint64 rowBytes = std::max<qint64>(1, widest) * qint64(sizeof(double));
    if (options.maxMatrixBytes <= 0 || qint64(data.rowCount()) * rowBytes <= options.maxMatrixBytes)
        return std::nullopt;
    const qsizetype kept = std::max<qsizetype>(Trainer::minimumRows(options.folds), options.maxMatrixBytes / rowBytes);
    std::vector<qsizetype> rows(static_cast<size_t>(kept));
    for (qsizetype i = 0; i < kept; ++i)
        rows[size_t(i)] = qsizetype(qint64(i) * qint64(data.rowCount()) / qint64(kept));
    *notes << Trainer::tr(
                  "trained on %1 evenly spaced rows of %2: the encoded inputs (up to %3 columns) are capped at %4 MiB")
                  .arg(kept)
                  .arg(data.rowCount())
                  .arg(widest)
                  .arg(options.maxMatrixBytes >> 20);
    return data.subset(rows, keepGoing);
}

/// The fits the training will make, for the progress: per algorithm, each outer fold of each split and the final
/// fit, each with its inner grid search.
int fitCount(const TrainOptions &options, size_t splits)
{
    int total = 0;
    for (Algorithm a : options.algorithms) {
        const auto given = options.grids.find(a);
        const qsizetype g = given != options.grids.end() && !given->second.isEmpty() ? given->second.size()
                                                                                     : Regressor::grid(a, 1).size();
        const int inner = g > 1 ? int(g) * options.innerFolds : 0;
        total += (int(splits) * options.folds + 1) * (inner + 1);
    }
    return total;
}

/// The verdict against the baseline, the model's metrics JSON (best model, every algorithm's comparison, notes)
/// and its provenance.
void finishResult(const Dataset &data, const TrainOptions &options, TrainResult *result)
{
    const AlgorithmEvaluation &best = result->evaluations[size_t(result->best)];
    const SplitEvaluation &bestFirst = best.splits.front();
    if (std::isfinite(bestFirst.baseline.r2) && !(bestFirst.model.r2 > bestFirst.baseline.r2)) {
        result->beatsBaseline = false;
        result->notes.prepend(
            Trainer::tr("no model beats the baseline: the highest R² on %1 is %2 (%3), the baseline's (%4) "
                        "%5")
                .arg(bestFirst.split)
                .arg(bestFirst.model.r2, 0, 'g', 3)
                .arg(Regressor::name(best.algorithm), bestFirst.baselineName)
                .arg(bestFirst.baseline.r2, 0, 'g', 3));
    }
    QJsonObject metrics = Trainer::metricsJson(best, options.maxPlotPoints);
    QJsonArray comparison;
    for (const AlgorithmEvaluation &e : result->evaluations) {
        for (const SplitEvaluation &s : e.splits)
            comparison.append(QJsonObject{{QStringLiteral("algorithm"), Regressor::name(e.algorithm)},
                                          {QStringLiteral("split"), s.split},
                                          {QStringLiteral("model"), s.model.toJson()},
                                          {QStringLiteral("seconds"), e.seconds}});
    }
    metrics.insert(QStringLiteral("comparison"), comparison);
    metrics.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result->notes));
    metrics.insert(QStringLiteral("beats_baseline"), result->beatsBaseline);
    result->model.metrics = metrics;
    result->model.target = data.targetName;
    result->model.dataHash = data.hash();
    result->model.dataDescription = data.description;
    result->model.createdTs = QDateTime::currentSecsSinceEpoch();
}

} // namespace

qsizetype Trainer::minimumRows(int folds)
{
    return std::max<qsizetype>(10, 2 * qsizetype(folds));
}

bool Trainer::tick(const QString &stage, QString *error)
{
    if (cancelled()) {
        *error = tr("cancelled");
        return false;
    }
    m_stage = stage;
    if (m_progress)
        m_progress(stage, std::min(m_done, m_total), m_total);
    ++m_done;
    return true;
}

bool Trainer::poll()
{
    if (cancelled())
        return false;
    if (m_progress)
        m_progress(m_stage, std::min(std::max(0, m_done - 1), m_total), m_total);
    return true;
}

std::unique_ptr<Regressor> Trainer::createRegressor(Algorithm algorithm, const QJsonObject &hyperparameters)
{
    std::unique_ptr<Regressor> r = Regressor::create(algorithm, hyperparameters);
    r->setKeepGoing([this] { return poll(); });
    return r;
}

std::optional<QJsonObject> Trainer::chooseHyperparameters(Algorithm algorithm, const Eigen::MatrixXd &x,
                                                          const Eigen::VectorXd &z, const std::vector<qint64> *times,
                                                          const TrainOptions &options, QString *error)
{
    const auto given = options.grids.find(algorithm);
    const QList<QJsonObject> grid = given != options.grids.end() && !given->second.isEmpty()
                                        ? given->second
                                        : Regressor::grid(algorithm, int(x.cols()));
    if (grid.size() == 1)
        return grid.front();
    std::vector<qsizetype> all(static_cast<size_t>(x.rows()));
    std::iota(all.begin(), all.end(), qsizetype(0));
    const std::vector<CrossValidation::Fold> folds =
        times ? CrossValidation::timeOrdered(*times, options.innerFolds)
              : CrossValidation::kFoldOf(all, options.innerFolds, options.seed + 7);
    if (algorithm == Algorithm::Ridge)
        return chooseRidgeLambda(grid, x, z, folds, error);
    if (algorithm == Algorithm::KernelRidge || algorithm == Algorithm::Svr)
        return chooseKernelHyperparameters(algorithm, grid, x, z, folds, error);
    double bestMse = std::numeric_limits<double>::infinity();
    std::optional<QJsonObject> best;
    QString lastError;
    for (const QJsonObject &candidate : grid) {
        double sse = 0;
        qsizetype count = 0;
        bool failed = false;
        for (const CrossValidation::Fold &fold : folds) {
            if (!tick(tr("%1: inner cross-validation").arg(Regressor::name(algorithm)), error))
                return std::nullopt;
            if (failed)
                continue;
            std::unique_ptr<Regressor> r = createRegressor(algorithm, candidate);
            const bool fitted = r->fit(rowsOf(x, fold.train), rowsOf(z, fold.train), &lastError);
            if (cancelled()) {
                *error = tr("cancelled");
                return std::nullopt;
            }
            if (!fitted) {
                failed = true;
                continue;
            }
            const Eigen::VectorXd p = r->predict(rowsOf(x, fold.test)).cwiseMax(-kMaxModelZ).cwiseMin(kMaxModelZ);
            if (cancelled()) {
                *error = tr("cancelled");
                return std::nullopt;
            }
            sse += (p - rowsOf(z, fold.test)).squaredNorm();
            count += qsizetype(fold.test.size());
        }
        const double mse = !failed && count > 0 ? sse / double(count) : std::numeric_limits<double>::infinity();
        if (!best || mse < bestMse) {
            if (std::isfinite(mse) || !best) {
                bestMse = mse;
                best = candidate;
            }
        }
    }
    if (!std::isfinite(bestMse)) {
        *error = lastError.isEmpty() ? tr("%1: no hyperparameters could be fitted").arg(Regressor::name(algorithm))
                                     : lastError;
        return std::nullopt;
    }
    return best;
}

std::optional<QJsonObject> Trainer::chooseRidgeLambda(const QList<QJsonObject> &grid, const Eigen::MatrixXd &x,
                                                      const Eigen::VectorXd &z,
                                                      const std::vector<CrossValidation::Fold> &folds, QString *error)
{
    std::vector<double> lambdas;
    for (const QJsonObject &candidate : grid)
        lambdas.push_back(candidate.value(QStringLiteral("lambda")).toDouble(1.0));
    // The progress counts one fit per candidate and fold; the shared Gram makes them one pass per fold.
    for (size_t i = 0; i + 1 < size_t(grid.size()) * folds.size(); ++i)
        if (!tick(tr("%1: inner cross-validation").arg(Regressor::name(Algorithm::Ridge)), error))
            return std::nullopt;
    qsizetype tested = 0;
    const std::vector<double> sse =
        RidgeRegressor::crossValidatedSse(x, z, folds, lambdas, &tested, [this] { return poll(); });
    if (sse.empty()) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    if (!tick(tr("%1: inner cross-validation").arg(Regressor::name(Algorithm::Ridge)), error))
        return std::nullopt;
    const auto best = std::min_element(sse.begin(), sse.end());
    if (tested == 0 || !std::isfinite(*best)) {
        *error = tr("%1: no hyperparameters could be fitted").arg(Regressor::name(Algorithm::Ridge));
        return std::nullopt;
    }
    return grid[qsizetype(best - sse.begin())];
}

std::optional<QJsonObject> Trainer::chooseKernelHyperparameters(Algorithm algorithm, const QList<QJsonObject> &grid,
                                                                const Eigen::MatrixXd &x, const Eigen::VectorXd &z,
                                                                const std::vector<CrossValidation::Fold> &folds,
                                                                QString *error)
{
    const QString stage = tr("%1: inner cross-validation").arg(Regressor::name(algorithm));
    // The progress counts one fit per candidate and fold; the shared features make them one pass per gamma.
    for (size_t i = 0; i + 1 < size_t(grid.size()) * folds.size(); ++i)
        if (!tick(stage, error))
            return std::nullopt;
    auto search = std::async(std::launch::async, [&] {
        return KernelGridSearch::meanSquaredErrors(algorithm, grid, x, z, folds, [this] { return !cancelled(); });
    });
    while (search.wait_for(kPollInterval) != std::future_status::ready)
        poll(); // the search sees a cancel through cancelled() itself
    const std::vector<double> mse = search.get();
    if (mse.empty()) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    if (!tick(stage, error))
        return std::nullopt;
    const auto best = std::min_element(mse.begin(), mse.end());
    if (!std::isfinite(*best)) {
        *error = tr("%1: no hyperparameters could be fitted").arg(Regressor::name(algorithm));
        return std::nullopt;
    }
    return grid[qsizetype(best - mse.begin())];
}

std::optional<SplitEvaluation> Trainer::evaluate(const Dataset &data, Algorithm algorithm, CrossValidation::Kind kind,
                                                 const TrainOptions &options, bool importance, QString *error)
{
    const std::vector<CrossValidation::Fold> folds =
        kind == CrossValidation::Kind::KFold
            ? CrossValidation::kFold(data.rowCount(), options.folds, options.seed, data.givenFold)
            : CrossValidation::timeOrdered(data.timeTs, options.folds);
    SplitEvaluation e;
    e.kind = kind;
    e.split = CrossValidation::label(kind, int(folds.size()));
    std::vector<double> baseline;
    std::vector<BaselinePrediction> pooledBaselines;
    std::vector<double> importanceSum;
    QStringList featureNames;
    std::mt19937_64 rng(options.seed + 13);
    for (const CrossValidation::Fold &fold : folds) {
        auto spec = FeatureSpec::fit(data, fold.train, options.logTarget, error, pollCallback());
        if (!spec)
            return std::nullopt;
        const Eigen::MatrixXd x = spec->encode(data, fold.train, nullptr, -1, nullptr, pollCallback());
        if (cancelled()) {
            *error = tr("cancelled");
            return std::nullopt;
        }
        Eigen::VectorXd z(qsizetype(fold.train.size()));
        for (size_t i = 0; i < fold.train.size(); ++i)
            z(qsizetype(i)) = spec->targetToModel(data.target[size_t(fold.train[i])]);
        std::vector<qint64> trainTimes;
        if (kind == CrossValidation::Kind::TimeOrdered)
            for (qsizetype r : fold.train)
                trainTimes.push_back(data.timeTs[size_t(r)]);
        const auto hyper =
            chooseHyperparameters(algorithm, x, z, trainTimes.empty() ? nullptr : &trainTimes, options, error);
        if (!hyper)
            return std::nullopt;
        e.chosenPerFold << *hyper;
        if (!tick(tr("%1: %2").arg(Regressor::name(algorithm), e.split), error))
            return std::nullopt;
        std::unique_ptr<Regressor> regressor = createRegressor(algorithm, *hyper);
        if (!regressor->fit(x, z, error))
            return std::nullopt;
        const auto predictRows = [&](const Eigen::MatrixXd &xt) {
            Eigen::VectorXd p = regressor->predict(xt);
            for (Eigen::Index i = 0; i < p.size(); ++i)
                p(i) = spec->targetFromModel(std::clamp(p(i), -kMaxModelZ, kMaxModelZ));
            return p;
        };
        qsizetype unknown = 0;
        const Eigen::VectorXd p = predictRows(spec->encode(data, fold.test, &unknown, -1, nullptr, pollCallback()));
        e.unknownCategories += unknown;
        if (!poll()) {
            *error = tr("cancelled");
            return std::nullopt;
        }
        std::vector<double> actual;
        for (size_t i = 0; i < fold.test.size(); ++i) {
            actual.push_back(data.target[size_t(fold.test[i])]);
            e.actual.push_back(actual.back());
            e.predicted.push_back(p(qsizetype(i)));
        }
        std::vector<BaselinePrediction> foldBaselines = RunTimeBaselines::predict(data, fold.train, fold.test);
        for (const BaselinePrediction &b : foldBaselines) {
            if (b.primary) {
                e.baselineName = b.name;
                baseline.insert(baseline.end(), b.predicted.begin(), b.predicted.end());
            }
        }
        poolBaselines(std::move(foldBaselines), &pooledBaselines, &fold == &folds.front());
        if (importance) {
            const double base = rmse(actual, p);
            const auto &features = spec->features();
            importanceSum.resize(features.size(), 0.0);
            featureNames.clear();
            for (size_t f = 0; f < features.size(); ++f) {
                featureNames << features[f].name;
                std::vector<qsizetype> perm(fold.test.size());
                std::iota(perm.begin(), perm.end(), qsizetype(0));
                std::shuffle(perm.begin(), perm.end(), rng);
                const Eigen::VectorXd pp =
                    predictRows(spec->encode(data, fold.test, nullptr, int(f), &perm, pollCallback()));
                if (!poll()) {
                    *error = tr("cancelled");
                    return std::nullopt;
                }
                importanceSum[f] += (rmse(actual, pp) - base) * double(fold.test.size());
            }
        }
    }
    e.model = RegressionMetrics::compute(e.actual, e.predicted);
    e.baseline = RegressionMetrics::compute(e.actual, baseline);
    for (const BaselinePrediction &b : pooledBaselines)
        if (b.predicted.size() == e.actual.size())
            e.baselines.emplace_back(b.name, RegressionMetrics::compute(e.actual, b.predicted));
    for (size_t f = 0; f < importanceSum.size(); ++f)
        e.importance.emplace_back(featureNames[qsizetype(f)],
                                  importanceSum[f] / double(std::max<size_t>(1, e.actual.size())));
    std::sort(e.importance.begin(), e.importance.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
    return e;
}

std::optional<TrainResult> Trainer::train(const Dataset &given, const TrainOptions &optionsIn, QString *error)
{
    TrainOptions options = optionsIn;
    options.folds = std::max(2, options.folds);
    options.innerFolds = std::max(2, options.innerFolds);
    if (options.algorithms.isEmpty()) {
        *error = tr("no algorithm to train");
        return std::nullopt;
    }
    if (!given.validate(minimumRows(options.folds), error))
        return std::nullopt;
    TrainResult result;
    m_done = 0;
    m_total = 0;
    m_stage = tr("preparing %1 rows").arg(given.rowCount());
    const std::optional<Dataset> capped = cappedRows(given, options, &result.notes, pollCallback());
    if (cancelled()) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    const Dataset &data = capped ? *capped : given;
    const std::vector<CrossValidation::Kind> kinds = splitKinds(data, options, &result.notes);
    noteSubsampling(data, options, &result.notes);
    m_done = 0;
    m_total = fitCount(options, kinds.size());

    double bestR2 = -std::numeric_limits<double>::infinity();
    for (Algorithm algorithm : options.algorithms) {
        QElapsedTimer timer;
        timer.start();
        AlgorithmEvaluation evaluation;
        evaluation.algorithm = algorithm;
        for (size_t k = 0; k < kinds.size(); ++k) {
            auto split = evaluate(data, algorithm, kinds[k], options, options.importance && k == 0, error);
            if (!split)
                return std::nullopt;
            evaluation.splits.push_back(std::move(*split));
        }
        // The final model: every row, hyperparameters chosen by cross-validation on every row.
        auto spec = FeatureSpec::fit(data, {}, options.logTarget, error, pollCallback());
        if (!spec)
            return std::nullopt;
        std::vector<qsizetype> all(static_cast<size_t>(data.rowCount()));
        std::iota(all.begin(), all.end(), qsizetype(0));
        const Eigen::MatrixXd x = spec->encode(data, all, nullptr, -1, nullptr, pollCallback());
        if (cancelled()) {
            *error = tr("cancelled");
            return std::nullopt;
        }
        Eigen::VectorXd z(data.rowCount());
        for (qsizetype i = 0; i < data.rowCount(); ++i)
            z(i) = spec->targetToModel(data.target[size_t(i)]);
        const bool timeOnly = kinds.front() == CrossValidation::Kind::TimeOrdered;
        const auto hyper = chooseHyperparameters(algorithm, x, z, timeOnly ? &data.timeTs : nullptr, options, error);
        if (!hyper || !tick(tr("%1: final fit on all rows").arg(Regressor::name(algorithm)), error))
            return std::nullopt;
        std::unique_ptr<Regressor> regressor = createRegressor(algorithm, *hyper);
        if (!regressor->fit(x, z, error))
            return std::nullopt;
        regressor->setKeepGoing({}); // the model outlives this run
        evaluation.finalHyperparameters = *hyper;
        evaluation.seconds = double(timer.nsecsElapsed()) / 1e9;
        const double r2 = evaluation.splits.front().model.r2;
        if (std::isfinite(r2) ? r2 > bestR2 : result.evaluations.empty()) {
            bestR2 = std::isfinite(r2) ? r2 : bestR2;
            result.best = int(result.evaluations.size());
            result.model = Model();
            result.model.set(std::move(*spec), std::move(regressor));
        }
        result.evaluations.push_back(std::move(evaluation));
    }
    finishResult(data, options, &result);
    return result;
}

QJsonArray Trainer::baselinesJson(const SplitEvaluation &split)
{
    QJsonArray baselines;
    for (const auto &[name, metrics] : split.baselines) {
        QJsonObject b = metrics.toJson();
        b.insert(QStringLiteral("name"), name);
        baselines.append(b);
    }
    return baselines;
}

QJsonObject Trainer::metricsJson(const AlgorithmEvaluation &evaluation, int maxPlotPoints)
{
    QJsonArray splits;
    for (const SplitEvaluation &s : evaluation.splits) {
        QJsonObject baseline = s.baseline.toJson();
        baseline.insert(QStringLiteral("name"), s.baselineName);
        QJsonArray importance;
        for (const auto &[feature, increase] : s.importance)
            importance.append(
                QJsonObject{{QStringLiteral("feature"), feature}, {QStringLiteral("rmse_increase"), number(increase)}});
        QJsonArray actual, predicted;
        const size_t n = s.actual.size();
        const size_t step =
            std::max<size_t>(1, (n + size_t(std::max(1, maxPlotPoints)) - 1) / size_t(std::max(1, maxPlotPoints)));
        for (size_t i = 0; maxPlotPoints > 0 && i < n; i += step) {
            actual.append(number(s.actual[i]));
            predicted.append(number(s.predicted[i]));
        }
        QJsonArray chosen;
        for (const QJsonObject &h : s.chosenPerFold)
            chosen.append(h);
        splits.append(QJsonObject{
            {QStringLiteral("split"), s.split},
            {QStringLiteral("kind"),
             s.kind == CrossValidation::Kind::KFold ? QStringLiteral("kfold") : QStringLiteral("time")},
            {QStringLiteral("model"), s.model.toJson()},
            {QStringLiteral("baseline"), baseline},
            {QStringLiteral("baselines"), baselinesJson(s)},
            {QStringLiteral("unknown_categories"), double(s.unknownCategories)},
            {QStringLiteral("hyperparameters_per_fold"), chosen},
            {QStringLiteral("importance"), importance},
            {QStringLiteral("pred_vs_actual"),
             QJsonObject{{QStringLiteral("actual"), actual}, {QStringLiteral("predicted"), predicted}}},
        });
    }
    return {{QStringLiteral("algorithm"), Regressor::name(evaluation.algorithm)},
            {QStringLiteral("splits"), splits},
            {QStringLiteral("final_hyperparameters"), evaluation.finalHyperparameters},
            {QStringLiteral("seconds"), evaluation.seconds}};
}

} // namespace es::ml
