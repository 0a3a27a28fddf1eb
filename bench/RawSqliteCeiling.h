// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Importer.h"

#include <QString>

#include <optional>
#include <string>

namespace es {

/// The ceiling of the SQLite figures: the rate at which SQLite itself stores the same rows, through the sqlite3 C
/// API with one prepared plain INSERT per table (no upsert, no lookup of the parent job), in one transaction, into
/// the store's own schema (same tables, indexes and pragmas).
///
/// load() parses the file with the project's parsers into a compact in-memory buffer, untimed; insert() then times
/// only the SQLite work, from BEGIN to COMMIT.
class RawSqliteCeiling final
{
public:
    bool load(Importer::Format format, const QString &path, QString *error);
    qint64 rows() const { return m_jobs + m_steps; }

    /// Creates a new store at `dbPath` and inserts the loaded rows. Returns the seconds from BEGIN to COMMIT.
    /// `cacheKiB` > 0 sets PRAGMA cache_size to that many KiB first (SQLite's default is 2000 KiB).
    std::optional<double> insert(const QString &dbPath, int cacheKiB, QString *error) const;

private:
    bool loadSwf(const QString &path, QString *error);
    bool loadSacct(const QString &path, QString *error);
    void encodeJob(const Job &job);
    void encodeStep(const JobStep &step);

    std::string m_buffer; // rows: a kind byte ('J' or 'S'), then each column as a tag byte and its payload
    qint64 m_jobs = 0;
    qint64 m_steps = 0;
};

} // namespace es
