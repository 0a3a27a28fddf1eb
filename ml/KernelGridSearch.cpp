// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "KernelGridSearch.h"

#include "LinearSvr.h"
#include "MatrixRows.h"
#include "NystromFeatures.h"
#include "RidgeRegressor.h"

#include <future>
#include <limits>
#include <map>
#include <tuple>

namespace es::ml {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// The candidates that share one set of features: same gamma, landmarks and rows.
struct FeatureGroup
{
    double gamma = 0;
    int maxBasis = 0;
    int maxRows = 0;
    std::vector<qsizetype> candidates; ///< indices into the grid
};

std::vector<FeatureGroup> groupsOf(const QList<QJsonObject> &grid)
{
    std::map<std::tuple<double, int, int>, FeatureGroup> groups;
    for (qsizetype i = 0; i < grid.size(); ++i) {
        const QJsonObject &c = grid[i];
        const double gamma = c.value(QStringLiteral("gamma")).toDouble(0.1);
        const int basis = c.value(QStringLiteral("max_basis")).toInt(Regressor::kKernelBasis);
        const int rows = c.value(QStringLiteral("max_rows")).toInt(Regressor::kKernelMaxRows);
        FeatureGroup &g = groups[{gamma, basis, rows}];
        g.gamma = gamma;
        g.maxBasis = basis;
        g.maxRows = rows;
        g.candidates.push_back(i);
    }
    std::vector<FeatureGroup> out;
    for (auto &entry : groups)
        out.push_back(std::move(entry.second));
    return out;
}

/// At most maxRows evenly spaced rows of n (what KernelRegressor::fit keeps).
std::vector<qsizetype> keptRows(qsizetype n, int maxRows)
{
    std::vector<qsizetype> kept(static_cast<size_t>(std::min<qsizetype>(n, std::max(1, maxRows))));
    for (size_t i = 0; i < kept.size(); ++i)
        kept[i] = qsizetype(i) * n / qsizetype(kept.size());
    return kept;
}

/// The folds restricted to `kept` rows of x (sorted), renumbered as positions in `kept`.
std::vector<CrossValidation::Fold> restrictedFolds(const std::vector<CrossValidation::Fold> &folds,
                                                   const std::vector<qsizetype> &kept, qsizetype rows)
{
    std::vector<qsizetype> position(static_cast<size_t>(rows), -1);
    for (size_t i = 0; i < kept.size(); ++i)
        position[size_t(kept[i])] = qsizetype(i);
    std::vector<CrossValidation::Fold> out;
    for (const CrossValidation::Fold &fold : folds) {
        CrossValidation::Fold f;
        for (qsizetype r : fold.train)
            if (position[size_t(r)] >= 0)
                f.train.push_back(position[size_t(r)]);
        for (qsizetype r : fold.test)
            if (position[size_t(r)] >= 0)
                f.test.push_back(position[size_t(r)]);
        if (!f.train.empty() && !f.test.empty())
            out.push_back(std::move(f));
    }
    return out;
}

/// Summed squared test error over the folds of a linear SVR per candidate (c, epsilon), infinity for a candidate
/// that failed on a fold; nullopt when stopped.
std::optional<std::vector<double>> svrSse(const Eigen::MatrixXd &p, const Eigen::VectorXd &z,
                                          const std::vector<CrossValidation::Fold> &folds,
                                          const std::vector<QJsonObject> &candidates, const KeepGoing &keepGoing)
{
    std::vector<double> sse(candidates.size(), 0.0);
    for (const CrossValidation::Fold &fold : folds) {
        const Eigen::MatrixXd train = rowsOf(p, fold.train);
        const Eigen::VectorXd trainZ = rowsOf(z, fold.train);
        const Eigen::MatrixXd test = rowsOf(p, fold.test);
        const Eigen::VectorXd testZ = rowsOf(z, fold.test);
        for (size_t i = 0; i < candidates.size(); ++i) {
            const std::optional<LinearSvr::Fit> fit =
                LinearSvr::fit(train, trainZ, candidates[i].value(QStringLiteral("c")).toDouble(1.0),
                               candidates[i].value(QStringLiteral("epsilon")).toDouble(0.1), keepGoing);
            if (!fit) {
                if (keepGoing && !keepGoing())
                    return std::nullopt;
                sse[i] = kInfinity;
                continue;
            }
            const Eigen::VectorXd predicted = (test * fit->weights).array() + fit->intercept;
            sse[i] += (predicted - testZ).squaredNorm();
        }
    }
    return sse;
}

/// The summed squared errors of one group's candidates (in its order) and the test rows they were summed over.
struct GroupErrors
{
    std::vector<double> sse;
    qsizetype testedRows = 0;
};

/// One group's errors, or nullopt when stopped.
std::optional<GroupErrors> searchGroup(Algorithm algorithm, const QList<QJsonObject> &grid, const FeatureGroup &group,
                                       const Eigen::MatrixXd &x, const Eigen::VectorXd &z,
                                       const std::vector<CrossValidation::Fold> &allFolds, const KeepGoing &keepGoing)
{
    const std::vector<qsizetype> kept = keptRows(x.rows(), group.maxRows);
    const Eigen::MatrixXd xs = rowsOf(x, kept);
    const Eigen::VectorXd zs = rowsOf(z, kept);
    const std::vector<CrossValidation::Fold> folds = restrictedFolds(allFolds, kept, x.rows());
    const NystromFeatures nystrom(NystromFeatures::evenlySpacedRows(xs, group.maxBasis), group.gamma);
    const Eigen::MatrixXd p = nystrom.features(xs);
    if (keepGoing && !keepGoing())
        return std::nullopt;
    GroupErrors errors;
    for (const CrossValidation::Fold &fold : folds)
        errors.testedRows += qsizetype(fold.test.size());
    if (algorithm == Algorithm::KernelRidge) {
        std::vector<double> lambdas;
        for (qsizetype i : group.candidates)
            lambdas.push_back(std::max(grid[i].value(QStringLiteral("lambda")).toDouble(0.1), 1e-12));
        qsizetype tested = 0;
        errors.sse = RidgeRegressor::crossValidatedSse(p, zs, folds, lambdas, &tested, keepGoing);
        if (errors.sse.empty())
            return std::nullopt;
        return errors;
    }
    std::vector<QJsonObject> candidates;
    for (qsizetype i : group.candidates)
        candidates.push_back(grid[i]);
    std::optional<std::vector<double>> sse = svrSse(p, zs, folds, candidates, keepGoing);
    if (!sse)
        return std::nullopt;
    errors.sse = std::move(*sse);
    return errors;
}

} // namespace

std::vector<double> KernelGridSearch::meanSquaredErrors(Algorithm algorithm, const QList<QJsonObject> &grid,
                                                        const Eigen::MatrixXd &x, const Eigen::VectorXd &z,
                                                        const std::vector<CrossValidation::Fold> &folds,
                                                        const KeepGoing &keepGoing)
{
    const std::vector<FeatureGroup> groups = groupsOf(grid);
    std::vector<std::future<std::optional<GroupErrors>>> searches;
    for (const FeatureGroup &group : groups)
        searches.push_back(std::async(
            std::launch::async, [&, group] { return searchGroup(algorithm, grid, group, x, z, folds, keepGoing); }));
    std::vector<double> mse(size_t(grid.size()), kInfinity);
    bool stopped = false;
    for (size_t g = 0; g < groups.size(); ++g) {
        const std::optional<GroupErrors> errors = searches[g].get();
        if (!errors) {
            stopped = true;
            continue;
        }
        for (size_t i = 0; i < groups[g].candidates.size(); ++i)
            mse[size_t(groups[g].candidates[i])] =
                errors->testedRows > 0 ? errors->sse[i] / double(errors->testedRows) : kInfinity;
    }
    return stopped ? std::vector<double>() : mse;
}

} // namespace es::ml
