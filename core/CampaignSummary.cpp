// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignSummary.h"

#include "Statistics.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace es {
namespace {

struct Samples
{
    std::vector<double> energyJ, durationS, fom;
};

} // namespace

std::optional<double> CampaignSummary::meanHalfWidthPct(const std::vector<double> &values)
{
    const size_t n = values.size();
    if (n < 2)
        return std::nullopt;
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(n);
    if (!(mean > 0))
        return std::nullopt;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / double(n - 1));
    const double t = statistics::studentT(int(n - 1), 0.975);
    return 100.0 * t * sd / std::sqrt(double(n)) / mean;
}

double CampaignSummary::quantile(std::vector<double> &values, double q)
{
    std::sort(values.begin(), values.end());
    const double position = q * double(values.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - double(below)) * (values[above] - values[below]);
}

QList<CampaignCellSummary> CampaignSummary::cells(const QList<CampaignRunRecord> &runs)
{
    QList<CampaignCellSummary> result;
    QHash<QString, int> index;
    std::vector<Samples> samples;
    for (const CampaignRunRecord &run : runs) {
        if (!index.contains(run.cellHash)) {
            index.insert(run.cellHash, int(result.size()));
            CampaignCellSummary cell;
            cell.cellHash = run.cellHash;
            cell.workload =
                run.cell.value(QStringLiteral("workload")).toObject().value(QStringLiteral("id")).toString();
            cell.nodes = run.cell.value(QStringLiteral("nodes")).toInt();
            cell.cpuFrequency = run.cell.value(QStringLiteral("cpu_freq")).toString();
            result << cell;
            samples.emplace_back();
        }
        const int i = index.value(run.cellHash);
        CampaignCellSummary &cell = result[i];
        if (run.state == QLatin1String("failed"))
            ++cell.failedRuns;
        if (run.state != QLatin1String("completed"))
            continue;
        ++cell.completedRuns;
        if (run.energyJ)
            samples[i].energyJ.push_back(*run.energyJ);
        if (run.durationS)
            samples[i].durationS.push_back(*run.durationS);
        if (run.fom) {
            samples[i].fom.push_back(*run.fom);
            cell.fomUnit = run.fomUnit;
        }
    }
    for (int i = 0; i < result.size(); ++i) {
        Samples &s = samples[i];
        CampaignCellSummary &cell = result[i];
        if (!s.energyJ.empty()) {
            cell.energyMedianJ = quantile(s.energyJ, 0.5);
            cell.energyP05J = quantile(s.energyJ, 0.05);
            cell.energyP95J = quantile(s.energyJ, 0.95);
        }
        if (!s.durationS.empty())
            cell.durationMedianS = quantile(s.durationS, 0.5);
        if (!s.fom.empty())
            cell.fomMedian = quantile(s.fom, 0.5);
    }
    return result;
}

} // namespace es
