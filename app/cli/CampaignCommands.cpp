// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignCommands.h"

#include "CampaignCsv.h"
#include "CampaignDesign.h"
#include "CampaignSpec.h"
#include "CampaignStore.h"
#include "CliApp.h"
#include "ClusterProfile.h"
#include "EnergyUnits.h"
#include "MlCliFormat.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace es {
namespace {

using mlcli::valueOption;

const char *const kCampaignHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] campaign SUBCOMMAND ...\n"
    "\n"
    "Benchmark campaigns: measured runs of known workloads under known configurations, submitted, tracked and\n"
    "harvested by the studio, and restart-safe (kill it at any moment, resume, and nothing is submitted twice).\n"
    "\n"
    "  plan --profile P --name NAME --workload W [--workload W...] [--duration S] [--vary nodes=1,2]\n"
    "       [--vary cpu-freq=low,high] [--repeats N] [--partition P] [--time-limit MIN] [--shared]\n"
    "       [--sampler-interval S] [--max-retries N] [--seed N] [--command CMD --fom-regex RE --fom-unit U\n"
    "       [--program NAME...]]\n"
    "       [--stop-within PCT] [--save FILE.json]\n"
    "                                        designs the campaign, prints its preview and stores it\n"
    "  plan --from FILE.json [--profile P]   the same from a campaign file (docs/campaign-format.md)\n"
    "  list                                  the stored campaigns\n"
    "  start NAME | resume NAME [--wait] [--poll S] [--max-in-flight N] [--accept-new-host-key]\n"
    "                                        submits what is not submitted, tracks and reads results\n"
    "  status NAME [--offline]               asks Slurm (one squeue and one sacct call) and reads finished runs\n"
    "  cancel NAME                           cancels the campaign's jobs\n"
    "  export NAME --out FILE.csv            one row per run (the dataset for train --csv and advise replay)\n"
    "  propose NAME --budget-core-hours H [--vary nodes=...] [--vary cpu-freq=...] [--repeats N]\n"
    "       [--cores-per-node N] [--name NEXT] [--save FILE.json] [--plan]\n"
    "                                        active mode: the cells to measure next, where the 90% prediction\n"
    "                                        intervals of energy are widest, within the budget\n"
    "\n"
    "Workloads: sysbench-cpu, sysbench-memory, stress-ng-cpu (thermal soak), fio-randrw, hpcc-hpl and\n"
    "hpcc-stream (HPC Challenge on every node separately; --problem-size N, default 5000), command (your own\n"
    "command with --command, and a regular expression with one group for its figure of merit). --duration gives\n"
    "the built-in workloads' seconds of work (default 30). Defaults: 3 repeats, whole nodes (--exclusive; --shared\n"
    "to share them), a 15 min time limit, the on-node sampler every 5 s, 2 retries of a run whose node failed.\n"
    "Before the first submission, start checks every workload's programs (--program for your command) on the\n"
    "nodes of one allocation (srun --immediate=60) and asks sbatch --test-only for every cell: a missing program\n"
    "or a cell Slurm refuses stops the campaign before anything is submitted.\n"
    "--stop-within PCT: stop repeating a cell once its mean energy is known within +-PCT% (95% interval, after\n"
    "3 completed runs); the repeats not run are 'skipped'.\n"
    "Arrival mode (plan --from a file with \"arrival\"): Poisson job arrivals with day and night rates, bursts and\n"
    "a mix of short, regular and long jobs, each submitted with --begin at its time (docs/campaign-format.md).\n");

QJsonArray intArray(const QList<int> &values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

/// "--vary nodes=1,2" / "--vary cpu-freq=low,high" into the spec.
bool applyVary(const QStringList &varies, CampaignSpec *spec, QString *error)
{
    for (const QString &vary : varies) {
        const QString key = vary.section(u'=', 0, 0);
        const QStringList values = vary.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (values.isEmpty()) {
            *error = CliApp::tr("--vary %1: no values (write %2=A,B)").arg(vary, key);
            return false;
        }
        if (key == QLatin1String("nodes")) {
            spec->nodeCounts.clear();
            for (const QString &v : values) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok || n < 1 || n > 100000) {
                    *error = CliApp::tr("--vary nodes: '%1' is not a node count").arg(v);
                    return false;
                }
                spec->nodeCounts << n;
            }
        } else if (key == QLatin1String("cpu-freq")) {
            spec->cpuFrequencies = values;
        } else {
            *error = CliApp::tr("--vary: unknown parameter '%1' (nodes, cpu-freq)").arg(key);
            return false;
        }
    }
    return true;
}

std::optional<int> intOption(const QCommandLineParser &p, const QString &name, int fallback, QString *error)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok) {
        *error = CliApp::tr("--%1: '%2' is not a whole number").arg(name, p.value(name));
        return std::nullopt;
    }
    return v;
}

std::optional<CampaignSpec> specFromOptions(const QCommandLineParser &p, QString *error)
{
    CampaignSpec spec;
    spec.name = p.value(QStringLiteral("name"));
    spec.profile = p.value(QStringLiteral("profile"));
    spec.partition = p.value(QStringLiteral("partition"));
    spec.exclusive = !p.isSet(QStringLiteral("shared"));
    for (const QString &id : p.values(QStringLiteral("workload"))) {
        QJsonObject entry{{QStringLiteral("id"), id}};
        if (id == QLatin1String("command")) {
            entry.insert(QStringLiteral("command"), p.value(QStringLiteral("command")));
            entry.insert(QStringLiteral("fom_regex"), p.value(QStringLiteral("fom-regex")));
            entry.insert(QStringLiteral("fom_unit"), p.value(QStringLiteral("fom-unit")));
            if (p.isSet(QStringLiteral("program")))
                entry.insert(QStringLiteral("programs"),
                             QJsonArray::fromStringList(p.values(QStringLiteral("program"))));
        } else if (id.startsWith(QLatin1String("hpcc-"))) {
            if (p.isSet(QStringLiteral("problem-size")))
                entry.insert(QStringLiteral("problem_size"), p.value(QStringLiteral("problem-size")).toDouble());
        } else if (p.isSet(QStringLiteral("duration"))) {
            entry.insert(QStringLiteral("duration_s"), p.value(QStringLiteral("duration")).toDouble());
        }
        spec.workloadEntries << entry;
    }
    const auto repeats = intOption(p, QStringLiteral("repeats"), spec.repeats, error);
    const auto limit = repeats ? intOption(p, QStringLiteral("time-limit"), spec.timeLimitMin, error) : std::nullopt;
    const auto interval =
        limit ? intOption(p, QStringLiteral("sampler-interval"), spec.samplerIntervalS, error) : std::nullopt;
    const auto retries = interval ? intOption(p, QStringLiteral("max-retries"), spec.maxRetries, error) : std::nullopt;
    const auto seed = retries ? intOption(p, QStringLiteral("seed"), int(spec.seed), error) : std::nullopt;
    if (!seed || !applyVary(p.values(QStringLiteral("vary")), &spec, error))
        return std::nullopt;
    spec.repeats = *repeats;
    spec.timeLimitMin = *limit;
    spec.samplerIntervalS = *interval;
    spec.maxRetries = *retries;
    spec.seed = quint32(*seed);
    if (p.isSet(QStringLiteral("stop-within")))
        spec.stopWithinPct = p.value(QStringLiteral("stop-within")).toDouble();
    // The same checks as a file's, through the file's reader.
    return CampaignSpec::fromJson(QJsonDocument(spec.toJson()).toJson(), error);
}

void printPreview(CliApp &app, const CampaignSpec &spec, const CampaignDesign &design,
                  const std::pair<std::optional<double>, qint64> &power)
{
    const CampaignPreview p = design.preview();
    std::optional<double> energyJ;
    if (power.first)
        energyJ = *power.first * p.nodeHoursOfWork * 3600.0;
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("name"), spec.name},
                       {QStringLiteral("cells"), p.cells},
                       {QStringLiteral("runs"), p.runs},
                       {QStringLiteral("nodes"), intArray(spec.nodeCounts)},
                       {QStringLiteral("node_hours_of_work"), p.nodeHoursOfWork},
                       {QStringLiteral("node_hours_at_limit"), p.nodeHoursAtLimit},
                       {QStringLiteral("arrival_span_s"), p.arrivalSpanS},
                       {QStringLiteral("estimated_energy_j"), energyJ ? QJsonValue(*energyJ) : QJsonValue()},
                       {QStringLiteral("estimate_from_jobs"), double(power.second)},
                       {QStringLiteral("plan"), spec.toJson()}});
        return;
    }
    QString text = spec.arrival ? CliApp::tr("campaign %1: %2 arrivals of %3 cells over %4 h of real time (%5 "
                                             "simulated h, %6 times faster)\n")
                                      .arg(spec.name)
                                      .arg(p.runs)
                                      .arg(p.cells)
                                      .arg(p.arrivalSpanS / 3600.0, 0, 'f', 2)
                                      .arg(spec.arrival->simulatedHours)
                                      .arg(spec.arrival->compress)
                                : CliApp::tr("campaign %1: %2 cells x %3 repeats = %4 runs\n")
                                      .arg(spec.name)
                                      .arg(p.cells)
                                      .arg(spec.repeats)
                                      .arg(p.runs);
    text += CliApp::tr("  node-hours: %1 of work, %2 reserved at most (time limit %3 min)\n")
                .arg(p.nodeHoursOfWork, 0, 'f', 2)
                .arg(p.nodeHoursAtLimit, 0, 'f', 2)
                .arg(spec.timeLimitMin);
    if (energyJ)
        text += CliApp::tr("  energy: about %1 kWh (median %2 W per node of %3 jobs with measured energy)\n")
                    .arg(*energyJ / kJoulesPerKWh, 0, 'f', 3)
                    .arg(*power.first, 0, 'f', 0)
                    .arg(power.second);
    else
        text += CliApp::tr("  energy: no estimate (no job of this cluster has measured energy yet)\n");
    app.print(text);
}

int runPlan(CliApp &app, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions(
        {valueOption("profile", "P"),          valueOption("name", "NAME"),      valueOption("workload", "W"),
         valueOption("duration", "S"),         valueOption("vary", "K=V,..."),   valueOption("repeats", "N"),
         valueOption("partition", "P"),        valueOption("time-limit", "MIN"), QCommandLineOption(u"shared"_qs),
         valueOption("sampler-interval", "S"), valueOption("max-retries", "N"),  valueOption("seed", "N"),
         valueOption("command", "CMD"),        valueOption("fom-regex", "RE"),   valueOption("fom-unit", "U"),
         valueOption("save", "FILE"),          valueOption("from", "FILE"),      valueOption("stop-within", "PCT"),
         valueOption("program", "NAME"),       valueOption("problem-size", "N")});
    const QString help = CliApp::tr(kCampaignHelp);
    if (const auto code = app.parseCommandLine(p, QStringLiteral("campaign plan"), args, help))
        return *code;
    QString error;
    std::optional<CampaignSpec> spec;
    if (p.isSet(QStringLiteral("from"))) {
        QFile file(p.value(QStringLiteral("from")));
        if (!file.open(QIODevice::ReadOnly)) {
            app.printError(CliApp::tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return CliApp::Failed;
        }
        spec = CampaignSpec::fromJson(file.readAll(), &error);
        if (spec && p.isSet(QStringLiteral("profile")))
            spec->profile = p.value(QStringLiteral("profile"));
        if (!spec)
            error = file.fileName() + QStringLiteral(": ") + error;
    } else {
        if (!p.isSet(QStringLiteral("profile")) || !p.isSet(QStringLiteral("name")) ||
            !p.isSet(QStringLiteral("workload")))
            return app.usageError(CliApp::tr("campaign plan needs --profile, --name and --workload (or --from)"), help);
        spec = specFromOptions(p, &error);
    }
    if (!spec) {
        app.printError(error);
        return CliApp::Failed;
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    const auto profile = ClusterProfiles(store).find(spec->profile, &error);
    if (!profile) {
        app.printError(error);
        return CliApp::Failed;
    }
    const CampaignDesign design(*spec);
    CampaignStore campaigns(store);
    if (!campaigns.create(*spec, profile->clusterName(), design, QDateTime::currentSecsSinceEpoch(), &error)) {
        app.printError(error);
        return CliApp::Failed;
    }
    if (p.isSet(QStringLiteral("save"))) {
        QSaveFile file(p.value(QStringLiteral("save")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(spec->toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            app.printError(CliApp::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return CliApp::Failed;
        }
    }
    printPreview(app, *spec, design, campaigns.measuredPowerPerNodeW(profile->clusterName(), &error));
    return CliApp::Ok;
}

int runList(CliApp &app)
{
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto all = CampaignStore(store).campaigns(&error);
    if (!all) {
        app.printError(error);
        return CliApp::Failed;
    }
    QJsonArray list;
    QString text;
    for (const CampaignRecord &c : *all) {
        list.append(QJsonObject{{QStringLiteral("name"), c.name},
                                {QStringLiteral("profile"), c.profile},
                                {QStringLiteral("cluster"), c.cluster},
                                {QStringLiteral("state"), c.state},
                                {QStringLiteral("created_ts"), double(c.createdTs)}});
        text += QStringLiteral("%1\t%2\t%3\n").arg(c.name, c.cluster, c.state);
    }
    if (app.jsonOutput())
        app.printJson({{QStringLiteral("campaigns"), list}});
    else
        app.print(text.isEmpty() ? CliApp::tr("no campaigns (campaign plan ...)\n") : text);
    return CliApp::Ok;
}

int runExport(CliApp &app, const QStringList &args)
{
    QCommandLineParser p;
    p.addOption(valueOption("out", "FILE"));
    p.addPositionalArgument(QStringLiteral("name"), QString());
    const QString help = CliApp::tr(kCampaignHelp);
    if (const auto code = app.parseCommandLine(p, QStringLiteral("campaign export"), args, help))
        return *code;
    if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("out")))
        return app.usageError(CliApp::tr("campaign export needs a campaign name and --out FILE.csv"), help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    CampaignStore campaigns(store);
    const auto campaign = campaigns.campaign(p.positionalArguments().first(), &error);
    const auto runs = campaign ? campaigns.runs(campaign->id, &error) : std::nullopt;
    if (!runs) {
        app.printError(error);
        return CliApp::Failed;
    }
    QSaveFile file(p.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly)) {
        app.printError(CliApp::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return CliApp::Failed;
    }
    if (!CampaignCsv::write(&file, campaign->name, *runs, &error) || !file.commit()) {
        app.printError(error.isEmpty() ? CliApp::tr("cannot write %1: %2").arg(file.fileName(), file.errorString())
                                       : error);
        return CliApp::Failed;
    }
    app.printError(CliApp::tr("%1 runs written to %2").arg(runs->size()).arg(file.fileName()));
    return CliApp::Ok;
}

} // namespace

int runCampaignCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kCampaignHelp);
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("plan"))
        return runPlan(app, rest);
    if (sub == QLatin1String("list"))
        return runList(app);
    if (sub == QLatin1String("export"))
        return runExport(app, rest);
    if (sub == QLatin1String("propose"))
        return runCampaignPropose(app, rest, help);
    if (sub == QLatin1String("start") || sub == QLatin1String("resume") || sub == QLatin1String("status") ||
        sub == QLatin1String("cancel"))
        return runCampaignRunCommand(app, sub, rest);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        app.print(help);
        return CliApp::Ok;
    }
    return app.usageError(sub.isEmpty() ? CliApp::tr("campaign needs a subcommand")
                                        : CliApp::tr("campaign: unknown subcommand '%1'").arg(sub),
                          help);
}

} // namespace es
