// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Job.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTimeZone>

namespace es {

/// Parser of `sacct --parsable2` / `--parsable` output (any subset of fields in any order, '|' or another
/// delimiter). Pure: one line in, one job or step record out.
///
/// A job name may contain the delimiter: such a line has more fields than the header, and the extra
/// ones are given back to the single free-text field (JobName, WorkDir, ...) of the header. Timestamps are read in
/// the given time zone (sacct prints the local time of the machine it ran on) unless they are epoch seconds.
/// A value out of range (a count over 2^31 - 1, a time or duration past 9999-12-31, memory or energy that is not
/// finite, ReqMem per CPU times the CPUs) is an error naming the field, never a wrapped value.
class SacctParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::SacctParser)
public:
    enum class LineKind
    {
        Job,
        Step,
        Blank,
        Error
    };

    explicit SacctParser(QString delimiter = QStringLiteral("|"), const QTimeZone &timeZone = QTimeZone::utc());

    /// Reads a header line such as "JobID|JobName|State". Returns false (with *error) when the line is not one.
    bool parseHeader(QStringView line, QString *error);
    /// Sets the field list directly (a harvest that passed --format itself and asked for no header).
    bool setFields(const QStringList &names, QString *error);
    bool hasHeader() const { return !m_fields.isEmpty(); }
    /// The fields have neither JobID nor JobIDRaw (other tools' dumps, such as jobinfo's or kabre's): every line is
    /// a job whose id is made up from the line itself, `noid-` and 12 hex digits of its SHA-1, so that importing the
    /// same file again merges instead of doubling; the reader warns.
    bool synthesizesJobIds() const { return m_synthesizeJobIds; }
    /// Lines end with the delimiter (sacct --parsable, not --parsable2); parseHeader() sets it from the header.
    void setTrailingDelimiter(bool trailing) { m_trailingDelimiter = trailing; }
    QString delimiter() const { return m_delimiter; }
    /// True when `line` looks like a header (every field a known or plausible sacct field name).
    static bool looksLikeHeader(QStringView line, QStringView delimiter);
    /// The delimiter of a header line: ";|;" (seen in dumps made to survive '|' in names), '|', the unit separator
    /// 0x1f, tab, ';' or ',', the first that occurs.
    static QString detectDelimiter(QStringView headerLine);

    LineKind parseLine(QStringView line, Job *job, JobStep *step, QString *error);

    /// The sacct field names this parser understands (for --format).
    static QStringList knownFields();

    enum class Field; ///< defined in the .cpp: the fields the parser reads

private:
    struct RecordValues; ///< defined in the .cpp: the fields of one line that go to a job or a step

    bool fillRecord(const QList<QStringView> &values, Job *job, JobStep *step, bool *isStep, QString *error);
    /// The line's JobID (else JobIDRaw) and JobIDRaw, checked; *dot is the index of the step's '.', or -1.
    bool readJobId(const QList<QStringView> &values, QStringView *jobIdText, QStringView *jobIdRawText, qsizetype *dot,
                   QString *error) const;
    /// Field i's value into *job, *step or *record; false when it cannot be read (*outOfRange: a well-formed value
    /// out of range).
    bool readField(qsizetype i, QStringView value, Job *job, JobStep *step, RecordValues *record,
                   bool *outOfRange) const;
    static void fillStep(const RecordValues &r, QStringView jobIdText, qsizetype dot, const Job &job, JobStep *step);
    static void fillJob(const RecordValues &r, QStringView jobIdText, QStringView jobIdRawText, Job *job);
    std::optional<qint64> timestamp(QStringView text, bool *malformed, bool *outOfRange) const;

    QString m_delimiter;
    QTimeZone m_timeZone;
    bool m_utc = true;
    QList<QStringView> m_values; // reused between lines
    bool m_synthesizeJobIds = false;
    QString m_syntheticJobId;         ///< of the line being parsed, when synthesizesJobIds()
    bool m_trailingDelimiter = false; // --parsable (not --parsable2) ends every line with the delimiter
    QList<Field> m_fields;
    QStringList m_fieldNames;
    int m_freeTextIndex = -1; // the one field that may absorb extra delimiters, -1 when none or ambiguous
};

} // namespace es
