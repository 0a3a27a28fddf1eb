// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignSpec.h"
#include "CampaignStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es::ml {

/// One cell a campaign could measure next, with what the measured runs predict for it.
struct ProposalCandidate
{
    int workloadIndex = 0; ///< into the campaign's workloads
    QString workload;      ///< its id
    int nodes = 1;
    QString cpuFrequency; ///< empty: Slurm's default
    int measuredRuns = 0; ///< completed runs of exactly this cell with energy
    /// Predicted energy and its 90% prediction interval; unset when the runs cannot predict this cell (a node count
    /// or a frequency of a workload with one value measured, or too few runs): such cells come first.
    std::optional<double> energyJ, energyLowerJ, energyUpperJ;
    double logHalfWidth = 0; ///< half the interval's width in log energy; +inf when unset
    double durationS = 0;    ///< predicted (or, where unknown, the workload's median measured or the time limit)
    double coreHours = 0;    ///< of one run: nodes x cores per node x durationS
    bool chosen = false;
    QString why; ///< one line: what makes its interval wide, or why it was not chosen
};

struct ProposalOptions
{
    QList<int> nodeCounts;      ///< the candidates' node counts (empty: the campaign's)
    QStringList cpuFrequencies; ///< the candidates' --cpu-freq values (empty: the campaign's, or Slurm's default)
    double budgetCoreHours = 1; ///< what the chosen cells may cost together, repeats included
    int repeats = 1;            ///< runs of each chosen cell
    int coresPerNode = 1;
    double coverage = 0.9; ///< the prediction intervals' (0.9 or 0.95)
};

/// The active mode of a benchmark campaign: after a first pass, which cells to measure next so that the models learn
/// the most for the core-hours spent. Per workload, log energy (and log time) is fitted by least squares on
/// log2(node count) and the CPU frequencies measured (one-hot); each candidate's 90% prediction interval is
/// t * s * sqrt(1 + x'(X'X)^-1 x), widest where the runs say least (far from the measured node counts, a frequency
/// seen few times, a noisy workload). Cells the runs cannot predict at all come first, cheapest first; then the widest
/// intervals, each taken while the budget lasts.
class CampaignProposer final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::CampaignProposer)

public:
    /// Every candidate (the campaign's workloads x the options' node counts x frequencies), widest first, the chosen
    /// ones marked. `runs`: completed runs of this and related campaigns (matched on the workload's JSON).
    static QList<ProposalCandidate> propose(const CampaignSpec &spec, const QList<CampaignRunRecord> &runs,
                                            const ProposalOptions &options);
    /// The next campaign: the same workloads and settings, exactly the chosen cells, `repeats` each.
    static CampaignSpec followUp(const CampaignSpec &spec, const QList<ProposalCandidate> &candidates,
                                 const QString &name, int repeats);
    static QJsonObject toJson(const ProposalCandidate &candidate);
};

} // namespace es::ml
