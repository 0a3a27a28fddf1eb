// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignStore.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace es {

/// One cell's measured runs: median and 5th / 95th percentiles of energy, time and figure of merit.
struct CampaignCellSummary
{
    QString cellHash;
    QString workload;
    int nodes = 0;
    QString cpuFrequency;
    int completedRuns = 0;
    int failedRuns = 0;
    std::optional<double> energyMedianJ, energyP05J, energyP95J;
    std::optional<double> durationMedianS;
    std::optional<double> fomMedian;
    QString fomUnit;
};

/// The per-cell table of a campaign's results (completed runs only; the latest attempt of each run).
class CampaignSummary final
{
public:
    /// Cells in the order their first run appears.
    static QList<CampaignCellSummary> cells(const QList<CampaignRunRecord> &runs);
    static constexpr int kMinRunsToStop = 3;
    /// Half the width of the 95% confidence interval of the mean of `values` (Student's t), as a percentage of the
    /// mean; std::nullopt for fewer than two values or a mean that is not positive.
    static std::optional<double> meanHalfWidthPct(const std::vector<double> &values);
    /// Linear-interpolated quantile (q in [0, 1]) of `values` (not empty; sorted on return).
    static double quantile(std::vector<double> &values, double q);
};

} // namespace es
