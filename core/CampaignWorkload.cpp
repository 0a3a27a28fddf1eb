// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignWorkload.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace es {
namespace {

constexpr int kDefaultDurationS = 30;
constexpr int kMaxDurationS = 86400;
constexpr int kDefaultHpccProblemSize = 5000;

// %1: seconds of work. Threads: every CPU Slurm gave the task on its node.
const char *const kSysbenchCpu = "sysbench cpu --threads=\"${SLURM_CPUS_ON_NODE:-1}\" --time=%1 run";
const char *const kSysbenchMemory =
    "sysbench memory --threads=\"${SLURM_CPUS_ON_NODE:-1}\" --memory-total-size=1000T --time=%1 run";
const char *const kStressNgCpu = "stress-ng --cpu \"${SLURM_CPUS_ON_NODE:-1}\" --timeout %1s --metrics-brief";
// A file per node in the node's temporary directory, removed afterwards.
const char *const kFioRandrw =
    "d=$(mktemp -d \"${TMPDIR:-/tmp}/es-fio.XXXXXX\") && fio --name=es-randrw --rw=randrw --bs=4k --size=64M "
    "--ioengine=psync --time_based --runtime=%1 --directory=\"$d\" --output-format=json; s=$?; rm -rf \"$d\"; exit $s";

// HPCC's input (the example of Debian's hpcc package): one MPI process per node (P = Q = 1), problem size N for
// HPL (%1), everything else as the example has it.
QString hpccInput()
{
    const QStringList lines{QStringLiteral("HPLinpack benchmark input file"),
                            QStringLiteral("HPC Energy Studio campaign"),
                            QStringLiteral("HPL.out output file name"),
                            QStringLiteral("8 device out"),
                            QStringLiteral("1 # of problems sizes (N)"),
                            QStringLiteral("%1 Ns"),
                            QStringLiteral("1 # of NBs"),
                            QStringLiteral("80 NBs"),
                            QStringLiteral("0 PMAP"),
                            QStringLiteral("1 # of process grids (P x Q)"),
                            QStringLiteral("1 Ps"),
                            QStringLiteral("1 Qs"),
                            QStringLiteral("16.0 threshold"),
                            QStringLiteral("1 # of panel fact"),
                            QStringLiteral("2 PFACTs"),
                            QStringLiteral("1 # of recursive stopping"),
                            QStringLiteral("4 NBMINs"),
                            QStringLiteral("1 # of panels in recursion"),
                            QStringLiteral("2 NDIVs"),
                            QStringLiteral("1 # of recursive panel fact."),
                            QStringLiteral("1 RFACTs"),
                            QStringLiteral("1 # of broadcast"),
                            QStringLiteral("1 BCASTs"),
                            QStringLiteral("1 # of lookahead depth"),
                            QStringLiteral("1 DEPTHs"),
                            QStringLiteral("2 SWAP"),
                            QStringLiteral("64 swapping threshold"),
                            QStringLiteral("0 L1 in"),
                            QStringLiteral("0 U in"),
                            QStringLiteral("1 Equilibration"),
                            QStringLiteral("8 memory alignment"),
                            QStringLiteral("##### separator #####"),
                            QStringLiteral("0 Number of additional problem sizes for PTRANS"),
                            QStringLiteral("1200 values of N"),
                            QStringLiteral("0 number of additional blocking sizes for PTRANS"),
                            QStringLiteral("40 values of NB")};
    QString quoted;
    for (const QString &line : lines)
        quoted += QStringLiteral(" '") + line + u'\'';
    // A directory of its own per node; hpcc writes hpccoutf.txt there, printed for the figure of merit. Open MPI
    // refuses a direct launch inside a Slurm step built without PMI, so hpcc runs as a singleton in a clean
    // environment (no SLURM_* variables).
    return QStringLiteral("d=$(mktemp -d \"${TMPDIR:-/tmp}/es-hpcc.XXXXXX\") && cd \"$d\" && printf '%s\\n'") + quoted +
           QStringLiteral(" > hpccinf.txt && env -i PATH=\"$PATH\" HOME=\"$HOME\" hpcc >hpcc.log 2>&1; s=$?; "
                          "cat hpccoutf.txt 2>/dev/null || tail -5 hpcc.log; cd /; rm -rf \"$d\"; exit $s");
}

QList<CampaignWorkload> builtIns()
{
    return {
        {QStringLiteral("sysbench-cpu"),
         CampaignWorkload::tr("sysbench CPU: prime numbers on every CPU (events per second)"),
         {QStringLiteral("sysbench")},
         QString::fromLatin1(kSysbenchCpu),
         QStringLiteral("events per second:\\s*([0-9.]+)"),
         QStringLiteral("events/s"),
         true},
        {QStringLiteral("sysbench-memory"),
         CampaignWorkload::tr("sysbench memory: sequential writes on every CPU (MiB/s)"),
         {QStringLiteral("sysbench")},
         QString::fromLatin1(kSysbenchMemory),
         QStringLiteral("\\(([0-9.]+) MiB/sec\\)"),
         QStringLiteral("MiB/s"),
         true},
        {QStringLiteral("stress-ng-cpu"),
         CampaignWorkload::tr("stress-ng CPU stressors on every CPU, for thermal soak (bogo ops/s)"),
         {QStringLiteral("stress-ng")},
         QString::fromLatin1(kStressNgCpu),
         QStringLiteral("\\]\\s+cpu\\s+\\d+\\s+[0-9.]+\\s+[0-9.]+\\s+[0-9.]+\\s+([0-9.]+)"),
         QStringLiteral("bogo ops/s"),
         true},
        {QStringLiteral("fio-randrw"),
         CampaignWorkload::tr("fio random 4 KiB reads and writes in the node's temporary directory (IOPS)"),
         {QStringLiteral("fio")},
         QString::fromLatin1(kFioRandrw),
         QStringLiteral("\"iops\"\\s*:\\s*([0-9.]+)"),
         QStringLiteral("IOPS"),
         true},
        {QStringLiteral("hpcc-hpl"),
         CampaignWorkload::tr(
             "HPC Challenge on every node separately (one MPI process each): HPL (TFLOPS), problem size "
             "problem_size"),
         {QStringLiteral("hpcc")},
         hpccInput(),
         QStringLiteral("HPL_Tflops=([0-9.eE+-]+)"),
         QStringLiteral("TFLOPS"),
         true},
        {QStringLiteral("hpcc-stream"),
         CampaignWorkload::tr(
             "HPC Challenge on every node separately: STREAM triad of every process (GB/s), problem size "
             "problem_size"),
         {QStringLiteral("hpcc")},
         hpccInput(),
         QStringLiteral("StarSTREAM_Triad=([0-9.eE+-]+)"),
         QStringLiteral("GB/s"),
         true},
        {QStringLiteral("command"),
         CampaignWorkload::tr("your own command, with a regular expression for its figure of merit"),
         {},
         QString(),
         QString(),
         QString(),
         true},
    };
}

bool checkKeys(const QJsonObject &entry, const QStringList &allowed, QString *error)
{
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        if (!allowed.contains(it.key())) {
            *error =
                CampaignWorkload::tr("workload %1: unknown key \"%2\" (known: %3)")
                    .arg(entry.value(QStringLiteral("id")).toString(), it.key(), allowed.join(QStringLiteral(", ")));
            return false;
        }
    }
    return true;
}

std::optional<QString> requiredText(const QJsonObject &entry, const char *key, QString *error)
{
    const QJsonValue value = entry.value(QLatin1String(key));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        *error = CampaignWorkload::tr("workload command: \"%1\" must be a non-empty string").arg(QLatin1String(key));
        return std::nullopt;
    }
    return value.toString();
}

bool applyCommand(const QJsonObject &entry, CampaignWorkload *workload, QString *error)
{
    if (!checkKeys(entry,
                   {QStringLiteral("id"), QStringLiteral("command"), QStringLiteral("fom_regex"),
                    QStringLiteral("fom_unit"), QStringLiteral("programs")},
                   error))
        return false;
    static const QRegularExpression programRule(QStringLiteral("^[A-Za-z0-9_.+-]{1,64}$"));
    for (const QJsonValue &program : entry.value(QStringLiteral("programs")).toArray()) {
        if (!programRule.match(program.toString()).hasMatch()) {
            *error = CampaignWorkload::tr(
                "workload command: \"programs\" must list program names (letters, digits, '_.+-')");
            return false;
        }
        workload->programs << program.toString();
    }
    if (entry.contains(QStringLiteral("programs")) && !entry.value(QStringLiteral("programs")).isArray()) {
        *error = CampaignWorkload::tr("workload command: \"programs\" must be a list of program names");
        return false;
    }
    const auto command = requiredText(entry, "command", error);
    const auto pattern = command ? requiredText(entry, "fom_regex", error) : std::nullopt;
    const auto unit = pattern ? requiredText(entry, "fom_unit", error) : std::nullopt;
    if (!unit)
        return false;
    const QRegularExpression regex(*pattern);
    if (!regex.isValid() || regex.captureCount() < 1) {
        *error = CampaignWorkload::tr(
                     "workload command: fom_regex \"%1\" is not a regular expression with a capture group (%2)")
                     .arg(*pattern, regex.isValid() ? CampaignWorkload::tr("no group") : regex.errorString());
        return false;
    }
    workload->nodeCommand = *command;
    workload->fomPattern = *pattern;
    workload->fomUnit = *unit;
    return true;
}

} // namespace

const QList<CampaignWorkload> &CampaignWorkloads::all()
{
    static const QList<CampaignWorkload> workloads = builtIns();
    return workloads;
}

const CampaignWorkload *CampaignWorkloads::byId(const QString &id)
{
    for (const CampaignWorkload &w : all())
        if (w.id == id)
            return &w;
    return nullptr;
}

std::optional<CampaignWorkload> CampaignWorkloads::fromJson(const QJsonObject &entry, QString *error)
{
    const QString id = entry.value(QStringLiteral("id")).toString();
    const CampaignWorkload *known = byId(id);
    if (!known) {
        QStringList ids;
        for (const CampaignWorkload &w : all())
            ids << w.id;
        *error = CampaignWorkload::tr("unknown workload \"%1\" (known: %2)").arg(id, ids.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    CampaignWorkload workload = *known;
    if (id == QLatin1String("command")) {
        if (!applyCommand(entry, &workload, error))
            return std::nullopt;
        return workload;
    }
    if (id.startsWith(QLatin1String("hpcc-"))) {
        if (!checkKeys(entry, {QStringLiteral("id"), QStringLiteral("problem_size")}, error))
            return std::nullopt;
        const double n = entry.value(QStringLiteral("problem_size")).toDouble(kDefaultHpccProblemSize);
        if (!(n >= 100 && n <= 1000000) || n != std::floor(n)) {
            *error =
                CampaignWorkload::tr("workload %1: problem_size must be a whole number from 100 to 1000000").arg(id);
            return std::nullopt;
        }
        workload.nodeCommand = workload.nodeCommand.arg(qint64(n));
        return workload;
    }
    if (!checkKeys(entry, {QStringLiteral("id"), QStringLiteral("duration_s")}, error))
        return std::nullopt;
    int durationS = kDefaultDurationS;
    if (entry.contains(QStringLiteral("duration_s"))) {
        const double d = entry.value(QStringLiteral("duration_s")).toDouble(-1);
        if (!(d >= 1 && d <= kMaxDurationS) || d != std::floor(d)) {
            *error = CampaignWorkload::tr("workload %1: duration_s must be a whole number of seconds from 1 to %2")
                         .arg(id)
                         .arg(kMaxDurationS);
            return std::nullopt;
        }
        durationS = int(d);
    }
    workload.nodeCommand = workload.nodeCommand.arg(durationS);
    return workload;
}

std::optional<double> CampaignWorkloads::figureOfMerit(const CampaignWorkload &workload, const QByteArray &output)
{
    const QRegularExpression regex(workload.fomPattern);
    if (workload.fomPattern.isEmpty() || !regex.isValid())
        return std::nullopt;
    double sum = 0;
    int matches = 0;
    auto it = regex.globalMatch(QString::fromUtf8(output));
    while (it.hasNext()) {
        bool ok = false;
        const double value = it.next().captured(1).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return std::nullopt;
        sum += value;
        ++matches;
    }
    if (matches == 0 || !std::isfinite(sum))
        return std::nullopt;
    return sum;
}

} // namespace es
