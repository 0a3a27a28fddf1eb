// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace es {

class Store;

/// Streams a table of the store as RFC 4180 CSV (UTF-8, header line) in constant memory: rows go from a
/// forward-only query straight to the device. Times are UTC epoch seconds, as stored.
///
/// Threading: runs in the calling thread on a Store that thread opened.
class CsvExporter final
{
    Q_DECLARE_TR_FUNCTIONS(es::CsvExporter)
public:
    enum class Table
    {
        Jobs,
        JobMetrics,
        Samples
    };

    struct Filter
    {
        QString cluster;             ///< empty: every cluster
        std::optional<qint64> since; ///< jobs: start (or submit) time >= since; samples: ts >= since
        std::optional<qint64> until; ///< ... < until
    };

    explicit CsvExporter(Store &store);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgressCallback(std::function<void(qint64 rows)> callback) { m_progress = std::move(callback); }

    /// Writes the table; returns the number of data rows, or std::nullopt with *error.
    std::optional<qint64> exportTable(Table table, const Filter &filter, QIODevice *out, QString *error);

    static std::optional<Table> tableFromName(const QString &name);
    /// How a stored value is written: NULL as an empty field, reals with 15 significant digits.
    static QString formatValue(const QVariant &value);

private:
    Store &m_store;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(qint64)> m_progress;
};

} // namespace es
