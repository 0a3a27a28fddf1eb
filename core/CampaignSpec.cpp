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

const QStringList kKeys{
    QStringLiteral("format"),         QStringLiteral("name"),           QStringLiteral("profile"),
    QStringLiteral("workloads"),      QStringLiteral("nodes"),          QStringLiteral("cpu_freq"),
    QStringLiteral("partition"),      QStringLiteral("repeats"),        QStringLiteral("exclusive"),
    QStringLiteral("time_limit_min"), QStringLiteral("max_retries"),    QStringLiteral("sampler_interval_s"),
    QStringLiteral("seed"),           QStringLiteral("stop_within_pct")};

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
    if (!partition || !readLists(o, &spec, error))
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
    for (const QJsonObject &entry : workloadEntries)
        if (!CampaignWorkloads::fromJson(entry, error))
            return false;
    return true;
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
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("profile"), profile},
                  {QStringLiteral("workloads"), workloads},
                  {QStringLiteral("nodes"), nodes},
                  {QStringLiteral("repeats"), repeats},
                  {QStringLiteral("exclusive"), exclusive},
                  {QStringLiteral("time_limit_min"), timeLimitMin},
                  {QStringLiteral("max_retries"), maxRetries},
                  {QStringLiteral("sampler_interval_s"), samplerIntervalS},
                  {QStringLiteral("seed"), double(seed)}};
    if (!cpuFrequencies.isEmpty())
        o.insert(QStringLiteral("cpu_freq"), QJsonArray::fromStringList(cpuFrequencies));
    if (!partition.isEmpty())
        o.insert(QStringLiteral("partition"), partition);
    if (stopWithinPct)
        o.insert(QStringLiteral("stop_within_pct"), *stopWithinPct);
    return o;
}

} // namespace es
