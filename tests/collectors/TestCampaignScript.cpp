// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignScript.h"
#include "CampaignWorkload.h"
#include "SamplerParser.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The generated batch script, run by /bin/sh on this machine with a stand-in `srun` that drops its options and
/// runs its command (one node): the user's command reaches the node as written, a missing program stops the job
/// with exit 3 naming it, and inside the real on-node sampler (es-sampler-job.sh) the work is sampled.
class TestCampaignScript : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Ran
    {
        int exitCode = -1;
        QByteArray output;
    };

    Ran run(const CampaignSpec &spec, const CampaignWorkload &workload)
    {
        CampaignRunRecord record;
        record.cellHash = QStringLiteral("0123456789ab");
        record.jobName = QStringLiteral("es-t-01234567-r0a0");
        QFile script(m_dir.filePath(QStringLiteral("job.sh")));
        if (!script.open(QIODevice::WriteOnly) || script.write(CampaignScript::script(spec, workload, record)) < 0)
            return {};
        script.close();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), m_dir.filePath(QStringLiteral("bin")) + u':' + env.value(u"PATH"_qs));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("SLURM_JOB_ID"), QStringLiteral("77"));
        env.insert(QStringLiteral("SLURM_JOB_NUM_NODES"), QStringLiteral("1"));
        env.insert(QStringLiteral("SLURM_CPUS_ON_NODE"), QStringLiteral("1"));
        env.insert(QStringLiteral("SLURMD_NODENAME"), QStringLiteral("node7"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("/bin/sh"), {script.fileName()});
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitCode(), p.readAll()};
    }

    static CampaignSpec spec(int samplerIntervalS)
    {
        CampaignSpec s;
        s.name = QStringLiteral("t");
        s.profile = QStringLiteral("lab");
        s.samplerIntervalS = samplerIntervalS;
        return s;
    }

    static CampaignWorkload own(const QString &command, const QStringList &programs = {})
    {
        CampaignWorkload w;
        w.id = QStringLiteral("command");
        w.nodeCommand = command;
        w.programs = programs;
        w.fomPattern = QStringLiteral("score=([0-9]+)");
        w.fomUnit = QStringLiteral("points");
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        QFile srun(m_dir.filePath(QStringLiteral("bin/srun")));
        QVERIFY(srun.open(QIODevice::WriteOnly));
        srun.write("#!/bin/sh\n# stands in for Slurm's srun on one node: options dropped, the command run\n"
                   "while [ $# -gt 0 ] && [ \"${1#--}\" != \"$1\" ]; do shift; done\nexec \"$@\"\n");
        srun.close();
        QVERIFY(srun.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void runsTheCommandAsWritten()
    {
        // Quotes, $, ; and a newline in the user's command: the node's shell gets exactly this text.
        const Ran r = run(spec(0), own(QStringLiteral("x='it'\"'\"'s'; echo \"$x\"; echo score=$((6*7))\necho ok;")));
        QVERIFY2(r.exitCode == 0, r.output.constData());
        QVERIFY2(r.output.contains("\nit's\nscore=42\nok\n"), r.output.constData());
        QVERIFY(r.output.startsWith("es-campaign: start "));
        QVERIFY2(r.output.contains("es-campaign: end ") && r.output.endsWith(" status 0\n"), r.output.constData());
        QCOMPARE(CampaignWorkloads::figureOfMerit(own(QString()), r.output).value_or(0), 42.0);
    }

    void aMissingProgramStopsTheJob()
    {
        const Ran r = run(
            spec(0), own(QStringLiteral("echo never"), {QStringLiteral("sh"), QStringLiteral("es-no-such-program")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.output.contains("es-campaign: missing es-no-such-program on node7\n"), r.output.constData());
        QVERIFY(!r.output.contains("never"));
    }

    void theWorkRunsInsideTheSampler()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral(".energy-studio/bin")));
        for (const char *name : {ES_SAMPLER_SCRIPT, ES_SAMPLER_JOB_SCRIPT}) {
            const QString source = QString::fromUtf8(name);
            QVERIFY(QFile::copy(source,
                                m_dir.filePath(QStringLiteral(".energy-studio/bin/") + QFileInfo(source).fileName())));
        }
        const Ran r = run(spec(1), own(QStringLiteral("sleep 2; echo score=5")));
        QVERIFY2(r.exitCode == 0, r.output.constData());
        QFile samples(m_dir.filePath(QStringLiteral(".energy-studio/campaigns/t/samples/77.node7.samples")));
        QVERIFY2(samples.open(QIODevice::ReadOnly), qPrintable(samples.fileName()));
        const SamplerOutput out = SamplerParser::parseText(samples.readAll());
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QVERIFY(out.header.has_value());
        QVERIFY2(out.samples.size() >= 1, r.output.constData());
    }

    void sbatchOptions()
    {
        CampaignSpec s = spec(5);
        s.partition = QStringLiteral("fast");
        s.timeLimitMin = 20;
        CampaignRunRecord run;
        run.cellHash = QStringLiteral("0123456789ab");
        run.jobName = QStringLiteral("es-t-01234567-r1a2");
        run.repeatIndex = 1;
        run.attempt = 2;
        run.excludedNodes = QStringLiteral("node3");
        run.cell = {{QStringLiteral("nodes"), 2}, {QStringLiteral("cpu_freq"), QStringLiteral("low")}};
        QStringList expected;
        for (const char *o : {"--job-name=es-t-01234567-r1a2", "--comment=es-campaign:t:0123456789ab:r1a2", "--nodes=2",
                              "--ntasks-per-node=1", "--time=20", "--output=.energy-studio/campaigns/t/%j.out",
                              "--exclusive", "--mem=0", "--cpu-freq=low", "--partition=fast", "--exclude=node3"})
            expected << QString::fromLatin1(o);
        QCOMPARE(CampaignScript::sbatchOptions(s, run), expected);
        // Arrival mode: relative to now, whatever the cluster's time zone; nothing when the arrival is due.
        QCOMPARE(CampaignScript::sbatchOptions(s, run, 75), expected + QStringList{QStringLiteral("--begin=now+75")});
        QCOMPARE(CampaignScript::sbatchOptions(s, run, 0), expected);
    }
};

QTEST_GUILESS_MAIN(TestCampaignScript)
#include "TestCampaignScript.moc"
