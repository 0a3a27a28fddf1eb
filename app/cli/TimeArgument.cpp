// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "TimeArgument.h"

#include "SlurmUnits.h"

#include <QDate>

namespace es {

std::optional<qint64> parseTimeArgument(const QString &textIn, qint64 nowS)
{
    QString text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(u'-') && text.size() >= 3) {
        bool ok = false;
        const qint64 amount = text.mid(1, text.size() - 2).toLongLong(&ok);
        if (!ok || amount < 0)
            return std::nullopt;
        switch (text.back().unicode()) {
        case u's':
            return nowS - amount;
        case u'm':
            return nowS - amount * 60;
        case u'h':
            return nowS - amount * 3600;
        case u'd':
            return nowS - amount * 86400;
        case u'w':
            return nowS - amount * 7 * 86400;
        default:
            return std::nullopt;
        }
    }
    if (text.endsWith(u'Z'))
        text.chop(1);
    if (text.size() == 10 && text.contains(u'-')) { // 2024-05-01, not 10-digit epoch seconds
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400;
    }
    bool malformed = false;
    const auto ts = slurm::parseTimestamp(text, 0, &malformed);
    if (malformed)
        return std::nullopt;
    return ts;
}

} // namespace es
