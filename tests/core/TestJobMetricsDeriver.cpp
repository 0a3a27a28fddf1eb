// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobMetricsDeriver.h"
#include "JobWriter.h"
#include "NodeSampleWriter.h"
#include "Store.h"
#include "TestStores.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;

namespace {

constexpr qint64 T0 = 1700000000;

/// One row of job_metrics, NaN for NULL.
struct Row
{
    double tempAvg, tempPeak, freq, util, mem, duration, energy, power;
    QString source;
};

bool near(double actual, double expected)
{
    if (std::isnan(expected))
        return std::isnan(actual);
    return std::abs(actual - expected) <= 1e-6 * std::max(1.0, std::abs(expected));
}

} // namespace

/// The derivation on both engines (global data rows "sqlite" and "postgres"), against a scenario computed by hand.
///
/// Nodes n1 and n2 (cpus unknown), samples every 60 s from T0 to T0+2400 (source "sampler"); a sample at ts stands
/// for (ts - 60, ts].
///   n1  ts in [0, 600]:     power 250 W (energy 15000 J), util 100 %, temp 60, freq 3000, mem 1000
///       ts in (600, 1200]:  power 100 W (6000 J),  util   0 %, temp 40, freq 1200, mem  200
///       ts in (1200, 1800]: power 200 W (12000 J), util  75 %, temp 55, freq 2500, mem 3000
///       ts in (1800, 2400]: power 160 W (9600 J),  util  60 %, temp 50, freq 2000, mem 2500
///   n2  ts = 60k, k = 0..20 (to 1200): k mod 4 = 0 -> (util 0 %, 100 W), 1 -> (0 %, 120 W), 2 -> (100 %, 280 W),
///       3 -> (100 %, 300 W); then no sample until 1860; ts 1860..2100: util 40 %, temp 45, no power;
///       ts 2160..2400: util 80 %, temp 65, no power.
/// Jobs (times relative to T0):
///   A  n1 [0, 600]      8 CPUs, slurm energy 50000 J, no max_rss: alone on n1 -> "slurm"
///   B  n1 [1200, 1800]  2 CPUs, slurm energy 99999 J (ignored: shared), max_rss 512
///   C  n1 [1200, 2400]  6 CPUs: shares n1 with B over [1200, 1800) -> "counter" for both
///   D  n2 [1800, 2400]  4 CPUs, max_rss 2048, no meter over its span -> "model"
///   G  n[3-4] [0, 100]  2 CPUs, nodes without any sample -> "model" with the defaults
///   H  no node list [0, 50] -> no energy
///   I  n1 [5000, 5100], metrics imported as "dataset" -> left alone
///   R  n2, started at 3000, still running -> not derived
class TestJobMetricsDeriver : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    void writeScenario()
    {
        NodeSampleWriter samples(*m_store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(samples.begin(&error), qPrintable(error));
        for (qint64 t = 0; t <= 2400; t += 60) {
            NodeSample s;
            s.node = QStringLiteral("n1");
            s.ts = T0 + t;
            s.source = QStringLiteral("sampler");
            struct Phase
            {
                double power, util, temp, freq, mem;
            };
            const Phase p = t <= 600    ? Phase{250, 100, 60, 3000, 1000}
                            : t <= 1200 ? Phase{100, 0, 40, 1200, 200}
                            : t <= 1800 ? Phase{200, 75, 55, 2500, 3000}
                                        : Phase{160, 60, 50, 2000, 2500};
            s.powerW = p.power;
            s.energyJ = p.power * 60;
            s.cpuUtilPct = p.util;
            s.tempC = p.temp;
            s.freqMhz = p.freq;
            s.memUsedMb = p.mem;
            QVERIFY2(samples.add(s, &error), qPrintable(error));
        }
        for (int k = 0; k <= 20; ++k) {
            NodeSample s;
            s.node = QStringLiteral("n2");
            s.ts = T0 + 60 * k;
            s.source = QStringLiteral("sampler");
            s.cpuUtilPct = k % 4 < 2 ? 0 : 100;
            s.powerW = k % 4 == 0 ? 100 : k % 4 == 1 ? 120 : k % 4 == 2 ? 280 : 300;
            QVERIFY2(samples.add(s, &error), qPrintable(error));
        }
        for (qint64 t = 1860; t <= 2400; t += 60) {
            NodeSample s;
            s.node = QStringLiteral("n2");
            s.ts = T0 + t;
            s.source = QStringLiteral("sampler");
            s.cpuUtilPct = t <= 2100 ? 40 : 80;
            s.tempC = t <= 2100 ? 45 : 65;
            QVERIFY2(samples.add(s, &error), qPrintable(error));
        }
        QVERIFY2(samples.commit(&error), qPrintable(error));

        JobWriter jobs(*m_store, QStringLiteral("lab"));
        QVERIFY2(jobs.begin(&error), qPrintable(error));
        auto job = [&](const char *id, const char *nodes, qint64 start, std::optional<qint64> end, int cpus) {
            Job j;
            j.jobId = QString::fromUtf8(id);
            j.nodeList = QString::fromUtf8(nodes);
            j.startTs = T0 + start;
            if (end)
                j.endTs = T0 + *end;
            j.allocCpus = cpus;
            j.state = end ? QStringLiteral("COMPLETED") : QStringLiteral("RUNNING");
            return j;
        };
        Job a = job("A", "n1", 0, 600, 8);
        a.energyJ = 50000;
        a.energySource = QStringLiteral("slurm");
        Job b = job("B", "n1", 1200, 1800, 2);
        b.energyJ = 99999;
        b.energySource = QStringLiteral("slurm");
        b.maxRssMb = 512;
        Job d = job("D", "n2", 1800, 2400, 4);
        d.maxRssMb = 2048;
        for (const Job &j :
             {a, b, job("C", "n1", 1200, 2400, 6), d, job("G", "n[3-4]", 0, 100, 2), job("H", "", 0, 50, 1),
              job("I", "n1", 5000, 5100, 1), job("R", "n2", 3000, std::nullopt, 1)})
            QVERIFY2(jobs.addJob(j, &error), qPrintable(error));
        JobMetrics dataset;
        dataset.jobId = QStringLiteral("I");
        dataset.energyJ = 1234;
        dataset.energySource = QStringLiteral("dataset");
        QVERIFY2(jobs.addMetrics(dataset, &error), qPrintable(error));
        QVERIFY2(jobs.commit(&error), qPrintable(error));
    }

    std::optional<Row> row(const QString &jobId)
    {
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral(
            "SELECT m.node_temp_avg_c, m.node_temp_peak_c, m.cpu_freq_avg_mhz, m.cpu_util_pct, m.mem_mb, "
            "m.duration_s, m.energy_j, m.power_avg_w, m.energy_source FROM job_metrics m JOIN jobs j ON "
            "j.id = m.job_pk WHERE j.job_id = ?"));
        query.addBindValue(jobId);
        if (!query.exec() || !query.next())
            return std::nullopt;
        auto v = [&](int i) { return query.value(i).isNull() ? std::nan("") : query.value(i).toDouble(); };
        return Row{v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7), query.value(8).toString()};
    }

    void check(const QString &jobId, const Row &expected)
    {
        const auto actual = row(jobId);
        QVERIFY2(actual, qPrintable(jobId));
        const double a[] = {actual->tempAvg, actual->tempPeak, actual->freq,   actual->util,
                            actual->mem,     actual->duration, actual->energy, actual->power};
        const double e[] = {expected.tempAvg, expected.tempPeak, expected.freq,   expected.util,
                            expected.mem,     expected.duration, expected.energy, expected.power};
        const char *names[] = {"temp avg", "temp peak", "freq", "util", "mem", "duration", "energy", "power"};
        for (int i = 0; i < 8; ++i)
            QVERIFY2(near(a[i], e[i]), qPrintable(QStringLiteral("%1 %2: %3, expected %4")
                                                      .arg(jobId, QString::fromUtf8(names[i]))
                                                      .arg(a[i], 0, 'g', 12)
                                                      .arg(e[i], 0, 'g', 12)));
        QCOMPARE(actual->source, expected.source);
    }

    JobMetricsDeriveSummary derive(JobMetricsDeriveOptions options = {})
    {
        JobMetricsDeriver deriver(*m_store);
        JobMetricsDeriveSummary summary;
        QString error;
        if (!deriver.derive(QStringLiteral("lab"), options, &summary, &error))
            qFatal("derive: %s", qPrintable(error));
        return summary;
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }
    void init() { m_store = test::openFreshStore(m_dir); }
    void cleanup() { m_store.reset(); }

    void fitsIdleAndPeakByLeastSquares()
    {
        // mean u = 0.5, mean P = 200; Suu = 4 * 0.25 = 1; SuP = 50 + 40 + 0 + 40 + 50 = 180
        // slope 180, intercept 200 - 180 * 0.5 = 110: P_idle 110, P_max 290.
        const double util[] = {0, 0, 0.5, 1, 1};
        const double power[] = {100, 120, 200, 280, 300};
        PowerModel m = JobMetricsDeriver::fitPowerModel(util, power);
        QVERIFY(m.fitted);
        QVERIFY(near(m.idleW, 110));
        QVERIFY(near(m.maxW, 290));
        m = JobMetricsDeriver::fitPowerModel({}, {});
        QVERIFY(!m.fitted);
        QCOMPARE(m.idleW, 100.0);
        QCOMPARE(m.maxW, 300.0);
        const double flatUtil[] = {0.5, 0.5};
        const double flatPower[] = {150, 170};
        m = JobMetricsDeriver::fitPowerModel(flatUtil, flatPower);
        QVERIFY(near(m.idleW, 160) && near(m.maxW, 160));
    }

    void handComputedScenario()
    {
        writeScenario();
        const JobMetricsDeriveSummary summary = derive();
        QCOMPARE(summary.jobs, qint64(6)); // A B C D G H
        QCOMPARE(summary.slurm, qint64(1));
        QCOMPARE(summary.counter, qint64(2));
        QCOMPARE(summary.model, qint64(2));
        QCOMPARE(summary.noEnergy, qint64(1));
        QCOMPARE(summary.keptDataset, qint64(1));
        QCOMPARE(summary.badNodeLists, qint64(0));
        QCOMPARE(summary.metricsWritten, qint64(6));
        const double none = std::nan("");

        // A: samples ts 0..600 (11), all of the first phase. Exclusive: Slurm's 50000 J over 600 s.
        // mem: no max_rss, exclusive: n1's peak mem_used 1000.
        check(QStringLiteral("A"), {60, 60, 3000, 100, 1000, 600, 50000, 50000.0 / 600, QStringLiteral("slurm")});

        // B: samples ts 1200..1800 (11): ts 1200 from (600,1200] (temp 40, freq 1200, util 0), 10 of (1200,1800].
        // temp (40 + 10*55)/11 = 590/11; freq (1200 + 10*2500)/11 = 26200/11; util (0 + 10*75)/11 = 750/11.
        // Energy: n1 over [1200,1800) = 10 intervals * 12000 J = 120000 J, B's share 2/(2+6) = 1/4 -> 30000 J,
        // 30000/600 = 50 W. mem: max_rss 512.
        check(QStringLiteral("B"),
              {590.0 / 11, 55, 26200.0 / 11, 750.0 / 11, 512, 600, 30000, 50, QStringLiteral("counter")});

        // C: samples ts 1200..2400 (21): 1 x (40, 1200, 0), 10 x (55, 2500, 75), 10 x (50, 2000, 60).
        // temp 1090/21, freq 46200/21 = 2200, util 1350/21. Energy: 3/4 * 120000 = 90000 J with B, then alone
        // over [1800,2400): 10 * 9600 = 96000 J: 186000 J over 1200 s = 155 W. mem: shared, no max_rss: NULL.
        check(QStringLiteral("C"),
              {1090.0 / 21, 55, 2200, 1350.0 / 21, none, 1200, 186000, 155, QStringLiteral("counter")});

        // D: n2's fit from its 21 metered samples: util 0 -> 6 x 100 W + 5 x 120 W (mean 1200/11),
        // util 1 -> 5 x 280 + 5 x 300 (mean 290); least squares with two utilisations goes through both means:
        // P_idle = 1200/11 = 109.09 W, P_max = 290 W.
        // Utilisation over [1800,2400): interval (1200,1860] (60 s inside) and 4 more up to 2100 at 40 %,
        // 5 intervals (2100,2400] at 80 %: 300 s * 0.4 + 300 s * 0.8 -> 0.6.
        // P = 1200/11 + (290 - 1200/11) * 0.6 = 480/11 + 174 = 217.636 W; E = 600 * P = 288000/11 + 104400 J.
        // Samples in [1800,2400]: ts 1860..2400: temp (5*45 + 5*65)/10 = 55, peak 65; util (5*40 + 5*80)/10 = 60.
        const double dPowerW = 480.0 / 11 + 174;
        check(QStringLiteral("D"), {55, 65, none, 60, 2048, 600, 600 * dPowerW, dPowerW, QStringLiteral("model")});

        // G: n3 and n4 are unknown: defaults, utilisation 1 (no sample, no cpus): 300 W each, one CPU of one job on
        // each (share 1) over 100 s: 2 * 300 * 100 = 60000 J, 600 W.
        check(QStringLiteral("G"), {none, none, none, none, none, 100, 60000, 600, QStringLiteral("model")});

        // H: no node: duration only.
        check(QStringLiteral("H"), {none, none, none, none, none, 50, none, none, QString()});

        // I keeps its imported metrics; R is still running.
        QCOMPARE(row(QStringLiteral("I"))->energy, 1234.0);
        QCOMPARE(row(QStringLiteral("I"))->source, QStringLiteral("dataset"));
        QVERIFY(!row(QStringLiteral("R")));
    }

    void idempotentAndRecomputed()
    {
        writeScenario();
        derive();
        JobMetricsDeriveSummary again = derive();
        QCOMPARE(again.jobs, qint64(6));
        QCOMPARE(again.metricsWritten, qint64(0));

        // One n1 interval inside [1200,1800) now reads 600 W (36000 J instead of 12000: +24000 J on n1);
        // B gets a quarter more (+6000 J), C three quarters (+18000 J). Its temperature becomes 80.
        NodeSampleWriter samples(*m_store, QStringLiteral("lab"));
        QString error;
        QVERIFY2(samples.begin(&error), qPrintable(error));
        NodeSample s;
        s.node = QStringLiteral("n1");
        s.ts = T0 + 1500;
        s.source = QStringLiteral("sampler");
        s.powerW = 600;
        s.energyJ = 36000;
        s.cpuUtilPct = 75;
        s.tempC = 80;
        s.freqMhz = 2500;
        s.memUsedMb = 3000;
        QVERIFY2(samples.add(s, &error), qPrintable(error));
        QVERIFY2(samples.commit(&error), qPrintable(error));
        again = derive();
        QCOMPARE(again.metricsWritten, qint64(2));
        QVERIFY(near(row(QStringLiteral("B"))->energy, 36000));
        QVERIFY(near(row(QStringLiteral("C"))->energy, 204000));
        QCOMPARE(row(QStringLiteral("C"))->tempPeak, 80.0);
    }

    void sinceLimitsTheJobsButNotTheSharing()
    {
        writeScenario();
        JobMetricsDeriveOptions options;
        options.sinceTs = T0 + 2000; // C and D ended since; B did not but shares n1 with C
        const JobMetricsDeriveSummary summary = derive(options);
        QCOMPARE(summary.jobs, qint64(2));
        QCOMPARE(summary.counter, qint64(1));
        QCOMPARE(summary.model, qint64(1));
        QVERIFY(near(row(QStringLiteral("C"))->energy, 186000));
        QVERIFY(!row(QStringLiteral("B")));
        QVERIFY(!row(QStringLiteral("A")));
    }

    void unknownClusterFails()
    {
        JobMetricsDeriver deriver(*m_store);
        JobMetricsDeriveSummary summary;
        QString error;
        QVERIFY(!deriver.derive(QStringLiteral("nope"), {}, &summary, &error));
        QVERIFY(error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestJobMetricsDeriver)
#include "TestJobMetricsDeriver.moc"
