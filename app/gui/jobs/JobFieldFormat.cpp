// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobFieldFormat.h"

#include "EnergyFormat.h"
#include "JobTableModel.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

namespace es {
namespace {

const QHash<QString, const char *> &labels()
{
    static const QHash<QString, const char *> table = {
        {QStringLiteral("cluster"), QT_TRANSLATE_NOOP("JobFieldFormat", "Cluster")},
        {QStringLiteral("job_id"), QT_TRANSLATE_NOOP("JobFieldFormat", "Job ID")},
        {QStringLiteral("job_id_raw"), QT_TRANSLATE_NOOP("JobFieldFormat", "Raw job ID")},
        {QStringLiteral("step_id"), QT_TRANSLATE_NOOP("JobFieldFormat", "Step")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("JobFieldFormat", "Name")},
        {QStringLiteral("user_name"), QT_TRANSLATE_NOOP("JobFieldFormat", "User")},
        {QStringLiteral("group_name"), QT_TRANSLATE_NOOP("JobFieldFormat", "Group")},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("JobFieldFormat", "Account")},
        {QStringLiteral("partition"), QT_TRANSLATE_NOOP("JobFieldFormat", "Partition")},
        {QStringLiteral("qos"), QT_TRANSLATE_NOOP("JobFieldFormat", "QOS")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("JobFieldFormat", "State")},
        {QStringLiteral("exit_code"), QT_TRANSLATE_NOOP("JobFieldFormat", "Exit code")},
        {QStringLiteral("exit_signal"), QT_TRANSLATE_NOOP("JobFieldFormat", "Exit signal")},
        {QStringLiteral("submit_ts"), QT_TRANSLATE_NOOP("JobFieldFormat", "Submitted")},
        {QStringLiteral("start_ts"), QT_TRANSLATE_NOOP("JobFieldFormat", "Started")},
        {QStringLiteral("end_ts"), QT_TRANSLATE_NOOP("JobFieldFormat", "Ended")},
        {QStringLiteral("elapsed_s"), QT_TRANSLATE_NOOP("JobFieldFormat", "Elapsed")},
        {QStringLiteral("timelimit_s"), QT_TRANSLATE_NOOP("JobFieldFormat", "Time limit")},
        {QStringLiteral("req_cpus"), QT_TRANSLATE_NOOP("JobFieldFormat", "Requested CPUs")},
        {QStringLiteral("alloc_cpus"), QT_TRANSLATE_NOOP("JobFieldFormat", "Allocated CPUs")},
        {QStringLiteral("node_count"), QT_TRANSLATE_NOOP("JobFieldFormat", "Nodes")},
        {QStringLiteral("node_list"), QT_TRANSLATE_NOOP("JobFieldFormat", "Node list")},
        {QStringLiteral("req_mem_mb"), QT_TRANSLATE_NOOP("JobFieldFormat", "Requested memory")},
        {QStringLiteral("max_rss_mb"), QT_TRANSLATE_NOOP("JobFieldFormat", "Max RSS (largest task)")},
        {QStringLiteral("total_cpu_s"), QT_TRANSLATE_NOOP("JobFieldFormat", "CPU time (all tasks)")},
        {QStringLiteral("ave_cpu_freq_mhz"), QT_TRANSLATE_NOOP("JobFieldFormat", "Average CPU frequency")},
        {QStringLiteral("energy_j"), QT_TRANSLATE_NOOP("JobFieldFormat", "Energy")},
        {QStringLiteral("energy_source"), QT_TRANSLATE_NOOP("JobFieldFormat", "Energy source")},
        {QStringLiteral("job_type"), QT_TRANSLATE_NOOP("JobFieldFormat", "Job type")},
        {QStringLiteral("executable"), QT_TRANSLATE_NOOP("JobFieldFormat", "Executable")},
        {QStringLiteral("work_dir"), QT_TRANSLATE_NOOP("JobFieldFormat", "Working directory")},
        {QStringLiteral("node_temp_avg_c"), QT_TRANSLATE_NOOP("JobFieldFormat", "Node temperature, average")},
        {QStringLiteral("node_temp_peak_c"), QT_TRANSLATE_NOOP("JobFieldFormat", "Node temperature, peak")},
        {QStringLiteral("cpu_freq_avg_mhz"), QT_TRANSLATE_NOOP("JobFieldFormat", "CPU frequency, average")},
        {QStringLiteral("cpu_util_pct"), QT_TRANSLATE_NOOP("JobFieldFormat", "CPU utilisation, average")},
        {QStringLiteral("mem_mb"), QT_TRANSLATE_NOOP("JobFieldFormat", "Memory")},
        {QStringLiteral("duration_s"), QT_TRANSLATE_NOOP("JobFieldFormat", "Duration")},
        {QStringLiteral("power_avg_w"), QT_TRANSLATE_NOOP("JobFieldFormat", "Power, average")},
    };
    return table;
}

// In the chosen unit, and in joules as stored unless that is the unit.
QString energyText(double joules)
{
    const EnergyFormat &format = EnergyFormat::instance();
    const QString text = format.text(joules);
    if (format.resolved(joules) == EnergyUnit::J)
        return text;
    return JobFieldFormat::tr("%1 (%2 J)").arg(text, QLocale().toString(joules, 'f', 0));
}

} // namespace

QString JobFieldFormat::notRecordedText()
{
    return tr("—");
}

QString JobFieldFormat::label(const QString &column)
{
    const auto it = labels().constFind(column);
    return it == labels().cend() ? column : tr(*it);
}

QString JobFieldFormat::unit(const QString &column)
{
    if (column.endsWith(u"_mb"))
        return tr("MB");
    if (column.endsWith(u"_mhz"))
        return tr("MHz");
    if (column.endsWith(u"_j"))
        return tr("J");
    if (column.endsWith(u"_w"))
        return tr("W");
    if (column.endsWith(u"_c"))
        return tr("°C");
    if (column.endsWith(u"_pct"))
        return tr("%");
    if (column.endsWith(u"_s"))
        return tr("s");
    return {};
}

QString JobFieldFormat::labelWithUnit(const QString &column)
{
    const QString u = unit(column);
    return u.isEmpty() ? label(column) : tr("%1 (%2)").arg(label(column), u);
}

QString JobFieldFormat::valueText(const QString &column, const QVariant &value, bool withUnit)
{
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isEmpty()))
        return notRecordedText();
    const QLocale locale;
    if (column.endsWith(u"_ts")) {
        const qint64 ts = value.toLongLong();
        const QString local = QDateTime::fromSecsSinceEpoch(ts).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!withUnit)
            return local;
        return tr("%1 (%2 UTC)")
            .arg(local, QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("HH:mm:ss")));
    }
    static const QStringList counts = {QStringLiteral("exit_code"), QStringLiteral("exit_signal"),
                                       QStringLiteral("req_cpus"), QStringLiteral("alloc_cpus"),
                                       QStringLiteral("node_count")};
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || (unit(column).isEmpty() && !counts.contains(column)))
        return value.toString(); // names and ids stay as stored, even when they look like numbers
    if (column.endsWith(u"_j"))
        return withUnit ? energyText(number) : locale.toString(number, 'f', 0);
    if (column == u"elapsed_s" || column == u"timelimit_s" || column == u"duration_s") {
        const QString duration = JobTableModel::durationText(qint64(number));
        return withUnit ? tr("%1 (%2 s)").arg(duration, locale.toString(qint64(number))) : duration;
    }
    const QString u = unit(column);
    if (u.isEmpty())
        return locale.toString(qint64(number));
    const int decimals = column.endsWith(u"_mhz") || column.endsWith(u"_s") ? 0 : 1;
    const QString text = locale.toString(number, 'f', decimals);
    return withUnit ? tr("%1 %2").arg(text, u) : text;
}

bool JobFieldFormat::isMeasuredSource(const QString &source)
{
    return source == u"slurm" || source == u"counter" || source == u"dataset";
}

QString JobFieldFormat::energySourceText(const QString &source)
{
    if (source == u"slurm")
        return tr("Measured: Slurm accounting (ConsumedEnergyRaw of the job)");
    if (source == u"counter")
        return tr("Measured: the energy meters of the job's nodes over its run, shared among the jobs on a node "
                  "by their CPUs");
    if (source == u"dataset")
        return tr("Measured: given by the imported dataset");
    if (source == u"model")
        return tr("Estimated: a power model of its nodes (idle to full power by CPU utilisation), not a meter");
    if (source.isEmpty())
        return tr("Unknown: no source recorded");
    return tr("Source “%1”").arg(source);
}

} // namespace es
