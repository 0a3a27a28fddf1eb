// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterProfile.h"
#include "SamplerCollector.h"
#include "SamplerParser.h"
#include "SshEndpoint.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// What the sampler collector sends to a cluster, run here with the local /bin/sh (dash): the live command (the
/// whole script quoted as one argument), the embedded scripts being the ones of the source tree, the jump host's
/// ProxyCommand, and the in-job wrapper's refusals outside a job.
class TestSamplerCommands : public QObject
{
    Q_OBJECT
private:
    static QByteArray sourceFile(const char *path)
    {
        QFile file(QString::fromUtf8(path));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", path);
        return file.readAll();
    }

private slots:
    void embeddedScriptsAreTheSources()
    {
        QCOMPARE(SamplerCollector::samplerScript(), sourceFile(ES_SAMPLER_SCRIPT));
        QCOMPARE(SamplerCollector::jobWrapperScript(), sourceFile(ES_SAMPLER_JOB_SCRIPT));
    }

    /// The command as an SSH server's shell would run it: this machine's real /proc, 5 samples, parsed back.
    void liveCommandRunsUnderSh()
    {
        SamplerLiveOptions options;
        options.intervalS = 0.2;
        options.durationS = 1; // 5 samples of 0.2 s
        const QString command = SamplerCollector::liveCommand(options, QStringLiteral("n1"));
        QVERIFY(command.startsWith(QStringLiteral("sh -c '#!/bin/sh")));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(sh.waitForFinished(30000));
        QCOMPARE(sh.exitCode(), 0);
        const SamplerOutput out = SamplerParser::parseText(sh.readAllStandardOutput());
        QVERIFY2(out.errors.isEmpty(), qPrintable(out.errors.join(u'\n')));
        QCOMPARE(out.samples.size(), 5);
        QVERIFY(out.samples.first().cpuUtilPct);
        QVERIFY(out.samples.first().memUsedMb);
    }

    void srunCommandNamesTheNode()
    {
        SamplerLiveOptions options;
        options.reach = SamplerReach::Srun;
        options.intervalS = 2;
        options.durationS = 9;
        options.srunJobId = QStringLiteral("123");
        const QString command = SamplerCollector::liveCommand(options, QStringLiteral("cn-7"));
        QVERIFY(command.startsWith(
            QStringLiteral("srun --quiet --overlap --nodes=1 --ntasks=1 --nodelist=cn-7 --jobid=123 sh -c '")));
        QVERIFY(command.endsWith(QStringLiteral("' es-sampler.sh -i 2 -n 4")));
        // a node name that is not a plain word stays one quoted argument
        const QString odd = SamplerCollector::liveCommand(options, QStringLiteral("x;rm -rf ~"));
        QVERIFY(odd.contains(QStringLiteral("'--nodelist=x;rm -rf ~'")));
    }

    void jumpHostProxyCommand()
    {
        ClusterProfile profile;
        profile.host = QStringLiteral("login.example.org");
        profile.port = 2222;
        profile.user = QStringLiteral("alice");
        profile.keyFile = QStringLiteral("/home/alice/.ssh/id ed25519");
        profile.knownHostsFile = QStringLiteral("/home/alice/kh");
        SamplerLiveOptions options;
        options.reach = SamplerReach::Jump;
        options.nodePort = 22;
        const SshEndpoint e = SamplerCollector::nodeEndpoint(profile, options, QStringLiteral("cn1"));
        QCOMPARE(e.host, QStringLiteral("cn1"));
        QCOMPARE(e.port, 22);
        QCOMPARE(e.user, QStringLiteral("alice"));
        QCOMPARE(e.proxyCommand, QStringLiteral("ssh -W %h:%p -o BatchMode=yes -p 2222 -i '/home/alice/.ssh/id "
                                                "ed25519' -o UserKnownHostsFile=/home/alice/kh "
                                                "alice@login.example.org"));
        options.reach = SamplerReach::Direct;
        QVERIFY(SamplerCollector::nodeEndpoint(profile, options, QStringLiteral("cn1")).proxyCommand.isEmpty());
        options.reach = SamplerReach::Srun;
        QCOMPARE(SamplerCollector::nodeEndpoint(profile, options, QStringLiteral("cn1")).host, profile.host);
    }

    void jobWrapperRefusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("inJob");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{QStringLiteral("-i"), QStringLiteral("1")} << true
                                    << QStringLiteral("usage: es-sampler-job.sh");
        QTest::newRow("bad interval") << QStringList{QStringLiteral("-i"), QStringLiteral("1x"), QStringLiteral("true")}
                                      << true << QStringLiteral("usage: es-sampler-job.sh");
        QTest::newRow("bad option") << QStringList{QStringLiteral("-z"), QStringLiteral("true")} << true
                                    << QStringLiteral("usage: es-sampler-job.sh");
        QTest::newRow("outside a job") << QStringList{QStringLiteral("true")} << false
                                       << QStringLiteral("not inside a Slurm job");
        QTest::newRow("no sampler") << QStringList{QStringLiteral("-s"), QStringLiteral("/nonexistent/s.sh"),
                                                   QStringLiteral("true")}
                                    << true << QStringLiteral("cannot read the sampler /nonexistent/s.sh");
    }

    void jobWrapperRefusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, inJob);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SLURM_JOB_ID"));
        if (inJob)
            env.insert(QStringLiteral("SLURM_JOB_ID"), QStringLiteral("77"));
        env.insert(QStringLiteral("HOME"), dir.path());
        sh.setProcessEnvironment(env);
        sh.start(QStringLiteral("/bin/sh"), QStringList{QStringLiteral(ES_SAMPLER_JOB_SCRIPT)} + arguments);
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.exitCode(), 2);
        const QString err = QString::fromUtf8(sh.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".energy-studio")))); // nothing created
    }
};

QTEST_GUILESS_MAIN(TestSamplerCommands)
#include "TestSamplerCommands.moc"
