// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "ClusterProfile.h"
#include "LabSsh.h"
#include "SamplerCollector.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace es;

namespace {

/// The energy counter of one SIMULATED node, read from the lab's sim directory every 50 ms on the host's clock
/// (the same clock as Slurm's and the sampler's timestamps), kept as the points where it changed.
class CounterPoller final
{
public:
    CounterPoller(QStringList nodes, QString labDir) : m_nodes(std::move(nodes)), m_labDir(std::move(labDir))
    {
        m_thread = std::thread([this] { run(); });
    }
    ~CounterPoller() { stop(); }
    Q_DISABLE_COPY_MOVE(CounterPoller)

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    /// The counter at time t (epoch s), joules: linear between the observed changes (the simulation integrates
    /// power once a second, so each step is the energy of the second before it).
    double energyAt(const QString &node, double t) const
    {
        std::lock_guard lock(m_mutex);
        const auto &points = m_points.at(node);
        if (points.empty() || t <= points.front().first)
            return points.empty() ? 0 : points.front().second;
        for (size_t i = 1; i < points.size(); ++i) {
            if (t <= points[i].first) {
                const auto &[t0, e0] = points[i - 1];
                const auto &[t1, e1] = points[i];
                return e0 + (e1 - e0) * (t - t0) / (t1 - t0);
            }
        }
        return points.back().second;
    }

private:
    void run()
    {
        std::map<QString, double> last;
        while (!m_stop) {
            const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
            for (const QString &node : m_nodes) {
                QFile file(m_labDir + QStringLiteral("/nodes/") + node + QStringLiteral("/sim/pm_counters/energy"));
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                bool ok = false;
                const double joules = QString::fromLatin1(file.readAll()).section(u' ', 0, 0).toDouble(&ok);
                if (!ok)
                    continue;
                std::lock_guard lock(m_mutex);
                auto &points = m_points[node];
                if (points.empty() || last[node] != joules)
                    points.emplace_back(now, joules);
                last[node] = joules;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    }

    QStringList m_nodes;
    QString m_labDir;
    std::atomic_bool m_stop{false};
    mutable std::mutex m_mutex;
    std::map<QString, std::vector<std::pair<double, double>>> m_points;
    std::thread m_thread;
};

} // namespace

/// SamplerCollector against the Slurm lab (tests/lab/slurm-lab.sh). The compute nodes' power, energy, temperature
/// and frequency are SIMULATED by tests/lab/sensors.sh from the real CPU time of their processes; the head node
/// test reads the host's own, real /proc. Live: direct SSH, through the head as jump host, and srun on the nodes,
/// with a bad node and a node whose stream is cut. In-job: es-sampler-job.sh around CPU work in batch jobs, fetched
/// and checked against the SIMULATED counters read independently from the lab's files.
class TestSamplerCollectorLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    ClusterProfile m_profile;
    std::unique_ptr<Store> m_store;
    QString m_location;

    SshEndpoint headEndpoint() const
    {
        SshEndpoint e;
        e.host = m_profile.host;
        e.port = m_profile.port;
        e.user = m_profile.user;
        e.keyFile = m_profile.keyFile;
        e.knownHostsFile = m_profile.knownHostsFile;
        e.useSshConfig = false;
        return e;
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(sql) || !query.next())
            qFatal("query failed: %s", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    int cli(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_location} + args);
        *out = result.out;
        if (err)
            *err = result.err;
        if (result.exitCode != 0)
            qWarning().noquote() << args.join(u' ') << "->" << result.exitCode << result.err;
        return result.exitCode;
    }

    QByteArray remote(SshSession &ssh, const QStringList &command)
    {
        QByteArray out;
        QString error;
        if (!ssh.run(shell::join(command), &out, &error))
            qWarning().noquote() << error;
        return out;
    }

private slots:
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        m_profile = test::labProfile(m_lab, QStringLiteral("lab"));
        m_location = m_dir.filePath(QStringLiteral("lab.sqlite"));
        m_store = std::make_unique<Store>();
        QString error;
        QVERIFY2(m_store->open(m_location, &error), qPrintable(error));
    }

    /// The head node over plain SSH: the host's real /proc (no sensor there), streamed and stored as it comes.
    void liveHeadNodeRealProc()
    {
        SamplerCollector collector(*m_store, QStringLiteral("head"));
        SamplerLiveOptions options;
        options.nodes = {m_profile.host};
        options.nodePort = m_profile.port;
        options.intervalS = 1;
        options.durationS = 3;
        options.writeEveryS = 1;
        NonInteractivePrompter prompter;
        SamplerStoreSummary summary;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(collector.live(m_profile, options, prompter, &summary, &error), qPrintable(error));
        QCOMPARE(summary.nodes.size(), 1);
        QVERIFY2(summary.nodes[0].error.isEmpty(), qPrintable(summary.nodes[0].error));
        QCOMPARE(summary.nodes[0].samples, 3);
        QCOMPARE(summary.samplesWritten, 3);
        QVERIFY(timer.elapsed() < 20000);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT s.cpu_util_pct, s.mem_used_mb, s.load1, s.ts FROM node_samples s "
                                      "JOIN nodes n ON n.id = s.node_id JOIN clusters c ON c.id = n.cluster_id "
                                      "WHERE c.name = 'head' ORDER BY s.ts")));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        int rows = 0;
        while (q.next()) {
            ++rows;
            QVERIFY(q.value(0).toDouble() >= 0 && q.value(0).toDouble() <= 100);
            QVERIFY(q.value(1).toDouble() > 0); // real memory in use
            QVERIFY(!q.value(2).isNull());
            QVERIFY(qAbs(q.value(3).toLongLong() - now) < 60);
        }
        QCOMPARE(rows, 3);

        // Until cancelled: the stream stops when asked, what came is kept, and that is no error.
        std::atomic_bool cancel{false};
        collector.setCancelFlag(&cancel);
        options.durationS.reset();
        // Cancelled once two more samples are in the store (3 came above; read over a second connection), however long
        // they take to come on a busy machine; then the stream must stop within 10 s of the request.
        std::atomic<qint64> cancelledAtMs{-1};
        timer.restart();
        std::thread canceller([&cancel, &cancelledAtMs, &timer, location = m_location] {
            Store reader;
            QString openError;
            const bool opened = reader.open(location, &openError);
            for (int polls = 0; opened && polls < 600; ++polls) {
                QSqlQuery count(reader.database());
                if (count.exec(QStringLiteral("SELECT COUNT(*) FROM node_samples")) && count.next() &&
                    count.value(0).toLongLong() >= 5)
                    break;
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
            cancelledAtMs = timer.elapsed();
            cancel = true;
        });
        SamplerStoreSummary cancelled;
        const bool ok = collector.live(m_profile, options, prompter, &cancelled, &error);
        const qint64 returnedAtMs = timer.elapsed();
        canceller.join();
        QVERIFY2(ok, qPrintable(error));
        QVERIFY2(returnedAtMs - cancelledAtMs < 10000,
                 qPrintable(QStringLiteral("returned %1 ms after the cancel").arg(returnedAtMs - cancelledAtMs)));
        QVERIFY2(cancelled.nodes[0].error.isEmpty(), qPrintable(cancelled.nodes[0].error));
        QVERIFY2(cancelled.samplesWritten >= 2, qPrintable(QString::number(cancelled.samplesWritten)));

        // Through the head node as jump host (OpenSSH's ssh -W), to the same host.
        options.reach = SamplerReach::Jump;
        options.durationS = 2;
        SamplerStoreSummary jumped;
        collector.setCancelFlag(nullptr);
        QVERIFY2(collector.live(m_profile, options, prompter, &jumped, &error), qPrintable(error));
        QVERIFY2(jumped.nodes[0].error.isEmpty(), qPrintable(jumped.nodes[0].error));
        QCOMPARE(jumped.nodes[0].samples, 2);
    }

    /// srun from the head node onto SIMULATED nodes: node9 does not exist and node2's stream is cut halfway (its
    /// srun job cancelled); both are reported, node1 goes on to the end.
    void liveSrunSimulatedNodesOneFailsOneDrops()
    {
        SamplerCollector collector(*m_store, m_profile.clusterName());
        collector.setDeriveMetrics(false);
        SamplerLiveOptions options;
        options.nodes = {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node9")};
        options.reach = SamplerReach::Srun;
        options.intervalS = 1;
        options.durationS = 8;
        options.writeEveryS = 1;
        NonInteractivePrompter prompter;
        SamplerStoreSummary summary;
        QString error;
        std::thread cutter([this] {
            std::this_thread::sleep_for(std::chrono::seconds(4));
            SshSession ssh;
            NonInteractivePrompter p;
            QString why;
            if (!ssh.connect(headEndpoint(), p, &why))
                qFatal("cannot connect: %s", qPrintable(why));
            const QByteArray ids = remote(ssh, {QStringLiteral("squeue"), QStringLiteral("-h"), QStringLiteral("-w"),
                                                QStringLiteral("node2"), QStringLiteral("-o"), QStringLiteral("%i")});
            for (const QByteArray &id : ids.split('\n')) {
                if (!id.trimmed().isEmpty())
                    remote(ssh, {QStringLiteral("scancel"), QString::fromUtf8(id.trimmed())});
            }
        });
        const bool ok = collector.live(m_profile, options, prompter, &summary, &error);
        cutter.join();
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(summary.nodes.size(), 3);
        const SamplerNodeResult &n1 = summary.nodes[0];
        const SamplerNodeResult &n2 = summary.nodes[1];
        const SamplerNodeResult &n9 = summary.nodes[2];
        QVERIFY2(n1.error.isEmpty(), qPrintable(n1.error));
        QCOMPARE(n1.samples, 8);
        QVERIFY2(!n2.error.isEmpty(), "node2's stream was cut: it must be reported");
        QVERIFY2(n2.samples >= 1 && n2.samples < 8, qPrintable(QString::number(n2.samples)));
        QVERIFY2(n9.error.contains(QStringLiteral("Invalid node name")), qPrintable(n9.error));
        QCOMPARE(n9.samples, 0);
        qInfo().noquote() << "node2:" << n2.error << "| node9:" << n9.error;
        // node2's last, partial sample (written when its step was cancelled) may share a second with the one before
        QVERIFY(summary.samplesWritten <= n1.samples + n2.samples &&
                summary.samplesWritten >= n1.samples + n2.samples - 1);
        // SIMULATED sensors of node1: 90-250 W, temperature and frequency present on every stored sample
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                      "WHERE n.name = 'node1' AND s.power_w BETWEEN 90 AND 250 AND s.temp_c > 0 "
                                      "AND s.freq_mhz BETWEEN 1200 AND 3000 AND s.energy_j >= 0")),
                 8);
    }

    /// Batch jobs run es-sampler-job.sh around CPU work on SIMULATED nodes, two jobs sharing each node; harvest,
    /// fetch (twice: nothing duplicated), and every job's derived energy is within 2 % of the SIMULATED counter's
    /// energy over its span split by CPUs as the jobs ran, read independently from the lab's counter files.
    void inJobEnergyMatchesSimulatedCounters()
    {
        QByteArray out;
        QCOMPARE(
            cli({QStringLiteral("profile"), QStringLiteral("add"), m_profile.name, QStringLiteral("--host"),
                 m_profile.host, QStringLiteral("--port"), QString::number(m_profile.port), QStringLiteral("--user"),
                 m_profile.user, QStringLiteral("--key"), m_profile.keyFile, QStringLiteral("--known-hosts"),
                 m_profile.knownHostsFile, QStringLiteral("--cluster"), m_profile.clusterName()},
                &out),
            0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("sample"), QStringLiteral("install"),
                      QStringLiteral("--profile"), m_profile.name},
                     &out),
                 0);
        const QStringList nodes{QStringLiteral("node3"), QStringLiteral("node4")};
        CounterPoller poller(nodes, m_lab.value(QStringLiteral("LAB_DIR")));
        const QString dir = QStringLiteral(".energy-studio/samples-test-%1").arg(QCoreApplication::applicationPid());

        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(headEndpoint(), prompter, &error), qPrintable(error));
        QStringList ids;
        for (const QString &node : nodes) {
            // A: the sampler around 120 s of CPU work; B, on the same node: 100 s of work, starting 5 s in,
            // unsampled. Both end with a few idle seconds, so that no job's span ends on a step of the node's power.
            // Long, because what a 1 Hz counter read by a 1 s sampler gets wrong is at the ends of a span: about a
            // second of power at each end (the sampler starts a second or so into the job, and sample times are
            // whole seconds), which is about 1 % of these jobs' energy.
            const QString wrapped = QStringLiteral("$HOME/.energy-studio/bin/es-sampler-job.sh -i 1 -d %1 -- "
                                                   "sh -c 'timeout 120 sh -c \"while :; do :; done\"; sleep 2'")
                                        .arg(dir);
            const QString plain = QStringLiteral("sleep 5; timeout 100 sh -c 'while :; do :; done'; sleep 3");
            for (const QString &script : {wrapped, plain}) {
                QByteArray id;
                QVERIFY2(ssh.run(shell::join({QStringLiteral("sbatch"), QStringLiteral("--parsable"),
                                              QStringLiteral("--nodelist=") + node, QStringLiteral("--ntasks=1"),
                                              QStringLiteral("--cpus-per-task=1"), QStringLiteral("--time=4"),
                                              QStringLiteral("--job-name=es-simulated-energy"),
                                              QStringLiteral("--output=/dev/null"), QStringLiteral("--wrap"), script}),
                                 &id, &error),
                         qPrintable(error));
                ids << QString::fromUtf8(id).trimmed().section(u';', 0, 0);
            }
        }
        qInfo() << "jobs" << ids << "on" << nodes << "(SIMULATED sensors)";
        // Until accounting shows every job finished.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            const QByteArray states =
                remote(ssh, {QStringLiteral("sacct"), QStringLiteral("-n"), QStringLiteral("-X"), QStringLiteral("-P"),
                             QStringLiteral("-o"), QStringLiteral("State"), QStringLiteral("-j"), ids.join(u',')});
            const QStringList lines = QString::fromUtf8(states).split(u'\n', Qt::SkipEmptyParts);
            const bool done =
                lines.size() == ids.size() && std::all_of(lines.begin(), lines.end(), [](const QString &s) {
                    return s.startsWith(QStringLiteral("COMPLETED")) || s.startsWith(QStringLiteral("FAILED")) ||
                           s.startsWith(QStringLiteral("CANCELLED")) || s.startsWith(QStringLiteral("TIMEOUT"));
                });
            if (done)
                break;
            QVERIFY2(waited.elapsed() < 240000, states.constData());
            QThread::msleep(1000);
        }
        QThread::msleep(1500); // a last counter update after the end
        poller.stop();

        QCOMPARE(cli({QStringLiteral("harvest"), QStringLiteral("--profile"), m_profile.name}, &out), 0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("sample"), QStringLiteral("fetch"),
                      QStringLiteral("--profile"), m_profile.name, QStringLiteral("--dir"), dir},
                     &out),
                 0);
        QJsonObject fetched = QJsonDocument::fromJson(out).object();
        QCOMPARE(fetched.value(QStringLiteral("files_listed")).toInt(), 2);
        QCOMPARE(fetched.value(QStringLiteral("files_read")).toInt(), 2);
        // Every complete sample line the two samplers left is stored: counted in the files themselves, not from
        // how long the jobs ran (a loaded machine samples less often). A stopped sampler's last, partial sample may
        // share a second with the one before, so one per file may merge.
        int linesInFiles = 0;
        for (int wrappedJob : {0, 2}) {
            const QString file =
                QStringLiteral("%1/%2.%3.samples").arg(dir, ids.at(wrappedJob), nodes.at(wrappedJob / 2));
            const int lines = QString::fromUtf8(remote(ssh, {QStringLiteral("grep"), QStringLiteral("-c"),
                                                             QStringLiteral("^S .* \\$$"), file}))
                                  .trimmed()
                                  .toInt();
            QVERIFY2(lines >= 10,
                     qPrintable(file + QStringLiteral(": ") + QString::number(lines) + QStringLiteral(" samples")));
            linesInFiles += lines;
        }
        const int written = fetched.value(QStringLiteral("samples_written")).toInt();
        QVERIFY2(written <= linesInFiles && written >= linesInFiles - 2,
                 qPrintable(QStringLiteral("%1 stored of %2 in the files").arg(written).arg(linesInFiles)));
        QVERIFY(fetched.value(QStringLiteral("problems")).toArray().isEmpty());
        const qint64 samplesAfterFirst = count(QStringLiteral("SELECT COUNT(*) FROM node_samples"));
        // Fetching again reads nothing and stores nothing.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("sample"), QStringLiteral("fetch"),
                      QStringLiteral("--profile"), m_profile.name, QStringLiteral("--dir"), dir},
                     &out),
                 0);
        fetched = QJsonDocument::fromJson(out).object();
        QCOMPARE(fetched.value(QStringLiteral("files_read")).toInt(), 0);
        QCOMPARE(fetched.value(QStringLiteral("samples_written")).toInt(), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM node_samples")), samplesAfterFirst);

        // The jobs' spans and CPUs as the store has them (from sacct), and the truth from the counters.
        struct Span
        {
            QString node;
            qint64 startTs = 0;
            qint64 endTs = 0;
            double cpus = 1;
        };
        std::map<QString, Span> spans;
        QSqlQuery q(m_store->database());
        q.prepare(QStringLiteral("SELECT job_id, node_list, start_ts, end_ts, alloc_cpus FROM jobs WHERE job_id = ?"));
        for (const QString &id : std::as_const(ids)) {
            q.addBindValue(id);
            QVERIFY(q.exec() && q.next());
            spans[id] =
                Span{q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toDouble()};
            q.finish();
        }
        std::map<QString, double> truthJ;
        for (const QString &node : nodes) {
            std::vector<qint64> bounds;
            for (const auto &[id, span] : spans) {
                if (span.node == node)
                    bounds.insert(bounds.end(), {span.startTs, span.endTs});
            }
            std::sort(bounds.begin(), bounds.end());
            for (size_t i = 0; i + 1 < bounds.size(); ++i) {
                const qint64 a = bounds[i], b = bounds[i + 1];
                double totalCpus = 0;
                for (const auto &[id, span] : spans)
                    totalCpus += span.node == node && span.startTs <= a && span.endTs >= b ? span.cpus : 0;
                const double energy = poller.energyAt(node, double(b)) - poller.energyAt(node, double(a));
                for (const auto &[id, span] : spans) {
                    if (span.node == node && span.startTs <= a && span.endTs >= b)
                        truthJ[id] += energy * span.cpus / totalCpus;
                }
            }
        }

        // `export job-metrics`: every job has temperature, frequency, utilisation and energy with its source.
        const QString csvPath = m_dir.filePath(QStringLiteral("metrics.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("job-metrics"), QStringLiteral("--cluster"),
                      m_profile.clusterName(), QStringLiteral("--out"), csvPath},
                     &out),
                 0);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        const QStringList header = QString::fromUtf8(lines.value(0)).trimmed().split(u',');
        const auto column = [&](const char *name) {
            const qsizetype c = header.indexOf(QString::fromLatin1(name));
            if (c < 0)
                qFatal("export job-metrics has no column %s", name);
            return c;
        };
        const qsizetype idCol = column("job_id"), energyCol = column("energy_j"), sourceCol = column("energy_source"),
                        tempCol = column("node_temp_avg_c"), freqCol = column("cpu_freq_avg_mhz"),
                        utilCol = column("cpu_util_pct");
        int checked = 0;
        for (const QByteArray &line : lines) {
            // no field of these rows holds a comma or a quote (the job name is plain)
            const QStringList f = QString::fromUtf8(line).trimmed().split(u',');
            if (f.size() != header.size() || !ids.contains(f[idCol]))
                continue;
            const QString id = f[idCol];
            const double derived = f[energyCol].toDouble();
            const double truth = truthJ[id];
            const double relative = qAbs(derived - truth) / truth;
            qInfo().noquote() << QStringLiteral("job %1 on %2 (SIMULATED): derived %3 J (%4), counters %5 J, "
                                                "off by %6 %; temp %7 C, freq %8 MHz, util %9 %")
                                     .arg(id, spans[id].node, f[energyCol], f[sourceCol])
                                     .arg(truth, 0, 'f', 1)
                                     .arg(relative * 100, 0, 'f', 2)
                                     .arg(f[tempCol], f[freqCol], f[utilCol]);
            QCOMPARE(f[sourceCol], QStringLiteral("counter")); // the nodes were shared: Slurm's figure is no use
            QVERIFY2(truth > 500, qPrintable(QString::number(truth)));
            QVERIFY2(relative <= 0.02,
                     qPrintable(QStringLiteral("job %1: %2 J derived, %3 J counted").arg(id, f[energyCol]).arg(truth)));
            QVERIFY(f[tempCol].toDouble() > 30);
            QVERIFY(f[freqCol].toDouble() >= 1200 && f[freqCol].toDouble() <= 3000);
            QVERIFY(f[utilCol].toDouble() > 0 && f[utilCol].toDouble() <= 100);
            ++checked;
        }
        QCOMPARE(checked, ids.size());
        remote(ssh, {QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), dir});
    }
};

QTEST_GUILESS_MAIN(TestSamplerCollectorLab)
#include "TestSamplerCollectorLab.moc"
