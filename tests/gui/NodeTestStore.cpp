// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "NodeTestStore.h"

#include "Hostlist.h"
#include "Job.h"
#include "JobMetricsDeriver.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "Store.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace es::test {

QStringList NodeTestStore::nodeNames()
{
    return {QStringLiteral("node01"), QStringLiteral("node02"), QStringLiteral("node03"), QStringLiteral("node04")};
}

QList<NodeTestJob> NodeTestStore::jobs()
{
    return {
        {QStringLiteral("101"), QStringLiteral("solo"), QStringLiteral("node01"), 600, 3000, 8},
        {QStringLiteral("102"), QStringLiteral("pair"), QStringLiteral("node[01-02]"), 3600, 7200, 16},
        {QStringLiteral("103"), QStringLiteral("other pair"), QStringLiteral("node[03-04]"), 1800, 9000, 12},
        {QStringLiteral("104"), QStringLiteral("split"), QStringLiteral("node[02,04]"), 8000, 12000, 8},
        {QStringLiteral("105"), QStringLiteral("short"), QStringLiteral("node02"), 12600, 14400, 4},
        {QStringLiteral("106_1"), QStringLiteral("array task"), QStringLiteral("node01"), 10000, 15000, 6},
        {QStringLiteral("107"), QStringLiteral("still running"), QStringLiteral("node03"), 15000, std::nullopt, 8},
        {QStringLiteral("108"), QStringLiteral("bad list"), QStringLiteral("node[1-"), 2000, 4000, 2},
        {QStringLiteral("109"), QStringLiteral("garbage list"), garbageNodeList(), 2500, 5000, 2},
        {QStringLiteral("110"), QStringLiteral("before"), QStringLiteral("node01"), -7200, -3600, 8},
        {QStringLiteral("111"), QStringLiteral("late <b>markup</b>"), QStringLiteral("node04"), 16000, 20000, 8},
    };
}

QString NodeTestStore::garbageNodeList()
{
    QRandomGenerator random(20251121);
    QByteArray bytes(64, '\0');
    for (char &byte : bytes)
        byte = char(random.bounded(1, 256));
    return QString::fromLatin1(bytes);
}

NodeSample NodeTestStore::samplerSample(const QString &node, qint64 ts)
{
    int busyCpus = 0;
    for (const NodeTestJob &job : jobs()) {
        const qint64 start = kStartTs + job.startOffsetS;
        const qint64 end = job.endOffsetS ? kStartTs + *job.endOffsetS : std::numeric_limits<qint64>::max();
        if (ts < start || ts >= end)
            continue;
        QString error;
        const std::optional<QStringList> names = Hostlist::expand(job.nodeList, &error);
        if (names && names->contains(node))
            busyCpus += job.cpus / int(names->size());
    }
    const double phase = double(ts % 86400) / 900.0 + double(node.right(1).toInt());
    const double utilPct =
        std::clamp(3.0 + 94.0 * std::min(busyCpus, kNodeCpus) / kNodeCpus + 2.0 * std::sin(phase * 7.3), 0.0, 100.0);
    NodeSample sample;
    sample.node = node;
    sample.ts = ts;
    sample.source = QStringLiteral("sampler");
    sample.cpuUtilPct = utilPct;
    sample.load1 = utilPct / 100.0 * kNodeCpus + 0.05;
    sample.memUsedMb = 900 + 60 * busyCpus;
    sample.tempC = ts == kSpikeTs && node == u"node01" ? kSpikeTempC : 34.0 + 0.38 * utilPct + 1.2 * std::sin(phase);
    sample.freqMhz = utilPct > 10 ? 3300 - 4 * utilPct : 1200 + 20 * utilPct;
    sample.powerW = 82 + 1.85 * utilPct;
    sample.energyJ = *sample.powerW * kStepS;
    return sample;
}

bool NodeTestStore::appendSamples(const QString &location, const QString &node, qint64 fromTs, qint64 toTs,
                                  QString *error)
{
    Store store;
    if (!store.open(location, error))
        return false;
    NodeSampleWriter writer(store, QStringLiteral("lab"));
    if (!writer.begin(error))
        return false;
    for (qint64 ts = fromTs; ts <= toTs; ts += kStepS) {
        if (!writer.add(samplerSample(node, ts), error))
            return false;
    }
    return writer.commit(error);
}

bool NodeTestStore::write(const QString &location, QString *error)
{
    Store store;
    if (!store.open(location, error))
        return false;
    {
        JobWriter writer(store, QStringLiteral("lab"));
        if (!writer.begin(error))
            return false;
        for (const NodeTestJob &testJob : jobs()) {
            Job job;
            job.jobId = testJob.jobId;
            job.name = testJob.name;
            job.user = QStringLiteral("alice");
            job.partition = QStringLiteral("batch");
            job.state = testJob.endOffsetS ? QStringLiteral("COMPLETED") : QStringLiteral("RUNNING");
            job.submitTs = kStartTs + testJob.startOffsetS - 30;
            job.startTs = kStartTs + testJob.startOffsetS;
            if (testJob.endOffsetS) {
                job.endTs = kStartTs + *testJob.endOffsetS;
                job.elapsedS = *testJob.endOffsetS - testJob.startOffsetS;
            }
            job.allocCpus = testJob.cpus;
            job.nodeList = testJob.nodeList;
            if (!writer.addJob(job, error))
                return false;
        }
        if (!writer.commit(error))
            return false;
    }
    {
        NodeSampleWriter writer(store, QStringLiteral("lab"));
        if (!writer.begin(error))
            return false;
        for (const QString &node : nodeNames()) {
            for (qint64 offset = 0; offset < kDurationS; offset += kStepS) {
                if (node == u"node04" && offset >= kGapFromS && offset < kGapToS)
                    continue;
                if (!writer.add(samplerSample(node, kStartTs + offset), error))
                    return false;
                if (node == u"node01" && offset % 60 == 0) {
                    NodeSample slurm;
                    slurm.node = node;
                    slurm.ts = kStartTs + offset;
                    slurm.source = QStringLiteral("slurm");
                    slurm.powerW = std::round(*samplerSample(node, slurm.ts).powerW + 6);
                    if (!writer.add(slurm, error))
                        return false;
                }
            }
        }
        if (!writer.commit(error))
            return false;
    }
    JobMetricsDeriver deriver(store);
    JobMetricsDeriveSummary summary;
    return deriver.derive(QStringLiteral("lab"), JobMetricsDeriveOptions{}, &summary, error);
}

} // namespace es::test
