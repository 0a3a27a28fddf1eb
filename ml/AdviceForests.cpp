// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviceForests.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace es::ml {
namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// The q-quantile with the split-conformal correction: the ceil((n + 1) q)-th smallest value (the largest when
/// that rank is past n).
double conformalQuantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(double(values.size() + 1) * q));
    return values[std::min(values.size(), std::max<size_t>(1, rank)) - 1];
}

/// What the forests learn for one measured cell.
struct CellTargets
{
    double relativeEnergyLog;
    double relativeTimeLog;
    double energyLog;
};

CellTargets targetsOf(const ReplayTable &table, int cell)
{
    const ReplayTable::Cell &c = table.cells()[size_t(cell)];
    const ReplayTable::Task &t = table.tasks()[size_t(c.task)];
    return {std::log(c.energy / t.medianEnergy), std::log(c.timeS / t.medianTimeS), std::log(c.energy)};
}

/// Each predicted relative time made relative to the median of the rows' predicted times.
Eigen::VectorXd againstPredictedMedian(const Eigen::VectorXd &logTimes)
{
    std::vector<double> times(size_t(logTimes.size()));
    for (Eigen::Index i = 0; i < logTimes.size(); ++i)
        times[size_t(i)] = std::exp(logTimes(i));
    return logTimes.array() - std::log(median(times));
}

} // namespace

std::vector<int> AdviceForests::cellsOf(const ReplayTable &table, const std::vector<int> &tasks)
{
    std::vector<int> cells;
    for (int t : tasks)
        cells.insert(cells.end(), table.tasks()[size_t(t)].cells.begin(), table.tasks()[size_t(t)].cells.end());
    return cells;
}

Eigen::MatrixXd AdviceForests::inputRows(const ReplayTable &table, const std::vector<int> &cells)
{
    Eigen::MatrixXd x(qsizetype(cells.size()), table.inputs().cols());
    for (size_t i = 0; i < cells.size(); ++i)
        x.row(qsizetype(i)) = table.inputs().row(cells[i]);
    return x;
}

bool AdviceForests::fit(const ReplayTable &table, const std::vector<int> &tasks, const Options &options,
                        const Tick &tick, Forests *out, QString *error) const
{
    const QJsonObject forest{{QStringLiteral("trees"), options.trees},
                             {QStringLiteral("min_leaf"), 2},
                             {QStringLiteral("feature_fraction"), 0.4},
                             {QStringLiteral("seed"), int(options.seed % 100000)}};
    const std::vector<int> cells = cellsOf(table, tasks);
    const Eigen::MatrixXd x = inputRows(table, cells);
    Eigen::VectorXd energy(x.rows()), time(x.rows()), energyLog(x.rows());
    for (size_t i = 0; i < cells.size(); ++i) {
        const CellTargets t = targetsOf(table, cells[i]);
        energy(qsizetype(i)) = t.relativeEnergyLog;
        time(qsizetype(i)) = t.relativeTimeLog;
        energyLog(qsizetype(i)) = t.energyLog;
    }
    const std::pair<std::unique_ptr<Regressor> *, const Eigen::VectorXd *> targets[] = {
        {&out->relativeEnergy, &energy}, {&out->relativeTime, &time}, {&out->energy, &energyLog}};
    for (const auto &[model, y] : targets) {
        if (!tick(tr("advice: training"), error))
            return false;
        *model = Regressor::create(Algorithm::RandomForest, forest);
        if (!(*model)->fit(x, *y, error))
            return false;
    }
    return true;
}

AdviceForests::Prediction AdviceForests::predictWith(const Forests &forests, const Eigen::MatrixXd &inputs)
{
    const Eigen::VectorXd relativeTime = forests.relativeTime->predict(inputs);
    Prediction p;
    p.relativeEnergyLog = forests.relativeEnergy->predict(inputs);
    p.timeVsMedianLog = againstPredictedMedian(relativeTime);
    p.relativeTimeLog = relativeTime;
    p.energyLog = forests.energy->predict(inputs);
    return p;
}

bool AdviceForests::train(const ReplayTable &table, const std::vector<int> &trainTasks, const Options &options,
                          const Tick &tick, QString *error)
{
    if (trainTasks.empty()) {
        *error = tr("no measured task to learn from");
        return false;
    }
    std::vector<double> timeResiduals, energyResiduals, relativeEnergyResiduals, relativeTimeResiduals;
    for (int k = 0; k < options.innerFolds; ++k) {
        std::vector<int> fitTasks, testTasks;
        for (size_t i = 0; i < trainTasks.size(); ++i)
            (int(i % size_t(options.innerFolds)) == k ? testTasks : fitTasks).push_back(trainTasks[i]);
        if (testTasks.empty() || fitTasks.empty()) {
            // Fewer tasks than inner folds: this fold has nothing to hold out, but its fits are counted.
            for (int f = 0; f < 3; ++f)
                if (!tick(tr("advice: training"), error))
                    return false;
            continue;
        }
        Forests inner;
        if (!fit(table, fitTasks, options, tick, &inner, error))
            return false;
        for (int t : testTasks) {
            const std::vector<int> &cells = table.tasks()[size_t(t)].cells;
            const Prediction p = predictWith(inner, inputRows(table, cells));
            for (size_t i = 0; i < cells.size(); ++i) {
                const CellTargets actual = targetsOf(table, cells[i]);
                timeResiduals.push_back(actual.relativeTimeLog - p.timeVsMedianLog(qsizetype(i)));
                energyResiduals.push_back(std::abs(actual.energyLog - p.energyLog(qsizetype(i))));
                relativeEnergyResiduals.push_back(
                    std::abs(actual.relativeEnergyLog - p.relativeEnergyLog(qsizetype(i))));
                relativeTimeResiduals.push_back(std::abs(actual.relativeTimeLog - p.relativeTimeLog(qsizetype(i))));
            }
        }
    }
    m_timeMarginLog = timeResiduals.empty() ? 0.0 : median(timeResiduals);
    m_energyHalfWidthLog = conformalQuantile(energyResiduals, options.intervalCoverage);
    m_relativeEnergyHalfWidthLog = conformalQuantile(relativeEnergyResiduals, options.intervalCoverage);
    m_relativeTimeHalfWidthLog = conformalQuantile(relativeTimeResiduals, options.intervalCoverage);
    m_trainingCells = int(cellsOf(table, trainTasks).size());
    return fit(table, trainTasks, options, tick, &m_forests, error);
}

AdviceForests::Prediction AdviceForests::predict(const Eigen::MatrixXd &inputs) const
{
    return predictWith(m_forests, inputs);
}

} // namespace es::ml
