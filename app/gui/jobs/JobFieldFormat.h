// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace es {

/// Human labels, units and display text of the stored job columns (jobs, job_steps, job_metrics), for the job detail
/// view. A column this does not know keeps its name as its label and its value as text, so that a new column still
/// shows. Units come from the column name's suffix (_ts, _s, _mb, _mhz, _j, _w, _c, _pct).
class JobFieldFormat final
{
    Q_DECLARE_TR_FUNCTIONS(JobFieldFormat)
public:
    static QString label(const QString &column);
    /// "MB", "s", "°C", ...; empty for a column without a unit. Times (_ts) have none: they are shown as dates.
    static QString unit(const QString &column);
    /// The label with its unit, "Max RSS (MB)", for a table header.
    static QString labelWithUnit(const QString &column);
    /// The value for display: times in local time, durations as D-HH:MM:SS with the seconds, energy in J with kWh,
    /// other numbers with their unit when `withUnit`. A NULL gives "—".
    static QString valueText(const QString &column, const QVariant &value, bool withUnit = true);
    /// Where an energy figure comes from (jobs.energy_source / job_metrics.energy_source), said in full: measured
    /// (slurm, counter, dataset) or estimated (model).
    static QString energySourceText(const QString &source);
    static bool isMeasuredSource(const QString &source);
    static QString notRecordedText();
};

} // namespace es
