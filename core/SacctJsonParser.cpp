// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SacctJsonParser.h"

#include "CheckedNumbers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace es {
namespace {

/// A number of either shape: plain, or {"set": true, "infinite": false, "number": N} (23.02+). Unset, infinite
/// and non-finite values are nullopt.
std::optional<double> jsonNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble()) : std::nullopt;
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (!object.value(QStringLiteral("set")).toBool() || object.value(QStringLiteral("infinite")).toBool())
        return std::nullopt;
    return jsonNumber(object.value(QStringLiteral("number")));
}

/// An integer within `limit`: a number that does not fit is nullopt, never wrapped.
std::optional<qint64> jsonInteger(const QJsonValue &value, double limit = 9.2e18)
{
    const auto n = jsonNumber(value);
    if (!n || std::fabs(*n) > limit || *n != std::trunc(*n))
        return std::nullopt;
    return qint64(*n);
}

std::optional<int> jsonInt(const QJsonValue &value)
{
    const auto n = jsonInteger(value, 2147483647.0);
    return n ? std::optional<int>(int(*n)) : std::nullopt;
}

/// An epoch time: 0 (Slurm's "not yet") and times outside 0001..9999 are unset.
std::optional<qint64> jsonEpoch(const QJsonValue &value)
{
    const auto n = jsonInteger(value);
    return n && *n > 0 && checked::isEpochS(*n) ? n : std::nullopt;
}

/// A text of either shape: "COMPLETED" (22.05) or ["COMPLETED"] (23.02+, the first flag).
QString jsonText(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray flags = value.toArray();
        return flags.isEmpty() ? QString() : flags.at(0).toString();
    }
    if (value.isDouble()) { // a job or step id: an integer that fits, else no text (never a wrapped number)
        const auto n = jsonInteger(value, 4294967295.0);
        return n && *n >= 0 ? QString::number(*n) : QString();
    }
    return value.toString();
}

/// The count of one TRES type in a list of {"type", "count"} (22.05 and later).
std::optional<double> tresCount(const QJsonValue &list, QStringView type)
{
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject tres = entry.toObject();
        if (tres.value(QStringLiteral("type")).toString() == type)
            return jsonNumber(tres.value(QStringLiteral("count")));
    }
    return std::nullopt;
}

/// exit_code {"status", "return_code", "signal": {"signal_id"}} into the code and the signal, as sacct's "3:0".
void readExitCode(const QJsonObject &exit, std::optional<int> *code, std::optional<int> *signal)
{
    const QString status = jsonText(exit.value(QStringLiteral("status")));
    *code = jsonInt(exit.value(QStringLiteral("return_code")));
    const auto signalId = jsonInt(exit.value(QStringLiteral("signal")).toObject().value(QStringLiteral("signal_id")));
    if (status == u"SIGNALED") {
        *signal = signalId;
        if (!*code)
            *code = 0;
    } else if (code->has_value()) {
        *signal = 0;
    }
}

double cpuSeconds(const QJsonObject &time)
{
    const QJsonObject total = time.value(QStringLiteral("total")).toObject();
    return jsonNumber(total.value(QStringLiteral("seconds"))).value_or(0) +
           jsonNumber(total.value(QStringLiteral("microseconds"))).value_or(0) / 1e6;
}

QString jobIdOf(const QJsonObject &entry)
{
    const QString raw = jsonText(entry.value(QStringLiteral("job_id")));
    const QJsonObject array = entry.value(QStringLiteral("array")).toObject();
    const auto task = jsonInteger(array.value(QStringLiteral("task_id")));
    const auto arrayJob = jsonInteger(array.value(QStringLiteral("job_id")));
    if (task && arrayJob && *arrayJob > 0)
        return QStringLiteral("%1_%2").arg(*arrayJob).arg(*task);
    const QJsonObject het = entry.value(QStringLiteral("het")).toObject();
    const auto offset = jsonInteger(het.value(QStringLiteral("job_offset")));
    const auto hetJob = jsonInteger(het.value(QStringLiteral("job_id")));
    if (offset && hetJob && *hetJob > 0)
        return QStringLiteral("%1+%2").arg(*hetJob).arg(*offset);
    return raw;
}

JobStep readStep(const QJsonObject &entry, const QString &jobId, bool distrustZeroExit)
{
    JobStep step;
    step.jobId = jobId;
    const QJsonObject id = entry.value(QStringLiteral("step")).toObject();
    const QString stepId = jsonText(id.value(QStringLiteral("id")));
    step.stepId = stepId.contains(u'.') ? stepId.section(u'.', 1) : stepId; // "15.batch" (23.02+) or "batch"
    step.name = id.value(QStringLiteral("name")).toString();
    step.state = jsonText(entry.value(QStringLiteral("state"))).section(u' ', 0, 0);
    readExitCode(entry.value(QStringLiteral("exit_code")).toObject(), &step.exitCode, &step.exitSignal);
    if (distrustZeroExit && step.state == u"FAILED" && step.exitCode == 0 && step.exitSignal == 0) { // as the job
        step.exitCode.reset();
        step.exitSignal.reset();
    }
    const QJsonObject time = entry.value(QStringLiteral("time")).toObject();
    step.startTs = jsonEpoch(time.value(QStringLiteral("start")));
    step.endTs = jsonEpoch(time.value(QStringLiteral("end")));
    step.elapsedS = jsonInteger(time.value(QStringLiteral("elapsed")));
    step.totalCpuS = cpuSeconds(time);
    const QJsonObject nodes = entry.value(QStringLiteral("nodes")).toObject();
    step.nodeCount = jsonInt(nodes.value(QStringLiteral("count")));
    step.nodeList = nodes.value(QStringLiteral("range")).toString();
    const QJsonValue allocated = entry.value(QStringLiteral("tres")).toObject().value(QStringLiteral("allocated"));
    if (const auto cpus = tresCount(allocated, u"cpu"); cpus && *cpus <= 2147483647.0)
        step.allocCpus = int(*cpus);
    const QJsonObject statistics = entry.value(QStringLiteral("statistics")).toObject();
    step.energyJ = jsonNumber(statistics.value(QStringLiteral("energy")).toObject().value(QStringLiteral("consumed")));
    const auto frequencyKhz =
        jsonNumber(statistics.value(QStringLiteral("CPU")).toObject().value(QStringLiteral("actual_frequency")));
    if (frequencyKhz && *frequencyKhz > 0)
        step.aveCpuFreqMhz = *frequencyKhz / 1000.0;
    return step;
}

Job readJob(const QJsonObject &entry, bool distrustZeroExit, qint64 *exitCodesUnknown)
{
    Job job;
    job.jobId = jobIdOf(entry);
    const QString raw = jsonText(entry.value(QStringLiteral("job_id")));
    if (raw != job.jobId) // as SacctParser: only an array task's or a het component's raw id differs
        job.jobIdRaw = raw;
    job.name = entry.value(QStringLiteral("name")).toString();
    job.user = entry.value(QStringLiteral("user")).toString();
    job.group = entry.value(QStringLiteral("group")).toString();
    job.account = entry.value(QStringLiteral("account")).toString();
    job.partition = entry.value(QStringLiteral("partition")).toString();
    job.qos = entry.value(QStringLiteral("qos")).toString();
    job.workDir = entry.value(QStringLiteral("working_directory")).toString();
    job.state =
        jsonText(entry.value(QStringLiteral("state")).toObject().value(QStringLiteral("current"))).section(u' ', 0, 0);
    readExitCode(entry.value(QStringLiteral("exit_code")).toObject(), &job.exitCode, &job.exitSignal);
    // Slurm 22.05 writes SUCCESS and 0 for a job that failed with a code (sacct -P says 3:0): not believed.
    if (distrustZeroExit && job.state == u"FAILED" && job.exitCode == 0 && job.exitSignal == 0) {
        job.exitCode.reset();
        job.exitSignal.reset();
        ++*exitCodesUnknown;
    }
    const QJsonObject time = entry.value(QStringLiteral("time")).toObject();
    job.submitTs = jsonEpoch(time.value(QStringLiteral("submission")));
    job.startTs = jsonEpoch(time.value(QStringLiteral("start")));
    job.endTs = jsonEpoch(time.value(QStringLiteral("end")));
    job.elapsedS = jsonInteger(time.value(QStringLiteral("elapsed")));
    if (const auto limitMin = jsonInteger(time.value(QStringLiteral("limit")), 1e12))
        job.timelimitS = *limitMin * 60;
    job.reqCpus = jsonInt(entry.value(QStringLiteral("required")).toObject().value(QStringLiteral("CPUs")));
    const QJsonObject tres = entry.value(QStringLiteral("tres")).toObject();
    const QJsonValue allocated = tres.value(QStringLiteral("allocated"));
    if (const auto cpus = tresCount(allocated, u"cpu"); cpus && *cpus <= 2147483647.0)
        job.allocCpus = int(*cpus);
    job.nodeCount = jsonInt(entry.value(QStringLiteral("allocation_nodes")));
    if (const auto nodes = tresCount(allocated, u"node"); nodes && *nodes <= 2147483647.0)
        job.nodeCount = int(*nodes);
    job.nodeList = entry.value(QStringLiteral("nodes")).toString();
    job.reqMemMb = tresCount(tres.value(QStringLiteral("requested")), u"mem"); // MB, the job's total
    if (const auto energyJ = tresCount(allocated, u"energy")) { // 22.05; later versions only on the steps
        job.energyJ = energyJ;
        job.energySource = QStringLiteral("slurm");
    }
    return job;
}

} // namespace

bool SacctJsonParser::looksLikeJson(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (c == '{')
            return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return false;
}

std::optional<SacctJsonParser::Result> SacctJsonParser::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not sacct --json: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.value(QStringLiteral("jobs")).isArray()) {
        *error = tr("not sacct --json: no \"jobs\" list");
        return std::nullopt;
    }
    Result result;
    result.slurmVersion = root.value(QStringLiteral("meta"))
                              .toObject()
                              .value(QStringLiteral("Slurm"))
                              .toObject()
                              .value(QStringLiteral("release"))
                              .toString();
    // The exit-code fault is 22.05's (measured on the test lab); a file that does not say its version is read as
    // one that may have it.
    const bool distrustZeroExit = result.slurmVersion.section(u'.', 0, 0).toInt() < 23; // 0 when it does not say
    const QJsonArray jobs = root.value(QStringLiteral("jobs")).toArray();
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const QJsonObject entry = jobs[i].toObject();
        Entry parsed;
        parsed.job = readJob(entry, distrustZeroExit, &result.exitCodesUnknown);
        if (parsed.job.jobId.isEmpty() || parsed.job.jobId == u"0") {
            result.problems << tr("jobs[%1]: no job_id").arg(i);
            result.problemIndexes << i;
            continue;
        }
        for (const QJsonValue &step : entry.value(QStringLiteral("steps")).toArray())
            parsed.steps << readStep(step.toObject(), parsed.job.jobId, distrustZeroExit);
        result.jobs.push_back(std::move(parsed));
    }
    return result;
}

} // namespace es
