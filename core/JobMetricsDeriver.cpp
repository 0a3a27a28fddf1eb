// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobMetricsDeriver.h"

#include "JobMetricsDeriveRun.h"
#include "Store.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace es {
namespace {} // namespace

JobMetricsDeriver::JobMetricsDeriver(Store &store) : m_store(store) {}

PowerModel JobMetricsDeriver::fitPowerModel(std::span<const double> util, std::span<const double> powerW)
{
    PowerModel model;
    const size_t n = std::min(util.size(), powerW.size());
    if (n == 0)
        return model;
    double meanU = 0, meanP = 0;
    for (size_t i = 0; i < n; ++i) {
        meanU += util[i];
        meanP += powerW[i];
    }
    meanU /= double(n);
    meanP /= double(n);
    double sUU = 0, sUP = 0;
    for (size_t i = 0; i < n; ++i) {
        sUU += (util[i] - meanU) * (util[i] - meanU);
        sUP += (util[i] - meanU) * (powerW[i] - meanP);
    }
    model.fitted = true;
    const double sdU = std::sqrt(sUU / double(n));
    if (n < 2 || sdU < 0.01 || sUP < 0) {
        model.idleW = model.maxW = meanP;
        return model;
    }
    const double slope = sUP / sUU;
    const double intercept = meanP - slope * meanU;
    model.idleW = std::max(intercept, 0.0);
    model.maxW = intercept + slope;
    return model;
}

bool JobMetricsDeriver::derive(const QString &clusterName, const JobMetricsDeriveOptions &options,
                               JobMetricsDeriveSummary *summary, QString *error)
{
    *summary = {};
    const auto clusterId = m_store.clusterId(clusterName);
    if (!clusterId) {
        *error = tr("no cluster named %1 in the store").arg(clusterName);
        return false;
    }
    JobMetricsDeriveRun run(m_store, clusterName, *clusterId, options, summary, error);
    bool anyJob = true;
    if (!run.readWindow(&anyJob))
        return false;
    if (!anyJob)
        return true;
    return run.readNodes() && run.readJobs() && run.readHostLinks() && run.deriveNodes() && run.writeMetrics();
}

} // namespace es
