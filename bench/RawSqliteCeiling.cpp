// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RawSqliteCeiling.h"

#include "LineReader.h"
#include "SacctParser.h"
#include "Store.h"
#include "SwfParser.h"

#include <QElapsedTimer>
#include <QTimeZone>

#include <cstdint>
#include <cstring>
#include <sqlite3.h>

namespace es {
namespace {

enum Tag : char
{
    Null = 0,
    Integer = 1,
    Real = 2,
    Text = 3
};

// Same columns, in the same order, as JobWriter's upserts; cluster_id and job_pk are bound apart.
constexpr int kJobColumns = 29;
constexpr int kStepColumns = 15;
const char *const kInsertJob =
    "INSERT INTO jobs (cluster_id, job_id, job_id_raw, name, user_name, group_name, account, partition, qos, state,"
    " exit_code, exit_signal, submit_ts, start_ts, end_ts, elapsed_s, timelimit_s, req_cpus, alloc_cpus, node_count,"
    " node_list, req_mem_mb, max_rss_mb, total_cpu_s, ave_cpu_freq_mhz, energy_j, energy_source, job_type,"
    " executable, work_dir) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
const char *const kInsertStep =
    "INSERT INTO job_steps (job_pk, step_id, name, state, exit_code, exit_signal, start_ts, end_ts, elapsed_s,"
    " alloc_cpus, node_count, node_list, max_rss_mb, total_cpu_s, ave_cpu_freq_mhz, energy_j)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

class Encoder
{
public:
    explicit Encoder(std::string &buffer) : m_buffer(buffer) {}

    void text(const QString &value)
    {
        if (value.isEmpty()) {
            m_buffer.push_back(Null);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        const auto size = std::uint32_t(utf8.size());
        m_buffer.push_back(Text);
        m_buffer.append(reinterpret_cast<const char *>(&size), sizeof size);
        m_buffer.append(utf8.constData(), size_t(size));
    }
    template<typename T> void number(const std::optional<T> &value)
    {
        if (!value) {
            m_buffer.push_back(Null);
        } else if constexpr (std::is_floating_point_v<T>) {
            const double v = *value;
            m_buffer.push_back(Real);
            m_buffer.append(reinterpret_cast<const char *>(&v), sizeof v);
        } else {
            const qint64 v = *value;
            m_buffer.push_back(Integer);
            m_buffer.append(reinterpret_cast<const char *>(&v), sizeof v);
        }
    }

private:
    std::string &m_buffer;
};

/// Binds `count` encoded columns from *p to parameters first.. of the statement; advances *p.
void bindColumns(sqlite3_stmt *statement, int first, int count, const char **p)
{
    for (int i = 0; i < count; ++i) {
        const int index = first + i;
        switch (*(*p)++) {
        case Null:
            sqlite3_bind_null(statement, index);
            break;
        case Integer: {
            qint64 v;
            std::memcpy(&v, *p, sizeof v);
            *p += sizeof v;
            sqlite3_bind_int64(statement, index, v);
            break;
        }
        case Real: {
            double v;
            std::memcpy(&v, *p, sizeof v);
            *p += sizeof v;
            sqlite3_bind_double(statement, index, v);
            break;
        }
        default: {
            std::uint32_t size;
            std::memcpy(&size, *p, sizeof size);
            *p += sizeof size;
            sqlite3_bind_text(statement, index, *p, int(size), SQLITE_STATIC);
            *p += size;
            break;
        }
        }
    }
}

struct StatementDeleter
{
    void operator()(sqlite3_stmt *statement) const { sqlite3_finalize(statement); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

} // namespace

bool RawSqliteCeiling::load(Importer::Format format, const QString &path, QString *error)
{
    m_buffer.clear();
    m_jobs = m_steps = 0;
    switch (format) {
    case Importer::Format::Swf:
        return loadSwf(path, error);
    case Importer::Format::Sacct:
        return loadSacct(path, error);
    case Importer::Format::Csv:
        break;
    }
    *error = QStringLiteral("the ceiling is measured for SWF and sacct inputs only");
    return false;
}

bool RawSqliteCeiling::loadSwf(const QString &path, QString *error)
{
    LineReader reader;
    if (!reader.open(path, error))
        return false;
    SwfParser parser;
    QByteArray line;
    Job job;
    QString reason;
    while (reader.readLine(&line)) {
        if (parser.parseLine(line, &job, &reason) == SwfParser::LineKind::Record)
            encodeJob(job);
    }
    if (reader.hasError())
        *error = reader.errorString();
    return !reader.hasError();
}

bool RawSqliteCeiling::loadSacct(const QString &path, QString *error)
{
    LineReader reader;
    if (!reader.open(path, error))
        return false;
    std::optional<SacctParser> parser;
    QByteArray bytes;
    Job job;
    JobStep step;
    QString reason;
    while (reader.readLine(&bytes)) {
        const QString line = QString::fromUtf8(bytes);
        if (!parser) {
            parser.emplace(SacctParser::detectDelimiter(line), QTimeZone::utc());
            if (!parser->parseHeader(line, error))
                return false;
            continue;
        }
        switch (parser->parseLine(line, &job, &step, &reason)) {
        case SacctParser::LineKind::Job:
            encodeJob(job);
            break;
        case SacctParser::LineKind::Step:
            encodeStep(step);
            break;
        case SacctParser::LineKind::Blank:
        case SacctParser::LineKind::Error:
            break;
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return !reader.hasError();
}

void RawSqliteCeiling::encodeJob(const Job &job)
{
    m_buffer.push_back('J');
    Encoder e(m_buffer);
    e.text(job.jobId);
    e.text(job.jobIdRaw);
    e.text(job.name);
    e.text(job.user);
    e.text(job.group);
    e.text(job.account);
    e.text(job.partition);
    e.text(job.qos);
    e.text(job.state);
    e.number(job.exitCode);
    e.number(job.exitSignal);
    e.number(job.submitTs);
    e.number(job.startTs);
    e.number(job.endTs);
    e.number(job.elapsedS);
    e.number(job.timelimitS);
    e.number(job.reqCpus);
    e.number(job.allocCpus);
    e.number(job.nodeCount);
    e.text(job.nodeList);
    e.number(job.reqMemMb);
    e.number(job.maxRssMb);
    e.number(job.totalCpuS);
    e.number(job.aveCpuFreqMhz);
    e.number(job.energyJ);
    e.text(job.energySource);
    e.text(job.jobType);
    e.text(job.executable);
    e.text(job.workDir);
    ++m_jobs;
}

void RawSqliteCeiling::encodeStep(const JobStep &step)
{
    m_buffer.push_back('S');
    Encoder e(m_buffer);
    e.text(step.stepId);
    e.text(step.name);
    e.text(step.state);
    e.number(step.exitCode);
    e.number(step.exitSignal);
    e.number(step.startTs);
    e.number(step.endTs);
    e.number(step.elapsedS);
    e.number(step.allocCpus);
    e.number(step.nodeCount);
    e.text(step.nodeList);
    e.number(step.maxRssMb);
    e.number(step.totalCpuS);
    e.number(step.aveCpuFreqMhz);
    e.number(step.energyJ);
    ++m_steps;
}

std::optional<double> RawSqliteCeiling::insert(const QString &dbPath, int cacheKiB, QString *error) const
{
    Store store;
    if (!store.open(dbPath, error))
        return std::nullopt;
    const auto clusterId = store.ensureCluster(QStringLiteral("ceiling"), error);
    if (!clusterId)
        return std::nullopt;
    auto *db = static_cast<sqlite3 *>(store.sqliteHandle());
    const auto fail = [&](const char *what) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return std::nullopt;
    };

    if (cacheKiB > 0) {
        const QByteArray pragma = "PRAGMA cache_size=-" + QByteArray::number(cacheKiB);
        if (sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail("cache_size");
    }

    QElapsedTimer timer;
    timer.start();
    if (sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("BEGIN");
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v3(db, kInsertJob, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr) != SQLITE_OK)
        return fail("prepare jobs");
    const Statement insertJob(raw);
    if (sqlite3_prepare_v3(db, kInsertStep, -1, SQLITE_PREPARE_PERSISTENT, &raw, nullptr) != SQLITE_OK)
        return fail("prepare job_steps");
    const Statement insertStep(raw);
    sqlite3_bind_int64(insertJob.get(), 1, *clusterId);

    const char *p = m_buffer.data();
    const char *end = p + m_buffer.size();
    qint64 jobPk = 0;
    while (p < end) {
        if (*p++ == 'J') {
            bindColumns(insertJob.get(), 2, kJobColumns, &p);
            if (sqlite3_step(insertJob.get()) != SQLITE_DONE)
                return fail("insert into jobs");
            sqlite3_reset(insertJob.get());
            jobPk = sqlite3_last_insert_rowid(db);
        } else {
            sqlite3_bind_int64(insertStep.get(), 1, jobPk); // a step follows its job, as in sacct's output
            bindColumns(insertStep.get(), 2, kStepColumns, &p);
            if (sqlite3_step(insertStep.get()) != SQLITE_DONE)
                return fail("insert into job_steps");
            sqlite3_reset(insertStep.get());
        }
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail("COMMIT");
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace es
