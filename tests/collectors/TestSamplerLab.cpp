// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LabSsh.h"
#include "SamplerParser.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "TestStores.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace es;

/// The sampler run INSIDE a Slurm job step on the lab (tests/lab/slurm-lab.sh) over SSH, as the lab user: the node's
/// mount namespace shows the lab's SIMULATED pm_counters, RAPL, hwmon and cpufreq files, so every sensor path of the
/// script is exercised on a "node". Nothing measured here is real.
class TestSamplerLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;

private slots:
    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
    }

    void samplerInAJobStep()
    {
        const QString script =
            test::publishForLabUser(QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("/tmp/es-test-sampler"));
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(ssh.run(shell::join({QStringLiteral("srun"), QStringLiteral("-w"), QStringLiteral("node1"),
                                      QStringLiteral("-N1"), QStringLiteral("-n1"), QStringLiteral("-t"),
                                      QStringLiteral("2"), QStringLiteral("sh"), script, QStringLiteral("-i"),
                                      QStringLiteral("1"), QStringLiteral("-n"), QStringLiteral("3")}),
                         &out, &error),
                 qPrintable(error));
        const SamplerOutput parsed = SamplerParser::parseText(out);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY(parsed.header);
        QCOMPARE(parsed.samples.size(), 3);
        for (const SamplerMissing &m : parsed.missing) {
            QVERIFY2(m.source != u"cray" && m.source != u"rapl" && m.source != u"hwmon" && m.source != u"cpufreq",
                     qPrintable(m.source + QStringLiteral(": ") + m.reason));
        }
        for (const NodeSampleRecord &s : parsed.samples) {
            // the SIMULATED node1 draws 90-250 W, its RAPL package 55 % of that, at 1.2-3.0 GHz
            QVERIFY2(s.powerCrayW && *s.powerCrayW >= 90 && *s.powerCrayW <= 250, qPrintable(QString::fromUtf8(out)));
            QVERIFY(s.energyCrayJ && *s.energyCrayJ >= 0);
            QVERIFY(s.temperaturesC.contains(QStringLiteral("simulated_SIMULATED_Package_id_0")));
            QVERIFY(s.freqAvgMhz && *s.freqAvgMhz >= 1200 && *s.freqAvgMhz <= 3000);
            // across the lab counter's frequent wrap the delta stays positive and plausible
            QVERIFY2(s.powerRaplW && *s.powerRaplW >= 0 && *s.powerRaplW < 400, qPrintable(QString::fromUtf8(out)));
        }
        qInfo().noquote() << "sampler on node1 (SIMULATED sensors):\n" << out;
    }
};

QTEST_GUILESS_MAIN(TestSamplerLab)
#include "TestSamplerLab.moc"
