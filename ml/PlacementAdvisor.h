// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "AdviceForests.h"
#include "AdviceLedger.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace es {
class Store;
}

namespace es::ml {

/// Advice for one job from the store's measured history: which node count and task (CPU) count to run it with,
/// ranked by predicted energy, time, energy-delay product or carbon, against the job as its script asks for it.
///
/// History: the cluster's jobs with a measured energy (job metrics, else Slurm's) and a run time, grouped into
/// tasks by job name and into cells by (node_count, CPUs). The AdviceForests learn every task's cells; a candidate
/// of the asked-for task is predicted relative to that task's median measured cell, so the task must have measured
/// runs: otherwise there is no advice (nothing made up). Candidates whose node or CPU count lies outside every
/// measured one are shown but flagged and never chosen.
///
/// Threading: advise() runs in the calling thread with the given Store; the cancel flag is read between fits.
class PlacementAdvisor final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::PlacementAdvisor)
public:
    enum class Objective
    {
        Energy,
        Time,
        EnergyDelay,
        Carbon
    };

    struct Request
    {
        QString cluster;
        QString jobName;                ///< the task: jobs of this name are "the same work"
        std::vector<qint64> nodeCounts; ///< candidates; empty: the default only
        std::vector<qint64> cpuCounts;  ///< candidates (tasks x CPUs per task); empty: the default only
        qint64 defaultNodes = 0;        ///< what the script asks for; 0: the task's most measured cell
        qint64 defaultCpus = 0;
        Objective objective = Objective::Energy;
        std::optional<double> maxTimeIncreasePct; ///< against the default's predicted time
        QString carbonSeries;                     ///< a carbon_series name; empty: no carbon figures
        qint64 beginTs = 0;                       ///< start of the run, for carbon (UTC epoch s)
        double intervalCoverage = 0.9;
        int trees = 100;
    };

    struct Candidate
    {
        qint64 nodes = 0;
        qint64 cpus = 0;
        double energyJ = 0; ///< predicted, with its interval
        double energyLowerJ = 0;
        double energyUpperJ = 0;
        double timeS = 0;
        double timeLowerS = 0;
        double timeUpperS = 0;
        std::optional<double> carbonG; ///< grams CO2e over the predicted run window from beginTs
        double energyChangePct = 0;    ///< against the default candidate
        double powerChangePct = 0;     ///< the energy change split: (1 + energy) = (1 + power)(1 + time)
        double timeChangePct = 0;
        bool withinTimeLimit = true;
        bool extrapolated = false;  ///< node or CPU count outside every measured one: never chosen
        int measuredRuns = 0;       ///< runs of this task in exactly this cell
        double measuredEnergyJ = 0; ///< their mean, when measured
        double measuredTimeS = 0;
        bool isDefault = false;
    };

    struct Advice
    {
        std::vector<Candidate> ranked; ///< best first by the objective; flagged ones last
        int chosen = -1;               ///< index into ranked; -1: no candidate fits (see reason)
        QString reason;                ///< why there is no advice, when chosen < 0
        int tasks = 0;                 ///< tasks in the history the models learnt
        int cells = 0;
        qsizetype runs = 0;
        int runsOfTask = 0;
        QStringList notes;
    };

    using ProgressCallback = std::function<void(const QString &stage, int done, int total)>;
    void setProgressCallback(ProgressCallback callback) { m_progress = std::move(callback); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// Fails (*error) on a store error, an unknown cluster or carbon series, or cancellation. A job without
    /// history is not a failure: the Advice says "no advice" and why.
    std::optional<Advice> advise(Store &store, const Request &request, QString *error);

    /// The ledger's record of the chosen candidate (advice.chosen >= 0), status "advised".
    static AdviceRecord recordOf(const Advice &advice, const Request &request, qint64 nowTs);

    static std::optional<Objective> objectiveFromName(const QString &name);
    static QString objectiveName(Objective objective);

private:
    bool tick(const QString &stage, QString *error);

    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    int m_done = 0;
    int m_total = 0;
};

} // namespace es::ml
