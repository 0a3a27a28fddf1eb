// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignDesign.h"
#include "CampaignLabClient.h"
#include "CampaignStore.h"
#include "ClusterProfile.h"
#include "LabSsh.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;

/// Benchmark campaigns end to end on the real Slurm lab (tests/lab/slurm-lab.sh): real sbatch, squeue, sacct, the
/// on-node sampler and Debian's sysbench and stress-ng on the nodes; energies from the lab's SIMULATED counters.
/// The CLI runs as its own process so that it can be killed as a crash would.
class TestCampaignLab : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    test::CampaignLabClient m_client;
    QString m_measured; ///< the killed-and-resumed campaign, once its runs completed: the active mode learns from it

    using CliResult = test::CampaignLabClient::CliResult;
    CliResult cli(const QStringList &args, const QString &fault = QString()) const { return m_client.cli(args, fault); }
    QByteArray remote(const QStringList &command) const { return m_client.remote(command); }
    QHash<QString, int> jobsByName(const QStringList &names) const { return m_client.jobsByName(names); }
    QList<CampaignRunRecord> runs(const QString &campaign) const { return m_client.runs(campaign); }
    QString plan(const QString &name, const QStringList &options) const { return m_client.plan(name, options); }
    static QStringList namesOf(const QList<CampaignRunRecord> &runs) { return test::CampaignLabClient::namesOf(runs); }

private slots:
    void initTestCase()
    {
        QString error;
        const bool lab = m_client.open("ES_TEST_SLURM_ENV", m_dir.filePath(QStringLiteral("campaigns.sqlite")), &error);
        if (!lab && error.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
        QVERIFY2(lab, qPrintable(error));
    }

    /// 2 workloads x 2 node counts x 3 repeats; the CLI is killed (SIGKILL) after its first submissions, resumed,
    /// and every planned run ran exactly once, with energy and a figure of merit; the dataset trains a model and
    /// feeds the advice replay.
    void killedAndResumedRunsEveryRunOnce()
    {
        const QString name =
            plan(QStringLiteral("kill"),
                 {QStringLiteral("--workload"), QStringLiteral("sysbench-cpu"), QStringLiteral("--workload"),
                  QStringLiteral("stress-ng-cpu"), QStringLiteral("--duration"), QStringLiteral("3"),
                  QStringLiteral("--vary"), QStringLiteral("nodes=1,2"), QStringLiteral("--repeats"),
                  QStringLiteral("3"), QStringLiteral("--sampler-interval"), QStringLiteral("1"),
                  QStringLiteral("--time-limit"), QStringLiteral("3")});
        QVERIFY(!name.isEmpty());
        QCOMPARE(runs(name).size(), 12);

        QProcess start;
        start.start(QStringLiteral(ES_CLI_PROGRAM),
                    {QStringLiteral("--db"), m_client.db(), QStringLiteral("campaign"), QStringLiteral("start"), name,
                     QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1"),
                     QStringLiteral("--max-in-flight"), QStringLiteral("3")});
        QVERIFY(start.waitForStarted());
        auto submitted = [&] {
            int n = 0;
            for (const CampaignRunRecord &r : runs(name))
                n += r.slurmJobId.isEmpty() ? 0 : 1;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(submitted() >= 2, 120000);
        start.kill();
        QVERIFY(start.waitForFinished(10000));
        int endedAtKill = 0;
        for (const CampaignRunRecord &r : runs(name))
            endedAtKill += r.isTerminal() ? 1 : 0;
        QVERIFY2(endedAtKill < 12, "the campaign ended before it could be killed");

        const CliResult resumed = cli({QStringLiteral("campaign"), QStringLiteral("resume"), name,
                                       QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.json.value(QStringLiteral("done")).toBool(), QJsonDocument(resumed.json).toJson().constData());
        const QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all.size(), 12); // no retries were needed
        const QHash<QString, int> jobs = jobsByName(namesOf(all));
        int slurmMeasured = 0;
        for (const CampaignRunRecord &r : all) {
            QVERIFY2(r.state == QLatin1String("completed"), qPrintable(r.jobName + u' ' + r.state + u' ' + r.message));
            QVERIFY2(jobs.value(r.jobName) == 1,
                     qPrintable(QStringLiteral("%1 ran %2 times").arg(r.jobName).arg(jobs.value(r.jobName))));
            QVERIFY2(r.energyJ && *r.energyJ > 0, qPrintable(r.jobName));
            // Slurm's energy when its poll of the (SIMULATED) counters caught the job, else the sampler's.
            QVERIFY2(r.energySource == QLatin1String("slurm") || r.energySource == QLatin1String("sampler"),
                     qPrintable(r.energySource));
            slurmMeasured += r.energySource == QLatin1String("slurm");
            QVERIFY2(r.samplerEnergyJ && *r.samplerEnergyJ > 0, qPrintable(r.jobName));
            QVERIFY2(r.fom && *r.fom > 0, qPrintable(r.jobName + u' ' + r.message));
        }
        qInfo("energy from Slurm for %d of 12 runs, from the sampler for the others", slurmMeasured);
        // Accounting keeps the comments here: each run's comment is on exactly one job.
        const QHash<QString, int> byComment = m_client.jobsByComment(namesOf(all));
        for (const CampaignRunRecord &r : all)
            QCOMPARE(byComment.value(CampaignDesign::comment(name, r.cellHash, r.repeatIndex, r.attempt)), 1);
        m_measured = name;

        const QString csv = m_dir.filePath(QStringLiteral("runs.csv"));
        QCOMPARE(
            cli({QStringLiteral("campaign"), QStringLiteral("export"), name, QStringLiteral("--out"), csv}).exitCode,
            0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 13);
        const CliResult trained =
            cli({QStringLiteral("train"), QStringLiteral("--csv"), csv, QStringLiteral("--target-column"),
                 QStringLiteral("energy_j"), QStringLiteral("--features"), QStringLiteral("workload:cat,nodes:num"),
                 QStringLiteral("--model"), QStringLiteral("rf"), QStringLiteral("--folds"), QStringLiteral("3"),
                 QStringLiteral("--no-save")});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        const CliResult replay =
            cli({QStringLiteral("advise"), QStringLiteral("replay"), QStringLiteral("--csv"), csv,
                 QStringLiteral("--target-column"), QStringLiteral("energy_j"), QStringLiteral("--time-column"),
                 QStringLiteral("duration_s"), QStringLiteral("--task-columns"), QStringLiteral("workload"),
                 QStringLiteral("--option-columns"), QStringLiteral("nodes"), QStringLiteral("--group-folds"),
                 QStringLiteral("2")});
        QVERIFY2(replay.exitCode == 0, replay.err.constData());
    }

    /// Active mode: from the measured 1- and 2-node runs, the proposal puts 3 nodes (never measured, extrapolated)
    /// first, plans the follow-up campaign, which runs; the next proposal then counts those runs.
    void activeModeProposesAndRunsTheWidestCells()
    {
        if (m_measured.isEmpty())
            QSKIP("needs the completed campaign of killedAndResumedRunsEveryRunOnce");
        const QString next = QStringLiteral("next") + m_client.suffix();
        const QStringList propose{QStringLiteral("campaign"),
                                  QStringLiteral("propose"),
                                  m_measured,
                                  QStringLiteral("--budget-core-hours"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--vary"),
                                  QStringLiteral("nodes=1,2,3"),
                                  QStringLiteral("--cores-per-node"),
                                  QStringLiteral("2")};
        const CliResult first = cli(propose + QStringList{QStringLiteral("--vary"), QStringLiteral("nodes=3"),
                                                          QStringLiteral("--name"), next, QStringLiteral("--plan")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonArray candidates = first.json.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 2); // 2 workloads x 3 nodes (the last --vary nodes wins)
        for (const QJsonValue &c : candidates) {
            QVERIFY2(c[u"chosen"_qs].toBool(), QJsonDocument(c.toObject()).toJson().constData());
            QCOMPARE(c[u"measured_runs"_qs].toInt(), 0);
            QVERIFY(c[u"energy_upper_j"_qs].toDouble() > c[u"energy_lower_j"_qs].toDouble());
        }
        const CliResult ran = cli({QStringLiteral("campaign"), QStringLiteral("start"), next, QStringLiteral("--wait"),
                                   QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(ran.exitCode == 0 && ran.json.value(QStringLiteral("done")).toBool(), ran.err.constData());
        const QList<CampaignRunRecord> nextRuns = runs(next);
        QCOMPARE(nextRuns.size(), 2);
        for (const CampaignRunRecord &r : nextRuns) {
            QVERIFY2(r.state == QLatin1String("completed"), qPrintable(r.state + u' ' + r.message));
            QCOMPARE(r.cell.value(QStringLiteral("nodes")).toInt(), 3);
            QCOMPARE(r.nodeList.isEmpty(), false);
        }
        const CliResult second = cli(propose);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        for (const QJsonValue &c : second.json.value(QStringLiteral("candidates")).toArray()) {
            if (c[u"nodes"_qs].toInt() != 3)
                continue;
            QCOMPARE(c[u"measured_runs"_qs].toInt(), 1);
            qInfo("%s on 3 nodes: 90%% interval %.0f to %.0f J after its run (log half width %.3f)",
                  qPrintable(c[u"workload"_qs].toString()), c[u"energy_lower_j"_qs].toDouble(),
                  c[u"energy_upper_j"_qs].toDouble(), c[u"log_half_width"_qs].toDouble());
        }
        for (const QJsonValue &c : candidates)
            qInfo("%s on 3 nodes: 90%% interval %.0f to %.0f J before (log half width %.3f)",
                  qPrintable(c[u"workload"_qs].toString()), c[u"energy_lower_j"_qs].toDouble(),
                  c[u"energy_upper_j"_qs].toDouble(), c[u"log_half_width"_qs].toDouble());
    }

    /// Arrival mode: a simulated half day of Poisson arrivals in 2 minutes; each job starts no earlier than its
    /// arrival (submitted with --begin), and every arrival ran once.
    void arrivalModeStartsJobsAtTheirArrival()
    {
        const QString name = QStringLiteral("arrive") + m_client.suffix();
        const QString file = m_dir.filePath(QStringLiteral("arrival.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            QJsonDocument(
                QJsonObject{{QStringLiteral("format"), 1},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("profile"), QStringLiteral("lab")},
                            {QStringLiteral("workloads"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sysbench-cpu")}}}},
                            {QStringLiteral("exclusive"), false},
                            {QStringLiteral("sampler_interval_s"), 1},
                            {QStringLiteral("time_limit_min"), 2},
                            {QStringLiteral("seed"), 3},
                            {QStringLiteral("arrival"),
                             QJsonObject{{QStringLiteral("simulated_hours"), 12},
                                         {QStringLiteral("compress"), 360},
                                         {QStringLiteral("start_hour"), 6},
                                         {QStringLiteral("day_rate_per_h"), 1.5},
                                         {QStringLiteral("night_rate_per_h"), 0.2},
                                         {QStringLiteral("burst_probability"), 0.3},
                                         {QStringLiteral("burst_size"), 1},
                                         {QStringLiteral("classes"),
                                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("short")},
                                                                 {QStringLiteral("share"), 3},
                                                                 {QStringLiteral("duration_s"), 2}},
                                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("wide")},
                                                                 {QStringLiteral("duration_s"), 4},
                                                                 {QStringLiteral("nodes"), 2}}}}}}})
                .toJson());
        out.close();
        const CliResult planned =
            cli({QStringLiteral("campaign"), QStringLiteral("plan"), QStringLiteral("--from"), file});
        QVERIFY2(planned.exitCode == 0, planned.err.constData());
        const int arrivals = planned.json.value(QStringLiteral("runs")).toInt();
        const double spanS = planned.json.value(QStringLiteral("arrival_span_s")).toDouble();
        QVERIFY2(arrivals >= 3 && spanS > 20, QJsonDocument(planned.json).toJson().constData());
        const CliResult done = cli({QStringLiteral("campaign"), QStringLiteral("start"), name, QStringLiteral("--wait"),
                                    QStringLiteral("--poll"), QStringLiteral("2")});
        QVERIFY2(done.exitCode == 0 && done.json.value(QStringLiteral("done")).toBool(), done.err.constData());

        Store store;
        QString error;
        QVERIFY2(store.open(m_client.db(), &error), qPrintable(error));
        const auto campaign = CampaignStore(store).campaign(name, &error);
        QVERIFY2(campaign, qPrintable(error));
        const CampaignDesign design(*campaign->spec(&error));
        const QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all.size(), arrivals);
        QCOMPARE(jobsByName(namesOf(all)).size(), arrivals);
        // Slurm's own record: when each job was submitted and when it became eligible (its --begin).
        const QByteArray accounting =
            remote({QStringLiteral("env"), QStringLiteral("SLURM_TIME_FORMAT=%s"), QStringLiteral("sacct"),
                    QStringLiteral("-n"), QStringLiteral("-X"), QStringLiteral("-P"), QStringLiteral("-o"),
                    QStringLiteral("JobName,Submit,Eligible,Start"), QStringLiteral("-S"), QStringLiteral("now-1days"),
                    QStringLiteral("-E"), QStringLiteral("now"), QStringLiteral("--name=") + namesOf(all).join(u',')});
        QHash<QString, QList<qint64>> times; // name -> submit, eligible, start
        for (const QByteArray &line : accounting.split('\n')) {
            const QList<QByteArray> f = line.trimmed().split('|');
            if (f.size() == 4)
                times.insert(QString::fromUtf8(f[0]), {f[1].toLongLong(), f[2].toLongLong(), f[3].toLongLong()});
        }
        QCOMPARE(times.size(), arrivals);
        const CampaignRunRecord &first = all.first(); // run order is arrival order
        const qint64 firstEligible = times.value(first.jobName).value(1);
        int heldBack = 0;
        for (const CampaignRunRecord &r : all) {
            QVERIFY2(r.state == QLatin1String("completed"), qPrintable(r.state + u' ' + r.message));
            const QList<qint64> t = times.value(r.jobName);
            const double scheduledS = design.runs()[r.order].beginOffsetS - design.runs()[first.order].beginOffsetS;
            // Eligible at its arrival (whole seconds, and sbatch's round trip), and not started before.
            QVERIFY2(std::abs(double(t[1] - firstEligible) - scheduledS) <= 3.0,
                     qPrintable(QStringLiteral("%1 eligible %2 s after the first arrival, scheduled at %3 s")
                                    .arg(r.jobName)
                                    .arg(t[1] - firstEligible)
                                    .arg(scheduledS)));
            QVERIFY(t[2] >= t[1]);
            heldBack += t[1] - t[0] > 5 ? 1 : 0;
        }
        QVERIFY2(heldBack * 2 >= arrivals, qPrintable(QStringLiteral("only %1 held back by --begin").arg(heldBack)));
        qInfo("%d arrivals over %.0f s, each eligible within 3 s of its schedule; %d held back by --begin", arrivals,
              spanS, heldBack);
    }

    /// Killed between sbatch and storing the job id: the next pass finds the job by its name and adopts it; nothing
    /// is submitted twice.
    void crashAfterSbatchAdoptsTheJob()
    {
        const QString name =
            plan(QStringLiteral("after"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("sleep 2; echo score=42"), QStringLiteral("--fom-regex"),
                  QStringLiteral("score=([0-9]+)"), QStringLiteral("--fom-unit"), QStringLiteral("points"),
                  QStringLiteral("--repeats"), QStringLiteral("1"), QStringLiteral("--sampler-interval"),
                  QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!name.isEmpty());
        const CliResult crashed =
            cli({QStringLiteral("campaign"), QStringLiteral("start"), name}, QStringLiteral("after-sbatch"));
        QCOMPARE(crashed.exitCode, 86);
        QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].state, QStringLiteral("submitting"));
        QVERIFY(all[0].slurmJobId.isEmpty());

        const CliResult status = cli({QStringLiteral("campaign"), QStringLiteral("status"), name});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        QCOMPARE(status.json.value(QStringLiteral("adopted_now")).toInt(), 1);
        QCOMPARE(status.json.value(QStringLiteral("submitted_now")).toInt(), 0);
        const CliResult resumed = cli({QStringLiteral("campaign"), QStringLiteral("resume"), name,
                                       QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0 && resumed.json.value(QStringLiteral("done")).toBool(), resumed.err.constData());
        all = runs(name);
        QCOMPARE(all[0].state, QStringLiteral("completed"));
        QCOMPARE(all[0].fom.value_or(0), 42.0);
        QCOMPARE(jobsByName(namesOf(all)).value(all[0].jobName), 1);
    }

    /// Killed after storing "submitting" but before sbatch ran: Slurm has no such job, the next pass submits it once.
    void crashBeforeSbatchSubmitsOnce()
    {
        const QString name =
            plan(QStringLiteral("before"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("echo score=7"), QStringLiteral("--fom-regex"), QStringLiteral("score=([0-9]+)"),
                  QStringLiteral("--fom-unit"), QStringLiteral("points"), QStringLiteral("--repeats"),
                  QStringLiteral("1"), QStringLiteral("--sampler-interval"), QStringLiteral("0"),
                  QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!name.isEmpty());
        QCOMPARE(
            cli({QStringLiteral("campaign"), QStringLiteral("start"), name}, QStringLiteral("before-sbatch")).exitCode,
            86);
        QCOMPARE(runs(name).value(0).state, QStringLiteral("submitting"));
        const CliResult resumed = cli({QStringLiteral("campaign"), QStringLiteral("resume"), name,
                                       QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0 && resumed.json.value(QStringLiteral("done")).toBool(), resumed.err.constData());
        const QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all[0].state, QStringLiteral("completed"));
        QCOMPARE(all[0].fom.value_or(0), 7.0);
        QCOMPARE(jobsByName(namesOf(all)).value(all[0].jobName), 1);
    }

    /// A figure of merit that the output does not have: the run is completed and says so (not dropped); a command
    /// that fails: the run is failed with Slurm's state and exit code; neither is tried again.
    void missingFigureOfMeritAndFailedCommand()
    {
        const QString name =
            plan(QStringLiteral("bad"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("echo no score here"), QStringLiteral("--fom-regex"), QStringLiteral("score=([0-9]+)"),
                  QStringLiteral("--fom-unit"), QStringLiteral("points"), QStringLiteral("--repeats"),
                  QStringLiteral("1"), QStringLiteral("--sampler-interval"), QStringLiteral("0"),
                  QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!name.isEmpty());
        const CliResult done = cli({QStringLiteral("campaign"), QStringLiteral("start"), name, QStringLiteral("--wait"),
                                    QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        const QList<CampaignRunRecord> all = runs(name);
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].state, QStringLiteral("completed"));
        QVERIFY(!all[0].fom);
        QVERIFY2(all[0].message.contains(QStringLiteral("figure of merit not found")), qPrintable(all[0].message));

        const QString failing =
            plan(QStringLiteral("fail"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("echo score=1; exit 7"), QStringLiteral("--fom-regex"),
                  QStringLiteral("score=([0-9]+)"), QStringLiteral("--fom-unit"), QStringLiteral("points"),
                  QStringLiteral("--repeats"), QStringLiteral("1"), QStringLiteral("--sampler-interval"),
                  QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!failing.isEmpty());
        const CliResult failed = cli({QStringLiteral("campaign"), QStringLiteral("start"), failing,
                                      QStringLiteral("--wait"), QStringLiteral("--poll"), QStringLiteral("1")});
        QVERIFY2(failed.exitCode == 0, failed.err.constData());
        const QList<CampaignRunRecord> failedRuns = runs(failing);
        QCOMPARE(failedRuns.size(), 1);
        QCOMPARE(failedRuns[0].state, QStringLiteral("failed"));
        QVERIFY2(failedRuns[0].message.startsWith(QStringLiteral("FAILED (exit 7:0)")),
                 qPrintable(failedRuns[0].message));
    }

    /// --stop-within: once three runs of a cell have measured energy within the interval asked, the cell's other
    /// repeats are skipped (one run at a time, so that results come in before the next submission).
    void stopsRepeatingAKnownCell()
    {
        const QString name = plan(
            QStringLiteral("stop"),
            {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
             QStringLiteral("sleep 2; echo score=3"), QStringLiteral("--fom-regex"), QStringLiteral("score=([0-9]+)"),
             QStringLiteral("--fom-unit"), QStringLiteral("points"), QStringLiteral("--repeats"), QStringLiteral("6"),
             QStringLiteral("--stop-within"), QStringLiteral("100"), QStringLiteral("--sampler-interval"),
             QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!name.isEmpty());
        const CliResult done = cli({QStringLiteral("campaign"), QStringLiteral("start"), name, QStringLiteral("--wait"),
                                    QStringLiteral("--poll"), QStringLiteral("1"), QStringLiteral("--max-in-flight"),
                                    QStringLiteral("1")});
        QVERIFY2(done.exitCode == 0 && done.json.value(QStringLiteral("done")).toBool(), done.err.constData());
        int completed = 0, skipped = 0;
        QString messages;
        for (const CampaignRunRecord &r : runs(name)) {
            completed += r.state == QLatin1String("completed");
            skipped += r.state == QLatin1String("skipped");
            messages += r.state + u' ' + r.message + u'\n';
        }
        QVERIFY2(completed >= 3 && completed + skipped == 6 && skipped >= 1, qPrintable(messages));
        QCOMPARE(jobsByName(namesOf(runs(name))).size(), completed);
    }

    /// A program the workload needs and the nodes lack, and a node count the cluster does not have: start refuses
    /// before submitting anything, naming the program and the node, or Slurm's reason.
    void refusedBeforeSubmitting()
    {
        const QString missing =
            plan(QStringLiteral("missing"),
                 {QStringLiteral("--workload"), QStringLiteral("command"), QStringLiteral("--command"),
                  QStringLiteral("es-no-such-program"), QStringLiteral("--program"),
                  QStringLiteral("es-no-such-program"), QStringLiteral("--fom-regex"), QStringLiteral("x=([0-9]+)"),
                  QStringLiteral("--fom-unit"), QStringLiteral("x"), QStringLiteral("--repeats"), QStringLiteral("1"),
                  QStringLiteral("--vary"), QStringLiteral("nodes=2"), QStringLiteral("--sampler-interval"),
                  QStringLiteral("0"), QStringLiteral("--time-limit"), QStringLiteral("2")});
        QVERIFY(!missing.isEmpty());
        const CliResult refused = cli({QStringLiteral("campaign"), QStringLiteral("start"), missing});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("es-no-such-program on node"), refused.err.constData());
        QCOMPARE(runs(missing).value(0).state, QStringLiteral("planned"));
        QVERIFY(jobsByName(namesOf(runs(missing))).isEmpty());

        const QString tooBig =
            plan(QStringLiteral("toobig"),
                 {QStringLiteral("--workload"), QStringLiteral("sysbench-cpu"), QStringLiteral("--vary"),
                  QStringLiteral("nodes=1,64"), QStringLiteral("--repeats"), QStringLiteral("1"),
                  QStringLiteral("--sampler-interval"), QStringLiteral("0"), QStringLiteral("--time-limit"),
                  QStringLiteral("2")});
        QVERIFY(!tooBig.isEmpty());
        const CliResult slurmSaysNo = cli({QStringLiteral("campaign"), QStringLiteral("start"), tooBig});
        QCOMPARE(slurmSaysNo.exitCode, 1);
        QVERIFY2(slurmSaysNo.err.contains("Slurm refuses sysbench-cpu on 64 node(s)"), slurmSaysNo.err.constData());
        QVERIFY(jobsByName(namesOf(runs(tooBig))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCampaignLab)
#include "TestCampaignLab.moc"
