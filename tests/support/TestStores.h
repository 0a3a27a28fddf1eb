// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace es::test {

/// Test stores on both engines. Qt Test's global data runs every test function once per engine:
///   void initTestCase_data() { es::test::addEngineRows(); }
/// and in init(): `m_store = es::test::openFreshStore(m_dir)`. The PostgreSQL row is skipped when no server was
/// started for this run, and the run stops when one was promised (ES_TEST_PG_URL_FILE set) but is not there.
void addEngineRows();

/// The location of a fresh, empty store for the current engine row: a new SQLite file in `dir`, or the lab's
/// PostgreSQL database emptied (schema dropped). Empty after the row was skipped: init() returns, and Qt Test does
/// not run the test function.
QString freshStoreLocation(const QTemporaryDir &dir);

/// A Store opened (and migrated) on a fresh location of the current engine row; `location`, when given, receives
/// where. Null after the row was skipped or the open failed (the failure is recorded on the current test).
std::unique_ptr<Store> openFreshStore(const QTemporaryDir &dir, QString *location = nullptr);

/// A plain connection named `connection` to a store location (a SQLite path or a postgresql:// URL), without the
/// Store's migrations; open unless the server refused (lastError() says why). The caller removes the connection.
QSqlDatabase openRawDatabase(const QString &location, const QString &connection);

/// The single number a `SELECT count(*) ...` query (no parameters) answers on the store at `location`, opened (and
/// migrated) for the question; -1 when the store cannot be opened or the query fails.
qint64 countInStore(const QString &location, const QString &countQuery);

/// The lab PostgreSQL URL, or empty when the suite runs without one.
QString postgresUrl(QString *whyNot);

/// Path of a file under tests/data.
QString dataFile(const QString &relative);

/// The KEY=VALUE lines of a lab env file (tests/lab/*.sh write one), read from the file named by the environment
/// variable `variable`. Empty when the variable is unset (the test runs without the lab: QSKIP); fails the test
/// run when it is set but the file is missing (the lab did not start).
QHash<QString, QString> labEnvironment(const char *variable);

} // namespace es::test
