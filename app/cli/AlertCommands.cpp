// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertCommands.h"

#include "AlertEvaluator.h"
#include "AlertThresholds.h"
#include "CliApp.h"
#include "EventLog.h"
#include "Store.h"
#include "TimeArgument.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

namespace es {
namespace {

const char *const kAlertsHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] alerts ACTION [options]\n"
    "\n"
    "Actions:\n"
    "  check [--cluster C] [--since T] [--until T] [--list]\n"
    "        evaluate node temperatures (node_samples.temp_c) against their thresholds, job energies against\n"
    "        their job type's median and the share of failed jobs (FAILED, NODE_FAIL, OUT_OF_MEMORY, TIMEOUT) per\n"
    "        partition, user and node in a sliding window over job ends; a node whose share stands out against the\n"
    "        rest of its partition is a bad_node; jobs whose MaxRSS came near their memory request or that ended\n"
    "        OUT_OF_MEMORY (memory_exhaustion), nodes whose used memory stays high (memory_high), and with\n"
    "        --silent-collectors nodes whose samples of a source stopped (collector_silent); stores new events,\n"
    "        extends or closes open ones (running it again adds nothing). From --since, a failure share still\n"
    "        counts the jobs of its window before it.\n"
    "  list [--cluster C] [--since T] [--kind K] [--severity S] [--unacknowledged]\n"
    "        the stored events, newest first; kinds: temp_warning, temp_critical, energy_excess, failure_rate,\n"
    "        bad_node, memory_exhaustion, memory_high, collector_silent\n"
    "  acknowledge ID...\n"
    "        mark events as seen\n"
    "  set-threshold (--node N [--cluster C] | --cluster C) --warning-c W --critical-c X\n"
    "        temperature thresholds in °C of one node or of a whole cluster (defaults: 75 and 85)\n"
    "\n"
    "Options:\n"
    "  --list              check: print every new event (default: the first 10, then a count)\n"
    "  --hysteresis-c H    check: an episode ends below threshold - H °C (default 2)\n"
    "  --energy-factor K   check: a job is flagged above K x the median energy of its job type (default 3)\n"
    "  --energy-min-jobs N check: only job types with at least N jobs with energy (default 5)\n"
    "  --failure-share S   check: failure_rate opens at a share S of failed jobs, 0..1 (default 0.5)\n"
    "  --failure-window-h H check: the sliding window over job ends, in hours (default 6)\n"
    "  --failure-min-jobs N check: a share counts with at least N jobs in the window (default 10; bad_node: on the\n"
    "                      node and on the rest of the partition)\n"
    "  --failure-hysteresis D check: an episode closes below S - D (bad_node: M - D) (default 0.1)\n"
    "  --bad-node-margin M check: bad_node when a node's share is M above the rest of its partition (default 0.3)\n"
    "  --memory-within-pct N check: memory_exhaustion when a job's MaxRSS is within N % of the memory it asked\n"
    "                      per node (default 10)\n"
    "  --memory-node-pct N check: memory_high from N % of a node's memory used, until below N - 5 (default 95)\n"
    "  --silent-collectors check: also flag a node whose samples of a source stopped for K x their usual interval\n"
    "                      (the median gap between them) up to --until or now, unless the node is down or drained\n"
    "  --silence-factor K  check: (default 3)\n"
    "  --silence-interval-s S check: the usual interval in seconds instead of each series' median gap\n"
    "  Times T: epoch s, 2024-05-01, 2024-05-01T12:00:00 (UTC), or -7d, -12h, -30m\n"
    "  -h, --help          this help\n");

QString formatTs(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject eventJson(const AlertEvent &e)
{
    QJsonObject o{{QStringLiteral("id"), double(e.id)},
                  {QStringLiteral("cluster"), e.cluster},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("severity"), e.severity},
                  {QStringLiteral("ts_start"), double(e.tsStart)},
                  {QStringLiteral("ts_end"), e.tsEnd ? QJsonValue(double(*e.tsEnd)) : QJsonValue()},
                  {QStringLiteral("value"), e.value},
                  {QStringLiteral("threshold"), e.threshold},
                  {QStringLiteral("message"), e.message},
                  {QStringLiteral("acknowledged"), e.acknowledged}};
    o.insert(QStringLiteral("node"), e.node.isEmpty() ? QJsonValue() : QJsonValue(e.node));
    o.insert(QStringLiteral("job_id"), e.jobId.isEmpty() ? QJsonValue() : QJsonValue(e.jobId));
    o.insert(QStringLiteral("subject"), e.subject.isEmpty() ? QJsonValue() : QJsonValue(e.subject));
    return o;
}

QString eventLine(const AlertEvent &e)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7%8\n")
        .arg(e.id)
        .arg(formatTs(e.tsStart), e.tsEnd ? formatTs(*e.tsEnd) : CliApp::tr("open"), e.severity, e.kind,
             e.cluster + u'/' +
                 (!e.subject.isEmpty() ? e.subject
                  : e.node.isEmpty()   ? e.jobId
                                       : e.node),
             e.message, e.acknowledged ? CliApp::tr(" (acknowledged)") : QString());
}

std::optional<QStringList> clusters(CliApp &app, Store &store, const QString &only)
{
    if (!only.isEmpty())
        return QStringList{only};
    QSqlQuery query(store.database());
    QStringList names;
    if (!query.exec(QStringLiteral("SELECT name FROM clusters ORDER BY name"))) {
        app.printError(CliApp::tr("energy-studio-cli: cannot list the clusters: %1").arg(query.lastError().text()));
        return std::nullopt;
    }
    while (query.next())
        names << query.value(0).toString();
    return names;
}

/// The alerts command's options and what every action shares.
struct AlertsCli
{
    QCommandLineParser parser;
    const QCommandLineOption clusterOption{QStringLiteral("cluster"), QString(), QStringLiteral("C")};
    const QCommandLineOption nodeOption{QStringLiteral("node"), QString(), QStringLiteral("N")};
    const QCommandLineOption sinceOption{QStringLiteral("since"), QString(), QStringLiteral("T")};
    const QCommandLineOption untilOption{QStringLiteral("until"), QString(), QStringLiteral("T")};
    const QCommandLineOption kindOption{QStringLiteral("kind"), QString(), QStringLiteral("K")};
    const QCommandLineOption severityOption{QStringLiteral("severity"), QString(), QStringLiteral("S")};
    const QCommandLineOption unackOption{QStringLiteral("unacknowledged"), QString()};
    const QCommandLineOption warningOption{QStringLiteral("warning-c"), QString(), QStringLiteral("W")};
    const QCommandLineOption criticalOption{QStringLiteral("critical-c"), QString(), QStringLiteral("X")};
    const QCommandLineOption hysteresisOption{QStringLiteral("hysteresis-c"), QString(), QStringLiteral("H")};
    const QCommandLineOption factorOption{QStringLiteral("energy-factor"), QString(), QStringLiteral("K")};
    const QCommandLineOption minJobsOption{QStringLiteral("energy-min-jobs"), QString(), QStringLiteral("N")};
    const QCommandLineOption listOption{QStringLiteral("list"), QString()};
    const QCommandLineOption failureShareOption{QStringLiteral("failure-share"), QString(), QStringLiteral("S")};
    const QCommandLineOption failureWindowOption{QStringLiteral("failure-window-h"), QString(), QStringLiteral("H")};
    const QCommandLineOption failureMinJobsOption{QStringLiteral("failure-min-jobs"), QString(), QStringLiteral("N")};
    const QCommandLineOption failureHysteresisOption{QStringLiteral("failure-hysteresis"), QString(),
                                                     QStringLiteral("D")};
    const QCommandLineOption badNodeMarginOption{QStringLiteral("bad-node-margin"), QString(), QStringLiteral("M")};
    const QCommandLineOption memoryWithinOption{QStringLiteral("memory-within-pct"), QString(), QStringLiteral("N")};
    const QCommandLineOption memoryNodeOption{QStringLiteral("memory-node-pct"), QString(), QStringLiteral("N")};
    const QCommandLineOption silentOption{QStringLiteral("silent-collectors"), QString()};
    const QCommandLineOption silenceFactorOption{QStringLiteral("silence-factor"), QString(), QStringLiteral("K")};
    const QCommandLineOption silenceIntervalOption{QStringLiteral("silence-interval-s"), QString(),
                                                   QStringLiteral("S")};

    QString help;
    QStringList positional;
    std::optional<qint64> since;
    std::optional<qint64> until;

    AlertsCli()
    {
        parser.addOptions({clusterOption,
                           nodeOption,
                           sinceOption,
                           untilOption,
                           kindOption,
                           severityOption,
                           unackOption,
                           warningOption,
                           criticalOption,
                           hysteresisOption,
                           factorOption,
                           minJobsOption,
                           listOption,
                           failureShareOption,
                           failureWindowOption,
                           failureMinJobsOption,
                           failureHysteresisOption,
                           badNodeMarginOption,
                           memoryWithinOption,
                           memoryNodeOption,
                           silentOption,
                           silenceFactorOption,
                           silenceIntervalOption});
    }
    /// False when the option is set to something other than a finite number.
    bool readNumberOption(const QCommandLineOption &option, double *value) const
    {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *value = parser.value(option).toDouble(&ok);
        return ok && std::isfinite(*value);
    }
};

/// --since and --until into cli->since and cli->until; a usage error's exit code.
std::optional<int> readTimes(CliApp &app, AlertsCli *cli)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto timeOption = [&](const QCommandLineOption &option, std::optional<qint64> *ts) {
        if (!cli->parser.isSet(option))
            return true;
        *ts = parseTimeArgument(cli->parser.value(option), now);
        return ts->has_value();
    };
    if (!timeOption(cli->sinceOption, &cli->since))
        return app.usageError(CliApp::tr("cannot read the time '%1'").arg(cli->parser.value(cli->sinceOption)),
                              cli->help);
    if (!timeOption(cli->untilOption, &cli->until))
        return app.usageError(CliApp::tr("cannot read the time '%1'").arg(cli->parser.value(cli->untilOption)),
                              cli->help);
    return std::nullopt;
}

QJsonObject checkSummaryJson(const QString &cluster, const AlertEvaluationSummary &summary)
{
    return QJsonObject{{QStringLiteral("cluster"), cluster},
                       {QStringLiteral("nodes"), double(summary.nodes)},
                       {QStringLiteral("samples_read"), double(summary.samplesRead)},
                       {QStringLiteral("jobs_checked"), double(summary.jobsChecked)},
                       {QStringLiteral("failure_jobs_read"), double(summary.failureJobsRead)},
                       {QStringLiteral("memory_jobs_checked"), double(summary.memoryJobsChecked)},
                       {QStringLiteral("silence_series"), double(summary.silenceSeries)},
                       {QStringLiteral("events_new"), double(summary.eventsNew)},
                       {QStringLiteral("events_updated"), double(summary.eventsUpdated)},
                       {QStringLiteral("events_unchanged"), double(summary.eventsUnchanged)}};
}

/// One cluster's check as text: the counts, then the new events (the first 10 unless listAll).
void printCheckSummary(CliApp &app, const QString &cluster, const AlertEvaluationSummary &summary, bool listAll)
{
    app.print(CliApp::tr("%1: %2 nodes, %3 samples, %4 jobs checked: %5 new events, %6 updated, "
                         "%7 unchanged\n")
                  .arg(cluster)
                  .arg(summary.nodes)
                  .arg(summary.samplesRead)
                  .arg(summary.jobsChecked)
                  .arg(summary.eventsNew)
                  .arg(summary.eventsUpdated)
                  .arg(summary.eventsUnchanged));
    // A first check over months of history finds thousands of episodes: a summary, not a flood.
    constexpr qsizetype kShownEvents = 10;
    const qsizetype shown = listAll ? summary.newEvents.size() : std::min(kShownEvents, summary.newEvents.size());
    for (qsizetype i = 0; i < shown; ++i)
        app.print(eventLine(summary.newEvents[i]));
    if (shown < summary.newEvents.size())
        app.print(CliApp::tr("... and %1 more new events (alerts check --list, or alerts list)\n")
                      .arg(summary.newEvents.size() - shown));
}

/// The failure_rate / bad_node, memory and silence options of alerts check into *options; a usage error's exit
/// code.
std::optional<int> readFailureOptions(CliApp &app, const AlertsCli &cli, AlertEvaluationOptions *options)
{
    double windowH = double(options->failureWindowS) / 3600;
    double minJobs = options->failureMinJobs;
    if (!cli.readNumberOption(cli.failureShareOption, &options->failureShare) || options->failureShare <= 0 ||
        options->failureShare > 1 || !cli.readNumberOption(cli.failureWindowOption, &windowH) || windowH <= 0 ||
        windowH > 24 * 366 || !cli.readNumberOption(cli.failureMinJobsOption, &minJobs) || minJobs < 1 ||
        !cli.readNumberOption(cli.failureHysteresisOption, &options->failureHysteresis) ||
        options->failureHysteresis < 0 || !cli.readNumberOption(cli.badNodeMarginOption, &options->badNodeMargin) ||
        options->badNodeMargin <= 0 || options->badNodeMargin > 1)
        return app.usageError(CliApp::tr("--failure-share and --bad-node-margin need a number in (0, 1], "
                                         "--failure-window-h positive hours, --failure-min-jobs a positive count, "
                                         "--failure-hysteresis a number >= 0"),
                              cli.help);
    options->failureWindowS = qint64(std::llround(windowH * 3600));
    options->failureMinJobs = int(minJobs);
    double intervalS = 0;
    if (!cli.readNumberOption(cli.memoryWithinOption, &options->memoryWithinPct) || options->memoryWithinPct < 0 ||
        options->memoryWithinPct >= 100 || !cli.readNumberOption(cli.memoryNodeOption, &options->memoryNodePct) ||
        options->memoryNodePct <= 0 || options->memoryNodePct > 100 ||
        !cli.readNumberOption(cli.silenceFactorOption, &options->silenceFactor) || options->silenceFactor <= 1 ||
        !cli.readNumberOption(cli.silenceIntervalOption, &intervalS) || intervalS < 0)
        return app.usageError(CliApp::tr("--memory-within-pct needs a number in [0, 100), --memory-node-pct in "
                                         "(0, 100], --silence-factor a number above 1, --silence-interval-s seconds"),
                              cli.help);
    options->silenceRules = cli.parser.isSet(cli.silentOption);
    options->silenceIntervalS = qint64(std::llround(intervalS));
    return std::nullopt;
}

int runCheck(CliApp &app, const AlertsCli &cli)
{
    if (cli.positional.size() != 1)
        return app.usageError(CliApp::tr("alerts check takes no arguments"), cli.help);
    AlertEvaluationOptions options;
    options.sinceTs = cli.since;
    options.untilTs = cli.until;
    double minJobs = options.energyMinJobs;
    if (!cli.readNumberOption(cli.hysteresisOption, &options.hysteresisC) || options.hysteresisC < 0 ||
        !cli.readNumberOption(cli.factorOption, &options.energyFactor) || options.energyFactor <= 0 ||
        !cli.readNumberOption(cli.minJobsOption, &minJobs) || minJobs < 1)
        return app.usageError(CliApp::tr("--hysteresis-c, --energy-factor and --energy-min-jobs need positive "
                                         "numbers"),
                              cli.help);
    options.energyMinJobs = int(minJobs);
    if (const auto usage = readFailureOptions(app, cli, &options))
        return *usage;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    const auto names = clusters(app, store, cli.parser.value(cli.clusterOption));
    if (!names)
        return CliApp::Failed;
    AlertEvaluator evaluator(store);
    QJsonArray results;
    QJsonArray newEvents;
    qint64 total = 0;
    for (const QString &cluster : *names) {
        AlertEvaluationSummary summary;
        QString error;
        if (!evaluator.evaluate(cluster, options, &summary, &error)) {
            app.printError(QStringLiteral("energy-studio-cli: alerts check %1: ").arg(cluster) + error);
            return CliApp::Failed;
        }
        total += summary.eventsNew;
        results.append(checkSummaryJson(cluster, summary));
        for (const AlertEvent &e : summary.newEvents)
            newEvents.append(eventJson(e));
        if (!app.jsonOutput())
            printCheckSummary(app, cluster, summary, cli.parser.isSet(cli.listOption));
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("alerts check")},
                       {QStringLiteral("clusters"), results},
                       {QStringLiteral("events_new"), double(total)},
                       {QStringLiteral("new_events"), newEvents}});
    }
    return CliApp::Ok;
}

int runList(CliApp &app, const AlertsCli &cli)
{
    if (cli.positional.size() != 1)
        return app.usageError(CliApp::tr("alerts list takes no arguments"), cli.help);
    EventFilter filter;
    filter.cluster = cli.parser.value(cli.clusterOption);
    filter.sinceTs = cli.since;
    filter.untilTs = cli.until;
    filter.kind = cli.parser.value(cli.kindOption);
    filter.severity = cli.parser.value(cli.severityOption);
    static const QStringList kinds{AlertEvent::tempWarningKind(),  AlertEvent::tempCriticalKind(),
                                   AlertEvent::energyExcessKind(), AlertEvent::failureRateKind(),
                                   AlertEvent::badNodeKind(),      AlertEvent::memoryExhaustionKind(),
                                   AlertEvent::memoryHighKind(),   AlertEvent::collectorSilentKind()};
    if (!filter.kind.isEmpty() && !kinds.contains(filter.kind))
        return app.usageError(CliApp::tr("unknown kind '%1' (known: %2)").arg(filter.kind, kinds.join(u", ")),
                              cli.help);
    if (cli.parser.isSet(cli.unackOption))
        filter.acknowledged = false;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto events = EventLog::list(store, filter, &error);
    if (!events) {
        app.printError(QStringLiteral("energy-studio-cli: alerts list: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonArray array;
        for (const AlertEvent &e : *events)
            array.append(eventJson(e));
        app.printJson({{QStringLiteral("command"), QStringLiteral("alerts list")}, {QStringLiteral("events"), array}});
    } else {
        for (const AlertEvent &e : *events)
            app.print(eventLine(e));
        if (events->isEmpty())
            app.print(CliApp::tr("no events\n"));
    }
    return CliApp::Ok;
}

int runAcknowledge(CliApp &app, const AlertsCli &cli)
{
    QList<qint64> ids;
    for (qsizetype i = 1; i < cli.positional.size(); ++i) {
        bool ok = false;
        ids << cli.positional[i].toLongLong(&ok);
        if (!ok)
            return app.usageError(CliApp::tr("'%1' is not an event id").arg(cli.positional[i]), cli.help);
    }
    if (ids.isEmpty())
        return app.usageError(CliApp::tr("alerts acknowledge needs event ids"), cli.help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto changed = EventLog::acknowledge(store, ids, true, &error);
    if (!changed) {
        app.printError(QStringLiteral("energy-studio-cli: alerts acknowledge: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput())
        app.printJson({{QStringLiteral("command"), QStringLiteral("alerts acknowledge")},
                       {QStringLiteral("acknowledged"), double(*changed)}});
    else
        app.print(CliApp::tr("%1 events acknowledged\n").arg(*changed));
    return CliApp::Ok;
}

int runSetThreshold(CliApp &app, const AlertsCli &cli)
{
    const QCommandLineParser &parser = cli.parser;
    if (cli.positional.size() != 1)
        return app.usageError(CliApp::tr("alerts set-threshold takes no arguments"), cli.help);
    if (!parser.isSet(cli.nodeOption) && !parser.isSet(cli.clusterOption))
        return app.usageError(CliApp::tr("alerts set-threshold needs --node or --cluster"), cli.help);
    TemperatureThresholds thresholds;
    if (!parser.isSet(cli.warningOption) || !parser.isSet(cli.criticalOption) ||
        !cli.readNumberOption(cli.warningOption, &thresholds.warningC) ||
        !cli.readNumberOption(cli.criticalOption, &thresholds.criticalC))
        return app.usageError(CliApp::tr("alerts set-threshold needs --warning-c and --critical-c in °C"), cli.help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString cluster = parser.value(cli.clusterOption);
    if (cluster.isEmpty()) {
        const auto names = clusters(app, store, QString());
        if (!names)
            return CliApp::Failed;
        if (names->size() != 1) {
            return app.usageError(CliApp::tr("the store has %1 clusters: say which with --cluster").arg(names->size()),
                                  cli.help);
        }
        cluster = names->constFirst();
    }
    const QString node = parser.value(cli.nodeOption);
    QString error;
    if (!AlertThresholds::set(store, cluster, node, thresholds, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: alerts set-threshold: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("alerts set-threshold")},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("node"), node.isEmpty() ? QJsonValue() : QJsonValue(node)},
                       {QStringLiteral("warning_c"), thresholds.warningC},
                       {QStringLiteral("critical_c"), thresholds.criticalC}});
    } else {
        app.print(CliApp::tr("%1: warning %2 °C, critical %3 °C\n")
                      .arg(node.isEmpty() ? cluster : cluster + u'/' + node)
                      .arg(thresholds.warningC)
                      .arg(thresholds.criticalC));
    }
    return CliApp::Ok;
}

} // namespace

int runAlertsCommand(CliApp &app, const QStringList &args)
{
    AlertsCli cli;
    cli.help = CliApp::tr(kAlertsHelp);
    if (const auto done = app.parseCommandLine(cli.parser, QStringLiteral("alerts"), args, cli.help))
        return *done;
    cli.positional = cli.parser.positionalArguments();
    if (cli.positional.isEmpty())
        return app.usageError(CliApp::tr("alerts needs an action: check, list, acknowledge or set-threshold"),
                              cli.help);
    const QString action = cli.positional.constFirst();
    if (const auto usage = readTimes(app, &cli))
        return *usage;
    if (action == u"check")
        return runCheck(app, cli);
    if (action == u"list")
        return runList(app, cli);
    if (action == u"acknowledge")
        return runAcknowledge(app, cli);
    if (action == u"set-threshold")
        return runSetThreshold(app, cli);
    return app.usageError(CliApp::tr("unknown alerts action '%1'").arg(action), cli.help);
}

} // namespace es
