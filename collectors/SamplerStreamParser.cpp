// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerStreamParser.h"

#include <QCoreApplication>

namespace es {
namespace {

constexpr qsizetype kMaxErrors = 1000; // garbage must not grow the error list without bound

} // namespace

SamplerStreamParser::SamplerStreamParser(qint64 firstLine, bool headerSeen)
    : m_headerSeen(headerSeen), m_firstLine(firstLine), m_lineNumber(firstLine - 1)
{}

bool SamplerStreamParser::feed(QByteArrayView chunk, QList<NodeSampleRecord> *samples)
{
    while (!m_refused && !chunk.isEmpty()) {
        const qsizetype nl = chunk.indexOf('\n');
        const QByteArrayView piece = nl < 0 ? chunk : chunk.first(nl);
        m_lineBytes += piece.size();
        if (m_skippingLongLine) {
            // the rest of a line already reported as too long
        } else if (m_pending.size() + piece.size() > MaxLineBytes) {
            ++m_lineNumber;
            if (m_errors.size() < kMaxErrors)
                m_errors.append(
                    tr("line %1: longer than %2 bytes: not es-sampler output").arg(m_lineNumber).arg(MaxLineBytes));
            m_pending.clear();
            m_skippingLongLine = true;
        } else {
            m_pending.append(piece);
        }
        if (nl < 0)
            break;
        m_completeBytes += m_lineBytes + 1;
        m_lineBytes = 0;
        if (m_skippingLongLine) {
            m_skippingLongLine = false;
        } else {
            ++m_lineNumber;
            handleLine(m_pending, samples);
            m_pending.clear();
        }
        chunk = chunk.sliced(nl + 1);
    }
    return !m_refused;
}

void SamplerStreamParser::handleLine(QByteArrayView bytes, QList<NodeSampleRecord> *samples)
{
    SamplerLine parsed;
    QString error;
    const bool ok = SamplerParser::parseLine(QString::fromUtf8(bytes), &parsed, &error);
    auto report = [this](const QString &text) {
        if (m_errors.size() < kMaxErrors)
            m_errors.append(tr("line %1: %2").arg(m_lineNumber).arg(text));
    };
    if (!ok) {
        report(error);
        if (parsed.kind == SamplerLine::Kind::Header && !m_headerSeen)
            m_refused = true; // an unknown version or a broken header: nothing after it can be trusted
        return;
    }
    switch (parsed.kind) {
    case SamplerLine::Kind::Blank:
    case SamplerLine::Kind::Comment:
        return;
    case SamplerLine::Kind::Header:
        if (m_header)
            report(tr("a second es-sampler header"));
        else
            m_header = parsed.header;
        m_headerSeen = true;
        return;
    case SamplerLine::Kind::Missing:
    case SamplerLine::Kind::Sample:
        if (!m_headerSeen) {
            report(tr("no #es-sampler header before this line"));
            return;
        }
        if (parsed.kind == SamplerLine::Kind::Missing)
            m_missing.append(parsed.missing);
        else
            samples->append(parsed.sample);
        return;
    }
}

void SamplerStreamParser::finish()
{
    if (!m_pending.isEmpty() || m_skippingLongLine)
        m_truncatedTail = true;
    m_pending.clear();
    m_skippingLongLine = false;
    m_lineBytes = 0;
}

} // namespace es
