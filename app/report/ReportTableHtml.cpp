// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReportTableHtml.h"

#include <QRegularExpression>

namespace es {
namespace {

QString elideMiddle(const QString &text, qsizetype maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars / 2 - 1) + QChar(0x2026) + text.right(maxChars / 2);
}

QString cells(const QStringList &cells, const QList<ReportTableHtml::Cell> &kinds, bool header)
{
    const QString open = header ? QStringLiteral("<th") : QStringLiteral("<td");
    const QString close = header ? QStringLiteral("</th>") : QStringLiteral("</td>");
    QString html = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const bool number = !header && kinds.value(i, ReportTableHtml::Cell::Number) == ReportTableHtml::Cell::Number;
        html += open +
                (number ? QStringLiteral(" align=\"right\" style=\"white-space: nowrap\">") : QStringLiteral(">")) +
                cells[i] + close;
    }
    return html + QStringLiteral("</tr>\n");
}

} // namespace

QString ReportTableHtml::name(const QString &text)
{
    static const QRegularExpression separator(QStringLiteral("[_\\-./:@,]"));
    const QString elided = elideMiddle(text, kMaxNameChars);
    QString out;
    qsizetype from = 0;
    while (from < elided.size()) {
        const qsizetype at = elided.indexOf(separator, from);
        const qsizetype end = at < 0 ? elided.size() : at + 1;
        out += elideMiddle(elided.mid(from, end - from), kMaxRunChars).toHtmlEscaped();
        if (at >= 0 && end < elided.size())
            out += QChar(0x200B);
        from = end;
    }
    return out;
}

QString ReportTableHtml::row(const QStringList &cellsHtml, const QList<Cell> &kinds)
{
    return cells(cellsHtml, kinds, false);
}

QString ReportTableHtml::headerRow(const QStringList &cellsHtml)
{
    return QStringLiteral("<thead>") + cells(cellsHtml, {}, true) + QStringLiteral("</thead>\n");
}

QString ReportTableHtml::tableStart(const QString &id)
{
    return QStringLiteral("<table id=\"%1\" class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n")
        .arg(id);
}

} // namespace es
