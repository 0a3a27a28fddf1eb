// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace es::sql {

/// Prepares `sql` on `query`, binds `binds` in order and runs it forward-only (rows read once, not cached). False
/// with the driver's message in *error when preparing or running fails. Threading: as the query's connection.
bool execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error);

/// A column value as a double for a plot or a statistic: NaN for NULL or for a value that is not a number.
double doubleOrNaN(const QVariant &value);

} // namespace es::sql
