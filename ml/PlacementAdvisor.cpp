// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "PlacementAdvisor.h"

#include "CarbonIntensity.h"
#include "CarbonSeriesWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <set>

namespace es::ml {
namespace {

const QString kName = QStringLiteral("name");
const QString kNodes = QStringLiteral("node_count");
const QString kCpus = QStringLiteral("cpus");
const QString kTime = QStringLiteral("duration_s");

/// The cluster's jobs with a measured energy and a run time, as a dataset: name (task), node_count and cpus
/// (options), duration_s; the target is the energy in joules.
std::optional<Dataset> historyOf(Store &store, const QString &cluster, QString *error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT j.name, j.node_count, COALESCE(j.alloc_cpus, j.req_cpus), COALESCE(m.energy_j, j.energy_j),"
        " COALESCE(m.duration_s, j.elapsed_s) FROM jobs j JOIN clusters c ON c.id = j.cluster_id"
        " LEFT JOIN job_metrics m ON m.job_pk = j.id WHERE c.name = ? AND j.name IS NOT NULL"
        " AND j.node_count IS NOT NULL AND COALESCE(j.alloc_cpus, j.req_cpus) IS NOT NULL"
        " AND COALESCE(m.energy_j, j.energy_j) > 0 AND COALESCE(m.duration_s, j.elapsed_s) > 0"));
    query.addBindValue(cluster);
    if (!query.exec()) {
        *error = PlacementAdvisor::tr("cannot read the job history: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    Dataset data;
    data.targetName = QStringLiteral("energy_j");
    data.description = PlacementAdvisor::tr("store, cluster %1: jobs with measured energy").arg(cluster);
    FeatureColumn name{kName, FeatureKind::Categorical, FeaturePhase::BeforeRun, {}, {}};
    FeatureColumn nodes{kNodes, FeatureKind::Numeric, FeaturePhase::BeforeRun, {}, {}};
    FeatureColumn cpus{kCpus, FeatureKind::Numeric, FeaturePhase::BeforeRun, {}, {}};
    FeatureColumn time{kTime, FeatureKind::Numeric, FeaturePhase::AfterRun, {}, {}};
    while (query.next()) {
        name.categories << query.value(0).toString();
        nodes.numbers.push_back(query.value(1).toDouble());
        cpus.numbers.push_back(query.value(2).toDouble());
        data.target.push_back(query.value(3).toDouble());
        time.numbers.push_back(query.value(4).toDouble());
    }
    data.columns = {name, nodes, cpus, time};
    return data;
}

/// The task's cell run most often (ties: the lower node count, then CPUs).
const ReplayTable::Cell &mostRunCell(const ReplayTable &table, int task)
{
    const ReplayTable::Cell *best = nullptr;
    for (int c : table.tasks()[size_t(task)].cells) {
        const ReplayTable::Cell &cell = table.cells()[size_t(c)];
        if (!best || cell.runs > best->runs)
            best = &cell;
    }
    return *best;
}

qint64 asCount(const QString &text)
{
    return qint64(std::llround(text.toDouble()));
}

double objectiveKey(const PlacementAdvisor::Candidate &c, PlacementAdvisor::Objective objective)
{
    switch (objective) {
    case PlacementAdvisor::Objective::Energy:
        return c.energyJ;
    case PlacementAdvisor::Objective::Time:
        return c.timeS;
    case PlacementAdvisor::Objective::EnergyDelay:
        return c.energyJ * c.timeS;
    case PlacementAdvisor::Objective::Carbon:
        return c.carbonG.value_or(std::numeric_limits<double>::infinity());
    }
    return c.energyJ;
}

std::optional<CarbonIntensity> carbonSeries(Store &store, const QString &name, qint64 fromTs, qint64 untilTs,
                                            QString *error)
{
    CarbonSeriesWriter series(store);
    // A day of margin on both sides: the point in force at fromTs may start before it.
    const auto points = series.read(name, fromTs - 86400, untilTs + 86400, error);
    if (!points)
        return std::nullopt;
    if (points->isEmpty()) {
        *error =
            PlacementAdvisor::tr("the carbon series %1 has no points around the run (import-carbon first)").arg(name);
        return std::nullopt;
    }
    return CarbonIntensity::fromPoints(*points, 0, error);
}

/// Every candidate (node count x CPU count, the job as asked among them) and its inputs, in the same order.
bool candidateGrid(const ReplayTable &table, int task, const PlacementAdvisor::Request &request,
                   std::vector<PlacementAdvisor::Candidate> *candidates, Eigen::MatrixXd *inputs, QString *error)
{
    const ReplayTable::Cell &usual = mostRunCell(table, task);
    const qint64 defaultNodes = request.defaultNodes > 0 ? request.defaultNodes : asCount(usual.option[0]);
    const qint64 defaultCpus = request.defaultCpus > 0 ? request.defaultCpus : asCount(usual.option[1]);
    std::set<qint64> nodeCounts(request.nodeCounts.begin(), request.nodeCounts.end());
    std::set<qint64> cpuCounts(request.cpuCounts.begin(), request.cpuCounts.end());
    nodeCounts.insert(defaultNodes);
    cpuCounts.insert(defaultCpus);
    double minNodes = INFINITY, maxNodes = -INFINITY, minCpus = INFINITY, maxCpus = -INFINITY;
    for (const ReplayTable::Cell &cell : table.cells()) {
        minNodes = std::min(minNodes, cell.option[0].toDouble());
        maxNodes = std::max(maxNodes, cell.option[0].toDouble());
        minCpus = std::min(minCpus, cell.option[1].toDouble());
        maxCpus = std::max(maxCpus, cell.option[1].toDouble());
    }
    *inputs = Eigen::MatrixXd(qsizetype(nodeCounts.size() * cpuCounts.size()), table.inputs().cols());
    for (qint64 nodes : nodeCounts)
        for (qint64 cpus : cpuCounts) {
            if (cpus < nodes)
                continue; // a node runs at least one task
            const auto row = table.encodeCandidate(task, {QString::number(nodes), QString::number(cpus)}, error);
            if (!row)
                return false;
            inputs->row(qsizetype(candidates->size())) = *row;
            PlacementAdvisor::Candidate c;
            c.nodes = nodes;
            c.cpus = cpus;
            c.isDefault = nodes == defaultNodes && cpus == defaultCpus;
            c.extrapolated = double(nodes) < minNodes || double(nodes) > maxNodes || double(cpus) < minCpus ||
                             double(cpus) > maxCpus;
            candidates->push_back(c);
        }
    inputs->conservativeResize(qsizetype(candidates->size()), Eigen::NoChange);
    return true;
}

/// Predicted energy and time (relative to the task's median measured cell, with their intervals) and what each
/// candidate measured when it ever ran.
void fillPredictions(const ReplayTable &table, int task, const AdviceForests &forests, const Eigen::MatrixXd &inputs,
                     std::vector<PlacementAdvisor::Candidate> *candidates)
{
    const AdviceForests::Prediction p = forests.predict(inputs);
    const ReplayTable::Task &t = table.tasks()[size_t(task)];
    for (size_t i = 0; i < candidates->size(); ++i) {
        PlacementAdvisor::Candidate &c = (*candidates)[i];
        const double e = p.relativeEnergyLog(qsizetype(i)), r = p.relativeTimeLog(qsizetype(i));
        c.energyJ = t.medianEnergy * std::exp(e);
        c.energyLowerJ = t.medianEnergy * std::exp(e - forests.relativeEnergyHalfWidthLog());
        c.energyUpperJ = t.medianEnergy * std::exp(e + forests.relativeEnergyHalfWidthLog());
        c.timeS = t.medianTimeS * std::exp(r);
        c.timeLowerS = t.medianTimeS * std::exp(r - forests.relativeTimeHalfWidthLog());
        c.timeUpperS = t.medianTimeS * std::exp(r + forests.relativeTimeHalfWidthLog());
        for (int cell : t.cells) {
            const ReplayTable::Cell &m = table.cells()[size_t(cell)];
            if (asCount(m.option[0]) == c.nodes && asCount(m.option[1]) == c.cpus) {
                c.measuredRuns = m.runs;
                c.measuredEnergyJ = m.energy;
                c.measuredTimeS = m.timeS;
            }
        }
    }
}

/// The changes against the job as asked, the time limit, and the carbon over the run window when asked.
bool compareWithReference(Store &store, const PlacementAdvisor::Request &request,
                          const PlacementAdvisor::Candidate &referenceIn,
                          std::vector<PlacementAdvisor::Candidate> *candidates, QStringList *notes, QString *error)
{
    const PlacementAdvisor::Candidate reference = referenceIn;
    std::optional<CarbonIntensity> carbon;
    if (!request.carbonSeries.isEmpty()) {
        double longestS = 0;
        for (const PlacementAdvisor::Candidate &c : *candidates)
            longestS = std::max(longestS, c.timeUpperS);
        carbon = carbonSeries(store, request.carbonSeries, request.beginTs, request.beginTs + qint64(longestS), error);
        if (!carbon)
            return false;
    }
    for (PlacementAdvisor::Candidate &c : *candidates) {
        c.energyChangePct = 100.0 * (c.energyJ / reference.energyJ - 1);
        c.timeChangePct = 100.0 * (c.timeS / reference.timeS - 1);
        c.powerChangePct = 100.0 * ((c.energyJ / c.timeS) / (reference.energyJ / reference.timeS) - 1);
        c.withinTimeLimit =
            !request.maxTimeIncreasePct || c.timeS <= reference.timeS * (1 + *request.maxTimeIncreasePct / 100.0);
        if (carbon) {
            QString why;
            c.carbonG =
                carbon->gramsForEnergy(request.beginTs, std::max<qint64>(1, std::llround(c.timeS)), c.energyJ, &why);
            if (!c.carbonG)
                *notes << PlacementAdvisor::tr("%1 nodes, %2 CPUs: no carbon figure: %3")
                              .arg(c.nodes)
                              .arg(c.cpus)
                              .arg(why);
        }
    }
    return true;
}

/// Best first by the objective; candidates outside the measured range or the limits last, never chosen.
void rank(const PlacementAdvisor::Request &request, std::vector<PlacementAdvisor::Candidate> &&candidates,
          PlacementAdvisor::Advice *advice)
{
    const auto eligible = [&](const PlacementAdvisor::Candidate &c) {
        return !c.extrapolated && c.withinTimeLimit &&
               (request.objective != PlacementAdvisor::Objective::Carbon || c.carbonG.has_value());
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](const PlacementAdvisor::Candidate &a, const PlacementAdvisor::Candidate &b) {
                         if (eligible(a) != eligible(b))
                             return eligible(a);
                         return objectiveKey(a, request.objective) < objectiveKey(b, request.objective);
                     });
    advice->ranked = std::move(candidates);
    if (eligible(advice->ranked.front()))
        advice->chosen = 0;
    else
        advice->reason = PlacementAdvisor::tr("no advice: no candidate is within the limits and the measured range");
}

} // namespace

AdviceRecord PlacementAdvisor::recordOf(const Advice &advice, const Request &request, qint64 nowTs)
{
    const Candidate &c = advice.ranked[size_t(advice.chosen)];
    AdviceRecord r;
    r.createdTs = nowTs;
    r.cluster = request.cluster;
    r.jobName = request.jobName;
    r.objective = objectiveName(request.objective);
    r.maxTimeIncreasePct = request.maxTimeIncreasePct;
    r.nodes = c.nodes;
    r.cpus = c.cpus;
    r.energyJ = c.energyJ;
    r.energyLowerJ = c.energyLowerJ;
    r.energyUpperJ = c.energyUpperJ;
    r.timeS = c.timeS;
    r.timeUpperS = c.timeUpperS;
    // The change against the job as asked gives its prediction back.
    r.defaultEnergyJ = c.energyJ / (1 + c.energyChangePct / 100);
    r.defaultTimeS = c.timeS / (1 + c.timeChangePct / 100);
    r.status = QStringLiteral("advised");
    return r;
}

std::optional<PlacementAdvisor::Objective> PlacementAdvisor::objectiveFromName(const QString &name)
{
    for (Objective o : {Objective::Energy, Objective::Time, Objective::EnergyDelay, Objective::Carbon})
        if (objectiveName(o) == name)
            return o;
    return std::nullopt;
}

QString PlacementAdvisor::objectiveName(Objective objective)
{
    switch (objective) {
    case Objective::Energy:
        return QStringLiteral("energy");
    case Objective::Time:
        return QStringLiteral("time");
    case Objective::EnergyDelay:
        return QStringLiteral("edp");
    case Objective::Carbon:
        return QStringLiteral("carbon");
    }
    return {};
}

bool PlacementAdvisor::tick(const QString &stage, QString *error)
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

std::optional<PlacementAdvisor::Advice> PlacementAdvisor::advise(Store &store, const Request &request, QString *error)
{
    if (request.objective == Objective::Carbon && request.carbonSeries.isEmpty()) {
        *error = tr("the carbon objective needs a carbon series (import-carbon, then --carbon NAME)");
        return std::nullopt;
    }
    const auto data = historyOf(store, request.cluster, error);
    if (!data)
        return std::nullopt;
    Advice advice;
    if (data->rowCount() == 0) {
        advice.reason =
            tr("no advice: no job of cluster %1 has both a measured energy and a run time").arg(request.cluster);
        return advice;
    }
    const ReplayTable::Columns columns{QStringLiteral("energy_j"), kTime, {kName}, {kNodes, kCpus}, {}};
    auto table = ReplayTable::fromDataset(*data, columns, &advice.notes, error);
    if (!table) {
        // Fewer than two tasks: nothing to learn across tasks from.
        advice.reason = tr("no advice: %1").arg(*error);
        error->clear();
        return advice;
    }
    advice.tasks = int(table->tasks().size());
    advice.cells = int(table->cells().size());
    advice.runs = table->runCount();
    const int task = table->taskIndex({request.jobName});
    if (task < 0) {
        advice.reason = tr("no advice: no measured run of jobs named '%1' in cluster %2 — outside what we have "
                           "measured")
                            .arg(request.jobName, request.cluster);
        return advice;
    }
    for (int c : table->tasks()[size_t(task)].cells)
        advice.runsOfTask += table->cells()[size_t(c)].runs;

    AdviceForests forests;
    AdviceForests::Options options;
    options.trees = request.trees;
    options.intervalCoverage = request.intervalCoverage;
    m_done = 0;
    m_total = AdviceForests::fitsPerTraining(options);
    std::vector<int> allTasks(table->tasks().size());
    for (size_t t = 0; t < allTasks.size(); ++t)
        allTasks[t] = int(t);
    if (!forests.train(
            *table, allTasks, options, [this](const QString &s, QString *e) { return tick(s, e); }, error))
        return std::nullopt;

    std::vector<Candidate> candidates;
    Eigen::MatrixXd inputs;
    if (!candidateGrid(*table, task, request, &candidates, &inputs, error))
        return std::nullopt;
    fillPredictions(*table, task, forests, inputs, &candidates);
    const auto reference =
        std::find_if(candidates.begin(), candidates.end(), [](const Candidate &c) { return c.isDefault; });
    if (reference == candidates.end()) {
        advice.reason = tr("no advice: the job's own request cannot be a candidate (fewer CPUs than nodes)");
        return advice;
    }
    if (!compareWithReference(store, request, *reference, &candidates, &advice.notes, error))
        return std::nullopt;
    rank(request, std::move(candidates), &advice);
    return advice;
}

} // namespace es::ml
