// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace es {
namespace {

const QStringList kKeys{QStringLiteral("format"),      QStringLiteral("name"),
                        QStringLiteral("profile"),     QStringLiteral("workloads"),
                        QStringLiteral("nodes"),       QStringLiteral("cpu_freq"),
                        QStringLiteral("partition"),   QStringLiteral("repeats"),
                        QStringLiteral("exclusive"),   QStringLiteral("time_limit_min"),
                        QStringLiteral("max_retries"), QStringLiteral("sampler_interval_s"),
                        QStringLiteral("seed"),        QStringLiteral("stop_within_pct"),
                        QStringLiteral("cells"),       QStringLiteral("arrival")};

std::optional<int> wholeNumber(const QJsonObject &o, const QString &key, int min, int max, int fallback, QString *error)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::floor(d)) {
        *error = CampaignSpec::tr("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return std::nullopt;
    }
    return int(d);
}

std::optional<QString> text(const QJsonObject &o, const QString &key, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return QString();
    if (!v.isString()) {
        *error = CampaignSpec::tr("\"%1\" must be a string").arg(key);
        return std::nullopt;
    }
    return v.toString();
}

bool readLists(const QJsonObject &o, CampaignSpec *spec, QString *error)
{
    const QJsonValue workloads = o.value(QStringLiteral("workloads"));
    if (!workloads.isArray() || workloads.toArray().isEmpty()) {
        *error = CampaignSpec::tr("\"workloads\" must be a list with at least one workload");
        return false;
    }
    for (const QJsonValue &w : workloads.toArray()) {
        if (!w.isObject()) {
            *error = CampaignSpec::tr("every entry of \"workloads\" must be an object with an \"id\"");
            return false;
        }
        spec->workloadEntries << w.toObject();
    }
    if (o.contains(QStringLiteral("nodes"))) {
        const QJsonValue nodes = o.value(QStringLiteral("nodes"));
        if (!nodes.isArray() || nodes.toArray().isEmpty()) {
            *error = CampaignSpec::tr("\"nodes\" must be a list with at least one node count");
            return false;
        }
        spec->nodeCounts.clear();
        for (const QJsonValue &n : nodes.toArray()) {
            const double d = n.toDouble(-1);
            if (!n.isDouble() || !(d >= 1 && d <= 100000) || d != std::floor(d)) {
                *error = CampaignSpec::tr("\"nodes\": every node count must be a whole number from 1 to 100000");
                return false;
            }
            spec->nodeCounts << int(d);
        }
    }
    if (o.contains(QStringLiteral("cpu_freq"))) {
        const QJsonValue freqs = o.value(QStringLiteral("cpu_freq"));
        if (!freqs.isArray() || freqs.toArray().isEmpty()) {
            *error = CampaignSpec::tr(
                "\"cpu_freq\" must be a list with at least one value (leave it out for Slurm's default)");
            return false;
        }
        for (const QJsonValue &f : freqs.toArray())
            spec->cpuFrequencies << (f.isDouble() ? QString::number(qint64(f.toDouble())) : f.toString());
    }
    return true;
}

bool readCells(const QJsonValue &value, CampaignSpec *spec, QString *error)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = CampaignSpec::tr("\"cells\" must be a list with at least one cell");
        return false;
    }
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        const QString where = CampaignSpec::tr("\"cells\" entry %1").arg(spec->cells.size() + 1);
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("workload") && it.key() != QLatin1String("nodes") &&
                it.key() != QLatin1String("cpu_freq")) {
                *error =
                    CampaignSpec::tr("%1: unknown key \"%2\" (known: workload, nodes, cpu_freq)").arg(where, it.key());
                return false;
            }
        }
        CampaignCellChoice cell;
        const auto workload =
            entry.isObject() ? wholeNumber(o, QStringLiteral("workload"), 0, 999, -1, error) : std::optional<int>(-1);
        const auto nodes = workload ? wholeNumber(o, QStringLiteral("nodes"), 1, 100000, 1, error) : std::nullopt;
        if (!nodes)
            return false;
        if (*workload < 0) {
            *error =
                CampaignSpec::tr("%1 must be an object with \"workload\" (an index into \"workloads\")").arg(where);
            return false;
        }
        const QJsonValue frequency = o.value(QStringLiteral("cpu_freq"));
        if (!frequency.isUndefined() && !frequency.isString() && !frequency.isDouble()) {
            *error = CampaignSpec::tr("%1: \"cpu_freq\" must be a string or a number of kHz").arg(where);
            return false;
        }
        cell.workloadIndex = *workload;
        cell.nodes = *nodes;
        cell.cpuFrequency = frequency.isDouble() ? QString::number(qint64(frequency.toDouble())) : frequency.toString();
        spec->cells << cell;
    }
    return true;
}

/// "cells" and "arrival" each replace part of the factorial design: the keys they replace must not be given too.
bool readDesignMode(const QJsonObject &o, CampaignSpec *spec, QString *error)
{
    const bool cells = o.contains(QStringLiteral("cells"));
    const bool arrival = o.contains(QStringLiteral("arrival"));
    if (cells && arrival) {
        *error = CampaignSpec::tr("\"cells\" and \"arrival\" cannot both be given");
        return false;
    }
    const QStringList replaced = cells ? QStringList{QStringLiteral("nodes"), QStringLiteral("cpu_freq")}
                                       : QStringList{QStringLiteral("nodes"), QStringLiteral("repeats")};
    for (const QString &key : replaced) {
        if ((cells || arrival) && o.contains(key)) {
            *error = CampaignSpec::tr("\"%1\" cannot be given with \"%2\", which sets it")
                         .arg(key, cells ? QStringLiteral("cells") : QStringLiteral("arrival"));
            return false;
        }
    }
    if (cells)
        return readCells(o.value(QStringLiteral("cells")), spec, error);
    if (!arrival)
        return true;
    if (!o.value(QStringLiteral("arrival")).isObject()) {
        *error = CampaignSpec::tr("\"arrival\" must be an object");
        return false;
    }
    spec->arrival = CampaignArrival::fromJson(o.value(QStringLiteral("arrival")).toObject(), error);
    return spec->arrival.has_value();
}

bool validateDesignMode(const CampaignSpec &spec, QString *error)
{
    for (int i = 0; i < spec.cells.size(); ++i) {
        if (spec.cells[i].workloadIndex >= spec.workloadEntries.size()) {
            *error = CampaignSpec::tr("\"cells\" entry %1: workload %2 is not in \"workloads\" (0 to %3)")
                         .arg(i + 1)
                         .arg(spec.cells[i].workloadIndex)
                         .arg(spec.workloadEntries.size() - 1);
            return false;
        }
        if (spec.cells.indexOf(spec.cells[i]) != i) {
            *error = CampaignSpec::tr("\"cells\" entry %1 repeats an earlier cell").arg(i + 1);
            return false;
        }
    }
    if (!spec.arrival)
        return true;
    if (spec.cpuFrequencies.size() > 1) {
        *error = CampaignSpec::tr("\"cpu_freq\": arrival mode takes at most one value");
        return false;
    }
    for (const QJsonObject &entry : spec.workloadEntries) {
        QJsonObject timed = entry;
        timed.insert(QStringLiteral("duration_s"), 30);
        QString ignored;
        if (!CampaignWorkloads::fromJson(timed, &ignored)) {
            *error = CampaignSpec::tr("arrival mode sets each job's duration_s, which workload \"%1\" does not take")
                         .arg(entry.value(QStringLiteral("id")).toString());
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<CampaignSpec> CampaignSpec::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)
                     : tr("a campaign file is a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKeys.contains(it.key())) {
            *error = tr("unknown key \"%1\" (known: %2)").arg(it.key(), kKeys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    if (o.value(QStringLiteral("format")).toInt(-1) != kFormat) {
        *error = tr("\"format\" must be %1 (this program reads campaign files of format %1)").arg(kFormat);
        return std::nullopt;
    }
    CampaignSpec spec;
    const auto name = text(o, QStringLiteral("name"), error);
    const auto profile = name ? text(o, QStringLiteral("profile"), error) : std::nullopt;
    const auto partition = profile ? text(o, QStringLiteral("partition"), error) : std::nullopt;
    if (!partition || !readLists(o, &spec, error) || !readDesignMode(o, &spec, error))
        return std::nullopt;
    spec.name = *name;
    spec.profile = *profile;
    spec.partition = *partition;
    const auto repeats = wholeNumber(o, QStringLiteral("repeats"), 1, 1000, spec.repeats, error);
    const auto limit =
        repeats ? wholeNumber(o, QStringLiteral("time_limit_min"), 1, 525600, spec.timeLimitMin, error) : std::nullopt;
    const auto retries =
        limit ? wholeNumber(o, QStringLiteral("max_retries"), 0, 10, spec.maxRetries, error) : std::nullopt;
    const auto interval =
        retries ? wholeNumber(o, QStringLiteral("sampler_interval_s"), 0, 3600, spec.samplerIntervalS, error)
                : std::nullopt;
    const auto seed =
        interval ? wholeNumber(o, QStringLiteral("seed"), 0, 1000000000, int(spec.seed), error) : std::nullopt;
    if (!seed)
        return std::nullopt;
    const QJsonValue exclusive = o.value(QStringLiteral("exclusive"));
    if (!exclusive.isUndefined() && !exclusive.isBool()) {
        *error = tr("\"exclusive\" must be true or false");
        return std::nullopt;
    }
    spec.repeats = *repeats;
    spec.timeLimitMin = *limit;
    spec.maxRetries = *retries;
    spec.samplerIntervalS = *interval;
    spec.seed = quint32(*seed);
    spec.exclusive = exclusive.toBool(true);
    if (o.contains(QStringLiteral("stop_within_pct"))) {
        const QJsonValue stop = o.value(QStringLiteral("stop_within_pct"));
        if (!stop.isDouble() || !(stop.toDouble() >= 0.1 && stop.toDouble() <= 100)) {
            *error = tr("\"stop_within_pct\" must be a percentage from 0.1 to 100");
            return std::nullopt;
        }
        spec.stopWithinPct = stop.toDouble();
    }
    if (!spec.validate(error))
        return std::nullopt;
    return spec;
}

bool CampaignSpec::validate(QString *error) const
{
    static const QRegularExpression nameRule(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    static const QRegularExpression freqRule(QStringLiteral("^(low|medium|high|highm1|[0-9]{3,9})$"));
    static const QRegularExpression partitionRule(QStringLiteral("^[A-Za-z0-9_.-]{0,64}$"));
    if (!nameRule.match(name).hasMatch()) {
        *error = tr("\"name\" must be 1 to 40 letters, digits, '_', '.' or '-' (it is part of every job's name)");
        return false;
    }
    if (profile.isEmpty()) {
        *error = tr("\"profile\" must name the cluster profile that submits the jobs");
        return false;
    }
    if (!partitionRule.match(partition).hasMatch()) {
        *error = tr("\"partition\" must be a Slurm partition name (letters, digits, '_', '.', '-')");
        return false;
    }
    if (workloadEntries.isEmpty() || nodeCounts.isEmpty()) {
        *error = tr("a campaign needs at least one workload and one node count");
        return false;
    }
    for (const QString &f : cpuFrequencies) {
        if (!freqRule.match(f).hasMatch()) {
            *error = tr("\"cpu_freq\": \"%1\" is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)")
                         .arg(f);
            return false;
        }
    }
    for (const CampaignCellChoice &cell : cells) {
        if (!cell.cpuFrequency.isEmpty() && !freqRule.match(cell.cpuFrequency).hasMatch()) {
            *error = tr("\"cells\": \"%1\" is not a value of sbatch --cpu-freq (low, medium, high, highm1 or kHz)")
                         .arg(cell.cpuFrequency);
            return false;
        }
    }
    for (const QJsonObject &entry : workloadEntries)
        if (!CampaignWorkloads::fromJson(entry, error))
            return false;
    return validateDesignMode(*this, error);
}

QList<CampaignWorkload> CampaignSpec::workloads() const
{
    QList<CampaignWorkload> result;
    QString ignored;
    for (const QJsonObject &entry : workloadEntries)
        if (const auto w = CampaignWorkloads::fromJson(entry, &ignored))
            result << *w;
    return result;
}

QJsonObject CampaignSpec::toJson() const
{
    QJsonArray workloads;
    for (const QJsonObject &entry : workloadEntries)
        workloads.append(entry);
    QJsonArray nodes;
    for (int n : nodeCounts)
        nodes.append(n);
    QJsonObject o{{QStringLiteral("format"), kFormat},         {QStringLiteral("name"), name},
                  {QStringLiteral("profile"), profile},        {QStringLiteral("workloads"), workloads},
                  {QStringLiteral("exclusive"), exclusive},    {QStringLiteral("time_limit_min"), timeLimitMin},
                  {QStringLiteral("max_retries"), maxRetries}, {QStringLiteral("sampler_interval_s"), samplerIntervalS},
                  {QStringLiteral("seed"), double(seed)}};
    if (cells.isEmpty() && !arrival)
        o.insert(QStringLiteral("nodes"), nodes);
    if (!arrival)
        o.insert(QStringLiteral("repeats"), repeats);
    if (!cpuFrequencies.isEmpty() && cells.isEmpty())
        o.insert(QStringLiteral("cpu_freq"), QJsonArray::fromStringList(cpuFrequencies));
    if (!cells.isEmpty()) {
        QJsonArray list;
        for (const CampaignCellChoice &c : cells) {
            QJsonObject cell{{QStringLiteral("workload"), c.workloadIndex}, {QStringLiteral("nodes"), c.nodes}};
            if (!c.cpuFrequency.isEmpty())
                cell.insert(QStringLiteral("cpu_freq"), c.cpuFrequency);
            list.append(cell);
        }
        o.insert(QStringLiteral("cells"), list);
    }
    if (arrival)
        o.insert(QStringLiteral("arrival"), arrival->toJson());
    if (!partition.isEmpty())
        o.insert(QStringLiteral("partition"), partition);
    if (stopWithinPct)
        o.insert(QStringLiteral("stop_within_pct"), *stopWithinPct);
    return o;
}

} // namespace es
