// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignCommands.h"
#include "CampaignDesign.h"
#include "CampaignProposer.h"
#include "CampaignStore.h"
#include "CliApp.h"
#include "EnergyUnits.h"
#include "MlCliFormat.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace es {
namespace {

using mlcli::valueOption;

bool readVary(const QStringList &varies, ml::ProposalOptions *options, QString *error)
{
    for (const QString &vary : varies) {
        const QString key = vary.section(u'=', 0, 0);
        const QStringList values = vary.section(u'=', 1).split(u',', Qt::SkipEmptyParts);
        if (key == QLatin1String("cpu-freq") && !values.isEmpty()) {
            options->cpuFrequencies = values;
            continue;
        }
        if (key != QLatin1String("nodes") || values.isEmpty()) {
            *error = CliApp::tr("--vary %1: write nodes=1,2,4 or cpu-freq=low,high").arg(vary);
            return false;
        }
        options->nodeCounts.clear(); // the last --vary nodes= wins
        for (const QString &v : values) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < 1 || n > 100000) {
                *error = CliApp::tr("--vary nodes: '%1' is not a node count").arg(v);
                return false;
            }
            if (!options->nodeCounts.contains(n))
                options->nodeCounts << n;
        }
    }
    return true;
}

void printProposal(CliApp &app, const QList<ml::ProposalCandidate> &candidates, const ml::ProposalOptions &options,
                   const QJsonObject &next)
{
    if (app.jsonOutput()) {
        QJsonArray list;
        for (const ml::ProposalCandidate &c : candidates)
            list.append(ml::CampaignProposer::toJson(c));
        app.printJson({{QStringLiteral("candidates"), list},
                       {QStringLiteral("budget_core_hours"), options.budgetCoreHours},
                       {QStringLiteral("cores_per_node"), options.coresPerNode},
                       {QStringLiteral("next"), next}});
        return;
    }
    QString text = CliApp::tr("chosen  workload  nodes  cpu-freq  runs  energy (90% interval)  core-hours  why\n");
    for (const ml::ProposalCandidate &c : candidates) {
        const QString energy = c.energyJ ? CliApp::tr("%1 kJ (%2 to %3)")
                                               .arg(*c.energyJ / 1000.0, 0, 'f', 2)
                                               .arg(*c.energyLowerJ / 1000.0, 0, 'f', 2)
                                               .arg(*c.energyUpperJ / 1000.0, 0, 'f', 2)
                                         : CliApp::tr("unknown");
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                    .arg(c.chosen ? CliApp::tr("yes") : QStringLiteral("-"), c.workload)
                    .arg(c.nodes)
                    .arg(c.cpuFrequency.isEmpty() ? CliApp::tr("default") : c.cpuFrequency)
                    .arg(c.measuredRuns)
                    .arg(energy)
                    .arg(c.coreHours, 0, 'f', 3)
                    .arg(c.why);
    }
    app.print(text);
}

} // namespace

int runCampaignPropose(CliApp &app, const QStringList &args, const QString &help)
{
    QCommandLineParser p;
    p.addOptions({valueOption("budget-core-hours", "H"), valueOption("vary", "K=V,..."), valueOption("repeats", "N"),
                  valueOption("cores-per-node", "N"), valueOption("name", "NEXT"), valueOption("save", "FILE"),
                  QCommandLineOption(u"plan"_qs)});
    p.addPositionalArgument(QStringLiteral("name"), QString());
    if (const auto code = app.parseCommandLine(p, QStringLiteral("campaign propose"), args, help))
        return *code;
    ml::ProposalOptions options;
    bool budgetOk = false;
    options.budgetCoreHours = p.value(QStringLiteral("budget-core-hours")).toDouble(&budgetOk);
    options.repeats = p.isSet(QStringLiteral("repeats")) ? p.value(QStringLiteral("repeats")).toInt() : 1;
    QString error;
    if (p.positionalArguments().size() != 1 || !budgetOk || !(options.budgetCoreHours > 0) || options.repeats < 1 ||
        options.repeats > 1000 || !readVary(p.values(QStringLiteral("vary")), &options, &error))
        return app.usageError(error.isEmpty() ? CliApp::tr("campaign propose needs a campaign name and "
                                                           "--budget-core-hours H above 0 (--repeats 1 to 1000)")
                                              : error,
                              help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    CampaignStore campaigns(store);
    const auto campaign = campaigns.campaign(p.positionalArguments().first(), &error);
    const auto spec = campaign ? campaign->spec(&error) : std::nullopt;
    const auto runs = spec ? campaigns.completedRuns(campaign->cluster, &error) : std::nullopt;
    const auto cores = !runs ? std::nullopt
                       : p.isSet(QStringLiteral("cores-per-node"))
                           ? std::optional<int>(p.value(u"cores-per-node"_qs).toInt())
                           : campaigns.medianCpusPerNode(campaign->cluster, &error);
    if (!cores || *cores < 1) {
        app.printError(error.isEmpty() ? CliApp::tr("--cores-per-node takes a whole number from 1") : error);
        return CliApp::Failed;
    }
    options.coresPerNode = *cores;
    const QList<ml::ProposalCandidate> candidates = ml::CampaignProposer::propose(*spec, *runs, options);
    const QString nextName =
        p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : (spec->name + QStringLiteral("-next"));
    const CampaignSpec next = ml::CampaignProposer::followUp(*spec, candidates, nextName, options.repeats);
    const bool anyChosen = !next.cells.isEmpty();
    if (anyChosen && !next.validate(&error)) {
        app.printError(error);
        return CliApp::Failed;
    }
    if (anyChosen && p.isSet(QStringLiteral("save"))) {
        QSaveFile file(p.value(QStringLiteral("save")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(QJsonDocument(next.toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
            app.printError(CliApp::tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return CliApp::Failed;
        }
    }
    if (anyChosen && p.isSet(QStringLiteral("plan")) &&
        !campaigns.create(next, campaign->cluster, CampaignDesign(next), QDateTime::currentSecsSinceEpoch(), &error)) {
        app.printError(error);
        return CliApp::Failed;
    }
    printProposal(app, candidates, options, anyChosen ? next.toJson() : QJsonObject());
    if (!anyChosen)
        app.printError(CliApp::tr("no cell fits in %1 core-hours").arg(options.budgetCoreHours));
    return CliApp::Ok;
}

} // namespace es
