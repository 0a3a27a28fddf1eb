// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QMap>
#include <QString>

namespace es {

/// The report's "Benchmark campaigns" part: per campaign, its counts, the per-cell table (median and 5-95% of
/// energy, median time and figure of merit), a plot of median energy against node count with one line per workload
/// and CPU frequency (the 5-95% range as error bars), and the failed runs with Slurm's state and message.
///
/// Threading: as ReportRenderer (plots on the GUI thread, HTML anywhere).
class CampaignReportSection final
{
    Q_DECLARE_TR_FUNCTIONS(es::CampaignReportSection)
public:
    /// The plot's name of campaign `index` in renderPlots()'s map.
    static QString plotName(int index);
    /// One plot per campaign with measured energy.
    static void addPlots(const ReportData &data, QMap<QString, QImage> *plots);
    /// Empty when the range has no campaign.
    static QString html(const ReportData &data, const QMap<QString, QImage> &plots, bool embedImages,
                        const QLocale &locale);
};

} // namespace es
