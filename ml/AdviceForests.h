// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Regressor.h"
#include "ReplayTable.h"

#include <QCoreApplication>
#include <QString>

#include <Eigen/Dense>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace es::ml {

/// The models behind placement advice, trained on the measured cells of some tasks of a ReplayTable: a random
/// forest for a cell's log energy relative to its task's median cell, one for its log time likewise, one for its
/// log energy. Relative targets, because advice ranks the cells of one task and the task's own level does not move
/// the ranking; the absolute one gives the energy in units and its interval.
///
/// An inner grouped cross-validation over the training tasks gives two figures: the time margin (the median
/// under-prediction of relative time, taken off a time limit) and the interval's half width (split-conformal: the
/// coverage quantile of |log energy residual| out of fold).
///
/// Threading: train() and predict() in one thread at a time; dlib builds each forest's trees on its own threads.
class AdviceForests final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::AdviceForests)
public:
    struct Options
    {
        int trees = 100;
        int innerFolds = 4;
        double intervalCoverage = 0.9;
        std::uint64_t seed = 42;
    };

    /// Predictions for some cells (rows of inputs).
    struct Prediction
    {
        Eigen::VectorXd relativeEnergyLog; ///< log(energy / the task's median cell energy)
        Eigen::VectorXd timeVsMedianLog;   ///< log(time / the median of these cells' predicted times)
        Eigen::VectorXd relativeTimeLog;   ///< log(time / the task's median cell time)
        Eigen::VectorXd energyLog;         ///< log energy, in the energy column's unit
    };

    /// `tick` is called before each forest is fitted (stage text); it returns false to cancel (then *error is set
    /// by the caller's tick and train() returns false).
    using Tick = std::function<bool(const QString &stage, QString *error)>;

    /// Forests fitted: one set per inner fold plus the final one, three each.
    static int fitsPerTraining(const Options &options) { return (options.innerFolds + 1) * 3; }

    bool train(const ReplayTable &table, const std::vector<int> &trainTasks, const Options &options, const Tick &tick,
               QString *error);
    /// Predicts cells that are candidates of one task: timeVsMedianLog is relative to these rows' median.
    Prediction predict(const Eigen::MatrixXd &inputs) const;

    double timeMarginLog() const { return m_timeMarginLog; }
    double energyHalfWidthLog() const { return m_energyHalfWidthLog; }
    /// Half widths of the intervals of the relative predictions (for a task whose median cell is measured).
    double relativeEnergyHalfWidthLog() const { return m_relativeEnergyHalfWidthLog; }
    double relativeTimeHalfWidthLog() const { return m_relativeTimeHalfWidthLog; }
    int trainingCells() const { return m_trainingCells; }

    /// The cells of `tasks` as rows of the table's inputs, in task order.
    static std::vector<int> cellsOf(const ReplayTable &table, const std::vector<int> &tasks);
    static Eigen::MatrixXd inputRows(const ReplayTable &table, const std::vector<int> &cells);

private:
    struct Forests
    {
        std::unique_ptr<Regressor> relativeEnergy;
        std::unique_ptr<Regressor> relativeTime;
        std::unique_ptr<Regressor> energy;
    };
    bool fit(const ReplayTable &table, const std::vector<int> &tasks, const Options &options, const Tick &tick,
             Forests *out, QString *error) const;
    static Prediction predictWith(const Forests &forests, const Eigen::MatrixXd &inputs);

    Forests m_forests;
    double m_timeMarginLog = 0;
    double m_energyHalfWidthLog = 0;
    double m_relativeEnergyHalfWidthLog = 0;
    double m_relativeTimeHalfWidthLog = 0;
    int m_trainingCells = 0;
};

} // namespace es::ml
