#include "AdviseJobCommand.h"

#include "BatchScriptParser.h"
#include "CliApp.h"
#include "CliProgressPrinter.h"
#include "MlCliFormat.h"
#include "PlacementAdvisor.h"
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

const char *const kAdviseJobHelp =
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
    "  -h, --help               this help\n";

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
            {QStringLiteral("peak_temp_c"), QJsonValue()}, // no temperature model for candidates yet
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
};

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
        const auto script = BatchScriptParser::parse(QString::fromUtf8(file.readAll()), &error);
        if (!script) {
            app.printError(QStringLiteral("energy-studio-cli: %1: %2").arg(scriptPath, error));
            return std::nullopt;
        }
        job.name = script->jobName;
        job.nodes = script->nodesMin.value_or(0);
        job.cpus = script->ntasks ? *script->ntasks * script->cpusPerTask.value_or(1) : 0;
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

int runAdviseJob(CliApp &app, const QStringList &args)
{
    const QString help = QString::fromLatin1(kAdviseJobHelp);
    QCommandLineParser parser;
    const QCommandLineOption cluster = valueOption("cluster", "C");
    const QCommandLineOption script = valueOption("script", "FILE");
    const QCommandLineOption like = valueOption("like-name", "NAME");
    const QCommandLineOption vary = valueOption("vary", "WHAT=LIST");
    const QCommandLineOption objective = valueOption("objective", "O");
    const QCommandLineOption maxIncrease = valueOption("max-time-increase", "PCT");
    const QCommandLineOption carbon = valueOption("carbon", "NAME");
    const QCommandLineOption begin = valueOption("begin", "T");
    parser.addOptions({cluster, script, like, vary, objective, maxIncrease, carbon, begin});
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("advise"), args, help))
        return *done;
    if (!parser.isSet(cluster) || (!parser.isSet(script) && !parser.isSet(like)))
        return app.usageError(CliApp::tr("advise needs --cluster and --script or --like-name"), help);
    PlacementAdvisor::Request request;
    request.cluster = parser.value(cluster);
    for (const QString &v : parser.values(vary)) {
        const QString what = v.section(u'=', 0, 0).trimmed();
        std::vector<qint64> *target = what == u"nodes"  ? &request.nodeCounts
                                      : what == u"cpus" ? &request.cpuCounts
                                                        : nullptr;
        if (!target || !parseCounts(v.section(u'=', 1), target))
            return app.usageError(CliApp::tr("--vary takes nodes=1,2,4 or cpus=32,64, got '%1'").arg(v), help);
    }
    if (parser.isSet(objective)) {
        const auto o = PlacementAdvisor::objectiveFromName(parser.value(objective));
        if (!o)
            return app.usageError(
                CliApp::tr("unknown objective '%1' (energy, time, edp or carbon)").arg(parser.value(objective)), help);
        request.objective = *o;
    }
    if (parser.isSet(maxIncrease)) {
        bool ok = false;
        const double p = QLocale::c().toDouble(parser.value(maxIncrease), &ok);
        if (!ok || !(p >= 0) || p > 1e6)
            return app.usageError(CliApp::tr("--max-time-increase takes a percentage of 0 or more"), help);
        request.maxTimeIncreasePct = p;
    }
    request.carbonSeries = parser.value(carbon);
    request.beginTs = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(begin)) {
        const auto ts = parseTimeArgument(parser.value(begin), request.beginTs);
        if (!ts)
            return app.usageError(CliApp::tr("cannot read the time '%1'").arg(parser.value(begin)), help);
        request.beginTs = *ts;
    }
    const auto job = describeJob(app, parser.value(script), parser.value(like));
    if (!job)
        return CliApp::Failed;
    request.jobName = job->name;
    request.defaultNodes = job->nodes;
    request.defaultCpus = job->cpus;

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    PlacementAdvisor advisor;
    CliProgressPrinter progress(app);
    advisor.setProgressCallback([&](const QString &stage, int done, int total) { progress(stage, done, total); });
    QString error;
    const auto advice = advisor.advise(store, request, &error);
    if (!advice) {
        app.printError(QStringLiteral("energy-studio-cli: advise: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonArray candidates;
        for (const PlacementAdvisor::Candidate &c : advice->ranked)
            candidates.append(candidateJson(c));
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("advise")},
             {QStringLiteral("cluster"), request.cluster},
             {QStringLiteral("job_name"), request.jobName},
             {QStringLiteral("objective"), PlacementAdvisor::objectiveName(request.objective)},
             {QStringLiteral("advice"), advice->chosen >= 0},
             {QStringLiteral("reason"), advice->reason},
             {QStringLiteral("chosen"), advice->chosen},
             {QStringLiteral("candidates"), candidates},
             {QStringLiteral("history"), QJsonObject{{QStringLiteral("job_names"), advice->tasks},
                                                     {QStringLiteral("configurations"), advice->cells},
                                                     {QStringLiteral("runs"), double(advice->runs)},
                                                     {QStringLiteral("runs_of_job_name"), advice->runsOfTask}}},
             {QStringLiteral("notes"), QJsonArray::fromStringList(advice->notes)}});
    } else {
        printAdvice(app, *advice, request);
    }
    return CliApp::Ok;
}

} // namespace es
