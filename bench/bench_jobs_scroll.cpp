// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_jobs_scroll: the Jobs view scrolled over a store of 1M jobs. Prints figures; it is not a test.
// Usage: bench_jobs_scroll [--jobs N] [--rounds R] [--store PATH]
// Defaults: 1,000,000 jobs in a new SQLite store in a temporary directory, 30 steps per measurement. With --store,
// an existing store at PATH is used as it is (nothing written), or a new one is written there and kept.
//
// The store is SYNTHETIC, written with a fixed seed through JobWriter (the import's bulk path): three clusters,
// log-normal elapsed and wait times, power-of-two CPU counts, energy for 97 % of the jobs. The view is set up as
// MainWindow sets up its jobs table (fixed row height, no row header, stretched last column), 1600 x 1000 offscreen.
//
// Timed (wall and the process's CPU time, the loader thread's queries included):
//  - open: JobTableModel::openStore() until the row count is known, the first page has arrived and the view has
//    painted it;
//  - jump: scrollTo() a random row (uniform over the table, so mostly deep and not cached), then wait until every
//    visible row is loaded (pageLoaded from the loader thread) and repaint: what a user waits for after dragging the
//    scroll bar;
//  - page down: the scroll bar's page step from a deep row, until the visible rows are loaded and painted (most
//    steps stay within a cached page of JobPageLoader::kPageSize rows);
//  - repaint: the view painted again with its rows loaded and nothing moved (the paint alone);
//  - jump and page down again with the table sorted by energy, descending (an unindexed column: past
//    JobPageLoader::kSnapshotOffset rows the loader reads the ordered ids once, then pages by id). The first jump
//    after the sort, which pays for that read, is printed on its own.
#include "BenchTiming.h"
#include "Job.h"
#include "JobPageLoader.h"
#include "JobQuery.h"
#include "JobTableModel.h"
#include "JobWriter.h"
#include "Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace es;

using namespace es::bench;

namespace {

bool writeStore(const QString &location, qint64 jobs, QString *error)
{
    Store store;
    if (!store.open(location, error))
        return false;
    std::mt19937_64 random(11);
    std::lognormal_distribution<double> elapsedS(std::log(2400.0), 1.3);
    std::lognormal_distribution<double> waitS(std::log(300.0), 1.5);
    std::lognormal_distribution<double> wattsPerCpu(std::log(9.0), 0.35);
    std::uniform_int_distribution<int> cpuPower(0, 7);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QStringList clusters = {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")};
    const QStringList states = {QStringLiteral("COMPLETED"), QStringLiteral("COMPLETED"), QStringLiteral("COMPLETED"),
                                QStringLiteral("FAILED"),    QStringLiteral("TIMEOUT"),   QStringLiteral("CANCELLED")};
    const QStringList partitions = {QStringLiteral("batch"), QStringLiteral("gpu"), QStringLiteral("long")};
    const qint64 startTs = 1735689600; // 2025-01-01 00:00 UTC
    // One cluster per writer (JobWriter writes one cluster); chunks keep each transaction's buffers modest.
    constexpr qint64 kChunk = 100000;
    qint64 written = 0;
    while (written < jobs) {
        const int c = int((written / kChunk) % clusters.size());
        JobWriter writer(store, clusters.at(c));
        if (!writer.begin(error))
            return false;
        const qint64 end = std::min(jobs, written + kChunk);
        for (qint64 i = written; i < end; ++i) {
            Job job;
            job.jobId = QString::number(1000000 + i);
            job.jobIdRaw = job.jobId;
            job.name = QStringLiteral("bench-%1").arg(i % 97);
            job.user = QStringLiteral("user%1").arg(i % 211);
            job.account = QStringLiteral("proj%1").arg(i % 23);
            job.partition = partitions.at(int(i % partitions.size()));
            job.state = states.at(int(unit(random) * double(states.size())) % int(states.size()));
            const qint64 elapsed = qint64(std::clamp(elapsedS(random), 60.0, 7.0 * 86400));
            const qint64 submit = startTs + i * 30;
            const qint64 start = submit + qint64(std::min(waitS(random), 86400.0 * 3));
            job.submitTs = submit;
            job.startTs = start;
            job.endTs = start + elapsed;
            job.elapsedS = elapsed;
            job.timelimitS = std::max<qint64>(3600, elapsed * 2);
            const int cpus = 1 << cpuPower(random);
            job.reqCpus = cpus;
            job.allocCpus = cpus;
            job.nodeCount = std::max(1, cpus / 32);
            job.nodeList = QStringLiteral("cn%1").arg(i % 64, 2, 10, QLatin1Char('0'));
            job.reqMemMb = 2000.0 * cpus;
            job.maxRssMb = 1800.0 * cpus * unit(random);
            job.totalCpuS = double(elapsed) * cpus * (0.3 + 0.7 * unit(random));
            if (unit(random) >= 0.03) {
                job.energyJ = double(cpus) * double(elapsed) * wattsPerCpu(random);
                job.energySource = QStringLiteral("slurm");
            }
            if (!writer.addJob(job, error))
                return false;
        }
        if (!writer.commit(error))
            return false;
        written = end;
    }
    return true;
}

/// Pumps events until every row the view shows is loaded (not the placeholder), then repaints the view once more
/// so the rows are painted with their values. False after 60 s.
bool waitUntilVisibleLoaded(QTableView &view, JobTableModel &model)
{
    QElapsedTimer limit;
    limit.start();
    while (limit.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        const int first = view.rowAt(0);
        int last = view.rowAt(view.viewport()->height() - 1);
        if (last < 0)
            last = model.rowCount() - 1;
        bool loaded = first >= 0 && model.isCountKnown();
        // One probe per page: a page arrives whole.
        for (int row = first; loaded && row <= last;
             row = (row / JobPageLoader::kPageSize + 1) * JobPageLoader::kPageSize) {
            loaded = model.data(model.index(row, int(JobColumn::JobId))).toString() != JobTableModel::placeholderText();
        }
        if (loaded && last >= 0) {
            loaded =
                model.data(model.index(last, int(JobColumn::JobId))).toString() != JobTableModel::placeholderText();
        }
        if (loaded) {
            view.viewport()->repaint();
            return true;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    }
    return false;
}

struct Figures
{
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
};

void report(const QString &label, const Figures &figures)
{
    if (figures.wallMs.empty())
        return;
    say(QStringLiteral("%1: median %2 ms (CPU %3 ms), p90 %4 ms (CPU %5 ms), max %6 ms, %7 steps")
            .arg(label)
            .arg(percentile(figures.wallMs, 0.5), 0, 'f', 1)
            .arg(percentile(figures.cpuMs, 0.5), 0, 'f', 1)
            .arg(percentile(figures.wallMs, 0.9), 0, 'f', 1)
            .arg(percentile(figures.cpuMs, 0.9), 0, 'f', 1)
            .arg(*std::max_element(figures.wallMs.begin(), figures.wallMs.end()), 0, 'f', 1)
            .arg(figures.wallMs.size()));
}

/// Runs `step` then waits for the visible rows; returns false on a timeout.
template<typename Step> bool timeStep(QTableView &view, JobTableModel &model, Figures *figures, Step step)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = processCpuMs();
    step();
    view.viewport()->repaint(); // the paint asks the model for the rows, which requests their pages
    if (!waitUntilVisibleLoaded(view, model))
        return false;
    figures->cpuMs.push_back(processCpuMs() - cpuStart);
    figures->wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    return true;
}

bool measureScrolling(QTableView &view, JobTableModel &model, int rounds, std::mt19937_64 &random, Figures *jumps,
                      Figures *pageDowns)
{
    std::uniform_int_distribution<int> anyRow(0, model.rowCount() - 1);
    for (int round = 0; round < rounds; ++round) {
        const int row = anyRow(random);
        if (!timeStep(view, model, jumps,
                      [&] { view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop); }))
            return false;
    }
    // Page down from a deep row (the middle of the table, reached first and not timed).
    view.scrollTo(model.index(model.rowCount() / 2, 0), QAbstractItemView::PositionAtTop);
    view.viewport()->repaint();
    if (!waitUntilVisibleLoaded(view, model))
        return false;
    for (int round = 0; round < rounds; ++round) {
        if (!timeStep(view, model, pageDowns,
                      [&] { view.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); }))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N"),
                                        QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("R"),
                                          QStringLiteral("30"));
    const QCommandLineOption storeOption(QStringLiteral("store"), QString(), QStringLiteral("PATH"));
    parser.addOptions({jobsOption, roundsOption, storeOption});
    parser.process(app);
    const qint64 jobs = std::max<qint64>(1000, parser.value(jobsOption).toLongLong());
    const int rounds = std::max(3, parser.value(roundsOption).toInt());

    say(QStringLiteral("bench_jobs_scroll (%1 build, Qt %2)")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE), QString::fromLatin1(qVersion())));
    QTemporaryDir dir;
    const QString location =
        parser.isSet(storeOption) ? parser.value(storeOption) : dir.filePath(QStringLiteral("jobs.sqlite"));
    QElapsedTimer timer;
    if (QFileInfo::exists(location)) {
        say(QStringLiteral("store: %1 (existing, not written)").arg(location));
    } else {
        QString error;
        timer.start();
        if (!writeStore(location, jobs, &error)) {
            say(QStringLiteral("cannot write the store: %1").arg(error));
            return 1;
        }
        say(QStringLiteral("store: %1 SYNTHETIC jobs written through JobWriter in %2 s")
                .arg(jobs)
                .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1));
    }

    JobTableModel model;
    QTableView view;
    view.setModel(&model);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.setTextElideMode(Qt::ElideRight);
    view.setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.verticalHeader()->setVisible(false);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
    view.horizontalHeader()->setStretchLastSection(true);
    view.resize(1600, 1000);
    view.show();
    QCoreApplication::processEvents();

    bool opened = false;
    QString openError;
    QObject::connect(&model, &JobTableModel::storeOpened, &model, [&](bool ok, const QString &, const QString &error) {
        opened = ok;
        openError = error;
    });
    double summaryMs = -1; // the filter lists (StoreSummary), read by the loader after the count
    QObject::connect(&model, &JobTableModel::summaryChanged, &model, [&] {
        if (!model.summary().clusters.isEmpty() && summaryMs < 0)
            summaryMs = double(timer.nsecsElapsed()) / 1e6;
    });
    timer.restart();
    double cpuStart = processCpuMs();
    model.openStore(location);
    while (!model.isCountKnown() && timer.elapsed() < 120000 && openError.isEmpty())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    const double countMs = double(timer.nsecsElapsed()) / 1e6;
    if (!opened || !model.isCountKnown()) {
        say(QStringLiteral("cannot open the store: %1").arg(openError));
        return 1;
    }
    view.viewport()->repaint();
    if (!waitUntilVisibleLoaded(view, model)) {
        say(QStringLiteral("the first page did not arrive"));
        return 1;
    }
    say(QStringLiteral("open: %1 rows, count known after %2 ms, first page painted after %3 ms (CPU %4 ms); the "
                       "summary (filter lists) arrived after %5 ms")
            .arg(model.rowCount())
            .arg(countMs, 0, 'f', 1)
            .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
            .arg(processCpuMs() - cpuStart, 0, 'f', 1)
            .arg(summaryMs, 0, 'f', 1));
    say(QStringLiteral("view: 1600 x 1000, %1 rows visible, pages of %2 rows, %3 pages cached")
            .arg(view.rowAt(view.viewport()->height() - 1) - view.rowAt(0) + 1)
            .arg(JobPageLoader::kPageSize)
            .arg(JobTableModel::kCachedPages));

    std::mt19937_64 random(3);
    Figures jumps, pageDowns;
    if (!measureScrolling(view, model, rounds, random, &jumps, &pageDowns)) {
        say(QStringLiteral("timed out waiting for rows"));
        return 1;
    }
    // The paint alone: the visible rows are loaded, nothing moves; what every step above pays at least once.
    Figures paints;
    for (int round = 0; round < rounds; ++round) {
        if (!timeStep(view, model, &paints, [] {}))
            return 1;
    }
    report(QStringLiteral("repaint of loaded rows, no scroll  "), paints);
    report(QStringLiteral("jump to a random row, storage order"), jumps);
    report(QStringLiteral("page down, storage order         "), pageDowns);

    // Sorted by energy, descending: the first jump includes the loader's read of the ordered ids.
    timer.restart();
    model.sort(int(JobColumn::Energy), Qt::DescendingOrder);
    view.scrollTo(model.index(0, 0), QAbstractItemView::PositionAtTop);
    if (!waitUntilVisibleLoaded(view, model)) {
        say(QStringLiteral("timed out waiting for the sorted rows"));
        return 1;
    }
    say(QStringLiteral("sort by energy (descending), first page painted after %1 ms")
            .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1));
    Figures firstDeep;
    if (!timeStep(view, model, &firstDeep,
                  [&] { view.scrollTo(model.index(model.rowCount() * 3 / 4, 0), QAbstractItemView::PositionAtTop); })) {
        say(QStringLiteral("timed out waiting for rows"));
        return 1;
    }
    say(QStringLiteral("first deep jump after the sort (reads the ordered ids): %1 ms (CPU %2 ms)")
            .arg(firstDeep.wallMs.front(), 0, 'f', 1)
            .arg(firstDeep.cpuMs.front(), 0, 'f', 1));
    Figures sortedJumps, sortedPageDowns;
    if (!measureScrolling(view, model, rounds, random, &sortedJumps, &sortedPageDowns)) {
        say(QStringLiteral("timed out waiting for rows"));
        return 1;
    }
    report(QStringLiteral("jump to a random row, by energy  "), sortedJumps);
    report(QStringLiteral("page down, by energy             "), sortedPageDowns);
    return 0;
}
