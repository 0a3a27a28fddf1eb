// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignArrival.h"

#include <QJsonArray>

#include <cmath>
#include <random>

namespace es {
namespace {

const QStringList kKeys{QStringLiteral("simulated_hours"),  QStringLiteral("compress"),
                        QStringLiteral("start_hour"),       QStringLiteral("day_rate_per_h"),
                        QStringLiteral("night_rate_per_h"), QStringLiteral("day_start_hour"),
                        QStringLiteral("day_end_hour"),     QStringLiteral("burst_probability"),
                        QStringLiteral("burst_size"),       QStringLiteral("max_runs"),
                        QStringLiteral("classes")};
const QStringList kClassKeys{QStringLiteral("name"), QStringLiteral("share"), QStringLiteral("duration_s"),
                             QStringLiteral("nodes")};

/// The number under `key` when it lies in [min, max] (and is whole when asked), the fallback when absent.
std::optional<double> number(const QJsonObject &o, const QString &key, double min, double max, bool whole,
                             double fallback, QString *error)
{
    if (!o.contains(key))
        return fallback;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !(d >= min && d <= max) || (whole && d != std::floor(d))) {
        *error = CampaignArrival::tr("\"arrival\": \"%1\" must be a %2 from %3 to %4")
                     .arg(key, whole ? CampaignArrival::tr("whole number") : CampaignArrival::tr("number"))
                     .arg(min)
                     .arg(max);
        return std::nullopt;
    }
    return d;
}

bool unknownKey(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = CampaignArrival::tr("%1: unknown key \"%2\" (known: %3)")
                         .arg(where, it.key(), known.join(QStringLiteral(", ")));
            return true;
        }
    }
    return false;
}

std::optional<QList<CampaignArrivalClass>> readClasses(const QJsonValue &value, QString *error)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        *error = CampaignArrival::tr("\"arrival\": \"classes\" must be a list with at least one job class");
        return std::nullopt;
    }
    QList<CampaignArrivalClass> classes;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        const QString where = CampaignArrival::tr("\"arrival\" class %1").arg(classes.size() + 1);
        if (!entry.isObject() || unknownKey(o, kClassKeys, where, error)) {
            if (!entry.isObject())
                *error = CampaignArrival::tr("%1 must be an object").arg(where);
            return std::nullopt;
        }
        if (o.contains(QStringLiteral("name")) && !o.value(QStringLiteral("name")).isString()) {
            *error = CampaignArrival::tr("%1: \"name\" must be a string").arg(where);
            return std::nullopt;
        }
        CampaignArrivalClass c;
        c.name = o.value(QStringLiteral("name")).toString(QStringLiteral("class%1").arg(classes.size() + 1));
        const auto share = number(o, QStringLiteral("share"), 1e-6, 1e6, false, 1, error);
        const auto durationS =
            share ? number(o, QStringLiteral("duration_s"), 1, 86400, true, 30, error) : std::nullopt;
        const auto nodes = durationS ? number(o, QStringLiteral("nodes"), 1, 100000, true, 1, error) : std::nullopt;
        if (!nodes)
            return std::nullopt;
        c.share = *share;
        c.durationS = *durationS;
        c.nodes = int(*nodes);
        classes << c;
    }
    return classes;
}

} // namespace

QList<CampaignArrivalClass> CampaignArrival::defaultClasses()
{
    return {{QStringLiteral("short"), 0.6, 30, 1},
            {QStringLiteral("regular"), 0.3, 120, 1},
            {QStringLiteral("long"), 0.1, 600, 2}};
}

std::optional<CampaignArrival> CampaignArrival::fromJson(const QJsonObject &o, QString *error)
{
    if (unknownKey(o, kKeys, QStringLiteral("\"arrival\""), error))
        return std::nullopt;
    CampaignArrival a;
    const auto hours = number(o, QStringLiteral("simulated_hours"), 0.01, 8760, false, a.simulatedHours, error);
    const auto compress =
        hours ? number(o, QStringLiteral("compress"), 1, 3600, false, a.compress, error) : std::nullopt;
    const auto start =
        compress ? number(o, QStringLiteral("start_hour"), 0, 23.999, false, a.startHour, error) : std::nullopt;
    const auto day =
        start ? number(o, QStringLiteral("day_rate_per_h"), 0, 1e5, false, a.dayRatePerH, error) : std::nullopt;
    const auto night =
        day ? number(o, QStringLiteral("night_rate_per_h"), 0, 1e5, false, a.nightRatePerH, error) : std::nullopt;
    const auto dayStart =
        night ? number(o, QStringLiteral("day_start_hour"), 0, 23, true, a.dayStartHour, error) : std::nullopt;
    const auto dayEnd =
        dayStart ? number(o, QStringLiteral("day_end_hour"), 1, 24, true, a.dayEndHour, error) : std::nullopt;
    const auto burst =
        dayEnd ? number(o, QStringLiteral("burst_probability"), 0, 1, false, a.burstProbability, error) : std::nullopt;
    const auto burstSize =
        burst ? number(o, QStringLiteral("burst_size"), 1, 100, true, a.burstSize, error) : std::nullopt;
    const auto maxRuns =
        burstSize ? number(o, QStringLiteral("max_runs"), 1, 10000, true, a.maxRuns, error) : std::nullopt;
    if (!maxRuns)
        return std::nullopt;
    if (*dayEnd <= *dayStart) {
        *error = tr("\"arrival\": \"day_end_hour\" must come after \"day_start_hour\"");
        return std::nullopt;
    }
    if (*day <= 0 && *night <= 0) {
        *error = tr("\"arrival\": \"day_rate_per_h\" or \"night_rate_per_h\" must be above 0");
        return std::nullopt;
    }
    if (o.contains(QStringLiteral("classes"))) {
        const auto classes = readClasses(o.value(QStringLiteral("classes")), error);
        if (!classes)
            return std::nullopt;
        a.classes = *classes;
    }
    a.simulatedHours = *hours;
    a.compress = *compress;
    a.startHour = *start;
    a.dayRatePerH = *day;
    a.nightRatePerH = *night;
    a.dayStartHour = int(*dayStart);
    a.dayEndHour = int(*dayEnd);
    a.burstProbability = *burst;
    a.burstSize = int(*burstSize);
    a.maxRuns = int(*maxRuns);
    return a;
}

QJsonObject CampaignArrival::toJson() const
{
    QJsonArray classList;
    for (const CampaignArrivalClass &c : classes)
        classList.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("share"), c.share},
                                     {QStringLiteral("duration_s"), c.durationS},
                                     {QStringLiteral("nodes"), c.nodes}});
    return {{QStringLiteral("simulated_hours"), simulatedHours},
            {QStringLiteral("compress"), compress},
            {QStringLiteral("start_hour"), startHour},
            {QStringLiteral("day_rate_per_h"), dayRatePerH},
            {QStringLiteral("night_rate_per_h"), nightRatePerH},
            {QStringLiteral("day_start_hour"), dayStartHour},
            {QStringLiteral("day_end_hour"), dayEndHour},
            {QStringLiteral("burst_probability"), burstProbability},
            {QStringLiteral("burst_size"), burstSize},
            {QStringLiteral("max_runs"), maxRuns},
            {QStringLiteral("classes"), classList}};
}

double CampaignArrival::ratePerH(double hour) const
{
    const double clock = std::fmod(startHour + hour, 24.0);
    return clock >= dayStartHour && clock < dayEndHour ? dayRatePerH : nightRatePerH;
}

QList<CampaignArrivalEvent> CampaignArrival::schedule(quint32 seed, int workloads) const
{
    // A non-homogeneous Poisson process by thinning (Lewis and Shedler 1979): candidate arrivals at the highest
    // rate, each kept with probability rate(t) / highest rate.
    std::mt19937 random(seed);
    const double highestPerH = std::max(dayRatePerH, nightRatePerH);
    std::exponential_distribution<double> gapH(highestPerH);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<double> shares;
    for (const CampaignArrivalClass &c : classes)
        shares.push_back(c.share);
    std::discrete_distribution<int> pickClass(shares.begin(), shares.end());
    std::uniform_int_distribution<int> pickWorkload(0, std::max(0, workloads - 1));
    QList<CampaignArrivalEvent> events;
    double firstH = -1;
    for (double hour = gapH(random); hour < simulatedHours && events.size() < maxRuns; hour += gapH(random)) {
        if (unit(random) * highestPerH >= ratePerH(hour))
            continue;
        if (firstH < 0)
            firstH = hour;
        const double offsetS = (hour - firstH) * 3600.0 / compress;
        const int classIndex = pickClass(random);
        const int extra = unit(random) < burstProbability ? burstSize : 0;
        for (int i = 0; i <= extra && events.size() < maxRuns; ++i)
            events << CampaignArrivalEvent{offsetS, hour, classIndex, pickWorkload(random)};
    }
    return events;
}

} // namespace es
