// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Store.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace es {

/// The numbered schema migrations. Version N's statements take a store from version N-1 to N, in one transaction.
/// The SQL is written once, with placeholders for the few spellings the engines differ in.
class SchemaMigrations final
{
    Q_DECLARE_TR_FUNCTIONS(es::SchemaMigrations)
public:
    static int latestVersion();

    struct Index
    {
        QString name;
        QString createSql;
    };
    /// The jobs table's indexes other than its unique key: a load into an empty jobs table builds them after its
    /// rows (see JobWriter), which costs less than keeping them up to date row by row.
    static QList<Index> jobSecondaryIndexes();

    /// Brings `db` to the latest version (or only up to `targetVersion`, which an upgrade test uses to build an
    /// older store). A store newer than this program is refused, untouched.
    static bool migrate(QSqlDatabase &db, Store::Engine engine, QString *error, int targetVersion = -1);

    /// The schema version recorded in `db`, 0 for an empty database, -1 when it cannot be read.
    static int currentVersion(const QSqlDatabase &db);
};

} // namespace es
