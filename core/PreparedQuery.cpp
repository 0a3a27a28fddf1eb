// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PreparedQuery.h"

#include <QSqlError>

#include <limits>

namespace es::sql {

bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

double doubleOrNaN(const QVariant &value)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    if (value.isNull())
        return kNaN;
    bool ok = false;
    const double v = value.toDouble(&ok);
    return ok ? v : kNaN;
}

} // namespace es::sql
