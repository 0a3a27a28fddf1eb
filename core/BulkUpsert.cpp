// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "BulkUpsert.h"

#include "Store.h"

#include <QCoreApplication>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace es {
namespace {

/// Column names of the INSERT: with jobKeyed, job_pk is the first key column.
QStringList insertColumns(const BulkUpsert::Spec &spec)
{
    return spec.keyColumns + spec.valueColumns;
}

QString conflictClause(const BulkUpsert::Spec &spec, const QString &excluded, const QString &distinct)
{
    QString sql = QStringLiteral(" ON CONFLICT (%1) ").arg(spec.keyColumns.join(u", "));
    if (spec.valueColumns.isEmpty())
        return sql + QStringLiteral("DO NOTHING");
    QStringList sets;
    QStringList changed;
    for (const QString &column : spec.valueColumns) {
        if (spec.keepStoredWhenNull) {
            sets << QStringLiteral("%1 = COALESCE(%2.%1, %3.%1)").arg(column, excluded, spec.table);
            changed
                << QStringLiteral("(%4.%2 IS NOT NULL AND %1.%2 %3 %4.%2)").arg(spec.table, column, distinct, excluded);
        } else {
            sets << QStringLiteral("%1 = %2.%1").arg(column, excluded);
            changed << QStringLiteral("%1.%2 %3 %4.%2").arg(spec.table, column, distinct, excluded);
        }
    }
    return sql + QStringLiteral("DO UPDATE SET ") + sets.join(u", ") + QStringLiteral(" WHERE ") +
           changed.join(QStringLiteral(" OR "));
}

/// The condition "stored and new values of a conflict column both set and different", for a WHERE clause.
QString conflictCondition(const QStringList &conflictColumns, const QString &stored, const QString &incoming)
{
    QStringList any;
    for (const QString &column : conflictColumns)
        any << QStringLiteral("(%1.%3 IS NOT NULL AND %2.%3 IS NOT NULL AND "
                              "abs(%1.%3 - %2.%3) > 1e-9 * max(abs(%1.%3), abs(%2.%3)))")
                   .arg(stored, incoming, column);
    return any.join(QStringLiteral(" OR "));
}

} // namespace

class BulkUpsert::Backend
{
public:
    virtual ~Backend() = default;
    virtual bool prepare(QString *error) = 0;
    virtual bool add(std::vector<SqlValue> &&row, QString *error) = 0;
    virtual bool flush(QString *error) = 0;
    virtual qint64 pending() const = 0;
    qint64 affected = 0;
    qint64 conflicts = 0;
};

/// One persistent prepared statement, stepped per row: SQLite's fastest insert path.
class BulkUpsert::SqliteBackend final : public BulkUpsert::Backend
{
public:
    SqliteBackend(sqlite3 *db, const Spec &spec, const QStringList &conflictColumns)
        : m_db(db), m_spec(spec), m_conflictColumns(conflictColumns)
    {}
    ~SqliteBackend() override
    {
        sqlite3_finalize(m_statement);
        sqlite3_finalize(m_conflictQuery);
    }

    bool prepare(QString *error) override
    {
        const QStringList columns = insertColumns(m_spec);
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders << QStringLiteral("?");
        if (m_spec.jobKeyed)
            placeholders[0] = QStringLiteral("(SELECT id FROM jobs WHERE cluster_id = ? AND job_id = ?)");
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(m_spec.table, columns.join(u", "), placeholders.join(u", ")) +
                            conflictClause(m_spec, QStringLiteral("excluded"), QStringLiteral("IS NOT"));
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK) {
            *error =
                tr("cannot prepare the insert into %1: %2").arg(m_spec.table, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        return prepareConflictQuery(error);
    }

    bool add(std::vector<SqlValue> &&row, QString *error) override
    {
        if (m_conflictQuery && !countConflict(row, error))
            return false;
        int index = 1;
        for (const SqlValue &value : row) {
            int rc = SQLITE_OK;
            if (const auto *i = std::get_if<qint64>(&value))
                rc = sqlite3_bind_int64(m_statement, index, *i);
            else if (const auto *d = std::get_if<double>(&value))
                rc = sqlite3_bind_double(m_statement, index, *d);
            else if (const auto *s = std::get_if<QString>(&value))
                rc = bindText(index, *s);
            else
                rc = sqlite3_bind_null(m_statement, index);
            if (rc != SQLITE_OK) {
                *error =
                    tr("cannot bind a value for %1: %2").arg(m_spec.table, QString::fromUtf8(sqlite3_errmsg(m_db)));
                sqlite3_reset(m_statement);
                return false;
            }
            ++index;
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE) {
            *error = tr("writing to %1 failed: %2").arg(m_spec.table, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        affected += sqlite3_changes(m_db);
        return true;
    }

    bool flush(QString *) override { return true; }
    qint64 pending() const override { return 0; }

private:
    /// "Is a stored row with this key contradicted by these values": keys bound first, then the conflict columns.
    bool prepareConflictQuery(QString *error)
    {
        if (m_conflictColumns.isEmpty())
            return true;
        QStringList keyMatch; // numbered parameters: keys first, then the conflict columns, whatever the SQL order
        int parameter = 0;
        for (qsizetype k = 0; k < m_spec.keyColumns.size(); ++k) {
            if (k == 0 && m_spec.jobKeyed) {
                keyMatch << QStringLiteral("t.%1 = (SELECT id FROM jobs WHERE cluster_id = ?%2 AND job_id = ?%3)")
                                .arg(m_spec.keyColumns[0])
                                .arg(parameter + 1)
                                .arg(parameter + 2);
                parameter += 2;
            } else {
                keyMatch << QStringLiteral("t.%1 = ?%2").arg(m_spec.keyColumns[k]).arg(++parameter);
            }
        }
        QStringList incoming;
        for (const QString &column : m_conflictColumns)
            incoming << QStringLiteral("?%2 AS %1").arg(column).arg(++parameter);
        const QString sql = QStringLiteral("SELECT 1 FROM %1 t, (SELECT %2) n WHERE %3 AND (%4)")
                                .arg(m_spec.table, incoming.join(u", "), keyMatch.join(QStringLiteral(" AND ")),
                                     conflictCondition(m_conflictColumns, QStringLiteral("t"), QStringLiteral("n")));
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_conflictQuery,
                               nullptr) != SQLITE_OK) {
            *error = tr("cannot prepare the conflict check of %1: %2")
                         .arg(m_spec.table, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        m_rowKeyCount = m_spec.keyColumns.size() + (m_spec.jobKeyed ? 1 : 0);
        for (const QString &column : m_conflictColumns)
            m_conflictIndexes.push_back(m_rowKeyCount + m_spec.valueColumns.indexOf(column));
        return true;
    }

    /// Runs the conflict query when one of the row's conflict values is set (a new row costs one index probe).
    bool countConflict(const std::vector<SqlValue> &row, QString *error)
    {
        bool anySet = false;
        for (const qsizetype i : m_conflictIndexes)
            anySet = anySet || std::holds_alternative<double>(row[size_t(i)]);
        if (!anySet)
            return true;
        int index = 1;
        for (qsizetype k = 0; k < m_rowKeyCount; ++k, ++index) {
            const SqlValue &key = row[size_t(k)];
            if (const auto *i = std::get_if<qint64>(&key))
                sqlite3_bind_int64(m_conflictQuery, index, *i);
            else if (const auto *s = std::get_if<QString>(&key))
                sqlite3_bind_text(m_conflictQuery, index, s->toUtf8().constData(), -1, SQLITE_TRANSIENT);
            else
                sqlite3_bind_null(m_conflictQuery, index);
        }
        for (const qsizetype i : m_conflictIndexes) {
            if (const auto *d = std::get_if<double>(&row[size_t(i)]))
                sqlite3_bind_double(m_conflictQuery, index++, *d);
            else
                sqlite3_bind_null(m_conflictQuery, index++);
        }
        const int rc = sqlite3_step(m_conflictQuery);
        sqlite3_reset(m_conflictQuery);
        if (rc == SQLITE_ROW)
            ++conflicts;
        else if (rc != SQLITE_DONE) {
            *error =
                tr("the conflict check of %1 failed: %2").arg(m_spec.table, QString::fromUtf8(sqlite3_errmsg(m_db)));
            return false;
        }
        return true;
    }

    /// Binds UTF-8 from a buffer kept per parameter (SQLITE_STATIC: it lives until the next row), so that neither
    /// SQLite's UTF-16 conversion nor a malloc per value runs on the hot path.
    int bindText(int index, const QString &text)
    {
        if (m_utf8.size() < size_t(index))
            m_utf8.resize(size_t(index));
        QByteArray &buffer = m_utf8[size_t(index) - 1];
        const qsizetype length = text.size();
        buffer.resize(length);
        const char16_t *in = reinterpret_cast<const char16_t *>(text.utf16());
        char *out = buffer.data();
        qsizetype i = 0;
        while (i < length && in[i] < 0x80) {
            out[i] = char(in[i]);
            ++i;
        }
        if (i < length)
            buffer = text.toUtf8(); // non-ASCII: the general encoder
        return sqlite3_bind_text(m_statement, index, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
    }

    std::vector<QByteArray> m_utf8;
    sqlite3 *m_db;
    const Spec &m_spec;
    const QStringList &m_conflictColumns;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_conflictQuery = nullptr;
    std::vector<qsizetype> m_conflictIndexes; ///< positions of the conflict columns in a row
    qsizetype m_rowKeyCount = 0;              ///< leading key values of a row (cluster_id, job_id count as two)
};

/// Rows are COPYed (text format) into a temporary staging table, then merged with one INSERT ... SELECT.
class BulkUpsert::PostgresBackend final : public BulkUpsert::Backend
{
public:
    PostgresBackend(PGconn *conn, const Spec &spec, const QStringList &conflictColumns)
        : m_conn(conn), m_spec(spec), m_conflictColumns(conflictColumns)
    {
        m_stage = QStringLiteral("es_stage_") + spec.table;
    }

    bool prepare(QString *error) override
    {
        QStringList stageColumns{QStringLiteral("es_seq BIGINT")};
        QStringList names = insertColumns(m_spec);
        QStringList types = m_spec.columnTypes;
        if (m_spec.jobKeyed) {
            names.replace(0, QStringLiteral("job_id"));
            names.prepend(QStringLiteral("cluster_id"));
            types.replace(0, QStringLiteral("TEXT"));
            types.prepend(QStringLiteral("BIGINT"));
        }
        if (names.size() != types.size()) {
            *error = tr("internal error: column types missing for %1").arg(m_spec.table);
            return false;
        }
        for (qsizetype i = 0; i < names.size(); ++i)
            stageColumns << names[i] + u' ' + types[i];
        m_stageColumns = names;
        return exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2)").arg(m_stage, stageColumns.join(u", ")),
                    error) &&
               exec(QStringLiteral("TRUNCATE %1").arg(m_stage), error);
    }

    bool add(std::vector<SqlValue> &&row, QString *error) override
    {
        m_buffer += QByteArray::number(++m_seq);
        for (const SqlValue &value : row) {
            m_buffer += '\t';
            if (const auto *i = std::get_if<qint64>(&value)) {
                m_buffer += QByteArray::number(*i);
            } else if (const auto *d = std::get_if<double>(&value)) {
                m_buffer += QByteArray::number(*d, 'g', 17);
            } else if (const auto *s = std::get_if<QString>(&value)) {
                appendEscaped(s->toUtf8());
            } else {
                m_buffer += "\\N";
            }
        }
        m_buffer += '\n';
        ++m_pending;
        if (m_buffer.size() > 8 * 1024 * 1024)
            return copyBuffer(error);
        return true;
    }

    bool flush(QString *error) override
    {
        if (!copyBuffer(error))
            return false;
        if (m_copied == 0)
            return true;
        const QStringList columns = insertColumns(m_spec);
        QStringList stageKey = m_spec.keyColumns;
        QStringList selected = columns;
        QString from = QStringLiteral("(SELECT DISTINCT ON (%1) * FROM %2 ORDER BY %1, es_seq DESC) s");
        if (m_spec.jobKeyed) {
            stageKey.replace(0, QStringLiteral("job_id"));
            stageKey.prepend(QStringLiteral("cluster_id"));
            selected.replace(0, QStringLiteral("j.id"));
            for (qsizetype i = 1; i < selected.size(); ++i)
                selected[i] = QStringLiteral("s.") + selected[i];
            from += QStringLiteral(" JOIN jobs j ON j.cluster_id = s.cluster_id AND j.job_id = s.job_id");
        }
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM ")
                                .arg(m_spec.table, columns.join(u", "), selected.join(u", ")) +
                            from.arg(stageKey.join(u", "), m_stage) +
                            conflictClause(m_spec, QStringLiteral("EXCLUDED"), QStringLiteral("IS DISTINCT FROM"));
        if (!countConflicts(from.arg(stageKey.join(u", "), m_stage), error))
            return false;
        qint64 changed = 0;
        if (!exec(sql, error, &changed) || !exec(QStringLiteral("TRUNCATE %1").arg(m_stage), error))
            return false;
        affected += changed;
        m_copied = 0;
        return true;
    }

    qint64 pending() const override { return m_pending + m_copied; }

private:
    /// Counts the staged rows (deduplicated: `from`) that contradict a stored row, before they replace it.
    bool countConflicts(const QString &from, QString *error)
    {
        if (m_conflictColumns.isEmpty())
            return true;
        QStringList keyMatch;
        for (qsizetype k = 0; k < m_spec.keyColumns.size(); ++k) {
            if (k == 0 && m_spec.jobKeyed) // `from` joins jobs as j
                keyMatch << QStringLiteral("t.%1 = j.id").arg(m_spec.keyColumns[0]);
            else
                keyMatch << QStringLiteral("t.%1 = s.%1").arg(m_spec.keyColumns[k]);
        }
        QString condition = conflictCondition(m_conflictColumns, QStringLiteral("t"), QStringLiteral("s"));
        condition.replace(QStringLiteral("max("), QStringLiteral("greatest("));
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 JOIN %2 t ON %3 WHERE %4")
                                .arg(from, m_spec.table, keyMatch.join(QStringLiteral(" AND ")), condition);
        PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
        if (ok)
            conflicts += QByteArray(PQgetvalue(result, 0, 0)).toLongLong();
        else
            *error = tr("the conflict check of %1 failed: %2")
                         .arg(m_spec.table, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQclear(result);
        return ok;
    }

    void appendEscaped(const QByteArray &utf8)
    {
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }

    bool copyBuffer(QString *error)
    {
        if (m_pending == 0)
            return true;
        const QString sql = QStringLiteral("COPY %1 (es_seq, %2) FROM STDIN").arg(m_stage, m_stageColumns.join(u", "));
        PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
        const bool started = PQresultStatus(result) == PGRES_COPY_IN;
        PQclear(result);
        if (!started) {
            *error = tr("COPY into %1 failed: %2").arg(m_spec.table, QString::fromUtf8(PQerrorMessage(m_conn)));
            return false;
        }
        const bool sent = PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) == 1;
        PQputCopyEnd(m_conn, sent ? nullptr : "client failed to send data");
        bool ok = sent;
        while ((result = PQgetResult(m_conn)) != nullptr) {
            ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
            PQclear(result);
        }
        if (!ok) {
            *error = tr("COPY into %1 failed: %2").arg(m_spec.table, QString::fromUtf8(PQerrorMessage(m_conn)));
            return false;
        }
        m_copied += m_pending;
        m_pending = 0;
        m_buffer.clear();
        return true;
    }

    bool exec(const QString &sql, QString *error, qint64 *rows = nullptr)
    {
        PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
        if (ok && rows)
            *rows = QByteArray(PQcmdTuples(result)).toLongLong();
        if (!ok)
            *error =
                tr("writing to %1 failed: %2").arg(m_spec.table, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQclear(result);
        return ok;
    }

    PGconn *m_conn;
    const Spec &m_spec;
    const QStringList &m_conflictColumns;
    QString m_stage;
    QStringList m_stageColumns;
    QByteArray m_buffer;
    qint64 m_seq = 0;
    qint64 m_pending = 0;
    qint64 m_copied = 0;
};

BulkUpsert::BulkUpsert(Store &store, Spec spec) : m_spec(std::move(spec)), m_store(store) {}

BulkUpsert::~BulkUpsert() = default;

bool BulkUpsert::prepare(QString *error)
{
    m_backend.reset();
    if (m_store.engine() == Store::Engine::Sqlite) {
        auto *db = static_cast<sqlite3 *>(m_store.sqliteHandle());
        if (db)
            m_backend = std::make_unique<SqliteBackend>(db, m_spec, m_conflictColumns);
    } else {
        auto *conn = static_cast<PGconn *>(m_store.postgresHandle());
        if (conn)
            m_backend = std::make_unique<PostgresBackend>(conn, m_spec, m_conflictColumns);
    }
    if (!m_backend) {
        *error = tr("the store is not open");
        return false;
    }
    return m_backend->prepare(error);
}

bool BulkUpsert::add(std::vector<SqlValue> &&row, QString *error)
{
    if (!m_backend->add(std::move(row), error))
        return false;
    m_affected = m_backend->affected;
    return true;
}

bool BulkUpsert::flush(QString *error)
{
    if (!m_backend->flush(error))
        return false;
    m_affected = m_backend->affected;
    return true;
}

qint64 BulkUpsert::conflictRows() const
{
    return m_backend ? m_backend->conflicts : 0;
}

qint64 BulkUpsert::pendingRows() const
{
    return m_backend ? m_backend->pending() : 0;
}

} // namespace es
