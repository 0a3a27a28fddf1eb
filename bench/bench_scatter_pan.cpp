// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// bench_scatter_pan: the Correlations tab's scatter plot while panning, at 1M jobs. Prints figures; it is not a test.
// Usage: bench_scatter_pan [--points N] [--rounds R] [--width W] [--height H]
// Defaults: 1,000,000 jobs, 30 pan steps, a 1200 x 800 plot (offscreen).
//
// The data is SYNTHETIC, with a fixed seed: elapsed time log-normal (median about 40 min, clamped to 1 min .. 7 days),
// allocated CPUs a power of two, energy = CPUs x elapsed x a log-normal power per CPU (median 9 W), with a few
// percent of missing energy (NaN) as a real store has. The data goes to CorrelationScatterPlot::setData() as
// CorrelationView::replot() passes it (x = elapsed, y = energy, coloured by cluster; log axes, then linear), then
// setStatistics() with the pair statistics CorrelationLoader would compute. Past kDensityThreshold points the plot
// shows its density view (a 200 x 150 QCPColorMap).
//
// Timed, per pan step (see panTimes()): the x range moves back and forth by about 4 % a step, then
// replot(rpImmediateRefresh). Median and p90 of wall time and of the process's CPU time, for
//  (a) CorrelationScatterPlot as the app uses it (the density view at 1M points), and
//  (b) a plain QCustomPlot with one QCPGraph of all points as discs (ssDisc, size 3, no line), for comparison
//      (QCPGraph thins scatters adaptively: points falling on the same pixels are drawn once),
//  (c) the same points on three QCPCurves (one per cluster), as the plot's scatter view draws them, every point,
//  (d) CorrelationScatterPlot with kDensityThreshold jobs: the most it still draws as points (scatter view).
// Also printed: the time of setData() (binning included), the cost the user waits for once per axis change.
#include "BenchTiming.h"
#include "Correlation.h"
#include "CorrelationData.h"
#include "CorrelationFields.h"
#include "CorrelationScatterPlot.h"
#include "QCustomPlotInclude.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <memory>
#include <random>
#include <vector>

using namespace es;

using namespace es::bench;

namespace {

std::shared_ptr<CorrelationData> syntheticJobs(qsizetype count)
{
    auto data = std::make_shared<CorrelationData>();
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> elapsedS(std::log(2400.0), 1.3);
    std::lognormal_distribution<double> wattsPerCpu(std::log(9.0), 0.35);
    std::uniform_int_distribution<int> cpuPower(0, 7);
    std::uniform_int_distribution<int> cluster(0, 2);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (auto &column : data->numeric)
        column.assign(size_t(count), nan);
    for (auto &column : data->category)
        column.assign(size_t(count), 0);
    data->categoryNames[CorrelationFields::Cluster] = {QStringLiteral("alpha"), QStringLiteral("beta"),
                                                       QStringLiteral("gamma")};
    for (int c = 0; c < CorrelationFields::CategoryCount; ++c) {
        if (data->categoryNames[size_t(c)].isEmpty())
            data->categoryNames[size_t(c)] = {QString()};
    }
    data->jobPk.resize(size_t(count));
    data->jobIds.reserve(count);
    data->names.reserve(count);
    for (qsizetype r = 0; r < count; ++r) {
        const double elapsed = std::clamp(elapsedS(random), 60.0, 7.0 * 86400);
        const int cpus = 1 << cpuPower(random);
        data->jobPk[size_t(r)] = r + 1;
        data->jobIds << QString::number(100000 + r);
        data->names << QString();
        data->numeric[CorrelationFields::ElapsedS][size_t(r)] = elapsed;
        data->numeric[CorrelationFields::AllocCpus][size_t(r)] = cpus;
        if (unit(random) >= 0.03)
            data->numeric[CorrelationFields::EnergyJ][size_t(r)] = double(cpus) * elapsed * wattsPerCpu(random);
        data->category[CorrelationFields::Cluster][size_t(r)] = cluster(random);
    }
    return data;
}

struct PanFigures
{
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
};

// One pan step per round, as a drag does: the x range is moved to an offset of 10 % * sin(2 pi k / 15) of its width
// from where it started (two back-and-forth sweeps in 30 steps, about 4 % a step, so the bulk of the points stays in
// view), in display space (log10 on a logarithmic axis), then replot(rpImmediateRefresh). Wall and process CPU ms.
PanFigures panTimes(QCustomPlot &plot, int rounds)
{
    PanFigures figures;
    plot.replot(QCustomPlot::rpImmediateRefresh); // the first paint builds caches: not a pan
    const bool log = plot.xAxis->scaleType() == QCPAxis::stLogarithmic;
    const auto display = [log](double v) { return log ? std::log10(v) : v; };
    const auto coordinate = [log](double d) { return log ? std::pow(10.0, d) : d; };
    const double lower = display(plot.xAxis->range().lower);
    const double upper = display(plot.xAxis->range().upper);
    for (int round = 0; round < rounds; ++round) {
        const double offset = 0.1 * (upper - lower) * std::sin(2 * M_PI * (round + 1) / 15.0);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuMs();
        plot.xAxis->setRange(coordinate(lower + offset), coordinate(upper + offset));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        figures.cpuMs.push_back(processCpuMs() - cpuStart);
        figures.wallMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    plot.xAxis->setRange(coordinate(lower), coordinate(upper));
    return figures;
}

void setLogAxes(QCustomPlot &plot, bool log)
{
    for (QCPAxis *axis : {plot.xAxis, plot.yAxis}) {
        axis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (log)
            axis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        else
            axis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
}

void report(const QString &label, const PanFigures &figures)
{
    say(QStringLiteral("%1: median %2 ms (CPU %3 ms), p90 %4 ms (CPU %5 ms), %6 steps")
            .arg(label)
            .arg(percentile(figures.wallMs, 0.5), 0, 'f', 1)
            .arg(percentile(figures.cpuMs, 0.5), 0, 'f', 1)
            .arg(percentile(figures.wallMs, 0.9), 0, 'f', 1)
            .arg(percentile(figures.cpuMs, 0.9), 0, 'f', 1)
            .arg(figures.wallMs.size()));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption pointsOption(QStringLiteral("points"), QString(), QStringLiteral("N"),
                                          QStringLiteral("1000000"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("R"),
                                          QStringLiteral("30"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QString(), QStringLiteral("W"),
                                         QStringLiteral("1200"));
    const QCommandLineOption heightOption(QStringLiteral("height"), QString(), QStringLiteral("H"),
                                          QStringLiteral("800"));
    parser.addOptions({pointsOption, roundsOption, widthOption, heightOption});
    parser.process(app);
    const qsizetype count = std::max<qsizetype>(10, parser.value(pointsOption).toLongLong());
    const int rounds = std::max(3, parser.value(roundsOption).toInt());
    const QSize size(std::max(200, parser.value(widthOption).toInt()),
                     std::max(150, parser.value(heightOption).toInt()));

    say(QStringLiteral("bench_scatter_pan (%1 build, Qt %2, %3 x %4 offscreen)")
            .arg(QStringLiteral(ES_BENCH_BUILD_TYPE), QString::fromLatin1(qVersion()))
            .arg(size.width())
            .arg(size.height()));
    QElapsedTimer timer;
    timer.start();
    const std::shared_ptr<const CorrelationData> data = syntheticJobs(count);
    say(QStringLiteral("data: %1 SYNTHETIC jobs (elapsed log-normal, energy = CPUs x elapsed x power), built in %2 s")
            .arg(count)
            .arg(double(timer.nsecsElapsed()) / 1e9, 0, 'f', 1));

    const std::vector<double> &xs = data->numeric[CorrelationFields::ElapsedS];
    const std::vector<double> &ys = data->numeric[CorrelationFields::EnergyJ];

    // Warm-up, not timed: the first plot of the process loads the fonts and Qt's lazily built state (about 1 s).
    {
        CorrelationScatterPlot plot;
        plot.resize(size);
        plot.show();
        plot.setData(syntheticJobs(1000), CorrelationFields::ElapsedS, CorrelationFields::EnergyJ,
                     CorrelationFields::Cluster, true, true);
        plot.replot(QCustomPlot::rpImmediateRefresh);
    }

    // Log axes first: log-normal quantities are read on log axes, where the points spread over the whole plot. On
    // linear axes most jobs sit in the few pixels near the origin.
    for (const bool log : {true, false}) {
        const QString axes = log ? QStringLiteral("log x/y") : QStringLiteral("linear ");
        // (a) The plot as CorrelationView::replot() feeds it, then the statistics as CorrelationLoader answers them.
        {
            CorrelationScatterPlot plot;
            plot.resize(size);
            plot.show();
            timer.restart();
            const double cpuStart = processCpuMs();
            plot.setData(data, CorrelationFields::ElapsedS, CorrelationFields::EnergyJ, CorrelationFields::Cluster, log,
                         log);
            const double setDataCpuMs = processCpuMs() - cpuStart;
            const double setDataMs = double(timer.nsecsElapsed()) / 1e6;
            plot.setStatistics(ml::Correlation::pair(xs, ys));
            say(QStringLiteral("%1 CorrelationScatterPlot::setData: %2 ms (CPU %3 ms), %4 points plotted, %5 view")
                    .arg(axes)
                    .arg(setDataMs, 0, 'f', 1)
                    .arg(setDataCpuMs, 0, 'f', 1)
                    .arg(plot.plottedCount())
                    .arg(plot.isDensityMode() ? QStringLiteral("density") : QStringLiteral("scatter")));
            report(QStringLiteral("%1 (a) pan, CorrelationScatterPlot as the app shows it").arg(axes),
                   panTimes(plot, rounds));
        }

        // (b) Every point as a disc on one QCPGraph: what the plot would cost without the density view.
        {
            QCustomPlot plot;
            plot.resize(size);
            plot.show();
            setLogAxes(plot, log);
            QVector<QCPGraphData> points;
            points.reserve(qsizetype(xs.size()));
            for (size_t r = 0; r < xs.size(); ++r) {
                if (std::isfinite(xs[r]) && std::isfinite(ys[r]))
                    points.append(QCPGraphData(xs[r], ys[r]));
            }
            std::sort(points.begin(), points.end(),
                      [](const QCPGraphData &a, const QCPGraphData &b) { return a.key < b.key; });
            QCPGraph *graph = plot.addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(31, 119, 180), QColor(31, 119, 180, 170), 3));
            graph->data()->set(points, true);
            graph->rescaleAxes();
            report(QStringLiteral("%1 (b) pan, plain QCPGraph scatter of %2 points").arg(axes).arg(points.size()),
                   panTimes(plot, rounds));
        }

        // (c) Every point as a disc on QCPCurves, one per cluster, as the plot's scatter view draws points
        // (CorrelationScatterPlot::buildScatter()): QCPCurve has no adaptive sampling, every visible point is drawn.
        {
            QCustomPlot plot;
            plot.resize(size);
            plot.show();
            setLogAxes(plot, log);
            const std::vector<int> &clusters = data->category[CorrelationFields::Cluster];
            std::vector<QVector<QCPCurveData>> points(3);
            for (size_t r = 0; r < xs.size(); ++r) {
                if (std::isfinite(xs[r]) && std::isfinite(ys[r]))
                    points[size_t(clusters[r])].append(QCPCurveData(double(r), xs[r], ys[r]));
            }
            qsizetype total = 0;
            for (size_t c = 0; c < points.size(); ++c) {
                auto *curve = new QCPCurve(plot.xAxis, plot.yAxis);
                curve->setLineStyle(QCPCurve::lsNone);
                const QColor colour = QColor::fromHsv(int(c) * 120, 200, 200);
                QColor fill = colour;
                fill.setAlpha(170);
                curve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, fill, 3));
                curve->data()->set(points[c], true);
                total += points[c].size();
            }
            plot.rescaleAxes();
            report(QStringLiteral("%1 (c) pan, QCPCurve scatter of %2 points (the scatter view's drawing)")
                       .arg(axes)
                       .arg(total),
                   panTimes(plot, rounds));
        }

        // (d) CorrelationScatterPlot at its threshold: the most points it still draws one by one.
        {
            const std::shared_ptr<const CorrelationData> few = syntheticJobs(CorrelationScatterPlot::kDensityThreshold);
            CorrelationScatterPlot plot;
            plot.resize(size);
            plot.show();
            plot.setData(few, CorrelationFields::ElapsedS, CorrelationFields::EnergyJ, CorrelationFields::Cluster, log,
                         log);
            report(QStringLiteral("%1 (d) pan, CorrelationScatterPlot, %2 points, %3 view")
                       .arg(axes)
                       .arg(plot.plottedCount())
                       .arg(plot.isDensityMode() ? QStringLiteral("density") : QStringLiteral("scatter")),
                   panTimes(plot, rounds));
        }
    }
    return 0;
}
