// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Hostlist.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace es {
namespace {

/// Longest accepted run of digits in a range bound: keeps every bound inside qint64.
constexpr qsizetype kMaxDigits = 18;

bool isSeparator(QChar c)
{
    return c == u',' || c.isSpace();
}

struct Range
{
    qint64 low = 0;
    qint64 high = 0;
    int width = 0;
};

/// One piece of a name: literal text, or a bracket group of ranges.
struct Piece
{
    QString literal;
    std::vector<Range> ranges; ///< empty for a literal piece
    qint64 count() const
    {
        if (ranges.empty())
            return 1;
        // Saturating: a few huge ranges must not overflow (the caller refuses anything this big anyway).
        constexpr qint64 kSaturated = qint64(1) << 60;
        qint64 total = 0;
        for (const Range &r : ranges)
            total = std::min(kSaturated, total + (r.high - r.low + 1));
        return total;
    }
};

class Parser
{
public:
    Parser(QStringView text, QString *error) : m_text(text), m_error(error) {}

    bool fail(qsizetype position, const QString &reason)
    {
        *m_error = Hostlist::tr("position %1: %2").arg(position + 1).arg(reason);
        return false;
    }

    bool parseNumber(qsizetype *pos, qint64 *value, int *width)
    {
        const qsizetype start = *pos;
        while (*pos < m_text.size() && m_text[*pos].isDigit() && m_text[*pos].unicode() < 0x80)
            ++*pos;
        const qsizetype length = *pos - start;
        if (length == 0) {
            if (*pos >= m_text.size())
                return fail(*pos, Hostlist::tr("unterminated '['"));
            return fail(*pos, Hostlist::tr("expected a number, found '%1'").arg(m_text[*pos]));
        }
        if (length > kMaxDigits)
            return fail(start, Hostlist::tr("number too long"));
        *value = m_text.mid(start, length).toLongLong();
        *width = int(length);
        return true;
    }

    /// Parses "[...]" starting at the '['; leaves *pos after the ']'.
    bool parseGroup(qsizetype *pos, Piece *piece)
    {
        const qsizetype open = *pos;
        ++*pos;
        for (;;) {
            if (*pos >= m_text.size())
                return fail(open, Hostlist::tr("unterminated '['"));
            Range range;
            if (!parseNumber(pos, &range.low, &range.width))
                return false;
            range.high = range.low;
            if (*pos < m_text.size() && m_text[*pos] == u'-') {
                ++*pos;
                int highWidth = 0;
                const qsizetype highStart = *pos;
                if (!parseNumber(pos, &range.high, &highWidth))
                    return false;
                if (range.high < range.low)
                    return fail(highStart, Hostlist::tr("range %1-%2 goes backwards").arg(range.low).arg(range.high));
            }
            piece->ranges.push_back(range);
            if (*pos >= m_text.size())
                return fail(open, Hostlist::tr("unterminated '['"));
            const QChar c = m_text[*pos];
            ++*pos;
            if (c == u']')
                return true;
            if (c != u',')
                return fail(*pos - 1, Hostlist::tr("unexpected '%1' inside brackets").arg(c));
        }
    }

    /// Parses one name (up to a separator outside brackets) into pieces.
    bool parseName(qsizetype *pos, std::vector<Piece> *pieces)
    {
        QString literal;
        while (*pos < m_text.size() && !isSeparator(m_text[*pos])) {
            const QChar c = m_text[*pos];
            if (c == u']')
                return fail(*pos, Hostlist::tr("']' without '['"));
            if (c == u'[') {
                if (!literal.isEmpty())
                    pieces->push_back(Piece{std::move(literal), {}});
                literal.clear();
                Piece group;
                if (!parseGroup(pos, &group))
                    return false;
                pieces->push_back(std::move(group));
                continue;
            }
            literal += c;
            ++*pos;
        }
        if (!literal.isEmpty())
            pieces->push_back(Piece{std::move(literal), {}});
        return true;
    }

private:
    QStringView m_text;
    QString *m_error;
};

QString padded(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

void emitNames(const std::vector<Piece> &pieces, size_t index, const QString &prefix, QStringList *out)
{
    if (index == pieces.size()) {
        out->append(prefix);
        return;
    }
    const Piece &piece = pieces[index];
    if (piece.ranges.empty()) {
        emitNames(pieces, index + 1, prefix + piece.literal, out);
        return;
    }
    for (const Range &range : piece.ranges) {
        for (qint64 v = range.low; v <= range.high; ++v)
            emitNames(pieces, index + 1, prefix + padded(v, range.width), out);
    }
}

} // namespace

std::optional<QStringList> Hostlist::expand(QStringView text, QString *error, qsizetype maxNames)
{
    Parser parser(text, error);
    std::vector<std::vector<Piece>> names;
    qint64 total = 0;
    qsizetype pos = 0;
    bool expectName = true; // after a ',' a name must follow
    qsizetype lastComma = -1;
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        if (c == u',') {
            if (expectName) {
                parser.fail(pos, tr("empty host name"));
                return std::nullopt;
            }
            expectName = true;
            lastComma = pos;
            ++pos;
            continue;
        }
        const qsizetype start = pos;
        std::vector<Piece> pieces;
        if (!parser.parseName(&pos, &pieces))
            return std::nullopt;
        qint64 count = 1;
        for (const Piece &piece : pieces) {
            const qint64 n = piece.count();
            // Checked before multiplying: the product stays far below qint64's range.
            if (n > maxNames || count > maxNames / n) {
                count = maxNames + 1;
                break;
            }
            count *= n;
        }
        total += count;
        if (total > maxNames) {
            parser.fail(start, tr("the host list names more than %1 hosts").arg(maxNames));
            return std::nullopt;
        }
        names.push_back(std::move(pieces));
        expectName = false;
    }
    if (expectName && lastComma >= 0) {
        parser.fail(lastComma, tr("empty host name after ','"));
        return std::nullopt;
    }
    QStringList out;
    out.reserve(qsizetype(total));
    for (const std::vector<Piece> &pieces : names)
        emitNames(pieces, 0, QString(), &out);
    return out;
}

} // namespace es
