// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ReportData.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>

namespace es {

class Store;

/// Collects the figures of a report (ReportData) from the store: job, energy and node-hour totals, groups by
/// partition, user and job type, the top energy jobs, energy per day, energy against duration with Pearson's r,
/// node temperatures, alert counts, the accuracy of the stored models and the benchmark campaigns' results.
///
/// Threading: build() uses the Store it is given, from that Store's thread (a worker for the GUI). The cancel flag
/// may be set from any thread.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(es::ReportBuilder)
public:
    explicit ReportBuilder(Store &store);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    /// std::nullopt with *error on a database error, an unknown cluster, an empty range or a cancel.
    std::optional<ReportData> build(const ReportRequest &request, QString *error) const;

    /// Pearson's correlation coefficient; std::nullopt with fewer than 3 pairs or a constant variable. Pure.
    static std::optional<double> pearson(const QList<ReportData::Point> &points);
    /// Name used for the row summing the groups beyond ReportData::kMaxGroups.
    static QString otherGroupName();

private:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    /// The campaigns planned in the request's range (and cluster), with their cells and failed runs.
    bool readCampaigns(ReportData *data, QString *error) const;

    Store &m_store;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace es
