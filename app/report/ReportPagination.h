// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

class QPainter;
class QTextDocument;

namespace es {

/// The report's pages: A4 at the 96 dpi of QTextDocument units with 15 mm margins, the same for the PDF and for
/// renderPage(), and the page breaks that keep a section heading on the page of what it heads. Any thread, on a
/// document owned by the caller.
class ReportPagination final
{
public:
    static constexpr double kPageWidth = 793.7;
    static constexpr double kPageHeight = 1122.5;
    static constexpr double kPageMargin = 56.7;
    /// Rows of a table (its header row included) that must stay on the page of the table's heading.
    static constexpr int kKeepRows = 4;

    /// `doc` laid out on pages (its page size set): every heading (a block with a heading level) whose content, the
    /// first kKeepRows rows of the table that follows it (all of a shorter one) or else the next block, would not end
    /// on the heading's page gets a page break before it. Repeated until nothing moves.
    static void keepHeadingsWithContent(QTextDocument *doc);
    /// Paints page `page` (0-based) of `doc` with the painter's origin at the page's top left, in document units.
    static void paintPage(QPainter *painter, QTextDocument *doc, int page);
};

} // namespace es
