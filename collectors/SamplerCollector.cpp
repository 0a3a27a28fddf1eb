// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SamplerCollector.h"

#include "ClusterProfile.h"
#include "NodeSample.h"
#include "NodeSampleWriter.h"
#include "SamplerFileName.h"
#include "SamplerRecordMerger.h"
#include "SamplerSampleConverter.h"
#include "SamplerStreamParser.h"
#include "ShellQuote.h"
#include "SshEndpoint.h"
#include "SshSession.h"
#include "Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <limits>
#include <mutex>
#include <thread>

namespace es {
namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Samples in a live run with a duration.
qint64 sampleCount(const SamplerLiveOptions &options)
{
    return std::max<qint64>(1, qint64(std::floor(double(options.durationS.value_or(0)) / options.intervalS)));
}

QString number(double value)
{
    return QString::number(value, 'g', 12);
}

/// One node's records as store samples, those of the same second merged (SamplerRecordMerger).
QList<NodeSample> toSamples(const QList<NodeSampleRecord> &records, const QString &node, const QString &source)
{
    QList<NodeSample> samples;
    samples.reserve(records.size());
    SamplerRecordMerger merger;
    for (const NodeSampleRecord &record : records) {
        if (const auto done = merger.add(record))
            samples.append(SamplerSampleConverter::toNodeSample(*done, node, source));
    }
    if (const auto last = merger.finish())
        samples.append(SamplerSampleConverter::toNodeSample(*last, node, source));
    return samples;
}

/// Why a node's stream is a failure; empty when it ended normally (count reached, or stopped by cancel or the
/// deadline).
QString streamError(bool ok, bool stopped, const SamplerStreamParser &parser, const SshSession::ExitInfo &exit,
                    qint64 samples, qint64 expected, const SamplerLiveOptions &options, const QString &why)
{
    if (!ok && !stopped)
        return why; // dropped; a stop asked for by cancel or the deadline is no error
    if (ok && parser.refused())
        return parser.errors().value(0);
    if (ok && exit.exitStatus != 0)
        return SamplerCollector::tr("exited with status %1: %2")
            .arg(exit.exitStatus)
            .arg(QString::fromUtf8(exit.standardError).trimmed().left(500));
    if (ok && !stopped && samples < expected)
        // The sampler ends by itself only after its count; sooner, something stopped it on the node (a cancelled
        // job step, a reboot, a kill).
        return (options.durationS
                    ? SamplerCollector::tr("the stream ended after %1 of %2 samples").arg(samples).arg(expected)
                    : SamplerCollector::tr("the stream ended after %1 samples, before it was stopped").arg(samples)) +
               QStringLiteral(": ") + QString::fromUtf8(exit.standardError).trimmed().left(500);
    if (!parser.errors().isEmpty())
        return SamplerCollector::tr("%1 bad lines, the first: %2")
            .arg(parser.errors().size())
            .arg(parser.errors().first());
    return QString();
}

} // namespace

/// Samples of every node, handed from the node threads to the writing thread.
struct SamplerCollector::LiveQueue
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<NodeSample> samples;
    int running = 0;
};

const QString SamplerCollector::Source = QStringLiteral("sampler");
const QString SamplerCollector::DefaultRemoteDir = QStringLiteral(".energy-studio/samples");

SamplerCollector::SamplerCollector(Store &store, QString clusterName)
    : m_store(store), m_clusterName(std::move(clusterName))
{}

QByteArray SamplerCollector::samplerScript()
{
    return resource(QStringLiteral(":/sampler/es-sampler.sh"));
}

QByteArray SamplerCollector::jobWrapperScript()
{
    return resource(QStringLiteral(":/sampler/es-sampler-job.sh"));
}

void SamplerCollector::progress(const QString &message) const
{
    if (m_progress)
        m_progress(message);
}

bool SamplerCollector::writeSamples(const QList<NodeSample> &samples,
                                    const std::function<bool(qint64, QString *)> &inTx, SamplerStoreSummary *summary,
                                    QString *error)
{
    if (samples.isEmpty() && !inTx)
        return true;
    NodeSampleWriter writer(m_store, m_clusterName);
    if (!writer.begin(error))
        return false;
    for (const NodeSample &sample : samples) {
        if (!writer.add(sample, error))
            return false;
        summary->firstTs = summary->firstTs ? std::min(*summary->firstTs, sample.ts) : sample.ts;
        summary->lastTs = summary->lastTs ? std::max(*summary->lastTs, sample.ts) : sample.ts;
    }
    if (inTx && !inTx(writer.clusterId(), error))
        return false;
    if (!writer.commit(error))
        return false;
    summary->samplesWritten += writer.summary().samplesWritten;
    summary->nodesCreated += writer.summary().nodesCreated;
    return true;
}

bool SamplerCollector::deriveAfter(SamplerStoreSummary *summary, QString *error)
{
    if (!m_deriveMetrics || !summary->firstTs)
        return true;
    progress(tr("deriving the metrics of the jobs since %1").arg(*summary->firstTs));
    JobMetricsDeriver deriver(m_store);
    JobMetricsDeriveOptions options;
    options.sinceTs = summary->firstTs; // every job whose span reaches the new samples ended at or after this
    if (!deriver.derive(m_clusterName, options, &summary->metrics, error))
        return false;
    summary->metricsDerived = true;
    return true;
}

bool SamplerCollector::importText(QByteArrayView text, const QString &node, const QString &where,
                                  SamplerStoreSummary *summary, QString *error)
{
    if (node.isEmpty()) {
        *error = tr("%1: no node name for the samples").arg(where);
        return false;
    }
    SamplerStreamParser parser;
    QList<NodeSampleRecord> records;
    parser.feed(text, &records);
    parser.finish();
    for (const QString &problem : parser.errors())
        summary->problems.append(where + QStringLiteral(": ") + problem);
    if (parser.refused()) {
        *error = where + QStringLiteral(": ") + parser.errors().value(0);
        return false;
    }
    const QList<NodeSample> samples = toSamples(records, node, Source);
    summary->samplesParsed += records.size();
    summary->bytesRead += text.size();
    if (!writeSamples(samples, {}, summary, error))
        return false;
    return deriveAfter(summary, error);
}

bool SamplerCollector::listFiles(SshSession &ssh, const QString &dir, QList<SamplerFileName> *files,
                                 SamplerStoreSummary *summary, QString *error)
{
    // A missing directory is an empty one (no job has run the wrapper yet).
    QByteArray listing;
    if (!ssh.run(shell::join({QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("test -d \"$1\" || exit 0; find \"$1\" -maxdepth 1 -type f -name "
                                             "'*.samples' -printf '%s %f\\n'"),
                              QStringLiteral("sh"), dir}),
                 &listing, error, m_cancel))
        return false;
    for (const QByteArray &raw : listing.split('\n')) {
        if (raw.isEmpty())
            continue;
        QString why;
        const auto file = SamplerFileName::parseListingLine(QString::fromUtf8(raw), &why);
        if (file)
            files->append(*file);
        else
            summary->problems.append(dir + QStringLiteral(": ") + why);
    }
    std::sort(files->begin(), files->end(),
              [](const SamplerFileName &a, const SamplerFileName &b) { return a.fileName < b.fileName; });
    return true;
}

bool SamplerCollector::readFileOffsets(QHash<QString, qint64> *offsets, QString *error)
{
    if (const auto clusterId = m_store.clusterId(m_clusterName)) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT source, watermark_ts FROM harvest_state WHERE cluster_id = ?"));
        q.addBindValue(*clusterId);
        if (!q.exec()) {
            *error = tr("cannot read the harvest state: %1").arg(q.lastError().text());
            return false;
        }
        const QString prefix = QStringLiteral("sampler-file:");
        while (q.next()) {
            const QString source = q.value(0).toString();
            if (source.startsWith(prefix))
                offsets->insert(source.mid(prefix.size()), q.value(1).toLongLong());
        }
    }
    return true;
}

bool SamplerCollector::fetchFile(SshSession &ssh, const QString &dir, const SamplerFileName &file, qint64 offset,
                                 SamplerStoreSummary *summary, QString *error)
{
    progress(tr("reading %1 (%2 new bytes)").arg(file.fileName).arg(file.sizeBytes - offset));
    const QString path = dir + u'/' + file.fileName;
    const QString where = ssh.peer() + u':' + path;
    SamplerStreamParser parser(1, offset > 0);
    QList<NodeSampleRecord> records;
    SshSession::ExitInfo exit;
    qint64 bytes = 0;
    const bool transferred = ssh.exec(
        shell::join({QStringLiteral("tail"), QStringLiteral("-c"), QStringLiteral("+%1").arg(offset + 1),
                     QStringLiteral("--"), path}),
        [&](QByteArrayView chunk) {
            bytes += chunk.size();
            return parser.feed(chunk, &records);
        },
        &exit, error, m_cancel);
    if (!transferred)
        return false;
    parser.finish();
    if (exit.exitStatus != 0) {
        summary->problems.append(
            tr("%1: cannot read it: %2").arg(where, QString::fromUtf8(exit.standardError).trimmed().left(500)));
        return true;
    }
    ++summary->filesRead;
    summary->bytesRead += bytes;
    for (const QString &problem : parser.errors())
        summary->problems.append(where + (offset > 0 ? tr(" (from byte %1)").arg(offset) : QString()) +
                                 QStringLiteral(": ") + problem);
    // A record of the same second as the file's last one, in a later fetch, replaces it: only when a fetch
    // falls into the very second the sampler was stopped in.
    const QList<NodeSample> samples = toSamples(records, file.node, Source);
    summary->samplesParsed += records.size();
    // A refused file (unknown version) is remembered as read, so that it is reported once.
    const qint64 newOffset = parser.refused() ? file.sizeBytes : offset + parser.completeBytes();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString result =
        parser.refused() ? tr("refused: %1").arg(parser.errors().value(0)) : tr("ok: %1 samples").arg(samples.size());
    auto remember = [&](qint64 clusterId, QString *txError) {
        QSqlQuery state(m_store.database());
        state.prepare(
            QStringLiteral("INSERT INTO harvest_state (cluster_id, source, watermark_ts, last_run_ts, last_result) "
                           "VALUES (?, ?, ?, ?, ?) ON CONFLICT (cluster_id, source) DO UPDATE SET "
                           "watermark_ts = excluded.watermark_ts, last_run_ts = excluded.last_run_ts, "
                           "last_result = excluded.last_result"));
        state.addBindValue(clusterId);
        state.addBindValue(QString(QStringLiteral("sampler-file:") + file.fileName));
        state.addBindValue(newOffset);
        state.addBindValue(now);
        state.addBindValue(result);
        if (!state.exec()) {
            *txError = tr("cannot record the fetch of %1: %2").arg(file.fileName, state.lastError().text());
            return false;
        }
        return true;
    };
    return writeSamples(samples, remember, summary, error);
}

bool SamplerCollector::fetch(SshSession &ssh, const QString &remoteDir, SamplerStoreSummary *summary, QString *error)
{
    const QString dir = remoteDir.isEmpty() ? DefaultRemoteDir : remoteDir;
    progress(tr("listing %1 on %2").arg(dir, ssh.peer()));
    QList<SamplerFileName> files;
    if (!listFiles(ssh, dir, &files, summary, error))
        return false;
    summary->filesListed = files.size();
    QHash<QString, qint64> offsets;
    if (!readFileOffsets(&offsets, error))
        return false;
    for (const SamplerFileName &file : std::as_const(files)) {
        if (cancelled()) {
            *error = tr("cancelled");
            return false;
        }
        qint64 offset = offsets.value(file.fileName, 0);
        if (offset == file.sizeBytes)
            continue; // nothing new
        if (offset > file.sizeBytes)
            offset = 0; // the file was written again from the start
        if (!fetchFile(ssh, dir, file, offset, summary, error))
            return false;
    }
    return deriveAfter(summary, error);
}

QString SamplerCollector::liveCommand(const SamplerLiveOptions &options, const QString &node)
{
    QStringList sampler{QStringLiteral("sh"),
                        QStringLiteral("-c"),
                        QString::fromUtf8(samplerScript()),
                        QStringLiteral("es-sampler.sh"),
                        QStringLiteral("-i"),
                        number(options.intervalS)};
    if (options.durationS)
        sampler << QStringLiteral("-n") << QString::number(sampleCount(options));
    if (options.reach != SamplerReach::Srun)
        return shell::join(sampler);
    QStringList srun{QStringLiteral("srun"),      QStringLiteral("--quiet"),    QStringLiteral("--overlap"),
                     QStringLiteral("--nodes=1"), QStringLiteral("--ntasks=1"), QStringLiteral("--nodelist=") + node};
    if (!options.srunJobId.isEmpty())
        srun << QStringLiteral("--jobid=") + options.srunJobId;
    return shell::join(srun + sampler);
}

SshEndpoint SamplerCollector::nodeEndpoint(const ClusterProfile &profile, const SamplerLiveOptions &options,
                                           const QString &node)
{
    SshEndpoint endpoint;
    endpoint.user = profile.user;
    endpoint.keyFile = profile.keyFile;
    endpoint.knownHostsFile = profile.knownHostsFile;
    if (options.reach == SamplerReach::Srun) {
        endpoint.host = profile.host;
        endpoint.port = profile.port;
        endpoint.proxyCommand = profile.proxyCommand;
        return endpoint;
    }
    endpoint.host = node;
    endpoint.port = options.nodePort;
    if (options.reach == SamplerReach::Jump) {
        // OpenSSH carries the hop; libssh fills in %h and %p and runs this with sh -c.
        QStringList hop{QStringLiteral("ssh"), QStringLiteral("-W"), QStringLiteral("%h:%p"), QStringLiteral("-o"),
                        QStringLiteral("BatchMode=yes")};
        if (profile.port > 0)
            hop << QStringLiteral("-p") << QString::number(profile.port);
        if (!profile.keyFile.isEmpty())
            hop << QStringLiteral("-i") << profile.keyFile;
        if (!profile.knownHostsFile.isEmpty())
            hop << QStringLiteral("-o") << QStringLiteral("UserKnownHostsFile=") + profile.knownHostsFile;
        if (!profile.proxyCommand.isEmpty())
            hop << QStringLiteral("-o") << QStringLiteral("ProxyCommand=") + profile.proxyCommand;
        hop << (profile.user.isEmpty() ? profile.host : profile.user + u'@' + profile.host);
        endpoint.proxyCommand = shell::join(hop);
    }
    return endpoint;
}

void SamplerCollector::streamNode(LiveQueue &queue, const ClusterProfile &profile, const SamplerLiveOptions &options,
                                  SshPrompter &prompter, const std::atomic_bool &stop, SamplerNodeResult *result)
{
    const QString node = result->node;
    SshSession ssh;
    QString why;
    if (!ssh.connect(nodeEndpoint(profile, options, node), prompter, &why)) {
        result->error = why;
        return;
    }
    SamplerStreamParser parser;
    SamplerRecordMerger merger;
    QList<NodeSampleRecord> records;
    const qint64 expected = options.durationS ? sampleCount(options) : std::numeric_limits<qint64>::max();
    SshSession::ExitInfo exit;
    const bool ok = ssh.exec(
        liveCommand(options, node),
        [&](QByteArrayView chunk) {
            records.clear();
            const bool more = parser.feed(chunk, &records);
            if (!records.isEmpty()) {
                std::lock_guard lock(queue.mutex);
                for (const NodeSampleRecord &record : std::as_const(records)) {
                    if (const auto done = merger.add(record))
                        queue.samples.push_back(SamplerSampleConverter::toNodeSample(*done, node, Source));
                }
                result->samples += records.size();
                queue.wake.notify_one();
            }
            return more;
        },
        &exit, &why, &stop, int(std::max(60.0, options.intervalS * 3 + 30)));
    parser.finish();
    if (const auto last = merger.finish()) {
        std::lock_guard lock(queue.mutex);
        queue.samples.push_back(SamplerSampleConverter::toNodeSample(*last, node, Source));
    }
    result->error = streamError(ok, stop.load(), parser, exit, result->samples, expected, options, why);
}

QString SamplerCollector::writeLive(LiveQueue &queue, const SamplerLiveOptions &options, std::atomic_bool &stop,
                                    SamplerStoreSummary *summary)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 deadlineMs =
        options.durationS ? qint64((double(*options.durationS) + options.intervalS * 2 + 60) * 1000) : -1;
    QString failure;
    qint64 lastReportMs = 0;
    for (;;) {
        std::deque<NodeSample> batch;
        bool done = false;
        {
            std::unique_lock lock(queue.mutex);
            queue.wake.wait_for(lock, std::chrono::milliseconds(200), [&] { return queue.running == 0; });
            const bool due = clock.elapsed() - lastReportMs >= options.writeEveryS * 1000;
            done = queue.running == 0;
            if (due || done)
                batch.swap(queue.samples);
        }
        if (cancelled() || (deadlineMs >= 0 && clock.elapsed() > deadlineMs) || !failure.isEmpty())
            stop = true;
        if (!batch.empty() && failure.isEmpty()) {
            const QList<NodeSample> samples(batch.begin(), batch.end());
            if (!writeSamples(samples, {}, summary, &failure))
                stop = true;
        }
        if (clock.elapsed() - lastReportMs >= options.writeEveryS * 1000) {
            lastReportMs = clock.elapsed();
            progress(tr("%1 samples stored from %2 nodes").arg(summary->samplesWritten).arg(options.nodes.size()));
        }
        if (done)
            break;
    }
    return failure;
}

bool SamplerCollector::live(const ClusterProfile &profile, const SamplerLiveOptions &options, SshPrompter &prompter,
                            SamplerStoreSummary *summary, QString *error)
{
    if (options.nodes.isEmpty()) {
        *error = tr("no node to sample");
        return false;
    }
    if (!(options.intervalS > 0) || options.intervalS > 3600) {
        *error = tr("the interval must be more than 0 and at most 3600 s");
        return false;
    }
    if (samplerScript().isEmpty()) {
        *error = tr("the sampler script is missing from this build");
        return false;
    }
    LiveQueue queue;
    std::atomic_bool stop{false};
    std::vector<SamplerNodeResult> results(size_t(options.nodes.size()));
    std::vector<std::thread> threads;
    queue.running = int(options.nodes.size());
    for (qsizetype i = 0; i < options.nodes.size(); ++i) {
        results[size_t(i)].node = options.nodes[i];
        threads.emplace_back([&, i] {
            streamNode(queue, profile, options, prompter, stop, &results[size_t(i)]);
            std::lock_guard lock(queue.mutex);
            --queue.running;
            queue.wake.notify_one();
        });
    }
    const QString failure = writeLive(queue, options, stop, summary);
    for (std::thread &thread : threads)
        thread.join();
    for (SamplerNodeResult &result : results) {
        summary->samplesParsed += result.samples;
        summary->nodes.append(result);
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    return deriveAfter(summary, error);
}

bool SamplerCollector::install(SshSession &ssh, const QString &remoteDir, QStringList *paths, QString *error)
{
    const QString dir = remoteDir.isEmpty() ? QStringLiteral(".energy-studio/bin") : remoteDir;
    const QList<std::pair<QString, QByteArray>> scripts{{QStringLiteral("es-sampler.sh"), samplerScript()},
                                                        {QStringLiteral("es-sampler-job.sh"), jobWrapperScript()}};
    for (const auto &[name, text] : scripts) {
        if (text.isEmpty()) {
            *error = tr("%1 is missing from this build").arg(name);
            return false;
        }
        // The text travels as an argument: no stdin needed, and quoting keeps it byte for byte.
        QByteArray ignored;
        const QString path = dir + u'/' + name;
        if (!ssh.run(shell::join({QStringLiteral("sh"), QStringLiteral("-c"),
                                  QStringLiteral("mkdir -p -- \"$1\" && printf '%s' \"$3\" > \"$2.tmp\" && "
                                                 "chmod 755 \"$2.tmp\" && mv -f \"$2.tmp\" \"$2\""),
                                  QStringLiteral("sh"), dir, path, QString::fromUtf8(text)}),
                     &ignored, error, nullptr))
            return false;
        paths->append(path);
    }
    return true;
}

} // namespace es
