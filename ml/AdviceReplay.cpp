// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviceReplay.h"

#include "AdviceForests.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <random>

namespace es::ml {
namespace {

/// Tasks into k folds: sorted by key (a stable order whatever the file's row order), shuffled with the seed, dealt
/// round robin.
std::vector<int> taskFolds(const ReplayTable &table, int k, std::uint64_t seed)
{
    std::vector<int> order(table.tasks().size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return table.tasks()[size_t(a)].key < table.tasks()[size_t(b)].key; });
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> fold(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        fold[size_t(order[i])] = int(i % size_t(k));
    return fold;
}

} // namespace

bool AdviceReplay::tick(const QString &stage, QString *error)
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

AdviceReplay::Choice AdviceReplay::choose(const ReplayTable &table, int task, const AdviceForests &models,
                                          const Options &options) const
{
    const ReplayTable::Task &t = table.tasks()[size_t(task)];
    const Eigen::MatrixXd x = AdviceForests::inputRows(table, t.cells);
    const AdviceForests::Prediction p = models.predict(x);
    const Eigen::VectorXd &energy = p.relativeEnergyLog;
    const Eigen::VectorXd &time = p.timeVsMedianLog;
    const Eigen::VectorXd &logEnergy = p.energyLog;
    Choice choice;
    choice.task = task;
    int best = -1;
    const double limitLog =
        options.maxTimeIncreasePct ? std::log1p(*options.maxTimeIncreasePct / 100.0) - models.timeMarginLog() : 0;
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
        if (options.maxTimeIncreasePct && time(i) > limitLog)
            continue;
        if (best < 0 || energy(i) < energy(best))
            best = int(i);
    }
    if (best < 0) {
        choice.fallback = true;
        Eigen::Index fastest = 0;
        time.minCoeff(&fastest);
        best = int(fastest);
    }
    choice.cell = t.cells[size_t(best)];
    choice.predictedEnergy = std::exp(logEnergy(best));
    choice.energyLower = std::exp(logEnergy(best) - models.energyHalfWidthLog());
    choice.energyUpper = std::exp(logEnergy(best) + models.energyHalfWidthLog());
    choice.predictedTimeRatio = std::exp(time(best));

    // Scored with what was measured.
    const auto feasible = [&](int cell) {
        return !options.maxTimeIncreasePct ||
               table.cells()[size_t(cell)].timeS <= t.medianTimeS * (1 + *options.maxTimeIncreasePct / 100.0);
    };
    for (int c : t.cells)
        if (feasible(c) &&
            (choice.oracle < 0 || table.cells()[size_t(c)].energy < table.cells()[size_t(choice.oracle)].energy))
            choice.oracle = c;
    const double chosenEnergy = table.cells()[size_t(choice.cell)].energy;
    const double oracleEnergy = table.cells()[size_t(choice.oracle)].energy;
    choice.feasible = feasible(choice.cell);
    choice.savingPct = 100.0 * (t.medianEnergy - chosenEnergy) / t.medianEnergy;
    choice.oracleSavingPct = 100.0 * (t.medianEnergy - oracleEnergy) / t.medianEnergy;
    choice.capture = t.medianEnergy > oracleEnergy
                         ? std::min(1.0, (t.medianEnergy - chosenEnergy) / (t.medianEnergy - oracleEnergy))
                         : 1.0;
    return choice;
}

std::optional<AdviceReplay::Result> AdviceReplay::run(const QString &csvPath, const Options &options, QString *error)
{
    QElapsedTimer timer;
    timer.start();
    if (options.groupFolds < 2 || options.innerFolds < 2) {
        *error = tr("a replay needs at least 2 group folds and 2 inner folds");
        return std::nullopt;
    }
    if (options.maxTimeIncreasePct && !(*options.maxTimeIncreasePct >= 0)) {
        *error = tr("the time limit must be a percentage of 0 or more");
        return std::nullopt;
    }
    QStringList notes;
    auto table = ReplayTable::fromCsv(csvPath, options.columns, &notes, error);
    if (!table)
        return std::nullopt;
    const int taskCount = int(table->tasks().size());
    if (taskCount < options.groupFolds) {
        *error = tr("%1 tasks cannot be held out in %2 folds").arg(taskCount).arg(options.groupFolds);
        return std::nullopt;
    }
    const std::vector<int> fold = taskFolds(*table, options.groupFolds, options.seed);
    m_done = 0;
    const AdviceForests::Options forestOptions{options.trees, options.innerFolds, options.intervalCoverage,
                                               options.seed};
    m_total = options.groupFolds * AdviceForests::fitsPerTraining(forestOptions);
    Result result{std::move(*table), {}, {}, notes};
    const ReplayTable &data = result.table;
    double marginSum = 0;
    for (int k = 0; k < options.groupFolds; ++k) {
        std::vector<int> trainTasks, testTasks;
        for (int t = 0; t < taskCount; ++t)
            (fold[size_t(t)] == k ? testTasks : trainTasks).push_back(t);
        AdviceForests models;
        const AdviceForests::Tick tick = [this](const QString &stage, QString *e) { return this->tick(stage, e); };
        if (!models.train(data, trainTasks, forestOptions, tick, error))
            return std::nullopt;
        marginSum += models.timeMarginLog();
        for (int t : testTasks) {
            Choice choice = choose(data, t, models, options);
            choice.fold = k;
            result.choices.push_back(choice);
        }
    }
    std::sort(result.choices.begin(), result.choices.end(),
              [](const Choice &a, const Choice &b) { return a.task < b.task; });

    Summary &s = result.summary;
    s.tasks = taskCount;
    s.cells = int(data.cells().size());
    s.runs = data.runCount();
    int infeasible = 0, covered = 0;
    for (const Choice &c : result.choices) {
        const ReplayTable::Task &task = data.tasks()[size_t(c.task)];
        const ReplayTable::Cell &cell = data.cells()[size_t(c.cell)];
        s.meanSavingPct += c.savingPct;
        s.meanOracleSavingPct += c.oracleSavingPct;
        s.capture += c.capture;
        s.meanRegretPct += c.oracleSavingPct - c.savingPct;
        s.meanTimeChangePct += 100.0 * (cell.timeS - task.medianTimeS) / task.medianTimeS;
        infeasible += !c.feasible;
        covered += cell.energy >= c.energyLower && cell.energy <= c.energyUpper;
        s.fallbacks += c.fallback;
    }
    const double n = double(result.choices.size());
    s.meanSavingPct /= n;
    s.meanOracleSavingPct /= n;
    s.capture /= n;
    s.meanRegretPct /= n;
    s.meanTimeChangePct /= n;
    s.infeasibleShare = infeasible / n;
    s.intervalCoverage = covered / n;
    s.timeMarginLog = marginSum / options.groupFolds;
    s.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

namespace {

QJsonValue columnValue(const ReplayTable &table, const QString &column, const QString &text)
{
    if (table.isNumeric(column))
        return QLocale::c().toDouble(text);
    return text;
}

QJsonObject valuesObject(const ReplayTable &table, const QStringList &columns, const std::vector<QString> &values)
{
    QJsonObject object;
    for (qsizetype i = 0; i < columns.size(); ++i)
        object.insert(columns[i], columnValue(table, columns[i], values[size_t(i)]));
    return object;
}

} // namespace

QJsonObject AdviceReplay::toJson(const Result &result, const Options &options)
{
    const ReplayTable &table = result.table;
    const ReplayTable::Columns &columns = table.columns();
    QJsonArray choices;
    for (const Choice &c : result.choices) {
        const ReplayTable::Task &task = table.tasks()[size_t(c.task)];
        const ReplayTable::Cell &cell = table.cells()[size_t(c.cell)];
        const ReplayTable::Cell &oracle = table.cells()[size_t(c.oracle)];
        choices.append(QJsonObject{
            {QStringLiteral("task"), valuesObject(table, columns.task, task.key)},
            {QStringLiteral("fold"), c.fold},
            {QStringLiteral("option"), valuesObject(table, columns.option, cell.option)},
            {QStringLiteral("predicted"), QJsonObject{{QStringLiteral("energy"), c.predictedEnergy},
                                                      {QStringLiteral("energy_lower"), c.energyLower},
                                                      {QStringLiteral("energy_upper"), c.energyUpper},
                                                      {QStringLiteral("time_vs_median"), c.predictedTimeRatio},
                                                      {QStringLiteral("fallback_fastest"), c.fallback}}},
            {QStringLiteral("measured"), QJsonObject{{QStringLiteral("energy"), cell.energy},
                                                     {QStringLiteral("time_s"), cell.timeS},
                                                     {QStringLiteral("runs"), cell.runs},
                                                     {QStringLiteral("feasible"), c.feasible}}},
            {QStringLiteral("median"),
             QJsonObject{{QStringLiteral("energy"), task.medianEnergy}, {QStringLiteral("time_s"), task.medianTimeS}}},
            {QStringLiteral("oracle"),
             QJsonObject{{QStringLiteral("option"), valuesObject(table, columns.option, oracle.option)},
                         {QStringLiteral("energy"), oracle.energy},
                         {QStringLiteral("time_s"), oracle.timeS}}},
            {QStringLiteral("saving_pct"), c.savingPct},
            {QStringLiteral("oracle_saving_pct"), c.oracleSavingPct},
            {QStringLiteral("capture"), c.capture},
        });
    }
    const Summary &s = result.summary;
    const QJsonObject summary{
        {QStringLiteral("tasks"), s.tasks},
        {QStringLiteral("cells"), s.cells},
        {QStringLiteral("runs"), double(s.runs)},
        {QStringLiteral("group_folds"), options.groupFolds},
        {QStringLiteral("max_time_increase_pct"),
         options.maxTimeIncreasePct ? QJsonValue(*options.maxTimeIncreasePct) : QJsonValue()},
        {QStringLiteral("mean_saving_pct"), s.meanSavingPct},
        {QStringLiteral("mean_oracle_saving_pct"), s.meanOracleSavingPct},
        {QStringLiteral("capture"), s.capture},
        {QStringLiteral("mean_regret_pct"), s.meanRegretPct},
        {QStringLiteral("infeasible_share"), s.infeasibleShare},
        {QStringLiteral("interval_coverage"), s.intervalCoverage},
        {QStringLiteral("interval_nominal"), options.intervalCoverage},
        {QStringLiteral("mean_time_change_pct"), s.meanTimeChangePct},
        {QStringLiteral("fallbacks"), s.fallbacks},
        {QStringLiteral("time_margin_log"), s.timeMarginLog},
        {QStringLiteral("seconds"), s.seconds},
    };
    return {{QStringLiteral("command"), QStringLiteral("advise replay")},
            {QStringLiteral("energy_column"), columns.energy},
            {QStringLiteral("time_column"), columns.timeS},
            {QStringLiteral("choices"), choices},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)}};
}

} // namespace es::ml
