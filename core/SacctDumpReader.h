// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Job.h"
#include "SacctFixedWidth.h"
#include "SacctParser.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTimeZone>

#include <deque>
#include <optional>

namespace es {

class LineReader;

/// The lines of a sacct dump as jobs and steps, whichever way sacct wrote it: --parsable2 or --parsable with a
/// header line (any delimiter, detected or given), without a header (sacct -n) given the --format field list,
/// sacct's default fixed-width output (a header, a rule of dashes, values cut with '+': see SacctFixedWidth), or
/// sacct --json (SacctJsonParser; read whole, at most kMaxJsonBytes).
/// Reads from a LineReader the caller opened; one thread at a time.
class SacctDumpReader final
{
    Q_DECLARE_TR_FUNCTIONS(es::SacctDumpReader)
public:
    static constexpr qint64 kMaxJsonBytes = qint64(256) << 20;

    struct Options
    {
        QString delimiter;  ///< empty: detected from the header ('|' without one)
        QStringList fields; ///< a headerless dump's fields; empty: the dump has a header
        QTimeZone timeZone = QTimeZone::utc();
    };

    struct Record
    {
        SacctParser::LineKind kind = SacctParser::LineKind::Blank;
        qint64 line = 0;
        Job job;
        JobStep step;
        QString reason; ///< of an Error line
    };

    SacctDumpReader(LineReader &reader, const QString &path, Options options);

    /// The field names of a sacct --format list: "User,JobID,JobName%30" gives User, JobID, JobName (widths
    /// dropped, blanks skipped).
    static QStringList fieldsOfFormat(const QString &format);

    /// Reads the header (or, for a headerless dump, the first record, kept for next()): false with *error when
    /// the layout cannot be told. *header is the field list as the store records it.
    bool start(QString *header, QString *error);
    /// The next line that is not blank, parsed; false at the end of the file.
    bool next(Record *record);
    /// What was read with a caveat, for the import's report: values sacct cut ('+') and left empty (fixed-width
    /// output), exit codes a sacct --json of Slurm 22.05 got wrong and left unset.
    QStringList warnings() const;

private:
    bool startHeaderless(const QString &firstLine, QString *header, QString *error);
    bool startFixedWidth(const QString &headerLine, QString *header, QString *error);
    bool startJson(const QByteArray &firstLine, QString *header, QString *error);
    void parse(const QString &line, qint64 lineNumber, Record *record);

    LineReader &m_reader;
    QString m_path;
    Options m_options;
    std::optional<SacctParser> m_parser;
    std::optional<SacctFixedWidth> m_fixedWidth;
    QString m_pendingLine; // a headerless dump's first record, read to detect a trailing delimiter
    qint64 m_pendingLineNumber = 0;
    QMap<QString, qint64> m_cutValues;
    std::deque<Record> m_jsonRecords; // a sacct --json file, read whole: its jobs and steps in order
    qint64 m_jsonExitCodesUnknown = 0;
};

} // namespace es
