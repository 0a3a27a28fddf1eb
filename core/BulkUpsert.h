// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace es {

class Store;

/// A value bound to one column: NULL, integer, real or text.
using SqlValue = std::variant<std::monostate, qint64, double, QString>;

template<typename T> SqlValue toSqlValue(const std::optional<T> &value)
{
    if (!value)
        return std::monostate{};
    if constexpr (std::is_floating_point_v<T>)
        return double(*value);
    else
        return qint64(*value);
}
inline SqlValue toSqlValue(const QString &text)
{
    return text.isEmpty() ? SqlValue(std::monostate{}) : SqlValue(text);
}

/// Batched "insert or update if different" into one table, keyed on its natural key, through the engine's fastest
/// path: a prepared sqlite3 statement, or PostgreSQL COPY into a staging table followed by one INSERT ... SELECT
/// ... ON CONFLICT. Rows whose values equal the stored ones are left alone, so re-importing changes nothing.
///
/// With `keepStoredWhenNull`, a NULL in a new row keeps the stored value and does not count as a change.
///
/// When `jobKeyed` is set, the table's first column is `job_pk` and each row starts with (cluster_id, job_id)
/// instead: the job's primary key is looked up in `jobs`.
///
/// Threading: use from the thread that owns the Store, inside a transaction the caller opened.
class BulkUpsert final
{
    Q_DECLARE_TR_FUNCTIONS(es::BulkUpsert)
public:
    struct Spec
    {
        QString table;
        QStringList keyColumns;   ///< the natural key (a UNIQUE constraint of the table)
        QStringList valueColumns; ///< updated on conflict
        QStringList columnTypes;  ///< SQL types of key+value columns, for the PostgreSQL staging table
        bool jobKeyed = false;
        /// Merge: a NULL in a new row never overwrites a stored value (an import writes the columns it has and
        /// leaves the others as they are). Off for tables whose rows are recomputed whole.
        bool keepStoredWhenNull = false;
    };

    BulkUpsert(Store &store, Spec spec);
    ~BulkUpsert();
    Q_DISABLE_COPY_MOVE(BulkUpsert)

    /// Before prepare(): REAL value columns whose stored, non-NULL value a new, non-NULL value contradicts (a
    /// relative difference over 1e-9). Such rows are still written, and counted in conflictRows() so that the
    /// caller can say so. With jobKeyed, the stored row is found through the job's primary key.
    void setConflictColumns(const QStringList &columns) { m_conflictColumns = columns; }
    bool prepare(QString *error);
    /// Queues one row (values in the order keyColumns + valueColumns, or cluster_id, job_id, rest when jobKeyed).
    /// May write to the database; false on a database error.
    bool add(std::vector<SqlValue> &&row, QString *error);
    bool flush(QString *error);
    /// Rows inserted or changed so far.
    qint64 affectedRows() const { return m_affected; }
    /// Rows so far whose value in a conflictColumns column replaced a different stored value.
    qint64 conflictRows() const;
    qint64 pendingRows() const;

private:
    class Backend;
    class SqliteBackend;
    class PostgresBackend;

    Spec m_spec;
    QStringList m_conflictColumns;
    Store &m_store;
    std::unique_ptr<Backend> m_backend;
    qint64 m_affected = 0;
};

} // namespace es
