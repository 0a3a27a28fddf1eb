// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ReplayTable.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace es::ml {

/// Offline evaluation of placement advice on a dataset where the same task ran under many configurations: tasks
/// are held out in folds, models trained on the other tasks only choose one option cell per held-out task, and the
/// choice is scored with the measured mean of that cell (never with a prediction).
///
/// Definitions (per task, see ReplayTable): the reference is the median cell (median of the cells' mean energies,
/// median of their mean times). A cell is feasible when its measured time is at most (1 + maxTimeIncreasePct/100)
/// x the median time (every cell is, without a limit). The oracle is the feasible cell of least measured energy.
///
/// The advice: two random forests on cell means learn, over the training tasks, each cell's energy and time
/// relative to its task's median cell (log ratios: only the ranking inside a task matters, and the held-out task's
/// own level is unknown). The choice is the cell of least predicted relative energy among those whose predicted
/// time, relative to the median of the task's predicted times, is within the limit less a margin (the median
/// under-prediction of relative time in a grouped cross-validation inside the training tasks); when no cell is
/// predicted within it, the predicted fastest. A third forest on absolute log energy gives the predicted energy;
/// its 90% interval is split-conformal: the 90th percentile of |log residual| out of fold in that same inner
/// cross-validation.
///
/// Threading: run() works in the calling thread; the progress callback is called from it and the cancel flag is
/// read between fits.
class AdviceReplay final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::AdviceReplay)
public:
    struct Options
    {
        ReplayTable::Columns columns;
        int groupFolds = 5;
        int innerFolds = 4;
        std::optional<double> maxTimeIncreasePct; ///< absent: no time limit
        double intervalCoverage = 0.9;
        std::uint64_t seed = 42;
        int trees = 100;
    };

    /// What the replay chose for one held-out task, and how it scored against the measured cells.
    struct Choice
    {
        int task = 0; ///< index into ReplayTable::tasks()
        int fold = 0;
        int cell = -1; ///< the chosen cell (index into ReplayTable::cells())
        int oracle = -1;
        double predictedEnergy = 0; ///< in the energy column's unit
        double energyLower = 0;
        double energyUpper = 0;
        double predictedTimeRatio = 0; ///< predicted time / predicted median time of the task
        bool feasible = false;         ///< measured: within the time limit
        bool fallback = false;         ///< no cell was predicted within the limit: the predicted fastest
        double savingPct = 0;          ///< (median energy - chosen energy) / median energy
        double oracleSavingPct = 0;
        double capture = 0; ///< min(1, saving / oracle's saving); 1 when the median cell is the oracle
    };

    struct Summary
    {
        int tasks = 0;
        int cells = 0;
        qsizetype runs = 0;
        double meanSavingPct = 0;
        double meanOracleSavingPct = 0;
        double capture = 0;          ///< mean over tasks
        double meanRegretPct = 0;    ///< (chosen energy - oracle energy) / median energy, mean over tasks
        double infeasibleShare = 0;  ///< chosen cells measured slower than the limit
        double intervalCoverage = 0; ///< chosen cells whose measured energy lies in the predicted interval
        double meanTimeChangePct = 0;
        int fallbacks = 0;
        double timeMarginLog = 0; ///< mean over folds of the margin taken off the limit (log ratio)
        double seconds = 0;
    };

    struct Result
    {
        ReplayTable table;
        std::vector<Choice> choices;
        Summary summary;
        QStringList notes;
    };

    using ProgressCallback = std::function<void(const QString &stage, int done, int total)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Reads the CSV, replays and scores. Fails (*error, file:line where it applies) on a missing column, a
    /// non-numeric energy or time, fewer tasks than folds, a failed fit, or cancellation ("cancelled").
    std::optional<Result> run(const QString &csvPath, const Options &options, QString *error);

    /// The result as JSON: `choices` (task, option, predicted with its interval, measured, median, oracle) and
    /// `summary`. Numeric columns' values are JSON numbers, others strings.
    static QJsonObject toJson(const Result &result, const Options &options);

private:
    bool tick(const QString &stage, QString *error);
    Choice choose(const ReplayTable &table, int task, const class AdviceForests &models, const Options &options) const;

    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_done = 0;
    int m_total = 0;
};

} // namespace es::ml
