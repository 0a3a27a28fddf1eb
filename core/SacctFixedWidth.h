// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

/// sacct's default output (no --parsable): a header line of field names, a rule of dashes, then one line per job or
/// step with each field in the column of its dashes, right- or left-justified, a value too long for its column cut
/// and ended with '+' ("2074737.bat+", "_mb_bot24+"). This class finds the columns from the rule and turns a line
/// into the fields of a SacctParser line. Pure.
class SacctFixedWidth final
{
    Q_DECLARE_TR_FUNCTIONS(es::SacctFixedWidth)
public:
    /// The delimiter of the lines toDelimited() writes (the unit separator, which sacct never prints).
    static QString delimiter();
    /// True when `line` is a rule of dashes separated by single spaces ("---------- --------").
    static bool isRule(QStringView line);
    /// The columns of `header` under `rule`; nullopt unless the rule has as many columns as the header names
    /// and one of them is JobID or JobIDRaw.
    static std::optional<SacctFixedWidth> fromHeader(QStringView header, QStringView rule);

    QStringList fieldNames() const;

    /// A data line's fields joined by delimiter(). A value sacct cut ('+' filling its column) is left empty and
    /// its field named in *truncatedFields, except a state that only one state starts as ("OUT_OF_ME+" is
    /// OUT_OF_MEMORY) and a step's job id: "123.bat+" with the job name "batch" is
    /// 123.batch (and "123.ext+" 123.extern), the only steps whose full id the line still tells. Returns an empty
    /// string (with *error) for a line whose job or step id cannot be told.
    QString toDelimited(QStringView line, QStringList *truncatedFields, QString *error) const;

private:
    struct Column
    {
        qsizetype start = 0;
        qsizetype width = 0;
        QString name;
    };
    QList<Column> m_columns;
    int m_jobIdColumn = -1;
    int m_jobNameColumn = -1;
};

} // namespace es
