// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignProposer.h"

#include "CampaignSummary.h"
#include "Statistics.h"

#include <QHash>
#include <QSet>

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace es::ml {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

struct Observation
{
    int nodes = 1;
    QString cpuFrequency;
    double value = 0; ///< log of the measured quantity
};

/// Least squares of log(value) on 1, log2(nodes) (when more than one node count was measured) and one indicator
/// per measured frequency but the most measured one (when more than one was).
class LogLinearFit
{
public:
    explicit LogLinearFit(const std::vector<Observation> &rows, double coverage) : m_rows(rows)
    {
        std::map<QString, int> frequencyCounts;
        for (const Observation &o : rows) {
            m_nodeCounts.insert(o.nodes);
            ++frequencyCounts[o.cpuFrequency];
        }
        int baseCount = 0;
        for (const auto &[frequency, count] : frequencyCounts) {
            if (count > baseCount) {
                m_baseFrequency = frequency;
                baseCount = count;
            }
        }
        for (const auto &[frequency, count] : frequencyCounts)
            if (frequency != m_baseFrequency)
                m_frequencyColumns << frequency;
        m_width = 1 + (m_nodeCounts.size() > 1 ? 1 : 0) + int(m_frequencyColumns.size());
        fit(coverage);
    }

    /// Why the fit cannot predict (nodes, frequency), or an empty string.
    QString unpredictable(int nodes, const QString &frequency) const
    {
        if (m_rows.empty())
            return CampaignProposer::tr("never measured");
        if (m_nodeCounts.size() == 1 && !m_nodeCounts.contains(nodes))
            return CampaignProposer::tr("measured on %1 node(s) only").arg(*m_nodeCounts.begin());
        if (frequency != m_baseFrequency && !m_frequencyColumns.contains(frequency))
            return CampaignProposer::tr("never measured at this CPU frequency");
        if (!m_valid)
            return CampaignProposer::tr("%n completed run(s): too few to tell the spread", nullptr, int(m_rows.size()));
        return QString();
    }

    /// The prediction in log units and the half width of its interval (call when unpredictable() is empty).
    std::pair<double, double> predict(int nodes, const QString &frequency) const
    {
        const Eigen::VectorXd x = features(nodes, frequency);
        const double leverage = x.dot(m_inverse * x);
        return {x.dot(m_beta), m_t * std::sqrt(m_residualVariance * (1.0 + leverage))};
    }

private:
    Eigen::VectorXd features(int nodes, const QString &frequency) const
    {
        Eigen::VectorXd x = Eigen::VectorXd::Zero(m_width);
        x[0] = 1;
        int column = 1;
        if (m_nodeCounts.size() > 1)
            x[column++] = std::log2(double(nodes));
        for (const QString &f : m_frequencyColumns)
            x[column++] = f == frequency ? 1.0 : 0.0;
        return x;
    }

    void fit(double coverage)
    {
        const int n = int(m_rows.size());
        const int degrees = n - m_width;
        if (degrees < 1)
            return;
        Eigen::MatrixXd x(n, m_width);
        Eigen::VectorXd y(n);
        for (int i = 0; i < n; ++i) {
            x.row(i) = features(m_rows[size_t(i)].nodes, m_rows[size_t(i)].cpuFrequency).transpose();
            y[i] = m_rows[size_t(i)].value;
        }
        const Eigen::MatrixXd gram = x.transpose() * x;
        const Eigen::FullPivLU<Eigen::MatrixXd> lu(gram);
        if (lu.rank() < m_width)
            return;
        m_inverse = lu.inverse();
        m_beta = m_inverse * (x.transpose() * y);
        m_residualVariance = (y - x * m_beta).squaredNorm() / double(degrees);
        m_t = statistics::studentT(degrees, 0.5 + coverage / 2.0);
        m_valid = std::isfinite(m_t);
    }

    std::vector<Observation> m_rows;
    QSet<int> m_nodeCounts;
    QString m_baseFrequency;
    QStringList m_frequencyColumns;
    int m_width = 1;
    bool m_valid = false;
    Eigen::MatrixXd m_inverse;
    Eigen::VectorXd m_beta;
    double m_residualVariance = 0;
    double m_t = 0;
};

struct WorkloadRuns
{
    std::vector<Observation> energy, duration;
    std::vector<double> durationsS;
    QHash<QString, int> runsPerCell; ///< "nodes/frequency" -> completed runs with energy
};

QString cellKey(int nodes, const QString &frequency)
{
    return QString::number(nodes) + u'/' + frequency;
}

WorkloadRuns runsOf(const QJsonObject &entry, const QList<CampaignRunRecord> &runs)
{
    WorkloadRuns result;
    for (const CampaignRunRecord &run : runs) {
        if (run.state != QLatin1String("completed") || run.cell.value(QStringLiteral("workload")).toObject() != entry)
            continue;
        const int nodes = run.cell.value(QStringLiteral("nodes")).toInt(1);
        const QString frequency = run.cell.value(QStringLiteral("cpu_freq")).toString();
        if (run.energyJ && *run.energyJ > 0) {
            result.energy.push_back({nodes, frequency, std::log(*run.energyJ)});
            ++result.runsPerCell[cellKey(nodes, frequency)];
        }
        if (run.durationS && *run.durationS > 0) {
            result.duration.push_back({nodes, frequency, std::log(*run.durationS)});
            result.durationsS.push_back(*run.durationS);
        }
    }
    return result;
}

void choose(QList<ProposalCandidate> &candidates, const ProposalOptions &options)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const ProposalCandidate &a, const ProposalCandidate &b) {
        const bool aUnknown = !a.energyJ, bUnknown = !b.energyJ;
        if (aUnknown != bUnknown)
            return aUnknown;
        if (aUnknown)
            return a.coreHours < b.coreHours;
        return a.logHalfWidth > b.logHalfWidth;
    });
    double leftCoreHours = options.budgetCoreHours;
    for (ProposalCandidate &c : candidates) {
        const double cost = c.coreHours * options.repeats;
        if (cost <= leftCoreHours) {
            c.chosen = true;
            leftCoreHours -= cost;
        } else {
            c.why += CampaignProposer::tr("; over the budget left (%1 core-hours)").arg(leftCoreHours, 0, 'f', 3);
        }
    }
}

} // namespace

QList<ProposalCandidate> CampaignProposer::propose(const CampaignSpec &spec, const QList<CampaignRunRecord> &runs,
                                                   const ProposalOptions &options)
{
    QList<int> nodeCounts = options.nodeCounts.isEmpty() ? spec.nodeCounts : options.nodeCounts;
    for (const CampaignCellChoice &c : spec.cells)
        if (options.nodeCounts.isEmpty() && !nodeCounts.contains(c.nodes))
            nodeCounts << c.nodes;
    QStringList frequencies = options.cpuFrequencies.isEmpty() ? spec.cpuFrequencies : options.cpuFrequencies;
    if (frequencies.isEmpty())
        frequencies << QString();
    QList<ProposalCandidate> candidates;
    for (int w = 0; w < spec.workloadEntries.size(); ++w) {
        const WorkloadRuns measured = runsOf(spec.workloadEntries[w], runs);
        const LogLinearFit energy(measured.energy, options.coverage);
        const LogLinearFit duration(measured.duration, options.coverage);
        std::vector<double> durationsS = measured.durationsS;
        const double fallbackS =
            durationsS.empty() ? spec.timeLimitMin * 60.0 : CampaignSummary::quantile(durationsS, 0.5);
        for (int nodes : nodeCounts) {
            for (const QString &frequency : frequencies) {
                ProposalCandidate c;
                c.workloadIndex = w;
                c.workload = spec.workloadEntries[w].value(QStringLiteral("id")).toString();
                c.nodes = nodes;
                c.cpuFrequency = frequency;
                c.measuredRuns = measured.runsPerCell.value(cellKey(nodes, frequency));
                c.why = energy.unpredictable(nodes, frequency);
                if (c.why.isEmpty()) {
                    const auto [logEnergy, halfWidth] = energy.predict(nodes, frequency);
                    c.energyJ = std::exp(logEnergy);
                    c.energyLowerJ = std::exp(logEnergy - halfWidth);
                    c.energyUpperJ = std::exp(logEnergy + halfWidth);
                    c.logHalfWidth = halfWidth;
                    c.why = tr("90% interval from ×%1 to ×%2 of the prediction (%n run(s) of this cell)", nullptr,
                               c.measuredRuns)
                                .arg(std::exp(-halfWidth), 0, 'f', 2)
                                .arg(std::exp(halfWidth), 0, 'f', 2);
                } else {
                    c.logHalfWidth = kInfinity;
                }
                c.durationS = duration.unpredictable(nodes, frequency).isEmpty()
                                  ? std::exp(duration.predict(nodes, frequency).first)
                                  : fallbackS;
                c.coreHours = nodes * double(options.coresPerNode) * c.durationS / 3600.0;
                candidates << c;
            }
        }
    }
    choose(candidates, options);
    return candidates;
}

CampaignSpec CampaignProposer::followUp(const CampaignSpec &spec, const QList<ProposalCandidate> &candidates,
                                        const QString &name, int repeats)
{
    CampaignSpec next = spec;
    next.name = name;
    next.repeats = repeats;
    next.arrival.reset();
    next.cells.clear();
    for (const ProposalCandidate &c : candidates)
        if (c.chosen)
            next.cells << CampaignCellChoice{c.workloadIndex, c.nodes, c.cpuFrequency};
    return next;
}

QJsonObject CampaignProposer::toJson(const ProposalCandidate &c)
{
    QJsonObject o{{QStringLiteral("workload"), c.workload},
                  {QStringLiteral("nodes"), c.nodes},
                  {QStringLiteral("measured_runs"), c.measuredRuns},
                  {QStringLiteral("duration_s"), c.durationS},
                  {QStringLiteral("core_hours"), c.coreHours},
                  {QStringLiteral("chosen"), c.chosen},
                  {QStringLiteral("why"), c.why}};
    if (!c.cpuFrequency.isEmpty())
        o.insert(QStringLiteral("cpu_freq"), c.cpuFrequency);
    if (c.energyJ) {
        o.insert(QStringLiteral("energy_j"), *c.energyJ);
        o.insert(QStringLiteral("energy_lower_j"), *c.energyLowerJ);
        o.insert(QStringLiteral("energy_upper_j"), *c.energyUpperJ);
        o.insert(QStringLiteral("log_half_width"), c.logHalfWidth);
    }
    return o;
}

} // namespace es::ml
