// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Job.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// Parser of the Standard Workload Format (Parallel Workloads Archive): ';' header comments, then one job per line
/// with 18 whitespace-separated numbers where -1 means unknown. Pure: bytes in, records out, one line at a time.
///
/// Field mapping: submit/start/end become UTC epoch seconds when the header gives UnixStartTime (seconds since the
/// trace start otherwise); average CPU time per processor times processors becomes total_cpu_s; used and requested
/// memory (KB per processor) become MiB (used: per processor, like a per-task RSS; requested: job total); user,
/// group, executable, queue (stored as qos) and partition keep their numbers.
///
/// Numbers are checked: a field that overflows its type, a time past 9999-12-31 (after adding the start time, the
/// wait and the run time) or a product that is not finite is an error naming the field, never a wrapped value.
class SwfParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SwfParser)
public:
    enum class LineKind
    {
        Record,
        Comment,
        Blank,
        Error
    };

    LineKind parseLine(QByteArrayView line, Job *job, QString *error);

    /// The header comment lines seen so far, without the leading ';'.
    const QStringList &headerLines() const { return m_header; }
    std::optional<qint64> unixStartTime() const { return m_unixStartTime; }
    QString computer() const { return m_computer; }

private:
    /// Reads a ';' header line; the error of a header value that cannot be used (empty when none).
    QString parseComment(QByteArrayView line);

    QStringList m_header;
    std::optional<qint64> m_unixStartTime;
    QString m_computer;
};

} // namespace es
