// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportPagination.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>

namespace es {
namespace {

/// The bottom of what must stay on the page of the heading `block`, in document coordinates.
double keepBottom(QTextDocument *doc, const QTextBlock &block)
{
    auto *layout = doc->documentLayout();
    const QTextBlock next = block.next();
    if (!next.isValid())
        return layout->blockBoundingRect(block).bottom();
    double bottom = layout->blockBoundingRect(next).bottom();
    if (QTextTable *table = QTextCursor(next).currentTable()) {
        const int lastRow = std::min(table->rows(), ReportPagination::kKeepRows) - 1;
        for (int c = 0; c < table->columns(); ++c) {
            const QTextBlock last = table->cellAt(lastRow, c).lastCursorPosition().block();
            bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
        }
    }
    return bottom;
}

} // namespace

void ReportPagination::keepHeadingsWithContent(QTextDocument *doc)
{
    const double pageHeight = doc->pageSize().height();
    auto *layout = doc->documentLayout();
    for (bool moved = true; moved;) {
        moved = false;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            QTextBlockFormat format = block.blockFormat();
            if (format.headingLevel() == 0 || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                continue;
            const int page = int(layout->blockBoundingRect(block).top() / pageHeight);
            if (page == int((keepBottom(doc, block) - 1) / pageHeight))
                continue;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
            break; // what follows this heading moved: look again from the start
        }
    }
}

void ReportPagination::paintPage(QPainter *painter, QTextDocument *doc, int page)
{
    painter->save();
    painter->translate(0, -page * kPageHeight);
    const QRectF clip(0, page * kPageHeight, kPageWidth, kPageHeight);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    painter->setClipRect(clip);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace es
