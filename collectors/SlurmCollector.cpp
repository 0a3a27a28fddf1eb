// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SlurmCollector.h"

#include "ClusterProfile.h"
#include "SacctJobAssembler.h"
#include "SacctParser.h"
#include "ScontrolNodeParser.h"
#include "ShellQuote.h"
#include "SshSession.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace es {
namespace {

const QString kSource = QStringLiteral("sacct");
const QChar kUnitSeparator(0x1f); // cannot be typed into a job name

QString isoUtc(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

/// sacct's output as it arrives, in chunks: lines into the parser, jobs and their steps through the assembler into
/// the writer. The first failure stops the stream and is kept.
class SacctStream
{
public:
    explicit SacctStream(JobWriter &writer)
        : m_assembler([&writer](Job &job, const QList<JobStep> &steps, QString *sinkError) {
              if (!writer.addJob(job, sinkError))
                  return false;
              for (const JobStep &step : steps) {
                  if (!writer.addStep(step, sinkError))
                      return false;
              }
              return true;
          })
    {}

    /// False when a line failed (see failure()).
    bool feed(QByteArrayView chunk)
    {
        m_pending.append(chunk);
        qsizetype start = 0;
        for (qsizetype nl = m_pending.indexOf('\n'); nl >= 0; nl = m_pending.indexOf('\n', start)) {
            if (!handleLine(QByteArrayView(m_pending).sliced(start, nl - start)))
                return false;
            start = nl + 1;
        }
        m_pending.remove(0, start);
        return true;
    }
    /// The last line when it has no newline.
    void flush()
    {
        if (m_failure.isEmpty() && !m_pending.isEmpty())
            handleLine(m_pending);
    }
    bool finish(QString *error) { return m_assembler.finish(error); }
    qint64 lineNumber() const { return m_lineNumber; }
    const QString &failure() const { return m_failure; }

private:
    bool handleLine(QByteArrayView bytes)
    {
        ++m_lineNumber;
        const QString line = QString::fromUtf8(bytes);
        QString reason;
        if (m_lineNumber == 1) {
            if (!m_parser.parseHeader(line, &reason)) {
                m_failure = SlurmCollector::tr("sacct output line 1: %1").arg(reason);
                return false;
            }
            return true;
        }
        Job job;
        JobStep step;
        switch (m_parser.parseLine(line, &job, &step, &reason)) {
        case SacctParser::LineKind::Blank:
            return true;
        case SacctParser::LineKind::Error:
            m_failure = SlurmCollector::tr("sacct output line %1: %2").arg(m_lineNumber).arg(reason);
            return false;
        case SacctParser::LineKind::Job:
            if (!m_assembler.addJob(job, &reason)) {
                m_failure = reason;
                return false;
            }
            return true;
        case SacctParser::LineKind::Step: {
            bool orphan = false;
            if (!m_assembler.addStep(step, &orphan, &reason)) {
                m_failure = SlurmCollector::tr("sacct output line %1: %2").arg(m_lineNumber).arg(reason);
                return false;
            }
            return true;
        }
        }
        return true;
    }

    SacctParser m_parser{QString(kUnitSeparator)};
    SacctJobAssembler m_assembler;
    QByteArray m_pending;
    QString m_failure;
    qint64 m_lineNumber = 0;
};

} // namespace

QStringList SlurmCollector::sacctFields()
{
    return {QStringLiteral("JobID"),     QStringLiteral("JobIDRaw"),   QStringLiteral("JobName"),
            QStringLiteral("User"),      QStringLiteral("Group"),      QStringLiteral("Account"),
            QStringLiteral("Partition"), QStringLiteral("QOS"),        QStringLiteral("State"),
            QStringLiteral("ExitCode"),  QStringLiteral("Submit"),     QStringLiteral("Start"),
            QStringLiteral("End"),       QStringLiteral("ElapsedRaw"), QStringLiteral("TimelimitRaw"),
            QStringLiteral("ReqCPUS"),   QStringLiteral("AllocCPUS"),  QStringLiteral("NNodes"),
            QStringLiteral("NodeList"),  QStringLiteral("ReqMem"),     QStringLiteral("MaxRSS"),
            QStringLiteral("TotalCPU"),  QStringLiteral("AveCPUFreq"), QStringLiteral("ConsumedEnergyRaw"),
            QStringLiteral("WorkDir")};
}

QString SlurmCollector::sacctCommand(qint64 sinceTs, qint64 untilTs, const QString &program)
{
    // TZ=UTC makes -S/-E read as UTC; SLURM_TIME_FORMAT=%s prints times as epoch seconds.
    return shell::withEnvironment(
        {{QStringLiteral("TZ"), QStringLiteral("UTC")}, {QStringLiteral("SLURM_TIME_FORMAT"), QStringLiteral("%s")}},
        {program, QStringLiteral("--allusers"), QStringLiteral("--parsable2"),
         QStringLiteral("--delimiter=") + kUnitSeparator, QStringLiteral("--format=") + sacctFields().join(u','),
         QStringLiteral("--starttime=") + isoUtc(sinceTs), QStringLiteral("--endtime=") + isoUtc(untilTs)});
}

std::optional<qint64> SlurmCollector::watermark(qint64 clusterId, QString *error)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT watermark_ts FROM harvest_state WHERE cluster_id = ? AND source = ?"));
    q.addBindValue(clusterId);
    q.addBindValue(kSource);
    if (!q.exec()) {
        *error = tr("cannot read the harvest state: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    return q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
}

void SlurmCollector::stage(const QString &text, qint64 sacctLines) const
{
    if (m_progress)
        m_progress(text, sacctLines);
}

bool SlurmCollector::readJobHistory(JobWriter &writer, const HarvestOptions &options, HarvestSummary *summary,
                                    QString *error)
{
    SacctStream stream(writer);
    SshSession::ExitInfo exit;
    const bool transferred = m_ssh.exec(
        sacctCommand(summary->sinceTs, summary->untilTs, options.sacctProgram),
        [&](QByteArrayView chunk) {
            if (!stream.feed(chunk))
                return false;
            if ((stream.lineNumber() & 0x3ff) == 0)
                stage(tr("reading job history"), stream.lineNumber());
            return true;
        },
        &exit, error, m_cancel);
    if (!transferred)
        return false;
    stream.flush();
    if (!stream.failure().isEmpty()) {
        *error = stream.failure();
        return false;
    }
    if (exit.exitStatus != 0) {
        *error = tr("sacct on %1 exited with status %2: %3")
                     .arg(m_ssh.peer())
                     .arg(exit.exitStatus)
                     .arg(QString::fromUtf8(exit.standardError).trimmed().left(2000));
        return false;
    }
    if (stream.lineNumber() == 0) {
        *error = tr("sacct on %1 printed nothing, not even its header").arg(m_ssh.peer());
        return false;
    }
    if (!stream.finish(error))
        return false;
    summary->sacctLines = stream.lineNumber();
    return true;
}

bool SlurmCollector::recordHarvest(qint64 clusterId, qint64 nowTs, const HarvestSummary &summary, QString *error)
{
    QSqlQuery state(m_store.database());
    state.prepare(
        QStringLiteral("INSERT INTO harvest_state (cluster_id, source, watermark_ts, last_run_ts, last_result) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (cluster_id, source) DO UPDATE SET "
                       "watermark_ts = excluded.watermark_ts, last_run_ts = excluded.last_run_ts, "
                       "last_result = excluded.last_result"));
    state.addBindValue(clusterId);
    state.addBindValue(kSource);
    state.addBindValue(summary.untilTs);
    state.addBindValue(nowTs);
    state.addBindValue(QStringLiteral("ok: %1 sacct lines").arg(summary.sacctLines));
    if (!state.exec()) {
        *error = tr("cannot record the harvest: %1").arg(state.lastError().text());
        return false;
    }
    return true;
}

bool SlurmCollector::harvest(const ClusterProfile &profile, const HarvestOptions &options, HarvestSummary *summary,
                             QString *error)
{
    *summary = HarvestSummary{};
    summary->cluster = profile.clusterName();

    stage(tr("checking Slurm"), 0);
    QByteArray version;
    if (!m_ssh.run(shell::join({options.sacctProgram, QStringLiteral("--version")}), &version, error, m_cancel))
        return false;
    summary->slurmVersion = QString::fromUtf8(version).trimmed();

    JobWriter writer(m_store, summary->cluster);
    if (!writer.begin(error))
        return false;
    const qint64 clusterId = writer.clusterId();
    const auto mark = watermark(clusterId, error);
    if (!mark)
        return false;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    summary->untilTs = now;
    if (options.sinceTs)
        summary->sinceTs = *options.sinceTs;
    else if (options.full || *mark == 0)
        summary->sinceTs = 86400; // the start of sacct's history (1970-01-02 avoids time-zone underflow)
    else
        summary->sinceTs = qMax<qint64>(86400, *mark - options.overlapS);

    stage(tr("reading job history"), 0);
    if (!readJobHistory(writer, options, summary, error)) {
        writer.rollback();
        return false;
    }
    stage(tr("reading node state"), summary->sacctLines);
    if (!harvestNodes(clusterId, now, summary, error) || !recordHarvest(clusterId, now, *summary, error)) {
        writer.rollback();
        return false;
    }
    if (!writer.commit(error))
        return false;
    summary->written = writer.summary();
    return true;
}

bool SlurmCollector::harvestNodes(qint64 clusterId, qint64 nowTs, HarvestSummary *summary, QString *error)
{
    QByteArray output;
    if (!m_ssh.run(shell::join({QStringLiteral("scontrol"), QStringLiteral("show"), QStringLiteral("node"),
                                QStringLiteral("-o")}),
                   &output, error, m_cancel))
        return false;
    QSqlQuery node(m_store.database());
    node.prepare(QStringLiteral(
        "INSERT INTO nodes (cluster_id, name, partitions, cpus, real_mem_mb, state, updated_ts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (cluster_id, name) DO UPDATE SET partitions = excluded.partitions, "
        "cpus = excluded.cpus, real_mem_mb = excluded.real_mem_mb, state = excluded.state, "
        "updated_ts = excluded.updated_ts"));
    QSqlQuery nodeId(m_store.database());
    nodeId.prepare(QStringLiteral("SELECT id FROM nodes WHERE cluster_id = ? AND name = ?"));
    QSqlQuery sample(m_store.database());
    sample.prepare(QStringLiteral(
        "INSERT INTO node_samples (node_id, ts, source, load1, mem_used_mb, power_w) VALUES (?, ?, 'slurm', ?, ?, ?) "
        "ON CONFLICT (node_id, ts, source) DO NOTHING"));
    auto orNull = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    int lineNumber = 0;
    for (const QByteArray &raw : output.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        SlurmNode parsed;
        QString reason;
        if (!ScontrolNodeParser::parseLine(line, &parsed, &reason)) {
            *error = tr("scontrol show node output line %1: %2").arg(lineNumber).arg(reason);
            return false;
        }
        node.addBindValue(clusterId);
        node.addBindValue(parsed.name);
        node.addBindValue(parsed.partitions.join(u','));
        node.addBindValue(parsed.cpus ? QVariant(*parsed.cpus) : QVariant());
        node.addBindValue(orNull(parsed.realMemMb));
        node.addBindValue(parsed.state);
        node.addBindValue(nowTs);
        nodeId.addBindValue(clusterId);
        nodeId.addBindValue(parsed.name);
        if (!node.exec() || !nodeId.exec() || !nodeId.next()) {
            *error = tr("cannot store node %1: %2").arg(parsed.name, node.lastError().text());
            return false;
        }
        ++summary->nodes;
        sample.addBindValue(nodeId.value(0));
        sample.addBindValue(nowTs);
        sample.addBindValue(orNull(parsed.cpuLoad));
        sample.addBindValue(orNull(parsed.allocMemMb));
        sample.addBindValue(orNull(parsed.currentWatts));
        if (!sample.exec()) {
            *error = tr("cannot store a sample of node %1: %2").arg(parsed.name, sample.lastError().text());
            return false;
        }
        summary->nodeSamples += sample.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

} // namespace es
