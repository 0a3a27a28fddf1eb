// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobMetricsDeriver.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace es {

class SshPrompter;
class SshSession;
class Store;
struct ClusterProfile;
struct NodeSample;
struct SamplerFileName;
struct SshEndpoint;

/// How live sampling reaches a node.
enum class SamplerReach
{
    Direct, ///< SSH to the node itself (its name as host name), with the profile's user, key and known_hosts
    Jump,   ///< the same, through the profile's head node (OpenSSH `ssh -W` as ProxyCommand)
    Srun    ///< through the head node: `srun -w NODE --overlap` (into a running job with --jobid)
};

struct SamplerLiveOptions
{
    QStringList nodes; ///< expanded node names (Hostlist::expand)
    SamplerReach reach = SamplerReach::Direct;
    double intervalS = 5;
    std::optional<qint64> durationS; ///< unset: until cancelled
    int nodePort = 0;                ///< Direct/Jump: the nodes' SSH port (0: from ~/.ssh/config, else 22)
    QString srunJobId;               ///< Srun: sample inside this running job's allocation
    qint64 writeEveryS = 5;          ///< batch period: samples are written at most this long after they arrive
};

/// What became of one node of a live run.
struct SamplerNodeResult
{
    QString node;
    qint64 samples = 0;
    QString error; ///< empty: the stream ended normally (count reached, or stopped by cancel)
};

struct SamplerStoreSummary
{
    qint64 samplesParsed = 0;  ///< sample lines read
    qint64 samplesWritten = 0; ///< rows inserted, or updated because a value differed (lines of one second: one row)
    qint64 nodesCreated = 0;
    qint64 filesListed = 0; ///< fetch: sampler files found
    qint64 filesRead = 0;   ///< fetch: files with new bytes
    qint64 bytesRead = 0;
    std::optional<qint64> firstTs; ///< of the samples stored in this run (UTC epoch s)
    std::optional<qint64> lastTs;
    QStringList problems; ///< "WHERE: line N: reason" of bad lines and files that were skipped
    QList<SamplerNodeResult> nodes;
    bool metricsDerived = false;
    JobMetricsDeriveSummary metrics;
};

/// Stores the output of the on-node sampler (resources/sampler/es-sampler.sh, docs/sampler-format.md) in
/// node_samples (source "sampler", through NodeSampleWriter), then derives the metrics of the jobs that ended at or
/// after the first new sample (JobMetricsDeriver, whose spans then overlap the new samples). Three ways in:
///  - importText(): one node's sampler output (a local file);
///  - fetch(): the files that es-sampler-job.sh left in a directory of the cluster (`JOBID.NODE.samples`), read
///    over SSH from where the last fetch stopped (byte offset per file in harvest_state, source
///    "sampler-file:NAME", watermark_ts = bytes read); samples are upserts, so reading a file again never
///    duplicates anything;
///  - live(): the sampler streamed over SSH from many nodes at once, one thread and one SSH session per node,
///    parsed as it arrives and written in batches; a node that fails or drops is reported and the others go on.
/// Sample times are the node's clock (UTC epoch s); the node name comes from the caller, the file name or the
/// node list, never from the sampler's `host=` (which is uname -n, not Slurm's name). Lines of one node that fall
/// in the same second are merged into one sample (SamplerRecordMerger), as node_samples keeps one per second.
///
/// Threading: every method runs in the calling thread, which owns the Store (never the GUI thread). live() starts
/// one std::thread per node, each with its own SshSession, and joins them before it returns; the prompter may then
/// be called from those threads at once. The progress callback is called from the calling thread. The cancel flag
/// may be set from any thread.
class SamplerCollector final
{
    Q_DECLARE_TR_FUNCTIONS(es::SamplerCollector)
public:
    using Progress = std::function<void(const QString &message)>;
    static const QString Source;           ///< node_samples.source of what this stores: "sampler"
    static const QString DefaultRemoteDir; ///< ".energy-studio/samples" (relative: the remote home)

    SamplerCollector(Store &store, QString clusterName);
    Q_DISABLE_COPY_MOVE(SamplerCollector)

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /// Default true: derive job metrics after storing samples.
    void setDeriveMetrics(bool derive) { m_deriveMetrics = derive; }

    /// One node's sampler output. False on a database error or output refused (unknown format version); bad
    /// lines are skipped and listed in problems.
    bool importText(QByteArrayView text, const QString &node, const QString &where, SamplerStoreSummary *summary,
                    QString *error);

    /// The sampler files in `remoteDir` on the connected head node.
    bool fetch(SshSession &ssh, const QString &remoteDir, SamplerStoreSummary *summary, QString *error);

    /// Streams the sampler on every node of options.nodes. False only when nothing could be stored (database
    /// error, bad options); per-node failures are in summary->nodes.
    bool live(const ClusterProfile &profile, const SamplerLiveOptions &options, SshPrompter &prompter,
              SamplerStoreSummary *summary, QString *error);

    /// Installs es-sampler.sh and es-sampler-job.sh into `remoteDir` (default ".energy-studio/bin") on the
    /// connected host, executable; returns the paths written.
    static bool install(SshSession &ssh, const QString &remoteDir, QStringList *paths, QString *error);

    /// The sampler script shipped with this program (a Qt resource).
    static QByteArray samplerScript();
    /// The in-job wrapper (resources/sampler/es-sampler-job.sh).
    static QByteArray jobWrapperScript();
    /// The remote command that streams the sampler for `node` (exposed for tests).
    static QString liveCommand(const SamplerLiveOptions &options, const QString &node);
    /// Where live sampling connects for `node`.
    static SshEndpoint nodeEndpoint(const ClusterProfile &profile, const SamplerLiveOptions &options,
                                    const QString &node);

private:
    struct LiveQueue; ///< defined in the .cpp: samples handed from the node threads to the writing thread

    /// The sampler files in dir (sorted by name; unreadable listing lines are problems).
    bool listFiles(SshSession &ssh, const QString &dir, QList<SamplerFileName> *files, SamplerStoreSummary *summary,
                   QString *error);
    /// What earlier fetches read: bytes of complete lines per file name.
    bool readFileOffsets(QHash<QString, qint64> *offsets, QString *error);
    /// The bytes of one file after offset, stored with its new offset in one transaction.
    bool fetchFile(SshSession &ssh, const QString &dir, const SamplerFileName &file, qint64 offset,
                   SamplerStoreSummary *summary, QString *error);
    /// One node's live stream (runs in its own thread): merged samples into the queue, the outcome into *result.
    static void streamNode(LiveQueue &queue, const ClusterProfile &profile, const SamplerLiveOptions &options,
                           SshPrompter &prompter, const std::atomic_bool &stop, SamplerNodeResult *result);
    /// The writing loop (this thread owns the Store): a batch per writeEveryS, until every node is done; sets stop on
    /// cancel, the deadline or a write failure. Returns the first write failure (empty when none).
    QString writeLive(LiveQueue &queue, const SamplerLiveOptions &options, std::atomic_bool &stop,
                      SamplerStoreSummary *summary);
    bool writeSamples(const QList<NodeSample> &samples, const std::function<bool(qint64 clusterId, QString *)> &inTx,
                      SamplerStoreSummary *summary, QString *error);
    bool deriveAfter(SamplerStoreSummary *summary, QString *error);
    void progress(const QString &message) const;
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    Store &m_store;
    QString m_clusterName;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    bool m_deriveMetrics = true;
};

} // namespace es
