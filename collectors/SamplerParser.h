// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace es {

/// One `S` line of resources/sampler/es-sampler.sh (format es-sampler v1, docs/sampler-format.md). Units in the
/// names; an unset optional was absent from the line (source missing, unreadable, or counter reset). Counters are
/// per interval (the `dt_s` seconds before tsEpochS), not totals.
struct NodeSampleRecord
{
    qint64 tsEpochS = 0;              ///< end of the interval, Unix seconds (the node's clock)
    std::optional<double> intervalS;  ///< dt_s: measured length of the interval
    std::optional<double> cpuUtilPct; ///< user+nice+system+irq+softirq share of CPU time
    std::optional<double> iowaitPct;  ///< iowait share
    std::optional<double> stealPct;   ///< steal share
    std::optional<double> load1;      ///< /proc/loadavg
    std::optional<double> load5;
    std::optional<double> load15;
    std::optional<double> memTotalMb; ///< MiB
    std::optional<double> memUsedMb;  ///< MemTotal - MemAvailable, MiB
    std::optional<double> freqAvgMhz; ///< over all CPUs
    std::optional<double> freqMaxMhz;
    std::optional<double> powerRaplW;      ///< power_w.rapl: sum of the RAPL package zones, average over the interval
    std::optional<double> energyRaplJ;     ///< energy_j.rapl: the same, energy in the interval (wrap handled)
    std::optional<double> powerCrayW;      ///< power_w.cray: /sys/cray/pm_counters/power at the sample
    std::optional<double> energyCrayJ;     ///< energy_j.cray: in the interval
    std::optional<double> powerIpmiW;      ///< power_w.ipmi: DCMI instantaneous reading
    std::optional<double> diskReadBytes;   ///< disk_read_b: in the interval, whole disks
    std::optional<double> diskWriteBytes;  ///< disk_write_b
    std::optional<double> netRxBytes;      ///< net_rx_b: in the interval, all interfaces but lo
    std::optional<double> netTxBytes;      ///< net_tx_b
    QMap<QString, double> temperaturesC;   ///< temp_c.SENSOR, by SENSOR ("coretemp_Package_id_0", "gpu0", ...)
    QMap<QString, double> powersW;         ///< power_w.SENSOR other than rapl/cray/ipmi ("rapl.package-0", "gpu0")
    QMap<QString, double> energiesJ;       ///< energy_j.SENSOR other than rapl/cray, in the interval
    QMap<QString, double> utilizationsPct; ///< util_pct.SENSOR ("gpu0")
    QMap<QString, double> other;           ///< any other well-formed key (a newer minor version), by full key
};

/// The `#es-sampler vMAJOR[.MINOR] key=value...` first line.
struct SamplerHeader
{
    int versionMajor = 0;
    int versionMinor = 0;
    QString host;
    std::optional<double> intervalS;
    std::optional<qint64> startEpochS;
    std::optional<int> cpus; ///< ncpu
};

/// A `# missing SOURCE: REASON` line: a source the sampler could not read (said once per source or file).
struct SamplerMissing
{
    QString source; ///< stat loadavg meminfo cpufreq hwmon thermal rapl hwmon-power hwmon-energy cray ipmi gpu ...
    QString reason;
};

/// One line, classified.
struct SamplerLine
{
    enum class Kind
    {
        Blank,
        Comment,
        Header,
        Missing,
        Sample
    };
    Kind kind = Kind::Blank;
    SamplerHeader header;    ///< Kind::Header
    SamplerMissing missing;  ///< Kind::Missing
    NodeSampleRecord sample; ///< Kind::Sample
};

/// Everything of one sampler output.
struct SamplerOutput
{
    std::optional<SamplerHeader> header;
    QList<SamplerMissing> missing;
    QList<NodeSampleRecord> samples;
    QStringList errors;         ///< "line N: reason"; parsing goes on after a bad line, except a bad header
    bool truncatedTail = false; ///< the text ended inside a line (sampler killed, file still being written)
};

/// Parser of the es-sampler line format (resources/sampler/es-sampler.sh). Pure: text in, records out; never
/// throws; safe on any bytes. Reads major version 1 (any minor); refuses other majors with a clear error.
class SamplerParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SamplerParser)
public:
    static constexpr int SupportedMajorVersion = 1;

    /// Classifies and parses one line (without its '\n'). False with *error for garbage, a sample line cut short
    /// (a complete one ends with " $"), or a header of an unknown major version.
    static bool parseLine(QStringView line, SamplerLine *out, QString *error);

    /// A whole output: the header must come first (blank lines aside); `# missing` lines are collected; bad lines
    /// are reported in errors and skipped; a last line without its '\n' that does not parse is a truncated tail,
    /// not an error. An unknown major version stops parsing (one error).
    static SamplerOutput parseText(QByteArrayView text);
};

} // namespace es
