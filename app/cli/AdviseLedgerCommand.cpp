// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AdviseLedgerCommand.h"

#include "AdviceLedger.h"
#include "CliApp.h"
#include "MlCliFormat.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace es {
namespace {

using mlcli::jsonNumber;
using mlcli::valueOption;

const char *const kLedgerHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] advise ledger [--cluster C]\n"
    "\n"
    "Every advice given (newest first): the configuration chosen, its prediction, the Slurm job it was submitted\n"
    "as, and, once a harvest has brought that job in, what it measured: the saving against the prediction for the\n"
    "job as asked, whether the energy fell in the 90% interval, and advice that broke its promise (time over the\n"
    "limit, the job ran on other counts) or whose meter reading cannot be right.\n");

QJsonValue optional(const std::optional<double> &v)
{
    return v ? jsonNumber(*v) : QJsonValue();
}

QJsonObject entryJson(const LedgerEntry &e)
{
    const AdviceRecord &a = e.advice;
    return {{QStringLiteral("id"), double(a.id)},
            {QStringLiteral("created_ts"), double(a.createdTs)},
            {QStringLiteral("cluster"), a.cluster},
            {QStringLiteral("job_name"), a.jobName},
            {QStringLiteral("objective"), a.objective},
            {QStringLiteral("nodes"), double(a.nodes)},
            {QStringLiteral("cpus"), double(a.cpus)},
            {QStringLiteral("predicted_energy_j"), a.energyJ},
            {QStringLiteral("predicted_energy_lower_j"), a.energyLowerJ},
            {QStringLiteral("predicted_energy_upper_j"), a.energyUpperJ},
            {QStringLiteral("predicted_time_s"), a.timeS},
            {QStringLiteral("default_energy_j"), a.defaultEnergyJ},
            {QStringLiteral("default_time_s"), a.defaultTimeS},
            {QStringLiteral("status"), a.status},
            {QStringLiteral("error"), a.error.isEmpty() ? QJsonValue() : QJsonValue(a.error)},
            {QStringLiteral("job_id"), a.jobId.isEmpty() ? QJsonValue() : QJsonValue(a.jobId)},
            {QStringLiteral("harvested"), e.harvested},
            {QStringLiteral("finished"), e.finished},
            {QStringLiteral("job_state"), e.jobState.isEmpty() ? QJsonValue() : QJsonValue(e.jobState)},
            {QStringLiteral("measured_energy_j"), optional(e.measuredEnergyJ)},
            {QStringLiteral("energy_source"), e.energySource.isEmpty() ? QJsonValue() : QJsonValue(e.energySource)},
            {QStringLiteral("measured_time_s"), optional(e.measuredTimeS)},
            {QStringLiteral("saving_vs_default_pct"), optional(e.savingVsDefaultPct)},
            {QStringLiteral("energy_in_interval"), e.energyInInterval},
            {QStringLiteral("broke_time_limit"), e.brokeTimeLimit},
            {QStringLiteral("ran_elsewhere"), e.ranElsewhere},
            {QStringLiteral("implausible_energy"), e.implausibleEnergy}};
}

QString entryLine(const LedgerEntry &e)
{
    const AdviceRecord &a = e.advice;
    const auto n = [](double v, int decimals) { return QLocale::c().toString(v, 'f', decimals); };
    QString line =
        CliApp::tr("#%1 %2 %3: %4 nodes %5 CPUs, predicted %6 kJ [%7, %8], %9 s")
            .arg(a.id)
            .arg(QDateTime::fromSecsSinceEpoch(a.createdTs, QTimeZone::utc()).toString(Qt::ISODate), a.jobName)
            .arg(a.nodes)
            .arg(a.cpus)
            .arg(n(a.energyJ / 1e3, 1), n(a.energyLowerJ / 1e3, 1), n(a.energyUpperJ / 1e3, 1), n(a.timeS, 0));
    if (a.status != u"submitted")
        return line + (a.status == u"not_submitted" ? CliApp::tr("; NOT SUBMITTED: %1").arg(a.error)
                                                    : CliApp::tr("; not submitted"));
    line += CliApp::tr("; job %1").arg(a.jobId);
    if (!e.harvested)
        return line + CliApp::tr(", not harvested yet");
    if (!e.finished)
        return line + CliApp::tr(", %1").arg(e.jobState);
    line += CliApp::tr(", %1").arg(e.jobState);
    if (e.measuredTimeS)
        line += CliApp::tr(", ran %1 s").arg(n(*e.measuredTimeS, 0));
    if (e.implausibleEnergy)
        line += CliApp::tr(", energy reading IMPLAUSIBLE (not used)");
    else if (e.measuredEnergyJ)
        line += CliApp::tr(", measured %1 kJ (%2, %3 the interval), saving %4% against the job as asked")
                    .arg(n(*e.measuredEnergyJ / 1e3, 1), e.energySource,
                         e.energyInInterval ? CliApp::tr("in") : CliApp::tr("OUTSIDE"), n(*e.savingVsDefaultPct, 1));
    else
        line += CliApp::tr(", no energy measured");
    if (e.brokeTimeLimit)
        line += CliApp::tr("; BROKE ITS PROMISE: over the time limit");
    if (e.ranElsewhere)
        line += CliApp::tr("; ran on other counts (%1 nodes, %2 CPUs)")
                    .arg(e.ranNodes.value_or(0))
                    .arg(e.ranCpus.value_or(0));
    return line;
}

} // namespace

int runAdviseLedger(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kLedgerHelp);
    QCommandLineParser parser;
    const QCommandLineOption cluster = valueOption("cluster", "C");
    parser.addOption(cluster);
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("advise ledger"), args, help))
        return *done;
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const auto entries = AdviceLedger(store).entries(parser.value(cluster), &error);
    if (!entries) {
        app.printError(QStringLiteral("energy-studio-cli: advise ledger: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonArray array;
        for (const LedgerEntry &e : *entries)
            array.append(entryJson(e));
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("advise ledger")}, {QStringLiteral("advice"), array}});
        return CliApp::Ok;
    }
    QString text;
    for (const LedgerEntry &e : *entries)
        text += entryLine(e) + u'\n';
    app.print(text.isEmpty() ? CliApp::tr("no advice given yet\n") : text);
    return CliApp::Ok;
}

} // namespace es
