// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SchemaMigrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace es {
namespace {

// The jobs table's secondary indexes, in migration 1 and in jobSecondaryIndexes().
const char *const kJobsStartIndex = "CREATE INDEX jobs_start_idx ON jobs (start_ts)";
const char *const kJobsUserIndex = "CREATE INDEX jobs_user_idx ON jobs (user_name)";

// Placeholders: @PK@ integer identity primary key, @REAL@ double column, @NOROWID@ SQLite's WITHOUT ROWID,
// @BLOB@ binary column (BLOB / BYTEA).
// Times are UTC epoch seconds; every unit is in the column name.
const char *const kMigration1[] = {
    "CREATE TABLE clusters ("
    " id @PK@, name TEXT NOT NULL UNIQUE, created_ts BIGINT NOT NULL)",

    "CREATE TABLE import_sources ("
    " id @PK@, cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL, location TEXT NOT NULL, header TEXT, imported_ts BIGINT NOT NULL,"
    " records BIGINT NOT NULL, UNIQUE (cluster_id, kind, location))",

    "CREATE TABLE nodes ("
    " id @PK@, cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE, name TEXT NOT NULL,"
    " partitions TEXT, cpus INTEGER, real_mem_mb @REAL@, state TEXT, updated_ts BIGINT,"
    " UNIQUE (cluster_id, name))",

    "CREATE TABLE jobs ("
    " id @PK@, cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,"
    " job_id TEXT NOT NULL, job_id_raw TEXT, name TEXT, user_name TEXT, group_name TEXT, account TEXT,"
    " partition TEXT, qos TEXT, state TEXT, exit_code INTEGER, exit_signal INTEGER,"
    " submit_ts BIGINT, start_ts BIGINT, end_ts BIGINT, elapsed_s BIGINT, timelimit_s BIGINT,"
    " req_cpus INTEGER, alloc_cpus INTEGER, node_count INTEGER, node_list TEXT, req_mem_mb @REAL@,"
    " max_rss_mb @REAL@, total_cpu_s @REAL@, ave_cpu_freq_mhz @REAL@, energy_j @REAL@, energy_source TEXT,"
    " job_type TEXT, executable TEXT, work_dir TEXT,"
    " UNIQUE (cluster_id, job_id))",
    // Few secondary indexes on purpose: each one costs every imported row a B-tree insert (measured: with five,
    // index upkeep was over half of an SWF import). Time ranges and per-user views are the common filters.
    kJobsStartIndex,
    kJobsUserIndex,

    "CREATE TABLE job_steps ("
    " id @PK@, job_pk BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, step_id TEXT NOT NULL,"
    " name TEXT, state TEXT, exit_code INTEGER, exit_signal INTEGER, start_ts BIGINT, end_ts BIGINT,"
    " elapsed_s BIGINT, alloc_cpus INTEGER, node_count INTEGER, node_list TEXT, max_rss_mb @REAL@,"
    " total_cpu_s @REAL@, ave_cpu_freq_mhz @REAL@, energy_j @REAL@,"
    " UNIQUE (job_pk, step_id))",

    "CREATE TABLE node_samples ("
    " node_id BIGINT NOT NULL REFERENCES nodes(id) ON DELETE CASCADE, ts BIGINT NOT NULL, source TEXT NOT NULL,"
    " cpu_util_pct @REAL@, load1 @REAL@, mem_used_mb @REAL@, temp_c @REAL@, freq_mhz @REAL@, power_w @REAL@,"
    " energy_j @REAL@, PRIMARY KEY (node_id, ts, source)) @NOROWID@",

    "CREATE TABLE job_metrics ("
    " job_pk BIGINT NOT NULL PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,"
    " node_temp_avg_c @REAL@, node_temp_peak_c @REAL@, cpu_freq_avg_mhz @REAL@, cpu_util_pct @REAL@,"
    " mem_mb @REAL@, duration_s @REAL@, energy_j @REAL@, power_avg_w @REAL@, energy_source TEXT)",

    "CREATE TABLE harvest_state ("
    " cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE, source TEXT NOT NULL,"
    " watermark_ts BIGINT, last_run_ts BIGINT, last_result TEXT, PRIMARY KEY (cluster_id, source))",
};

// Version 2: the model registry (es::ml::ModelRegistry) and the predictions made with its models. JSON columns are
// TEXT; format_version is the layout of `blob`, which a program refuses when it is newer than it knows.
const char *const kMigration2[] = {
    "CREATE TABLE models ("
    " id @PK@, name TEXT NOT NULL, target TEXT NOT NULL, algorithm TEXT NOT NULL, feature_spec TEXT NOT NULL,"
    " hyperparameters TEXT NOT NULL, metrics TEXT NOT NULL, data_hash TEXT NOT NULL, data_description TEXT,"
    " created_ts BIGINT NOT NULL, format_version INTEGER NOT NULL, blob @BLOB@ NOT NULL)",

    "CREATE TABLE predictions ("
    " id @PK@, model_id BIGINT NOT NULL REFERENCES models(id) ON DELETE CASCADE,"
    " job_pk BIGINT REFERENCES jobs(id) ON DELETE SET NULL, created_ts BIGINT NOT NULL, inputs TEXT NOT NULL,"
    " predicted @REAL@ NOT NULL, actual @REAL@)",
    "CREATE INDEX predictions_model_idx ON predictions (model_id)",
};

// Version 3: cluster connection profiles, kept with the store so that a lab sharing PostgreSQL shares them.
// Never a secret here: passphrases and passwords live in the OS keychain only.
const char *const kMigration3[] = {
    "CREATE TABLE cluster_profiles ("
    " id @PK@, name TEXT NOT NULL UNIQUE, host TEXT NOT NULL, port INTEGER, user_name TEXT, key_file TEXT,"
    " proxy_command TEXT, known_hosts_file TEXT, slurm_cluster TEXT, created_ts BIGINT NOT NULL,"
    " updated_ts BIGINT NOT NULL)",
};

// Version 4: alerts. `events` holds thermal episodes of a node (temp_warning, temp_critical: ts_start is the first
// sample at or above the threshold, ts_end the first sample back under threshold - hysteresis, NULL while open; value
// is the peak temp_c) and energy_excess events of a job (value: its energy_j, threshold: k x the median of its job
// type, in J). `alert_thresholds` holds per-cluster (node_id NULL) and per-node temperature thresholds in °C.
const char *const kMigration4[] = {
    "CREATE TABLE events ("
    " id @PK@, cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,"
    " node_id BIGINT REFERENCES nodes(id) ON DELETE CASCADE, job_pk BIGINT REFERENCES jobs(id) ON DELETE CASCADE,"
    " kind TEXT NOT NULL, severity TEXT NOT NULL, ts_start BIGINT NOT NULL, ts_end BIGINT, value @REAL@,"
    " threshold @REAL@, message TEXT, acknowledged INTEGER NOT NULL DEFAULT 0, created_ts BIGINT NOT NULL)",
    "CREATE INDEX events_start_idx ON events (cluster_id, ts_start)",
    "CREATE INDEX events_node_idx ON events (node_id, kind, ts_start)",
    // also what ON DELETE CASCADE from jobs looks up
    "CREATE INDEX events_job_idx ON events (job_pk)",

    "CREATE TABLE alert_thresholds ("
    " id @PK@, cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE,"
    " node_id BIGINT REFERENCES nodes(id) ON DELETE CASCADE, warning_c @REAL@ NOT NULL, critical_c @REAL@ NOT NULL,"
    " updated_ts BIGINT NOT NULL)",
};

// Version 5: Proxmox VE. node_host_map ties a cluster's node (the Slurm node name) to the Proxmox VM that is it and
// the host the VM runs on, so host power and temperature can be attributed to the VM's jobs. mapped_by is 'name'
// (the VM's name is the node's name, found by a harvest) or 'user' (set by hand; a harvest only fills in the host,
// vmid and CPU counts). proxmox_cert_pins: the SHA-256 fingerprint of the TLS certificate a user accepted for a
// Proxmox API endpoint ("host:port"); a certificate is public, so this is no secret.
const char *const kMigration5[] = {
    "CREATE TABLE node_host_map ("
    " cluster_id BIGINT NOT NULL REFERENCES clusters(id) ON DELETE CASCADE, node TEXT NOT NULL,"
    " vm_name TEXT NOT NULL, host_node TEXT, vmid INTEGER, vm_cpus INTEGER, host_cpus INTEGER,"
    " mapped_by TEXT NOT NULL, updated_ts BIGINT NOT NULL, PRIMARY KEY (cluster_id, node),"
    " UNIQUE (cluster_id, vm_name))",

    "CREATE TABLE proxmox_cert_pins ("
    " endpoint TEXT NOT NULL PRIMARY KEY, sha256 TEXT NOT NULL, subject TEXT, accepted_ts BIGINT NOT NULL)",
};

// Version 6: carbon-intensity time series (import-carbon), one per grid zone or region `name`: the intensity in
// gCO2e/kWh in force from ts until the series' next ts. Keyed by (name, ts), so re-importing a file changes nothing.
const char *const kMigration6[] = {
    "CREATE TABLE carbon_series ("
    " name TEXT NOT NULL, ts BIGINT NOT NULL, intensity_g_per_kwh @REAL@ NOT NULL, PRIMARY KEY (name, ts)) @NOROWID@",
};

// Version 7: the advice ledger: every piece of placement advice given, what it predicted for the chosen
// configuration and for the job as asked, and the Slurm job it was submitted as (compared with the harvested job).
const char *const kMigration7[] = {
    "CREATE TABLE advice ("
    " id @PK@, created_ts BIGINT NOT NULL, cluster TEXT NOT NULL, job_name TEXT NOT NULL, objective TEXT NOT NULL,"
    " max_time_increase_pct @REAL@, nodes INTEGER NOT NULL, cpus INTEGER NOT NULL,"
    " energy_j @REAL@ NOT NULL, energy_lower_j @REAL@ NOT NULL, energy_upper_j @REAL@ NOT NULL,"
    " time_s @REAL@ NOT NULL, time_upper_s @REAL@ NOT NULL, default_energy_j @REAL@ NOT NULL,"
    " default_time_s @REAL@ NOT NULL, comment TEXT, job_id TEXT, status TEXT NOT NULL, error TEXT)",
    "CREATE INDEX advice_cluster_idx ON advice (cluster, created_ts)",
};

// Version 8: benchmark campaigns. A campaign keeps its plan (the campaign file, JSON) and its runs: one row per
// planned repetition of a cell and attempt, with the Slurm job it became. `job_name` is unique: a run is submitted
// under it, so that after a crash the job can be found (squeue/sacct by name) instead of submitted again.
const char *const kMigration8[] = {
    "CREATE TABLE campaigns ("
    " id @PK@, name TEXT NOT NULL UNIQUE, profile TEXT NOT NULL, cluster TEXT NOT NULL, plan_json TEXT NOT NULL,"
    " state TEXT NOT NULL, created_ts BIGINT NOT NULL, updated_ts BIGINT NOT NULL)",
    "CREATE TABLE campaign_runs ("
    " id @PK@, campaign_id BIGINT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
    " cell_hash TEXT NOT NULL, cell_json TEXT NOT NULL, repeat_index INTEGER NOT NULL, attempt INTEGER NOT NULL,"
    " run_order INTEGER NOT NULL, job_name TEXT NOT NULL UNIQUE, state TEXT NOT NULL, slurm_job_id TEXT,"
    " slurm_state TEXT, excluded_nodes TEXT, submitted_ts BIGINT, start_ts BIGINT, end_ts BIGINT,"
    " duration_s @REAL@, energy_j @REAL@, energy_source TEXT, sampler_energy_j @REAL@, fom @REAL@, fom_unit TEXT,"
    " node_list TEXT, message TEXT, UNIQUE (campaign_id, cell_hash, repeat_index, attempt))",
    "CREATE INDEX campaign_runs_campaign_idx ON campaign_runs (campaign_id, state)",
};

// Version 9: events about something else than one node's temperature or one job (failure_rate of a partition, a user
// or a node; bad_node: a node against the rest of a partition; memory_high; collector_silent) name it in `subject`
// ("partition:batch", "user:alice", "node:node2", "node2@batch", "node2/sampler"); such events are keyed by
// cluster, kind, subject and start.
const char *const kMigration9[] = {
    "ALTER TABLE events ADD COLUMN subject TEXT",
    "CREATE INDEX events_subject_idx ON events (cluster_id, kind, subject, ts_start)",
};

// Version 10: numeric columns of an imported CSV dataset kept as job features (matrix_size, precision, ...), one
// row per job and feature name; the importer merges (a re-import updates a value, never deletes one).
const char *const kMigration10[] = {
    "CREATE TABLE job_features ("
    " job_pk BIGINT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, name TEXT NOT NULL, value @REAL@ NOT NULL,"
    " PRIMARY KEY (job_pk, name)) @NOROWID@",
    "CREATE INDEX job_features_name_idx ON job_features (name)",
};

struct Migration
{
    int version;
    const char *const *statements;
    size_t count;
};

const Migration kMigrations[] = {
    {1, kMigration1, std::size(kMigration1)}, {2, kMigration2, std::size(kMigration2)},
    {3, kMigration3, std::size(kMigration3)}, {4, kMigration4, std::size(kMigration4)},
    {5, kMigration5, std::size(kMigration5)}, {6, kMigration6, std::size(kMigration6)},
    {7, kMigration7, std::size(kMigration7)}, {8, kMigration8, std::size(kMigration8)},
    {9, kMigration9, std::size(kMigration9)}, {10, kMigration10, std::size(kMigration10)},
};

QString dialect(const char *sql, Store::Engine engine)
{
    QString text = QString::fromUtf8(sql);
    const bool pg = engine == Store::Engine::Postgres;
    text.replace(QStringLiteral("@PK@"), pg ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                            : QStringLiteral("INTEGER PRIMARY KEY"));
    text.replace(QStringLiteral("@REAL@"), pg ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"));
    text.replace(QStringLiteral("@NOROWID@"), pg ? QString() : QStringLiteral("WITHOUT ROWID"));
    text.replace(QStringLiteral("@BLOB@"), pg ? QStringLiteral("BYTEA") : QStringLiteral("BLOB"));
    return text;
}

} // namespace

QList<SchemaMigrations::Index> SchemaMigrations::jobSecondaryIndexes()
{
    return {{QStringLiteral("jobs_start_idx"), QString::fromLatin1(kJobsStartIndex)},
            {QStringLiteral("jobs_user_idx"), QString::fromLatin1(kJobsUserIndex)}};
}

int SchemaMigrations::latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].version;
}

int SchemaMigrations::currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return db.tables().isEmpty() ? 0 : -1;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

bool SchemaMigrations::migrate(QSqlDatabase &db, Store::Engine engine, QString *error, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : std::min(targetVersion, latestVersion());
    {
        // The common case, an up-to-date store, takes no lock: opening must not wait for another thread's import.
        const QStringList tables = db.tables();
        if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version"))) {
            *error = tr("the database is not an HPC Energy Studio store (it has tables but no schema_version)");
            return false;
        }
        const int version = tables.isEmpty() ? 0 : currentVersion(db);
        if (version >= target && version <= latestVersion())
            return true;
    }
    // Otherwise one exclusive transaction from the version check to the last migration: several threads or
    // programs opening a new store at once (the GUI's workers do) must not both create it. SQLite: BEGIN IMMEDIATE
    // takes the write lock (waiting out the busy timeout); PostgreSQL: a transaction-scoped advisory lock.
    QSqlQuery control(db);
    const bool pg = engine == Store::Engine::Postgres;
    if (!control.exec(pg ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")) ||
        (pg && !control.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7243190411)")))) {
        *error = tr("cannot lock the store to check its schema: %1").arg(control.lastError().text());
        control.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    control.finish();
    auto fail = [&](const QString &message) {
        *error = message;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const QStringList tables = db.tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_version")))
        return fail(tr("the database is not an HPC Energy Studio store (it has tables but no schema_version)"));
    QSqlQuery query(db);
    if (tables.isEmpty() && !query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")))
        return fail(tr("cannot create the schema: %1").arg(query.lastError().text()));
    const int current = currentVersion(db);
    if (current < 0)
        return fail(tr("cannot read the schema version: %1").arg(db.lastError().text()));
    if (current > latestVersion()) {
        return fail(tr("the store has schema version %1, newer than this program supports (%2): "
                       "open it with a newer HPC Energy Studio")
                        .arg(current)
                        .arg(latestVersion()));
    }
    for (const Migration &migration : kMigrations) {
        if (migration.version <= current)
            continue;
        if (migration.version > target)
            break;
        for (size_t i = 0; i < migration.count; ++i) {
            if (!query.exec(dialect(migration.statements[i], engine))) {
                return fail(tr("migration to schema version %1 failed: %2")
                                .arg(migration.version)
                                .arg(query.lastError().text()));
            }
        }
        query.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        query.addBindValue(migration.version);
        if (!query.exec())
            return fail(tr("cannot record schema version %1: %2").arg(migration.version).arg(query.lastError().text()));
    }
    query.finish();
    if (!control.exec(QStringLiteral("COMMIT")))
        return fail(tr("cannot commit the schema: %1").arg(control.lastError().text()));
    return true;
}

} // namespace es
