// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "AlertThresholds.h"
#include "EventLog.h"
#include "LabSsh.h"
#include "NodeSampleWriter.h"
#include "SamplerParser.h"
#include "SamplerSampleConverter.h"
#include "ShellQuote.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace es;

/// A thermal alert fires in the Slurm lab (tests/lab/slurm-lab.sh) when a node with SIMULATED sensors heats up.
/// Over SSH, a job on node1 runs the on-node sampler (it reads the node's SIMULATED hwmon temperature) while two
/// busy loops load the node's CPUs; the SIMULATED temperature follows the node's power. The samples go through
/// SamplerParser, SamplerSampleConverter and NodeSampleWriter into a store, with node1's warning threshold set just
/// above its lowest temperature, and AlertEvaluator must open a temp_warning event, once. Nothing here is measured.
class TestAlertsLab : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_lab = test::labEnvironment("ES_TEST_SLURM_ENV");
        if (m_lab.isEmpty())
            QSKIP("no Slurm lab for this run (run through ctest)");
    }

    void alertFiresOnSimulatedHotNode()
    {
        const QString sampler =
            test::publishForLabUser(QStringLiteral(ES_SAMPLER_SCRIPT), QStringLiteral("/tmp/es-test-alerts"));
        // sampler every 2 s for 46 s; after 4 s, two busy loops for 30 s; the job's shell script is one quoted
        // argument of `sh -c`
        const QString jobScript = QStringLiteral("sh \"$1\" -i 2 -n 23 & s=$!; sleep 4; "
                                                 "(while :; do :; done) & a=$!; (while :; do :; done) & b=$!; "
                                                 "sleep 30; kill $a $b; wait $s");
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        QByteArray out;
        QVERIFY2(ssh.run(shell::join({QStringLiteral("srun"), QStringLiteral("-w"), QStringLiteral("node1"),
                                      QStringLiteral("-N1"), QStringLiteral("-n1"), QStringLiteral("-c2"),
                                      QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-J"),
                                      QStringLiteral("es-alerts-heat"), QStringLiteral("sh"), QStringLiteral("-c"),
                                      jobScript, QStringLiteral("es-heat"), sampler}),
                         &out, &error),
                 qPrintable(error));
        const SamplerOutput parsed = SamplerParser::parseText(out);
        QVERIFY2(parsed.errors.isEmpty(), qPrintable(parsed.errors.join(u'\n')));
        QVERIFY2(parsed.samples.size() >= 20, qPrintable(QString::fromUtf8(out)));

        Store store;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("lab-alerts.sqlite")), &error), qPrintable(error));
        NodeSampleWriter writer(store, QStringLiteral("lab"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        QList<double> temps;
        for (const NodeSampleRecord &record : parsed.samples) {
            const NodeSample sample = SamplerSampleConverter::toNodeSample(record, QStringLiteral("node1"));
            QVERIFY(sample.tempC);
            temps << *sample.tempC;
            QVERIFY2(writer.add(sample, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        // The lowest reading is the node at (or cooling towards) idle; on a busy build machine the loops get only
        // part of the CPUs, so the rise is a few °C: the threshold sits 1.5 °C above that low.
        const double idleC = *std::min_element(temps.cbegin(), temps.cend());
        const double peakC = *std::max_element(temps.cbegin(), temps.cend());
        const double thresholdC = idleC + 1.5;
        qInfo("node1 SIMULATED temperature: %.1f °C at the start, %.1f °C at the lowest, %.1f °C at the peak",
              temps.constFirst(), idleC, peakC);
        QVERIFY2(peakC >= thresholdC, "the busy loops did not heat the SIMULATED node");

        QVERIFY2(AlertThresholds::set(store, QStringLiteral("lab"), QStringLiteral("node1"), {thresholdC, idleC + 100},
                                      &error),
                 qPrintable(error));
        AlertEvaluator evaluator(store);
        AlertEvaluationSummary summary;
        QVERIFY2(evaluator.evaluate(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.eventsNew, qint64(1));
        const AlertEvent &event = summary.newEvents.constFirst();
        QCOMPARE(event.kind, AlertEvent::tempWarningKind());
        QCOMPARE(event.node, QStringLiteral("node1"));
        QCOMPARE(event.value, peakC);
        QCOMPARE(event.threshold, thresholdC);
        QVERIFY(event.tsStart >= parsed.samples.constFirst().tsEpochS);
        QVERIFY(event.tsStart <= parsed.samples.constLast().tsEpochS);
        QVERIFY(evaluator.evaluate(QStringLiteral("lab"), {}, &summary, &error));
        QCOMPARE(summary.eventsNew, qint64(0));
        EventFilter filter;
        QCOMPARE(EventLog::list(store, filter, &error)->size(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestAlertsLab)
#include "TestAlertsLab.moc"
