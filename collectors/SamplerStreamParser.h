// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SamplerParser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace es {

/// Incremental reader of es-sampler output (docs/sampler-format.md) as it arrives in chunks of any size (an SSH
/// stream, a file read from an offset). Same rules as SamplerParser::parseText: the header comes first, bad lines
/// are reported as "line N: reason" and skipped, an unknown major version stops the reading. A line longer than
/// MaxLineBytes is garbage: reported and skipped up to its end, never buffered whole. Pure; never throws; safe on any
/// bytes. Not thread-safe: one reader per stream.
class SamplerStreamParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SamplerStreamParser)
public:
    static constexpr qsizetype MaxLineBytes = 64 * 1024;

    /// `firstLine`: the number of the first line fed (for messages when resuming a file). With `headerSeen`, the
    /// stream resumes after a header that was read earlier: samples are accepted without a header.
    explicit SamplerStreamParser(qint64 firstLine = 1, bool headerSeen = false);

    /// Consumes a chunk; the complete samples it finished are appended to *samples. False once the stream is
    /// refused (unknown major version or a broken header): later chunks are ignored.
    bool feed(QByteArrayView chunk, QList<NodeSampleRecord> *samples);

    /// End of the stream: the pending partial line, if any, is a truncated tail (sampler stopped mid-line, file
    /// still being written): it is dropped and counted, not reported as an error.
    void finish();

    const std::optional<SamplerHeader> &header() const { return m_header; }
    const QList<SamplerMissing> &missing() const { return m_missing; }
    const QStringList &errors() const { return m_errors; }
    bool refused() const { return m_refused; }
    bool truncatedTail() const { return m_truncatedTail; }
    /// Bytes of complete lines consumed so far (where a later read of the same file can resume).
    qint64 completeBytes() const { return m_completeBytes; }
    qint64 linesRead() const { return m_lineNumber - m_firstLine + 1; }

private:
    void handleLine(QByteArrayView line, QList<NodeSampleRecord> *samples);

    QByteArray m_pending;
    bool m_skippingLongLine = false;
    bool m_headerSeen;
    bool m_refused = false;
    bool m_truncatedTail = false;
    qint64 m_firstLine;
    qint64 m_lineNumber;
    qint64 m_completeBytes = 0;
    qint64 m_lineBytes = 0; ///< bytes of the current, unfinished line (kept or skipped)
    std::optional<SamplerHeader> m_header;
    QList<SamplerMissing> m_missing;
    QStringList m_errors;
};

} // namespace es
