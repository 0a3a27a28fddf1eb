// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignCommands.h"
#include "CampaignRunner.h"
#include "CampaignStore.h"
#include "CliApp.h"
#include "CliSshPrompter.h"
#include "ClusterProfile.h"
#include "MlCliFormat.h"
#include "ProfileEndpoint.h"
#include "SshSession.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QThread>

#include <cstdlib>

namespace es {
namespace {

using mlcli::valueOption;

const char *const kRunHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] campaign start|resume|status|cancel NAME [options]\n"
    "\n"
    "  start, resume   one pass: ask Slurm what became of the campaign's jobs (one squeue and one sacct call),\n"
    "                  read the results of finished runs, submit planned runs up to --max-in-flight (default 100)\n"
    "    --wait        repeat the pass every --poll seconds (default 10) until every run has ended\n"
    "  status          the pass without submitting; --offline: the store's counts only\n"
    "  cancel          scancel every job of the campaign; unfinished runs are marked cancelled\n"
    "  --accept-new-host-key   trust the head node's key on first use\n"
    "\n"
    "A run is stored as 'submitting' before sbatch runs and with its job id after; a crash in between is found\n"
    "out by the next pass, which looks the job up by its name (unique per run and attempt) before submitting.\n"
    "Exit status: 0, or 1 when the cluster or the store failed (what was done is kept: run it again).\n");

QJsonObject progressJson(const CampaignProgress &p, const QList<CampaignRunRecord> &runs)
{
    QJsonObject byState;
    for (auto it = p.runsByState.begin(); it != p.runsByState.end(); ++it)
        byState.insert(it.key(), it.value());
    QJsonArray jobs;
    for (const CampaignRunRecord &r : runs) {
        if (r.slurmJobId.isEmpty())
            continue;
        jobs.append(QJsonObject{{QStringLiteral("job_id"), r.slurmJobId},
                                {QStringLiteral("job_name"), r.jobName},
                                {QStringLiteral("state"), r.state},
                                {QStringLiteral("slurm_state"), r.slurmState}});
    }
    return {{QStringLiteral("done"), p.done},
            {QStringLiteral("planned_runs"), p.plannedRuns},
            {QStringLiteral("runs_by_state"), byState},
            {QStringLiteral("submitted_now"), p.submittedNow},
            {QStringLiteral("adopted_now"), p.adoptedNow},
            {QStringLiteral("retried_now"), p.retriedNow},
            {QStringLiteral("skipped_now"), p.skippedNow},
            {QStringLiteral("results_read_now"), p.readNow},
            {QStringLiteral("messages"), QJsonArray::fromStringList(p.messages)},
            {QStringLiteral("jobs"), jobs}};
}

QString progressLine(const CampaignProgress &p)
{
    QStringList parts;
    for (const QString &state : CampaignProgress::states()) {
        const int n = p.runsByState.value(state);
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(state);
    }
    return CliApp::tr("%1 of %2 runs ended (%3)%4")
        .arg(p.ended())
        .arg(p.plannedRuns)
        .arg(parts.join(QStringLiteral(", ")))
        .arg(p.done ? CliApp::tr(": done") : QString());
}

/// ES_CAMPAIGN_FAULT=before-sbatch|after-sbatch ends the process there, as a crash would (tests of the restart).
void installFaultHook(CampaignRunner &runner)
{
    const QString point = qEnvironmentVariable("ES_CAMPAIGN_FAULT");
    if (point.isEmpty())
        return;
    runner.setFaultHook([point](const QString &where) {
        if (where == point)
            std::_Exit(86);
    });
}

} // namespace

int runCampaignRunCommand(CliApp &app, const QString &subcommand, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({QCommandLineOption(u"wait"_qs), valueOption("poll", "S"), valueOption("max-in-flight", "N"),
                  QCommandLineOption(u"offline"_qs), QCommandLineOption(u"accept-new-host-key"_qs)});
    p.addPositionalArgument(QStringLiteral("name"), QString());
    const QString help = CliApp::tr(kRunHelp);
    if (const auto code = app.parseCommandLine(p, QStringLiteral("campaign ") + subcommand, args, help))
        return *code;
    if (p.positionalArguments().size() != 1)
        return app.usageError(CliApp::tr("campaign %1 needs the campaign's name").arg(subcommand), help);
    const int pollS = p.isSet(u"poll"_qs) ? p.value(u"poll"_qs).toInt() : 10;
    const int maxInFlight = p.isSet(u"max-in-flight"_qs) ? p.value(u"max-in-flight"_qs).toInt() : 100;
    if (pollS < 1 || maxInFlight < 1)
        return app.usageError(CliApp::tr("--poll and --max-in-flight take a whole number from 1"), help);

    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    CampaignStore campaigns(store);
    const auto campaign = campaigns.campaign(p.positionalArguments().first(), &error);
    const auto spec = campaign ? campaign->spec(&error) : std::nullopt;
    const auto profile = spec ? ClusterProfiles(store).find(campaign->profile, &error) : std::nullopt;
    if (!profile) {
        app.printError(error);
        return CliApp::Failed;
    }
    SshSession ssh;
    CampaignRunner runner(store, ssh, *campaign, *spec);
    installFaultHook(runner);
    CampaignProgress progress;
    const bool offline = subcommand == QLatin1String("status") && p.isSet(u"offline"_qs);
    bool ok = true;
    if (offline) {
        ok = runner.progress(&progress, &error);
    } else {
        CliSshPrompter prompter(app, p.isSet(u"accept-new-host-key"_qs));
        ok = ssh.connect(endpointOfProfile(*profile), prompter, &error);
        if (ok && subcommand == QLatin1String("cancel"))
            ok = runner.cancel(&progress, &error);
        else if (ok && subcommand == QLatin1String("status"))
            ok = runner.step(0, &progress, &error);
        else if (ok)
            ok = runner.prepare(&error) && runner.step(maxInFlight, &progress, &error);
        while (ok && !progress.done && p.isSet(u"wait"_qs) && subcommand != QLatin1String("cancel")) {
            for (const QString &m : std::as_const(progress.messages))
                app.printError(m);
            app.printError(progressLine(progress));
            QThread::sleep(pollS);
            progress = CampaignProgress();
            ok = runner.step(maxInFlight, &progress, &error);
        }
    }
    if (!ok) {
        app.printError(error);
        return CliApp::Failed;
    }
    const auto runs = campaigns.runs(campaign->id, &error);
    if (app.jsonOutput()) {
        QJsonObject o = progressJson(progress, runs.value_or(QList<CampaignRunRecord>()));
        o.insert(QStringLiteral("name"), campaign->name);
        app.printJson(o);
    } else {
        QString text;
        for (const QString &m : std::as_const(progress.messages))
            text += m + u'\n';
        app.print(text + campaign->name + QStringLiteral(": ") + progressLine(progress) + u'\n');
    }
    return CliApp::Ok;
}

} // namespace es
