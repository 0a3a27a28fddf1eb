// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace es {

/// The #SBATCH options of a batch script that the placement advisor reads, plus every other option kept verbatim.
/// A later directive overrides an earlier one, as with sbatch.
struct BatchScript
{
    std::optional<qint64> nodesMin; ///< --nodes/-N N or MIN-MAX
    std::optional<qint64> nodesMax;
    std::optional<qint64> ntasks;      ///< --ntasks/-n
    std::optional<qint64> cpusPerTask; ///< --cpus-per-task/-c
    std::optional<qint64> memMb;       ///< --mem per node in MiB (K/M/G/T binary suffixes, none = M; 0 = all)
    std::optional<qint64> timeLimitS;  ///< --time/-t; unset when absent or unlimited
    bool timeUnlimited = false;        ///< --time=UNLIMITED or INFINITE
    QString partition;                 ///< --partition/-p
    QString cpuFreq;                   ///< --cpu-freq, verbatim (low, 2400000, 1800000-2400000:performance ...)
    QString nodelist;                  ///< --nodelist/-w, hostlist verbatim
    QString exclude;                   ///< --exclude/-x, hostlist verbatim
    QString begin;                     ///< --begin/-b, verbatim (sbatch's time syntax)
    QString jobName;                   ///< --job-name/-J
    QString comment;                   ///< --comment
    bool exclusive = false;            ///< --exclusive[=user|mcs|topo]
    QString exclusiveMode;
    /// Options this parser does not model, as argv words in script order ("--account=x", or "-A", "x"), to pass to
    /// sbatch unchanged. Abbreviated long options (--part) land here too.
    QStringList passThrough;
    qint64 directives = 0;       ///< #SBATCH lines read
    qint64 firstCommandLine = 0; ///< 1-based line where directives stop (0: the script is only comments)
};

/// Reads the #SBATCH directives of a batch script as sbatch does: the first line must start with "#!"; directives
/// are lines beginning "#SBATCH" followed by blanks, up to the first line that is neither blank nor a comment.
/// A directive's words are split like the shell's (single and double quotes, backslash escapes); an unquoted word
/// starting with '#' ends it (a trailing comment). Pure; errors are "line N: ...".
///
/// Numbers are checked: a count over 2^31 - 1, memory or a time limit that would overflow (or a time limit of
/// 2^32 - 2 minutes or more, Slurm's limit) is an error, never a wrapped value.
class BatchScriptParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::BatchScriptParser)
public:
    static std::optional<BatchScript> parse(QStringView script, QString *error);

    /// Slurm's --time syntax: MM, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS, UNLIMITED/INFINITE (*unlimited).
    /// Seconds are kept (Slurm rounds them up to whole minutes).
    static std::optional<qint64> parseTimeLimitS(QStringView text, bool *unlimited, QString *error);
    /// --mem's syntax: N[K|M|G|T][B], no suffix = MiB; K rounds up to whole MiB.
    static std::optional<qint64> parseMemoryMb(QStringView text, QString *error);
};

} // namespace es
