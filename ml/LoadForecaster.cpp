// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "LoadForecaster.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace es::ml {
namespace {

constexpr int kDayMin = 1440;
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>; // features() fills rows
constexpr int kLags[] = {0, 1, 2, 5, 10, 15, 30, 60};

/// The series the models of one run learn from, and how.
struct ForecastInputs
{
    const std::vector<double> &y; ///< busy CPUs per minute
    qint64 startTs = 0;
    bool daily = false;                              ///< the daily lag feature is used
    const LoadForecaster::JobState *state = nullptr; ///< the job-state features, when state->any
    int width = 0;                                   ///< featureCount(daily, state->any)
    Algorithm algorithm;
    QJsonObject hyper;
};

/// The committed-CPU series of horizon h (state->any only).
const std::vector<double> &committedAt(const LoadForecaster::JobState &state, int h)
{
    for (const auto &[horizon, series] : state.committedCpus)
        if (horizon == h)
            return series;
    static const std::vector<double> kNone;
    return kNone;
}

/// Features of minute i for a forecast h minutes ahead; `committed` is committedAt(h) when the state is used.
void features(const ForecastInputs &in, qsizetype i, int h, const std::vector<double> &committed, double *out)
{
    const std::vector<double> &y = in.y;
    int k = 0;
    for (int lag : kLags)
        out[k++] = y[size_t(i - lag)];
    double m15 = 0, m60 = 0;
    for (int j = 0; j < 60; ++j) {
        m60 += y[size_t(i - j)];
        if (j < 15)
            m15 += y[size_t(i - j)];
    }
    out[k++] = m15 / 15.0;
    out[k++] = m60 / 60.0;
    if (in.daily) {
        const qsizetype d = i + h - kDayMin;
        out[k++] = d >= 0 ? y[size_t(d)] : y[size_t(i)];
    }
    if (in.state && in.state->any) {
        out[k++] = in.state->queuedCpus[size_t(i)];
        out[k++] = size_t(i) < committed.size() ? committed[size_t(i)] : 0.0;
    }
    const qint64 ts = in.startTs + (i + h) * 60;
    const double hour = double(ts % 86400) / 3600.0;
    const double dow = double((ts / 86400 + 4) % 7); // 1970-01-01 was a Thursday (4 with Sunday = 0)
    out[k++] = std::sin(2 * std::numbers::pi * hour / 24);
    out[k++] = std::cos(2 * std::numbers::pi * hour / 24);
    out[k++] = std::sin(2 * std::numbers::pi * dow / 7);
    out[k++] = std::cos(2 * std::numbers::pi * dow / 7);
}

int featureCount(bool daily, bool jobState)
{
    return int(std::size(kLags)) + 2 + (daily ? 1 : 0) + (jobState ? 2 : 0) + 4;
}

std::vector<qsizetype> evenly(qsizetype begin, qsizetype end, int maxCount)
{
    std::vector<qsizetype> rows;
    if (end <= begin)
        return rows;
    const qsizetype n = end - begin;
    const qsizetype step = std::max<qsizetype>(1, (n + maxCount - 1) / maxCount);
    for (qsizetype i = begin; i < end; i += step)
        rows.push_back(i);
    return rows;
}

/// The horizons with a model: every stepMin minutes below horizonMin, and horizonMin.
std::vector<int> horizonsOf(const LoadForecaster::Options &options)
{
    std::vector<int> horizons;
    for (int h = std::max(1, options.stepMin); h < options.horizonMin; h += std::max(1, options.stepMin))
        horizons.push_back(h);
    horizons.push_back(options.horizonMin);
    return horizons;
}

/// Fits the h-minute model on the train minutes (the change of load h minutes ahead, standardised on the training
/// rows) and predicts the load h minutes after each of predictAt (never below 0).
bool fitPredict(const ForecastInputs &in, int h, const std::vector<qsizetype> &train,
                const std::vector<qsizetype> &predictAt, std::vector<double> *out, QString *error)
{
    const std::vector<double> &y = in.y;
    static const std::vector<double> kNoState;
    const std::vector<double> &committed = in.state && in.state->any ? committedAt(*in.state, h) : kNoState;
    RowMatrix rows(qsizetype(train.size()), in.width);
    Eigen::VectorXd d(qsizetype(train.size()));
    for (size_t r = 0; r < train.size(); ++r) {
        features(in, train[r], h, committed, rows.row(qsizetype(r)).data());
        d(qsizetype(r)) = y[size_t(train[r] + h)] - y[size_t(train[r])];
    }
    Eigen::MatrixXd x = rows;
    // Standardise on the training rows (kernel models need it; trees do not mind).
    const Eigen::RowVectorXd mean = x.colwise().mean();
    Eigen::RowVectorXd scale = ((x.rowwise() - mean).array().square().colwise().sum() / double(x.rows())).sqrt();
    scale = scale.unaryExpr([](double s) { return s > 0 ? s : 1.0; });
    const double dMean = d.mean();
    double dScale = std::sqrt((d.array() - dMean).square().mean());
    dScale = dScale > 0 ? dScale : 1.0;
    x = (x.rowwise() - mean).array().rowwise() / scale.array();
    std::unique_ptr<Regressor> model = Regressor::create(in.algorithm, in.hyper);
    if (!model->fit(x, (d.array() - dMean) / dScale, error))
        return false;
    RowMatrix prows(qsizetype(predictAt.size()), in.width);
    for (size_t r = 0; r < predictAt.size(); ++r)
        features(in, predictAt[r], h, committed, prows.row(qsizetype(r)).data());
    Eigen::MatrixXd xp = prows;
    xp = (xp.rowwise() - mean).array().rowwise() / scale.array();
    const Eigen::VectorXd p = model->predict(xp);
    out->clear();
    for (size_t r = 0; r < predictAt.size(); ++r)
        out->push_back(std::max(0.0, y[size_t(predictAt[r])] + p(qsizetype(r)) * dScale + dMean));
    return true;
}

/// fitPredict, with the predicted change shrunk towards no change by the factor (of 0, 0.25, ..., 1) that gives the
/// lowest mean absolute error on the last fifth of the training minutes when fitted on the minutes before them: the
/// load often stays flat, and a forecast of the mean change then loses to persistence on MAE.
bool fitPredictShrunk(const ForecastInputs &in, int h, const std::vector<qsizetype> &train,
                      const std::vector<qsizetype> &predictAt, std::vector<double> *out, QString *error)
{
    double bestShrink = 1.0;
    const size_t split = train.size() * 4 / 5;
    std::vector<qsizetype> inner, check;
    for (size_t r = 0; r < train.size(); ++r) {
        if (r >= split)
            check.push_back(train[r]);
        else if (split < train.size() && train[r] + h < train[split])
            inner.push_back(train[r]); // no inner target after the first checked minute
    }
    if (inner.size() >= 50 && check.size() >= 20) {
        std::vector<double> predicted;
        if (!fitPredict(in, h, inner, check, &predicted, error))
            return false;
        double bestMae = std::numeric_limits<double>::infinity();
        for (const double shrink : {0.0, 0.25, 0.5, 0.75, 1.0}) {
            double mae = 0;
            for (size_t r = 0; r < check.size(); ++r) {
                const double now = in.y[size_t(check[r])];
                mae += std::abs(now + shrink * (predicted[r] - now) - in.y[size_t(check[r] + h)]);
            }
            if (mae < bestMae) {
                bestMae = mae;
                bestShrink = shrink;
            }
        }
    }
    if (!fitPredict(in, h, train, predictAt, out, error))
        return false;
    for (size_t r = 0; r < predictAt.size(); ++r) {
        const double now = in.y[size_t(predictAt[r])];
        (*out)[r] = now + bestShrink * ((*out)[r] - now);
    }
    return true;
}

/// The h-minute model trained on [first, testStart - h) and scored on [testStart, lastWithTarget] against
/// persistence and (with a day before every test minute) the seasonal-naive forecast.
bool evaluateHorizon(const ForecastInputs &in, int h, qsizetype first, qsizetype testStart, qsizetype lastWithTarget,
                     int maxTrainRows, LoadForecaster::HorizonEvaluation *e, QString *error)
{
    const std::vector<double> &y = in.y;
    const std::vector<qsizetype> train = evenly(first, testStart - h, maxTrainRows);
    const std::vector<qsizetype> test = evenly(testStart, lastWithTarget + 1, 2000);
    std::vector<double> predicted;
    if (!fitPredictShrunk(in, h, train, test, &predicted, error))
        return false;
    std::vector<double> actual, persistence, seasonal;
    bool seasonalOk = true;
    for (qsizetype i : test) {
        actual.push_back(y[size_t(i + h)]);
        persistence.push_back(y[size_t(i)]);
        const qsizetype d = i + h - kDayMin;
        seasonalOk = seasonalOk && d >= 0;
        seasonal.push_back(d >= 0 ? y[size_t(d)] : 0.0);
    }
    e->horizonMin = h;
    e->model = RegressionMetrics::compute(actual, predicted);
    e->persistence = RegressionMetrics::compute(actual, persistence);
    if (seasonalOk)
        e->seasonalNaive = RegressionMetrics::compute(actual, seasonal);
    return true;
}

} // namespace

std::vector<double> LoadForecaster::busyCpusPerMinute(const std::vector<JobSpan> &jobs, qint64 *startTs)
{
    if (jobs.empty()) {
        *startTs = 0;
        return {};
    }
    qint64 lo = jobs.front().startTs, hi = jobs.front().endTs;
    for (const JobSpan &j : jobs) {
        lo = std::min(lo, j.startTs);
        hi = std::max(hi, j.endTs);
    }
    const qint64 t0 = lo - lo % 60;
    const qsizetype minutes = qsizetype((hi - t0 + 59) / 60);
    std::vector<double> load(static_cast<size_t>(minutes) + 1, 0.0), diff(static_cast<size_t>(minutes) + 2, 0.0);
    for (const JobSpan &j : jobs) {
        if (j.endTs <= j.startTs)
            continue;
        const qint64 s = j.startTs - t0, e = j.endTs - t0;
        const qsizetype a = qsizetype(s / 60), b = qsizetype(e / 60);
        if (a == b) {
            load[size_t(a)] += j.cpus * double(e - s) / 60.0;
            continue;
        }
        load[size_t(a)] += j.cpus * double((a + 1) * 60 - s) / 60.0;
        load[size_t(b)] += j.cpus * double(e - b * 60) / 60.0;
        diff[size_t(a + 1)] += j.cpus;
        diff[size_t(b)] -= j.cpus;
    }
    double running = 0;
    for (qsizetype m = 0; m < minutes; ++m) {
        running += diff[size_t(m)];
        load[size_t(m)] += running;
    }
    load.resize(size_t(minutes));
    *startTs = t0;
    return load;
}

std::optional<std::vector<LoadForecaster::JobSpan>> LoadForecaster::jobsFromStore(Store &store, const QString &cluster,
                                                                                  QString *error)
{
    QString sql = QStringLiteral(
        "SELECT COALESCE(j.start_ts, j.submit_ts), COALESCE(j.end_ts, COALESCE(j.start_ts, j.submit_ts) + j.elapsed_s),"
        " COALESCE(j.alloc_cpus, j.req_cpus, 1), j.submit_ts, j.timelimit_s FROM jobs j"
        " JOIN clusters c ON c.id = j.cluster_id"
        " WHERE COALESCE(j.end_ts, COALESCE(j.start_ts, j.submit_ts) + j.elapsed_s) IS NOT NULL");
    if (!cluster.isEmpty())
        sql += QStringLiteral(" AND c.name = ?");
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!cluster.isEmpty())
        query.addBindValue(cluster);
    if (!query.exec()) {
        *error = tr("cannot read the jobs: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    std::vector<JobSpan> jobs;
    while (query.next())
        jobs.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        std::max(1.0, query.value(2).toDouble()), query.value(3).toLongLong(),
                        std::max<qint64>(0, query.value(4).toLongLong())});
    return jobs;
}

bool LoadForecaster::tick(const QString &stage, QString *error)
{
    if (m_cancel && m_cancel->load()) {
        *error = tr("cancelled");
        return false;
    }
    if (m_progress)
        m_progress(stage, std::min(m_done, m_total), m_total);
    ++m_done;
    return true;
}

std::optional<LoadForecaster::Result> LoadForecaster::run(const std::vector<JobSpan> &jobs, const Options &options,
                                                          QString *error)
{
    if (jobs.empty()) {
        *error = tr("no jobs with a start and an end time: nothing to forecast from");
        return std::nullopt;
    }
    qint64 startTs = 0;
    std::vector<double> series = busyCpusPerMinute(jobs, &startTs);
    JobState state = jobStatePerMinute(jobs, startTs, qsizetype(series.size()), horizonsOf(options));
    return runWith(std::move(series), startTs, std::move(state), options, error);
}

std::optional<LoadForecaster::Result> LoadForecaster::runOnSeries(std::vector<double> y, qint64 startTs,
                                                                  const Options &options, QString *error)
{
    return runWith(std::move(y), startTs, JobState{}, options, error);
}

LoadForecaster::JobState LoadForecaster::jobStatePerMinute(const std::vector<JobSpan> &jobs, qint64 startTs,
                                                           qsizetype minutes, const std::vector<int> &horizons)
{
    JobState state;
    const auto minuteOf = [startTs](qint64 ts) { return qsizetype((ts - startTs) / 60); };
    // Minute m is what is known at its end, startTs + 60 (m + 1): queued means submitted by then and not started.
    // Adds cpus on the minutes [from, to) of a difference series (clamped to the series).
    const auto addSpan = [minutes](std::vector<double> &diff, qsizetype from, qsizetype to, double cpus) {
        from = std::clamp<qsizetype>(from, 0, minutes);
        to = std::clamp<qsizetype>(to, 0, minutes);
        if (from < to) {
            diff[size_t(from)] += cpus;
            diff[size_t(to)] -= cpus;
        }
    };
    const auto integrate = [minutes](std::vector<double> diff) {
        std::vector<double> out(size_t(minutes), 0.0);
        double running = 0;
        for (qsizetype m = 0; m < minutes; ++m)
            out[size_t(m)] = running += diff[size_t(m)];
        return out;
    };
    std::vector<double> queued(size_t(minutes) + 1, 0.0);
    for (const JobSpan &j : jobs) {
        if (j.submitTs > 0 && j.submitTs < j.startTs) {
            addSpan(queued, minuteOf(j.submitTs), minuteOf(j.startTs), j.cpus);
            state.any = true;
        }
        state.any = state.any || j.limitS > 0;
    }
    state.queuedCpus = integrate(std::move(queued));
    for (int h : horizons) {
        // Minute m is known at its end: running then, and asked to run more than h minutes past it.
        std::vector<double> committed(size_t(minutes) + 1, 0.0);
        for (const JobSpan &j : jobs)
            if (j.limitS > 0 && j.endTs > j.startTs)
                addSpan(committed, minuteOf(j.startTs),
                        std::min(minuteOf(j.endTs), minuteOf(j.startTs + j.limitS) - qsizetype(h)), j.cpus);
        state.committedCpus.emplace_back(h, integrate(std::move(committed)));
    }
    return state;
}

std::optional<LoadForecaster::Result> LoadForecaster::runWith(std::vector<double> y, qint64 startTs, JobState state,
                                                              const Options &options, QString *error)
{
    if (options.horizonMin < 1 || options.horizonMin > 24 * 60) {
        *error = tr("the horizon must be between 1 and 1440 minutes, not %1").arg(options.horizonMin);
        return std::nullopt;
    }
    Result result;
    const qsizetype keep = qsizetype(options.maxDays) * kDayMin;
    if (qsizetype(y.size()) > keep) {
        const qsizetype drop = qsizetype(y.size()) - keep;
        y.erase(y.begin(), y.begin() + drop);
        startTs += drop * 60;
        if (state.any) {
            state.queuedCpus.erase(state.queuedCpus.begin(), state.queuedCpus.begin() + drop);
            for (auto &[h, series] : state.committedCpus)
                series.erase(series.begin(), series.begin() + drop);
        }
        result.notes << tr("only the last %1 days of history are used").arg(options.maxDays);
    }
    const qsizetype n = qsizetype(y.size());
    const int hMax = options.horizonMin;
    const qsizetype needed = 4 * (kMaxLagMin + hMax);
    if (n < needed) {
        *error = tr("%1 minutes of history are too few for a %2-minute forecast (at least %3 are needed)")
                     .arg(n)
                     .arg(hMax)
                     .arg(needed);
        return std::nullopt;
    }
    const bool daily = n >= 3 * kDayMin;
    if (!daily)
        result.notes << tr("less than 3 days of history: no daily lag feature");
    const std::vector<int> horizons = horizonsOf(options);

    const int width = featureCount(daily, state.any);
    // The test part: the last testFraction of the minutes that have a target at the longest horizon.
    const qsizetype first = kMaxLagMin;
    const qsizetype lastWithTarget = n - 1 - hMax;
    const qsizetype testStart = first + qsizetype(double(lastWithTarget - first) * (1.0 - options.testFraction));
    result.split = tr("time-ordered holdout: train on minutes before %1, test on the last %2 minutes")
                       .arg(testStart)
                       .arg(lastWithTarget - testStart + 1);
    result.seriesStartTs = startTs;
    m_done = 0;
    m_total = int(horizons.size()) * 2;
    const ForecastInputs inputs{y,
                                startTs,
                                daily,
                                &state,
                                width,
                                options.algorithm,
                                QJsonObject{{QStringLiteral("trees"), 64},
                                            {QStringLiteral("min_leaf"), 5},
                                            {QStringLiteral("feature_fraction"), 0.5},
                                            {QStringLiteral("gamma"), 1.0 / width},
                                            {QStringLiteral("lambda"), 0.1},
                                            {QStringLiteral("seed"), 1}}};

    for (int h : horizons) {
        if (!tick(tr("forecast: evaluating the %1-minute model").arg(h), error))
            return std::nullopt;
        HorizonEvaluation e;
        if (!evaluateHorizon(inputs, h, first, testStart, lastWithTarget, options.maxTrainRows, &e, error))
            return std::nullopt;
        result.evaluation.push_back(e);
    }
    if (!result.evaluation.empty() && !result.evaluation.front().seasonalNaive)
        result.notes << tr("seasonal-naive needs a day of history before the test part: not computed");

    for (int h : horizons) {
        if (!tick(tr("forecast: fitting the %1-minute model on all history").arg(h), error))
            return std::nullopt;
        const std::vector<qsizetype> train = evenly(first, n - h, options.maxTrainRows);
        std::vector<double> predicted;
        if (!fitPredictShrunk(inputs, h, train, {n - 1}, &predicted, error))
            return std::nullopt;
        result.forecast.emplace_back(startTs + (n - 1 + h) * 60, predicted.front());
    }
    result.busyCpus = std::move(y);
    return result;
}

} // namespace es::ml
