// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace es {

/// The HTML of the report's tables, written so that QTextDocument (the PDF) and browsers (the HTML file) never break
/// a number or a name inside: number cells do not wrap (white-space: nowrap), names break only after a separator
/// (a zero-width space after _ - . / : @ ,) and are elided when too long; column widths come from the content.
/// Header rows are in <thead>, which QTextDocument repeats on each page a table continues on. Pure; any thread.
class ReportTableHtml final
{
public:
    /// How a cell wraps: Text only between words (names through name()); Number right-aligned, never wrapped.
    enum class Cell
    {
        Text,
        Number
    };
    /// A run of more than this many characters between separators is elided in its middle ("…").
    static constexpr qsizetype kMaxRunChars = 24;
    /// A name longer than this is elided in its middle before anything else.
    static constexpr qsizetype kMaxNameChars = 64;

    /// `text` HTML-escaped, with a zero-width space after each separator and long runs elided.
    static QString name(const QString &text);
    /// A table row; `kinds[i]` for cell i, Number past the end of `kinds` (a label column, then figures). The
    /// cells are HTML already.
    static QString row(const QStringList &cells, const QList<Cell> &kinds = {Cell::Text});
    /// A header row in <thead>.
    static QString headerRow(const QStringList &cells);
    static QString tableStart(const QString &id);
};

} // namespace es
