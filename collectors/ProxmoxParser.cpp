// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxParser.h"

#include "CheckedNumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace es {
namespace {

/// The payload: the value of "data" for the REST form, the document itself for pvesh's bare output.
std::optional<QJsonValue> payload(QByteArrayView json, QString *error)
{
    if (json.trimmed().isEmpty()) {
        *error = ProxmoxParser::tr("empty answer");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            ProxmoxParser::tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (doc.isArray())
        return QJsonValue(doc.array());
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1StringView("data")) && root.size() <= 3 &&
        (root.size() == 1 || root.contains(QLatin1StringView("errors")) ||
         root.contains(QLatin1StringView("message")) || root.contains(QLatin1StringView("success")))) {
        const QJsonValue data = root.value(QLatin1StringView("data"));
        if (data.isNull()) {
            QStringList reasons;
            const QJsonObject errors = root.value(QLatin1StringView("errors")).toObject();
            for (auto it = errors.begin(); it != errors.end(); ++it)
                reasons << it.key() + QStringLiteral(": ") + it.value().toString();
            const QString message = root.value(QLatin1StringView("message")).toString().trimmed();
            if (!message.isEmpty())
                reasons << message;
            *error = reasons.isEmpty()
                         ? ProxmoxParser::tr("the API answered without data")
                         : ProxmoxParser::tr("the API refused the request: %1").arg(reasons.join(QStringLiteral("; ")));
            return std::nullopt;
        }
        return data;
    }
    return QJsonValue(root);
}

/// A JSON number, or a string holding one (Proxmox prints some numbers as strings: loadavg, mhz). Null and
/// absent are unset; anything else is an error.
bool readNumberMember(const QJsonObject &object, QLatin1StringView key, std::optional<double> *out,
                      const QString &where, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->reset();
        return true;
    }
    if (value.isDouble()) {
        *out = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (!ok) {
            *error = ProxmoxParser::tr("%1: '%2' is not a number (\"%3\")").arg(where, key, value.toString().left(40));
            return false;
        }
        *out = parsed;
    } else {
        *error = ProxmoxParser::tr("%1: '%2' is not a number").arg(where, key);
        return false;
    }
    if (!std::isfinite(**out)) {
        *error = ProxmoxParser::tr("%1: '%2' is not a finite number").arg(where, key);
        return false;
    }
    return true;
}

bool integer(const QJsonObject &object, QLatin1StringView key, std::optional<qint64> *out, const QString &where,
             QString *error)
{
    std::optional<double> value;
    if (!readNumberMember(object, key, &value, where, error))
        return false;
    if (value && (std::floor(*value) != *value || std::abs(*value) > 9.0e15)) {
        *error = ProxmoxParser::tr("%1: '%2' is not an integer").arg(where, key);
        return false;
    }
    *out = value ? std::optional<qint64>(qint64(*value)) : std::nullopt;
    return true;
}

bool smallInteger(const QJsonObject &object, QLatin1StringView key, std::optional<int> *out, const QString &where,
                  QString *error)
{
    std::optional<qint64> value;
    if (!integer(object, key, &value, where, error))
        return false;
    if (value && (*value < 0 || *value > 1000000000)) {
        *error = ProxmoxParser::tr("%1: '%2' is out of range").arg(where, key);
        return false;
    }
    *out = value ? std::optional<int>(int(*value)) : std::nullopt;
    return true;
}

bool text(const QJsonObject &object, QLatin1StringView key, QString *out, const QString &where, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (value.isString()) {
        *out = value.toString();
        return true;
    }
    if (value.isDouble()) { // names made of digits come back as numbers from some releases
        *out = QString::number(value.toDouble(), 'g', 17);
        return true;
    }
    *error = ProxmoxParser::tr("%1: '%2' is not a string").arg(where, key);
    return false;
}

} // namespace

std::optional<ProxmoxResources> ProxmoxParser::clusterResources(QByteArrayView json, QString *error)
{
    const auto data = payload(json, error);
    if (!data)
        return std::nullopt;
    if (!data->isArray()) {
        *error = tr("cluster resources: expected a list of resources");
        return std::nullopt;
    }
    ProxmoxResources resources;
    const QJsonArray entries = data->toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = tr("cluster resources entry %1").arg(i + 1);
        if (!entries.at(i).isObject()) {
            *error = tr("%1: not an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject entry = entries.at(i).toObject();
        QString type;
        if (!text(entry, QLatin1StringView("type"), &type, where, error))
            return std::nullopt;
        if (type.isEmpty()) {
            *error = tr("%1: no 'type'").arg(where);
            return std::nullopt;
        }
        if (type == u"node") {
            ProxmoxHost host;
            if (!text(entry, QLatin1StringView("node"), &host.name, where, error) ||
                !text(entry, QLatin1StringView("status"), &host.status, where, error) ||
                !smallInteger(entry, QLatin1StringView("maxcpu"), &host.cpus, where, error) ||
                !readNumberMember(entry, QLatin1StringView("maxmem"), &host.memTotalBytes, where, error) ||
                !readNumberMember(entry, QLatin1StringView("cpu"), &host.cpuFraction, where, error) ||
                !readNumberMember(entry, QLatin1StringView("mem"), &host.memUsedBytes, where, error) ||
                !integer(entry, QLatin1StringView("uptime"), &host.uptimeS, where, error))
                return std::nullopt;
            if (host.name.isEmpty()) {
                *error = tr("%1: a node without a 'node' name").arg(where);
                return std::nullopt;
            }
            resources.hosts.push_back(std::move(host));
        } else if (type == u"qemu" || type == u"lxc") {
            ProxmoxGuest guest;
            guest.type = type;
            std::optional<qint64> vmid;
            std::optional<qint64> isTemplate;
            if (!integer(entry, QLatin1StringView("vmid"), &vmid, where, error) ||
                !text(entry, QLatin1StringView("name"), &guest.name, where, error) ||
                !text(entry, QLatin1StringView("node"), &guest.host, where, error) ||
                !text(entry, QLatin1StringView("status"), &guest.status, where, error) ||
                !integer(entry, QLatin1StringView("template"), &isTemplate, where, error) ||
                !smallInteger(entry, QLatin1StringView("maxcpu"), &guest.cpus, where, error) ||
                !readNumberMember(entry, QLatin1StringView("maxmem"), &guest.memMaxBytes, where, error))
                return std::nullopt;
            if (!vmid || *vmid <= 0 || *vmid > 999999999) {
                *error = tr("%1: a guest without a valid 'vmid'").arg(where);
                return std::nullopt;
            }
            if (guest.host.isEmpty()) {
                *error = tr("%1: guest %2 without a 'node'").arg(where).arg(*vmid);
                return std::nullopt;
            }
            guest.vmid = int(*vmid);
            guest.isTemplate = isTemplate.value_or(0) != 0;
            resources.guests.push_back(std::move(guest));
        }
        // storage, pool, sdn, ...: not ours
    }
    return resources;
}

std::optional<ProxmoxHostStatus> ProxmoxParser::hostStatus(QByteArrayView json, QString *error)
{
    const auto data = payload(json, error);
    if (!data)
        return std::nullopt;
    if (!data->isObject()) {
        *error = tr("node status: expected an object");
        return std::nullopt;
    }
    const QJsonObject object = data->toObject();
    const QString where = tr("node status");
    ProxmoxHostStatus status;
    if (!readNumberMember(object, QLatin1StringView("cpu"), &status.cpuFraction, where, error) ||
        !readNumberMember(object, QLatin1StringView("wait"), &status.ioWaitFraction, where, error) ||
        !integer(object, QLatin1StringView("uptime"), &status.uptimeS, where, error) ||
        !text(object, QLatin1StringView("pveversion"), &status.pveVersion, where, error))
        return std::nullopt;
    auto part = [&](const char *key, QJsonObject *out) {
        const QJsonValue value = object.value(QLatin1StringView(key));
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isObject()) {
            *error = tr("%1: '%2' is not an object").arg(where, QLatin1StringView(key));
            return false;
        }
        *out = value.toObject();
        return true;
    };
    QJsonObject cpuinfo, memory;
    if (!part("cpuinfo", &cpuinfo) || !part("memory", &memory))
        return std::nullopt;
    const QString cpuWhere = where + QStringLiteral(" cpuinfo");
    const QString memWhere = where + QStringLiteral(" memory");
    if (!smallInteger(cpuinfo, QLatin1StringView("cpus"), &status.cpus, cpuWhere, error) ||
        !smallInteger(cpuinfo, QLatin1StringView("cores"), &status.cores, cpuWhere, error) ||
        !smallInteger(cpuinfo, QLatin1StringView("sockets"), &status.sockets, cpuWhere, error) ||
        !text(cpuinfo, QLatin1StringView("model"), &status.cpuModel, cpuWhere, error) ||
        !readNumberMember(cpuinfo, QLatin1StringView("mhz"), &status.cpuMhz, cpuWhere, error) ||
        !readNumberMember(memory, QLatin1StringView("used"), &status.memUsedBytes, memWhere, error) ||
        !readNumberMember(memory, QLatin1StringView("total"), &status.memTotalBytes, memWhere, error))
        return std::nullopt;
    const QJsonValue loadavg = object.value(QLatin1StringView("loadavg"));
    if (loadavg.isArray() && !loadavg.toArray().isEmpty()) {
        QJsonObject first;
        first.insert(QLatin1StringView("load1"), loadavg.toArray().at(0));
        if (!readNumberMember(first, QLatin1StringView("load1"), &status.load1, where + QStringLiteral(" loadavg"),
                              error))
            return std::nullopt;
    } else if (!loadavg.isUndefined() && !loadavg.isNull() && !loadavg.isArray()) {
        *error = tr("%1: 'loadavg' is not a list").arg(where);
        return std::nullopt;
    }
    return status;
}

std::optional<std::vector<ProxmoxRrdPoint>> ProxmoxParser::rrdData(QByteArrayView json, QString *error)
{
    const auto data = payload(json, error);
    if (!data)
        return std::nullopt;
    if (!data->isArray()) {
        *error = tr("rrddata: expected a list of rows");
        return std::nullopt;
    }
    std::vector<ProxmoxRrdPoint> points;
    const QJsonArray rows = data->toArray();
    points.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString where = tr("rrddata row %1").arg(i + 1);
        if (!rows.at(i).isObject()) {
            *error = tr("%1: not an object").arg(where);
            return std::nullopt;
        }
        const QJsonObject row = rows.at(i).toObject();
        ProxmoxRrdPoint point;
        std::optional<qint64> ts;
        std::optional<double> memUsed, mem, memTotal, maxMem;
        if (!integer(row, QLatin1StringView("time"), &ts, where, error) ||
            !readNumberMember(row, QLatin1StringView("cpu"), &point.cpuFraction, where, error) ||
            !readNumberMember(row, QLatin1StringView("maxcpu"), &point.cpus, where, error) ||
            !readNumberMember(row, QLatin1StringView("loadavg"), &point.load1, where, error) ||
            !readNumberMember(row, QLatin1StringView("iowait"), &point.ioWaitFraction, where, error) ||
            !readNumberMember(row, QLatin1StringView("memused"), &memUsed, where, error) ||
            !readNumberMember(row, QLatin1StringView("mem"), &mem, where, error) ||
            !readNumberMember(row, QLatin1StringView("memtotal"), &memTotal, where, error) ||
            !readNumberMember(row, QLatin1StringView("maxmem"), &maxMem, where, error) ||
            !readNumberMember(row, QLatin1StringView("netin"), &point.netInBytesPerS, where, error) ||
            !readNumberMember(row, QLatin1StringView("netout"), &point.netOutBytesPerS, where, error))
            return std::nullopt;
        if (!ts || *ts <= 0 || !checked::isEpochS(*ts)) {
            *error = tr("%1: no valid 'time'").arg(where);
            return std::nullopt;
        }
        point.ts = *ts;
        point.memUsedBytes = memUsed ? memUsed : mem;
        point.memTotalBytes = memTotal ? memTotal : maxMem;
        points.push_back(point);
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const ProxmoxRrdPoint &a, const ProxmoxRrdPoint &b) { return a.ts < b.ts; });
    return points;
}

} // namespace es
