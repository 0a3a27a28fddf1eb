// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_train_cancel: how long a cancelled training takes to stop, and the longest gap between two progress
// callbacks before it, on a real store. For every algorithm and every delay, the training (or the read of the jobs)
// runs in a thread; the main thread sets the cancel flag after the delay and measures the time until train() (or
// DatasetLoader::fromStore()) returns. A program that prints figures, not a test.
//
//   bench_train_cancel --db STORE [--target duration_s] [--algorithms ridge,rf,krr,svr] [--delays-ms 300,3000]

#include "BenchTiming.h"
#include "DatasetLoader.h"
#include "Regressor.h"
#include "Store.h"
#include "Trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace es::bench;
using namespace es::ml;

namespace {

struct Stop
{
    double latencyMs = -1; ///< flag set -> return
    double maxGapMs = 0;   ///< longest time without a progress callback, from the start to the flag
    qint64 callbacks = 0;
    QString error;
};

/// Runs `work` (given the flag and a callback to call on progress) in a thread, sets the flag after delayMs.
template<typename Work> Stop cancelAfter(int delayMs, Work work)
{
    std::atomic_bool cancel = false;
    std::mutex lock;
    QElapsedTimer clock;
    clock.start();
    qint64 lastNs = 0, cancelNs = -1;
    Stop stop;
    const auto onProgress = [&] {
        const std::lock_guard guard(lock);
        const qint64 now = clock.nsecsElapsed();
        if (cancelNs < 0)
            stop.maxGapMs = std::max(stop.maxGapMs, double(now - lastNs) / 1e6);
        lastNs = now;
        ++stop.callbacks;
    };
    qint64 returnNs = 0;
    std::thread worker([&] {
        stop.error = work(&cancel, onProgress);
        returnNs = clock.nsecsElapsed();
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    {
        const std::lock_guard guard(lock);
        cancelNs = clock.nsecsElapsed();
        cancel = true;
    }
    worker.join();
    stop.latencyMs = double(returnNs - cancelNs) / 1e6;
    return stop;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The store to train on."),
                                      QStringLiteral("STORE"));
    const QCommandLineOption targetOption(QStringLiteral("target"), QStringLiteral("The target."),
                                          QStringLiteral("NAME"), QStringLiteral("duration_s"));
    const QCommandLineOption algorithmsOption(QStringLiteral("algorithms"), QStringLiteral("Algorithms."),
                                              QStringLiteral("LIST"), QStringLiteral("ridge,rf,krr,svr"));
    const QCommandLineOption delaysOption(QStringLiteral("delays-ms"), QStringLiteral("Cancel after these delays."),
                                          QStringLiteral("LIST"), QStringLiteral("300,3000"));
    parser.addOptions({dbOption, targetOption, algorithmsOption, delaysOption});
    parser.process(app);
    es::Store store;
    QString error;
    if (!store.open(parser.value(dbOption), &error)) {
        say(QStringLiteral("cannot open the store: ") + error);
        return 1;
    }
    DatasetLoader::StoreOptions options;
    options.target = parser.value(targetOption);
    QList<int> delays;
    for (const QString &d : parser.value(delaysOption).split(u','))
        delays << d.toInt();
    say(QStringLiteral("build %1, store %2, target %3")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE), parser.value(dbOption), options.target));

    for (int delay : delays) {
        const Stop s = cancelAfter(delay, [&](const std::atomic_bool *cancel, auto onProgress) {
            es::Store own; // a Store belongs to the thread that opened it
            QString why;
            if (!own.open(parser.value(dbOption), &why))
                return why;
            DatasetLoader::StoreOptions o = options;
            o.cancel = cancel;
            o.progress = [&](qint64) { onProgress(); };
            QStringList notes;
            return DatasetLoader::fromStore(own, o, &notes, &why) ? QStringLiteral("finished") : why;
        });
        say(QStringLiteral("read jobs, cancel after %1 ms: stopped %2 ms later (%3), %4 callbacks, longest gap %5 ms")
                .arg(delay)
                .arg(s.latencyMs, 0, 'f', 1)
                .arg(s.error)
                .arg(s.callbacks)
                .arg(s.maxGapMs, 0, 'f', 1));
    }
    QStringList notes;
    QElapsedTimer readTimer;
    readTimer.start();
    const auto data = DatasetLoader::fromStore(store, options, &notes, &error);
    if (!data) {
        say(QStringLiteral("cannot read the jobs: ") + error);
        return 1;
    }
    say(QStringLiteral("%1 rows, %2 features, read in %3 s")
            .arg(data->rowCount())
            .arg(data->columns.size())
            .arg(double(readTimer.elapsed()) / 1e3, 0, 'f', 1));
    for (const QString &name : parser.value(algorithmsOption).split(u',')) {
        const auto algorithm = Regressor::fromName(name);
        if (!algorithm) {
            say(QStringLiteral("unknown algorithm ") + name);
            return 1;
        }
        for (int delay : delays) {
            const Stop s = cancelAfter(delay, [&](const std::atomic_bool *cancel, auto onProgress) {
                Trainer trainer;
                trainer.setCancelFlag(cancel);
                trainer.setProgressCallback([&](const QString &, int, int) { onProgress(); });
                TrainOptions t;
                t.algorithms = {*algorithm};
                QString why;
                return trainer.train(*data, t, &why) ? QStringLiteral("finished") : why;
            });
            say(QStringLiteral("%1, cancel after %2 ms: stopped %3 ms later (%4), %5 callbacks, longest gap %6 ms")
                    .arg(name)
                    .arg(delay)
                    .arg(s.latencyMs, 0, 'f', 1)
                    .arg(s.error)
                    .arg(s.callbacks)
                    .arg(s.maxGapMs, 0, 'f', 1));
        }
    }
    return 0;
}
