// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ClusterCommands.h"

#include "CliApp.h"
#include "ClusterAdmin.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace es {
namespace {

const char *const kClustersHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] clusters list\n"
    "       energy-studio-cli [global options] clusters rename OLD NEW\n"
    "       energy-studio-cli [global options] clusters delete NAME --yes\n"
    "\n"
    "The clusters (imported datasets and harvested clusters) of the store.\n"
    "  list     each cluster with its jobs, nodes, node samples, events, advice and campaigns\n"
    "  rename   renames a cluster (refused when NEW exists); a profile harvesting into OLD creates OLD again\n"
    "  delete   deletes a cluster and everything stored about it, in one transaction; without --yes it only\n"
    "           says what would be deleted. Connection profiles and trained models are kept.\n"
    "\n"
    "Options:\n"
    "  --yes                     really delete\n"
    "  -h, --help                this help\n");

QJsonObject contentsJson(const QString &name, const ClusterContents &c)
{
    return {{QStringLiteral("cluster"), name},
            {QStringLiteral("jobs"), double(c.jobs)},
            {QStringLiteral("nodes"), double(c.nodes)},
            {QStringLiteral("node_samples"), double(c.nodeSamples)},
            {QStringLiteral("events"), double(c.events)},
            {QStringLiteral("advice"), double(c.advice)},
            {QStringLiteral("campaigns"), double(c.campaigns)}};
}

QString contentsText(const ClusterContents &c)
{
    return CliApp::tr("%1 jobs, %2 nodes, %3 node samples, %4 events, %5 advice, %6 campaigns")
        .arg(c.jobs)
        .arg(c.nodes)
        .arg(c.nodeSamples)
        .arg(c.events)
        .arg(c.advice)
        .arg(c.campaigns);
}

int listClusters(CliApp &app, ClusterAdmin &admin)
{
    QString error;
    const std::optional<QStringList> names = admin.clusters(&error);
    if (!names) {
        app.printError(QStringLiteral("energy-studio-cli: clusters: ") + error);
        return CliApp::Failed;
    }
    QJsonArray rows;
    for (const QString &name : *names) {
        const std::optional<ClusterContents> c = admin.contents(name, &error);
        if (!c) {
            app.printError(QStringLiteral("energy-studio-cli: clusters: ") + error);
            return CliApp::Failed;
        }
        if (app.jsonOutput())
            rows.append(contentsJson(name, *c));
        else
            app.print(QStringLiteral("%1: %2\n").arg(name, contentsText(*c)));
    }
    if (app.jsonOutput())
        app.printJson(
            {{QStringLiteral("command"), QStringLiteral("clusters list")}, {QStringLiteral("clusters"), rows}});
    else if (names->isEmpty())
        app.print(CliApp::tr("The store holds no cluster.\n"));
    return CliApp::Ok;
}

int deleteCluster(CliApp &app, ClusterAdmin &admin, const QString &name, bool confirmed)
{
    QString error;
    const std::optional<ClusterContents> c = admin.contents(name, &error);
    if (!c) {
        app.printError(QStringLiteral("energy-studio-cli: clusters delete: ") + error);
        return CliApp::Failed;
    }
    if (!confirmed) {
        app.printError(CliApp::tr("energy-studio-cli: clusters delete: cluster %1 holds %2; nothing was deleted: add "
                                  "--yes to delete it")
                           .arg(name, contentsText(*c)));
        return CliApp::Failed;
    }
    ClusterContents removed;
    if (!admin.remove(name, &removed, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: clusters delete: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        QJsonObject json = contentsJson(name, removed);
        json.insert(QStringLiteral("command"), QStringLiteral("clusters delete"));
        app.printJson(json);
    } else {
        app.print(CliApp::tr("Deleted cluster %1: %2.\n").arg(name, contentsText(removed)));
    }
    return CliApp::Ok;
}

int renameCluster(CliApp &app, ClusterAdmin &admin, const QString &from, const QString &to)
{
    QString error;
    QStringList profiles;
    if (!admin.rename(from, to, &profiles, &error)) {
        app.printError(QStringLiteral("energy-studio-cli: clusters rename: ") + error);
        return CliApp::Failed;
    }
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("clusters rename")},
                       {QStringLiteral("from"), from},
                       {QStringLiteral("to"), to.trimmed()},
                       {QStringLiteral("profiles_harvesting_old_name"), QJsonArray::fromStringList(profiles)}});
        return CliApp::Ok;
    }
    app.print(CliApp::tr("Renamed cluster %1 to %2.\n").arg(from, to.trimmed()));
    if (!profiles.isEmpty())
        app.print(CliApp::tr("Note: profile(s) %1 harvest into \"%2\": their next harvest stores there again.\n")
                      .arg(profiles.join(u", "), from));
    return CliApp::Ok;
}

} // namespace

int runClustersCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kClustersHelp);
    QCommandLineParser parser;
    const QCommandLineOption yesOption(QStringLiteral("yes"));
    parser.addOption(yesOption);
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("clusters"), args, help))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0, QStringLiteral("list"));
    const qsizetype wanted = action == QLatin1String("rename") ? 3 : action == QLatin1String("delete") ? 2 : 1;
    if (action != QLatin1String("list") && action != QLatin1String("rename") && action != QLatin1String("delete"))
        return app.usageError(CliApp::tr("unknown clusters action '%1'").arg(action), help);
    if (words.size() > wanted || (words.size() < wanted && action != QLatin1String("list")))
        return app.usageError(CliApp::tr("clusters %1 takes %n name(s)", nullptr, int(wanted - 1)).arg(action), help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    ClusterAdmin admin(store);
    if (action == QLatin1String("delete"))
        return deleteCluster(app, admin, words[1], parser.isSet(yesOption));
    if (action == QLatin1String("rename"))
        return renameCluster(app, admin, words[1], words[2]);
    return listClusters(app, admin);
}

} // namespace es
