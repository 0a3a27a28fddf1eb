// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviseJobCommand.h"

#include "AdviceLedger.h"
#include "BatchScriptParser.h"
#include "CliApp.h"
#include "CliProgressPrinter.h"
#include "CliSshPrompter.h"
#include "ClusterProfile.h"
#include "MlCliFormat.h"
#include "PlacementAdvisor.h"
#include "ProfileEndpoint.h"
#include "SlurmSubmitter.h"
#include "SshSession.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace es {
namespace {

using namespace es::ml;
using mlcli::jsonNumber;
using mlcli::valueOption;

const char *const kAdviseJobHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] advise --cluster C (--script FILE | --like-name NAME) [options]\n"
    "\n"
    "Ranks node counts and CPU counts for a job by predicted energy, time, energy-delay product or carbon, from the\n"
    "cluster's measured history in the store (jobs of the same name are the same work), against the job as its\n"
    "script asks for it. Every figure is a prediction with its 90% interval, next to what was measured in that\n"
    "configuration when it ever ran. A job whose name has no measured run gets no advice.\n"
    "\n"
    "Options:\n"
    "  --cluster C              the store's cluster whose history to learn from\n"
    "  --script FILE            a batch script: #SBATCH --job-name, --nodes, --ntasks, --cpus-per-task\n"
    "  --like-name NAME         advise as for the jobs named NAME (instead of, or overriding, the script's name)\n"
    "  --vary nodes=1,2,4       candidate node counts (repeatable: also --vary cpus=32,64)\n"
    "  --objective O            energy (default), time, edp or carbon\n"
    "  --max-time-increase PCT  candidates at most PCT% slower than the job as asked\n"
    "  --carbon NAME            a carbon series (import-carbon) for grams CO2e over the run\n"
    "  --begin T                when the run starts, for carbon (default: now)\n"
    "  --profile P              the cluster profile (its cluster is the default --cluster): with --script, asks\n"
    "                           Slurm over SSH when each of the best candidates would start (sbatch --test-only)\n"
    "  --submit                 with --profile and --script: submits the chosen candidate (sbatch --nodes --ntasks\n"
    "                           --comment=es-advice:...), the script on sbatch's standard input\n"
    "  --accept-new-host-key    trust a host key seen for the first time (after comparing its fingerprint)\n"
    "  -h, --help               this help\n");

bool parseCounts(const QString &text, std::vector<qint64> *out)
{
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 v = part.trimmed().toLongLong(&ok);
        if (!ok || v < 1 || v > 1'000'000)
            return false;
        out->push_back(v);
    }
    return !out->empty();
}

QJsonObject candidateJson(const PlacementAdvisor::Candidate &c)
{
    QJsonObject measured;
    if (c.measuredRuns > 0)
        measured = {{QStringLiteral("runs"), c.measuredRuns},
                    {QStringLiteral("energy_j"), c.measuredEnergyJ},
                    {QStringLiteral("time_s"), c.measuredTimeS}};
    return {{QStringLiteral("nodes"), double(c.nodes)},
            {QStringLiteral("cpus"), double(c.cpus)},
            {QStringLiteral("energy_j"), jsonNumber(c.energyJ)},
            {QStringLiteral("energy_lower_j"), jsonNumber(c.energyLowerJ)},
            {QStringLiteral("energy_upper_j"), jsonNumber(c.energyUpperJ)},
            {QStringLiteral("time_s"), jsonNumber(c.timeS)},
            {QStringLiteral("time_lower_s"), jsonNumber(c.timeLowerS)},
            {QStringLiteral("time_upper_s"), jsonNumber(c.timeUpperS)},
            {QStringLiteral("carbon_g"), c.carbonG ? jsonNumber(*c.carbonG) : QJsonValue()},
            {QStringLiteral("energy_change_pct"), jsonNumber(c.energyChangePct)},
            {QStringLiteral("power_change_pct"), jsonNumber(c.powerChangePct)},
            {QStringLiteral("time_change_pct"), jsonNumber(c.timeChangePct)},
            {QStringLiteral("within_time_limit"), c.withinTimeLimit},
            {QStringLiteral("extrapolated"), c.extrapolated},
            {QStringLiteral("default"), c.isDefault},
            {QStringLiteral("measured"), measured.isEmpty() ? QJsonValue() : QJsonValue(measured)}};
}

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

void printAdvice(CliApp &app, const PlacementAdvisor::Advice &advice, const PlacementAdvisor::Request &request)
{
    QString text = CliApp::tr("history of cluster %1: %2 job names, %3 configurations, %4 runs; %5 runs named '%6'\n")
                       .arg(request.cluster)
                       .arg(advice.tasks)
                       .arg(advice.cells)
                       .arg(advice.runs)
                       .arg(advice.runsOfTask)
                       .arg(request.jobName);
    for (const QString &note : advice.notes)
        text += CliApp::tr("note: %1\n").arg(note);
    if (advice.chosen < 0)
        text += advice.reason + u'\n';
    for (size_t i = 0; i < advice.ranked.size(); ++i) {
        const PlacementAdvisor::Candidate &c = advice.ranked[i];
        text += CliApp::tr("%1 %2 nodes %3 CPUs: %4 kJ [%5, %6], %7 s [%8, %9]; energy %10% (power %11%, time "
                           "%12%)%13%14%15\n")
                    .arg(int(i) == advice.chosen ? QStringLiteral("*") : QStringLiteral(" "))
                    .arg(c.nodes, 3)
                    .arg(c.cpus, 4)
                    .arg(number(c.energyJ / 1e3, 1), number(c.energyLowerJ / 1e3, 1), number(c.energyUpperJ / 1e3, 1),
                         number(c.timeS, 0), number(c.timeLowerS, 0), number(c.timeUpperS, 0))
                    .arg(number(c.energyChangePct, 1), number(c.powerChangePct, 1), number(c.timeChangePct, 1))
                    .arg(c.carbonG ? CliApp::tr(", %1 g CO2e").arg(number(*c.carbonG, 1)) : QString(),
                         c.isDefault ? CliApp::tr(" [as asked]") : QString(),
                         c.extrapolated       ? CliApp::tr(" [outside what was measured]")
                         : !c.withinTimeLimit ? CliApp::tr(" [over the time limit]")
                         : c.measuredRuns > 0 ? CliApp::tr(" [measured %1 runs: %2 kJ, %3 s]")
                                                    .arg(c.measuredRuns)
                                                    .arg(number(c.measuredEnergyJ / 1e3, 1), number(c.measuredTimeS, 0))
                                              : QString());
    }
    app.print(text);
}

struct JobDescription
{
    QString name;
    qint64 nodes = 0;
    qint64 cpus = 0;
    qint64 cpusPerTask = 1;
    QByteArray script; ///< the batch script as read, when given
};

/// What Slurm said about the candidates asked (sbatch --test-only) and the submission, when asked for.
struct SlurmAnswers
{
    std::vector<std::optional<SbatchTestOnlyResult>> startOf; ///< per ranked candidate; empty optional: not asked
    std::vector<QString> refusalOf;
    QString submittedJobId;
    QString submitError;
    QString comment;
    qint64 adviceId = 0; ///< in the ledger; 0: no advice given
};

QStringList sbatchOptions(const PlacementAdvisor::Candidate &c, const JobDescription &job)
{
    return {QStringLiteral("--nodes=%1").arg(c.nodes), QStringLiteral("--ntasks=%1").arg(c.cpus / job.cpusPerTask)};
}

/// Asks the controller when the best few candidates (and the job as asked) would start, then submits the chosen
/// one when `submit`. False (message printed) when the profile or the connection fails.
bool askSlurm(CliApp &app, Store &store, const QString &profileName, bool acceptNewKey, bool submit,
              const JobDescription &job, const PlacementAdvisor::Advice &advice, qint64 adviceId, SlurmAnswers *answers)
{
    AdviceLedger ledger(store);
    QString ledgerError;
    const auto notSubmitted = [&](const QString &why) {
        if (submit && adviceId > 0 && !ledger.setNotSubmitted(adviceId, why, &ledgerError))
            app.printError(QStringLiteral("energy-studio-cli: ") + ledgerError);
    };
    QString error;
    const auto profile = ClusterProfiles(store).find(profileName, &error);
    if (!profile) {
        app.printError(QStringLiteral("energy-studio-cli: ") + error);
        notSubmitted(error);
        return false;
    }
    CliSshPrompter prompter(app, acceptNewKey);
    SshSession ssh;
    if (!ssh.connect(endpointOfProfile(*profile), prompter, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: advise: ") + error);
        notSubmitted(error);
        return false;
    }
    SlurmSubmitter slurm(ssh);
    constexpr size_t kAsked = 6;
    answers->startOf.resize(advice.ranked.size());
    answers->refusalOf.resize(advice.ranked.size());
    for (size_t i = 0; i < advice.ranked.size(); ++i) {
        const PlacementAdvisor::Candidate &c = advice.ranked[i];
        if (i >= kAsked && !c.isDefault)
            continue;
        QString why;
        answers->startOf[i] = slurm.testOnly(sbatchOptions(c, job), job.script, &why);
        answers->refusalOf[i] = why;
    }
    if (!submit || advice.chosen < 0)
        return true;
    const PlacementAdvisor::Candidate &chosen = advice.ranked[size_t(advice.chosen)];
    answers->comment = QStringLiteral("es-advice:%1").arg(adviceId);
    const auto id = slurm.submit(sbatchOptions(chosen, job) << QStringLiteral("--comment=") + answers->comment,
                                 job.script, &answers->submitError);
    if (!id) {
        notSubmitted(answers->submitError);
        return true;
    }
    answers->submittedJobId = *id;
    if (!ledger.setSubmitted(adviceId, *id, answers->comment, &ledgerError))
        app.printError(QStringLiteral("energy-studio-cli: ") + ledgerError);
    return true;
}

std::optional<JobDescription> describeJob(CliApp &app, const QString &scriptPath, const QString &likeName)
{
    JobDescription job;
    if (!scriptPath.isEmpty()) {
        QFile file(scriptPath);
        if (!file.open(QIODevice::ReadOnly)) {
            app.printError(CliApp::tr("energy-studio-cli: cannot read %1: %2").arg(scriptPath, file.errorString()));
            return std::nullopt;
        }
        QString error;
        job.script = file.readAll();
        const auto script = BatchScriptParser::parse(QString::fromUtf8(job.script), &error);
        if (!script) {
            app.printError(QStringLiteral("energy-studio-cli: %1: %2").arg(scriptPath, error));
            return std::nullopt;
        }
        job.name = script->jobName;
        job.nodes = script->nodesMin.value_or(0);
        job.cpusPerTask = std::max<qint64>(1, script->cpusPerTask.value_or(1));
        job.cpus = script->ntasks ? *script->ntasks * job.cpusPerTask : 0;
    }
    if (!likeName.isEmpty())
        job.name = likeName;
    if (job.name.isEmpty()) {
        app.printError(CliApp::tr("energy-studio-cli: advise: the script names no job (#SBATCH --job-name): give "
                                  "--like-name NAME"));
        return std::nullopt;
    }
    return job;
}

} // namespace

namespace {

struct AdviseOptions
{
    QCommandLineOption cluster = valueOption("cluster", "C");
    QCommandLineOption script = valueOption("script", "FILE");
    QCommandLineOption like = valueOption("like-name", "NAME");
    QCommandLineOption vary = valueOption("vary", "WHAT=LIST");
    QCommandLineOption objective = valueOption("objective", "O");
    QCommandLineOption maxIncrease = valueOption("max-time-increase", "PCT");
    QCommandLineOption carbon = valueOption("carbon", "NAME");
    QCommandLineOption begin = valueOption("begin", "T");
    QCommandLineOption profile = valueOption("profile", "P");
    QCommandLineOption submit{QStringLiteral("submit")};
    QCommandLineOption acceptKey{QStringLiteral("accept-new-host-key")};
};

/// The request from the options; an exit code when they are wrong (the usage error printed).
std::optional<int> readRequest(CliApp &app, const QCommandLineParser &parser, const AdviseOptions &o,
                               const QString &help, PlacementAdvisor::Request *request)
{
    for (const QString &v : parser.values(o.vary)) {
        const QString what = v.section(u'=', 0, 0).trimmed();
        std::vector<qint64> *target = what == u"nodes"  ? &request->nodeCounts
                                      : what == u"cpus" ? &request->cpuCounts
                                                        : nullptr;
        if (!target || !parseCounts(v.section(u'=', 1), target))
            return app.usageError(CliApp::tr("--vary takes nodes=1,2,4 or cpus=32,64, got '%1'").arg(v), help);
    }
    if (parser.isSet(o.objective)) {
        const auto objective = PlacementAdvisor::objectiveFromName(parser.value(o.objective));
        if (!objective)
            return app.usageError(
                CliApp::tr("unknown objective '%1' (energy, time, edp or carbon)").arg(parser.value(o.objective)),
                help);
        request->objective = *objective;
    }
    if (parser.isSet(o.maxIncrease)) {
        bool ok = false;
        const double p = QLocale::c().toDouble(parser.value(o.maxIncrease), &ok);
        if (!ok || !(p >= 0) || p > 1e6)
            return app.usageError(CliApp::tr("--max-time-increase takes a percentage of 0 or more"), help);
        request->maxTimeIncreasePct = p;
    }
    request->carbonSeries = parser.value(o.carbon);
    request->beginTs = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(o.begin)) {
        const auto ts = parseTimeArgument(parser.value(o.begin), request->beginTs);
        if (!ts)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(o.begin)), help);
        request->beginTs = *ts;
    }
    return std::nullopt;
}

void printJson(CliApp &app, const PlacementAdvisor::Advice &advice, const PlacementAdvisor::Request &request,
               const SlurmAnswers &slurm)
{
    QJsonArray candidates;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (size_t i = 0; i < advice.ranked.size(); ++i) {
        QJsonObject c = candidateJson(advice.ranked[i]);
        if (i < slurm.startOf.size() && slurm.startOf[i]) {
            c.insert(QStringLiteral("queue_start_ts"), double(slurm.startOf[i]->startTs));
            c.insert(QStringLiteral("queue_wait_s"), double(std::max<qint64>(0, slurm.startOf[i]->startTs - now)));
            c.insert(QStringLiteral("queue_nodes"), slurm.startOf[i]->nodes);
        } else if (i < slurm.refusalOf.size() && !slurm.refusalOf[i].isEmpty()) {
            c.insert(QStringLiteral("queue_refused"), slurm.refusalOf[i]);
        }
        candidates.append(c);
    }
    app.printJson(
        {{QStringLiteral("command"), QStringLiteral("advise")},
         {QStringLiteral("cluster"), request.cluster},
         {QStringLiteral("job_name"), request.jobName},
         {QStringLiteral("objective"), PlacementAdvisor::objectiveName(request.objective)},
         {QStringLiteral("advice"), advice.chosen >= 0},
         {QStringLiteral("reason"), advice.reason},
         {QStringLiteral("chosen"), advice.chosen},
         {QStringLiteral("candidates"), candidates},
         {QStringLiteral("submitted_job_id"),
          slurm.submittedJobId.isEmpty() ? QJsonValue() : QJsonValue(slurm.submittedJobId)},
         {QStringLiteral("submit_error"), slurm.submitError.isEmpty() ? QJsonValue() : QJsonValue(slurm.submitError)},
         {QStringLiteral("comment"), slurm.comment.isEmpty() ? QJsonValue() : QJsonValue(slurm.comment)},
         {QStringLiteral("advice_id"), slurm.adviceId > 0 ? QJsonValue(double(slurm.adviceId)) : QJsonValue()},
         {QStringLiteral("history"), QJsonObject{{QStringLiteral("job_names"), advice.tasks},
                                                 {QStringLiteral("configurations"), advice.cells},
                                                 {QStringLiteral("runs"), double(advice.runs)},
                                                 {QStringLiteral("runs_of_job_name"), advice.runsOfTask}}},
         {QStringLiteral("notes"), QJsonArray::fromStringList(advice.notes)}});
}

void printSlurm(CliApp &app, const PlacementAdvisor::Advice &advice, const SlurmAnswers &slurm)
{
    QString text;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (size_t i = 0; i < slurm.startOf.size(); ++i) {
        const PlacementAdvisor::Candidate &c = advice.ranked[i];
        if (slurm.startOf[i])
            text += CliApp::tr("queue: %1 nodes %2 CPUs would start in %3 s on %4\n")
                        .arg(c.nodes)
                        .arg(c.cpus)
                        .arg(std::max<qint64>(0, slurm.startOf[i]->startTs - now))
                        .arg(slurm.startOf[i]->nodes);
        else if (!slurm.refusalOf[i].isEmpty())
            text +=
                CliApp::tr("queue: %1 nodes %2 CPUs refused: %3\n").arg(c.nodes).arg(c.cpus).arg(slurm.refusalOf[i]);
    }
    if (!slurm.submittedJobId.isEmpty())
        text += CliApp::tr("submitted job %1 (--comment=%2)\n").arg(slurm.submittedJobId, slurm.comment);
    else if (!slurm.submitError.isEmpty())
        text += CliApp::tr("not submitted: %1\n").arg(slurm.submitError);
    app.print(text);
}

} // namespace

int runAdviseJob(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kAdviseJobHelp);
    QCommandLineParser parser;
    const AdviseOptions o;
    parser.addOptions({o.cluster, o.script, o.like, o.vary, o.objective, o.maxIncrease, o.carbon, o.begin, o.profile,
                       o.submit, o.acceptKey});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("advise"), args, help))
        return *done;
    if ((!parser.isSet(o.cluster) && !parser.isSet(o.profile)) || (!parser.isSet(o.script) && !parser.isSet(o.like)))
        return app.usageError(CliApp::tr("advise needs --cluster (or --profile) and --script or --like-name"), help);
    if (parser.isSet(o.submit) && (!parser.isSet(o.profile) || !parser.isSet(o.script)))
        return app.usageError(CliApp::tr("--submit needs --profile and --script"), help);
    PlacementAdvisor::Request request;
    if (const auto code = readRequest(app, parser, o, help, &request))
        return *code;
    const auto job = describeJob(app, parser.value(o.script), parser.value(o.like));
    if (!job)
        return CliApp::Failed;
    request.jobName = job->name;
    request.defaultNodes = job->nodes;
    request.defaultCpus = job->cpus;

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    request.cluster = parser.value(o.cluster);
    if (request.cluster.isEmpty()) {
        const auto profile = ClusterProfiles(store).find(parser.value(o.profile), &error);
        if (!profile) {
            app.printError(QStringLiteral("energy-studio-cli: ") + error);
            return CliApp::Failed;
        }
        request.cluster = profile->clusterName();
    }
    PlacementAdvisor advisor;
    CliProgressPrinter progress(app);
    advisor.setProgressCallback([&](const QString &stage, int done, int total) { progress(stage, done, total); });
    const auto advice = advisor.advise(store, request, &error);
    if (!advice) {
        app.printError(QStringLiteral("energy-studio-cli: advise: ") + error);
        return CliApp::Failed;
    }
    qint64 adviceId = 0;
    if (advice->chosen >= 0) {
        const auto id = AdviceLedger(store).record(
            PlacementAdvisor::recordOf(*advice, request, QDateTime::currentSecsSinceEpoch()), &error);
        if (!id) {
            app.printError(QStringLiteral("energy-studio-cli: advise: ") + error);
            return CliApp::Failed;
        }
        adviceId = *id;
    }
    SlurmAnswers slurm;
    slurm.adviceId = adviceId;
    if (parser.isSet(o.profile) && parser.isSet(o.script) &&
        !askSlurm(app, store, parser.value(o.profile), parser.isSet(o.acceptKey), parser.isSet(o.submit), *job, *advice,
                  adviceId, &slurm))
        return CliApp::Failed;
    if (app.jsonOutput()) {
        printJson(app, *advice, request, slurm);
    } else {
        printAdvice(app, *advice, request);
        printSlurm(app, *advice, slurm);
    }
    return parser.isSet(o.submit) && advice->chosen >= 0 && slurm.submittedJobId.isEmpty() ? CliApp::Failed
                                                                                           : CliApp::Ok;
}

} // namespace es
