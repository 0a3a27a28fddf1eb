// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ProxmoxCommands.h"

#include "CliApp.h"
#include "CliSshPrompter.h"
#include "ProxmoxCertificatePins.h"
#include "ProxmoxCollector.h"
#include "ProxmoxHostMap.h"
#include "ProxmoxPveshClient.h"
#include "ProxmoxRestClient.h"
#include "SshSession.h"
#include "Store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace es {
namespace {

const char *const kProxmoxHelp = QT_TRANSLATE_NOOP(
    "es::CliApp",
    "Usage: energy-studio-cli [global options] proxmox harvest --cluster NAME SOURCE [options]\n"
    "       energy-studio-cli [global options] proxmox map --cluster NAME [NODE=VM...]\n"
    "       energy-studio-cli [global options] proxmox unmap --cluster NAME NODE...\n"
    "       energy-studio-cli [global options] proxmox unpin HOST:PORT\n"
    "\n"
    "harvest reads the Proxmox VE hosts and VMs (/cluster/resources, each host's status and rrddata, each VM's\n"
    "rrddata) into the store as node samples of source 'proxmox', in one transaction; harvesting twice changes\n"
    "nothing. Hosts are stored under their Proxmox node names, a VM under the cluster node it is: the node of the\n"
    "same name, or the one 'map' ties it to. The API has no temperature or power: run the node sampler on the\n"
    "hosts, and 'metrics derive' gives each VM's jobs its host's temperature and its CPU share of the host's power.\n"
    "\n"
    "SOURCE, one of:\n"
    "  --url https://HOST[:PORT]   the REST API (port 8006 by default) with an API token:\n"
    "  --token-id USER@REALM!ID    the token's id\n"
    "  --token-secret-env VAR      read the token's secret from environment variable VAR\n"
    "                              (default: PROXMOX_TOKEN_SECRET)\n"
    "  --token-secret-stdin        read the secret from the first line of standard input\n"
    "                              The secret is never taken from the command line (other users can read it).\n"
    "  --accept-new-cert           accept and pin the host's certificate when none is pinned yet (its SHA-256\n"
    "                              fingerprint is printed: compare it with 'pvenode cert info' on the host).\n"
    "                              A pinned certificate that changed is always refused; see 'unpin'.\n"
    "or\n"
    "  --ssh-host HOST             run pvesh on this Proxmox host over SSH (as a user allowed to: usually root)\n"
    "  --ssh-port P, --ssh-user U, --ssh-key FILE, --known-hosts FILE\n"
    "  --accept-new-host-key       accept and remember an unknown SSH host key (never a changed one)\n"
    "  --pvesh PATH                pvesh's path when it is not on the remote PATH\n"
    "\n"
    "Options of harvest:\n"
    "  --cluster NAME              the store's cluster (the Slurm cluster the VMs are nodes of)\n"
    "  --timeframe T               rrddata window: hour (60 s steps, default), day, week, month, year\n"
    "  --containers                harvest lxc containers too\n"
    "\n"
    "map NODE=VM... ties cluster nodes to VMs by hand (a harvest then fills in each VM's host); without pairs it\n"
    "lists the map. unmap removes nodes from it. unpin forgets the pinned certificate of an API endpoint.\n"
    "Exit codes: 0 ok, 1 failed (unreachable, refused certificate or token, bad answer), 2 usage error.\n");

int failed(CliApp &app, const QString &message)
{
    app.printError(QStringLiteral("energy-studio-cli: proxmox: ") + message);
    return CliApp::Failed;
}

/// The harvest's source (REST with its token and pin, or pvesh over SSH) and what it leaves to do after.
struct HarvestSource
{
    std::unique_ptr<ProxmoxRestClient> restClient;
    SshSession session;
    std::unique_ptr<ProxmoxPveshClient> pveshClient;
    QString secret;        ///< the token's secret; zeroed after the harvest
    QString newPin;        ///< a certificate fingerprint accepted by --accept-new-cert, to pin
    QString newPinSubject; ///< its subject
    ProxmoxSource *source = nullptr;
};

/// --timeframe and --containers; a usage error's exit code.
std::optional<int> readHarvestOptions(CliApp &app, const QCommandLineParser &parser, const QString &help,
                                      ProxmoxHarvestOptions *options)
{
    if (parser.isSet(QStringLiteral("timeframe"))) {
        options->timeframe = parser.value(QStringLiteral("timeframe"));
        static const QStringList frames{QStringLiteral("hour"), QStringLiteral("day"), QStringLiteral("week"),
                                        QStringLiteral("month"), QStringLiteral("year")};
        if (!frames.contains(options->timeframe))
            return app.usageError(CliApp::tr("--timeframe takes hour, day, week, month or year"), help);
    }
    options->includeContainers = parser.isSet(QStringLiteral("containers"));
    return std::nullopt;
}

/// The REST client from --url, --token-id and the secret (environment or stdin); a usage error's exit code.
std::optional<int> makeRestClient(CliApp &app, const QCommandLineParser &parser, const QString &help,
                                  HarvestSource *harvest)
{
    const QUrl url(parser.value(QStringLiteral("url")), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty() || !url.userInfo().isEmpty())
        return app.usageError(CliApp::tr("--url takes https://HOST[:PORT]"), help);
    const QString tokenId = parser.value(QStringLiteral("token-id"));
    if (!tokenId.contains(u'@') || !tokenId.contains(u'!'))
        return app.usageError(CliApp::tr("--url needs --token-id USER@REALM!TOKENID"), help);
    QString &secret = harvest->secret;
    if (parser.isSet(QStringLiteral("token-secret-stdin"))) {
        QTextStream in(stdin);
        secret = in.readLine().trimmed();
    } else {
        const QString variable = parser.isSet(QStringLiteral("token-secret-env"))
                                     ? parser.value(QStringLiteral("token-secret-env"))
                                     : QStringLiteral("PROXMOX_TOKEN_SECRET");
        secret = qEnvironmentVariable(variable.toUtf8().constData()).trimmed();
        if (secret.isEmpty())
            return app.usageError(
                CliApp::tr("no token secret: environment variable %1 is empty or unset").arg(variable), help);
    }
    if (secret.isEmpty())
        return app.usageError(CliApp::tr("no token secret on standard input"), help);
    harvest->restClient = std::make_unique<ProxmoxRestClient>(url, tokenId, secret);
    return std::nullopt;
}

/// The stored pin, and the prompt for an unpinned certificate (accepted only with --accept-new-cert).
int prepareRestSource(CliApp &app, const QCommandLineParser &parser, Store &store, HarvestSource *harvest)
{
    QString error;
    const auto pin = ProxmoxCertificatePins::pinned(store, harvest->restClient->endpoint(), &error);
    if (!pin)
        return failed(app, error);
    harvest->restClient->setPinnedFingerprint(*pin);
    const bool acceptNew = parser.isSet(QStringLiteral("accept-new-cert"));
    harvest->restClient->setCertificatePrompt(
        [&app, acceptNew, harvest](const QString &endpoint, const QString &fingerprint, const QString &subject) {
            if (!acceptNew) {
                app.printError(CliApp::tr("the certificate of %1 (%2) is not pinned; SHA-256 %3. Compare it "
                                          "with 'pvenode cert info' on the host, then run again with "
                                          "--accept-new-cert.")
                                   .arg(endpoint, subject, fingerprint));
                return false;
            }
            app.printError(
                CliApp::tr("pinning the certificate of %1 (%2): SHA-256 %3").arg(endpoint, subject, fingerprint));
            harvest->newPin = fingerprint;
            harvest->newPinSubject = subject;
            return true;
        });
    harvest->source = harvest->restClient.get();
    return CliApp::Ok;
}

/// The SSH session to --ssh-host and pvesh over it.
int preparePveshSource(CliApp &app, const QCommandLineParser &parser, const QString &help, CliSshPrompter &prompter,
                       HarvestSource *harvest)
{
    SshEndpoint endpoint;
    endpoint.host = parser.value(QStringLiteral("ssh-host"));
    if (parser.isSet(QStringLiteral("ssh-port"))) {
        bool ok = false;
        endpoint.port = parser.value(QStringLiteral("ssh-port")).toInt(&ok);
        if (!ok || endpoint.port <= 0 || endpoint.port > 65535)
            return app.usageError(CliApp::tr("--ssh-port takes a number from 1 to 65535"), help);
    }
    endpoint.user = parser.value(QStringLiteral("ssh-user"));
    endpoint.keyFile = parser.value(QStringLiteral("ssh-key"));
    endpoint.knownHostsFile = parser.value(QStringLiteral("known-hosts"));
    QString error;
    if (!harvest->session.connect(endpoint, prompter, &error))
        return failed(app, error);
    harvest->pveshClient = std::make_unique<ProxmoxPveshClient>(harvest->session);
    if (parser.isSet(QStringLiteral("pvesh")))
        harvest->pveshClient->setProgram(parser.value(QStringLiteral("pvesh")));
    harvest->source = harvest->pveshClient.get();
    return CliApp::Ok;
}

void printHarvestSummary(CliApp &app, const QString &cluster, const ProxmoxHarvestSummary &summary,
                         const QString &newPin, double seconds)
{
    for (const QString &warning : summary.warnings)
        app.printError(CliApp::tr("proxmox harvest: %1").arg(warning));
    if (app.jsonOutput()) {
        app.printJson({{QStringLiteral("command"), QStringLiteral("proxmox harvest")},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("source"), summary.source},
                       {QStringLiteral("hosts"), summary.hosts},
                       {QStringLiteral("guests"), summary.guests},
                       {QStringLiteral("mapped"), summary.mapped},
                       {QStringLiteral("host_points"), double(summary.hostPoints)},
                       {QStringLiteral("guest_points"), double(summary.guestPoints)},
                       {QStringLiteral("samples_written"), double(summary.written.samplesWritten)},
                       {QStringLiteral("nodes_created"), double(summary.written.nodesCreated)},
                       {QStringLiteral("mappings_written"), double(summary.mappingsWritten)},
                       {QStringLiteral("certificate_pinned"), newPin.isEmpty() ? QJsonValue() : QJsonValue(newPin)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(summary.warnings)},
                       {QStringLiteral("seconds"), seconds}});
    } else {
        app.print(CliApp::tr("%1 from %2: %3 hosts, %4 guests (%5 mapped to nodes), %6 samples written, %7 s\n")
                      .arg(cluster, summary.source)
                      .arg(summary.hosts)
                      .arg(summary.guests)
                      .arg(summary.mapped)
                      .arg(summary.written.samplesWritten)
                      .arg(seconds, 0, 'f', 2));
    }
}

int runHarvest(CliApp &app, const QCommandLineParser &parser, const QString &help, const QString &cluster)
{
    const bool rest = parser.isSet(QStringLiteral("url"));
    const bool ssh = parser.isSet(QStringLiteral("ssh-host"));
    if (rest == ssh)
        return app.usageError(CliApp::tr("proxmox harvest needs one of --url or --ssh-host"), help);
    ProxmoxHarvestOptions options;
    if (const auto usage = readHarvestOptions(app, parser, help, &options))
        return *usage;

    HarvestSource harvest;
    CliSshPrompter prompter(app, parser.isSet(QStringLiteral("accept-new-host-key")));
    if (rest) {
        if (const auto usage = makeRestClient(app, parser, help, &harvest))
            return *usage;
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    const int prepared = rest ? prepareRestSource(app, parser, store, &harvest)
                              : preparePveshSource(app, parser, help, prompter, &harvest);
    if (prepared != CliApp::Ok)
        return prepared;

    QElapsedTimer timer;
    timer.start();
    ProxmoxCollector collector(store, *harvest.source);
    collector.setProgressCallback([&](const QString &stage) {
        if (app.errIsTerminal())
            app.printError(CliApp::tr("proxmox harvest: %1").arg(stage));
    });
    ProxmoxHarvestSummary summary;
    QString error;
    const bool ok = collector.harvest(cluster, options, &summary, &error);
    harvest.secret.fill(u'\0');
    // A certificate accepted by option is pinned even when the harvest failed later (e.g. a wrong token): the
    // user's decision about the certificate stands.
    if (!harvest.newPin.isEmpty()) {
        QString pinError;
        if (!ProxmoxCertificatePins::pin(store, harvest.restClient->endpoint(), harvest.newPin, harvest.newPinSubject,
                                         QDateTime::currentSecsSinceEpoch(), &pinError))
            return failed(app, pinError);
    }
    if (!ok)
        return failed(app, error);
    printHarvestSummary(app, cluster, summary, harvest.newPin, double(timer.nsecsElapsed()) / 1e9);
    return CliApp::Ok;
}

QJsonObject mappingJson(const ProxmoxHostMapping &m)
{
    auto orNull = [](const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(); };
    return {{QStringLiteral("node"), m.node},
            {QStringLiteral("vm"), m.vmName},
            {QStringLiteral("host"), m.hostNode.isEmpty() ? QJsonValue() : QJsonValue(m.hostNode)},
            {QStringLiteral("vmid"), orNull(m.vmid)},
            {QStringLiteral("vm_cpus"), orNull(m.vmCpus)},
            {QStringLiteral("host_cpus"), orNull(m.hostCpus)},
            {QStringLiteral("mapped_by"), m.mappedBy}};
}

int runMap(CliApp &app, const QStringList &pairs, const QString &help, const QString &cluster)
{
    QList<std::pair<QString, QString>> wanted;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1)
            return app.usageError(CliApp::tr("map takes NODE=VM pairs, not '%1'").arg(pair), help);
        wanted.append({pair.left(eq), pair.mid(eq + 1)});
    }
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const auto &[node, vm] : wanted) {
        if (!ProxmoxHostMap::setUserMapping(store, cluster, node, vm, now, &error))
            return failed(app, error);
    }
    const auto clusterId = store.clusterId(cluster);
    if (!clusterId)
        return failed(app, CliApp::tr("no cluster named %1 in the store").arg(cluster));
    const auto rows = ProxmoxHostMap::load(store, *clusterId, &error);
    if (!rows)
        return failed(app, error);
    if (app.jsonOutput()) {
        QJsonArray array;
        for (const ProxmoxHostMapping &m : *rows)
            array.append(mappingJson(m));
        app.printJson({{QStringLiteral("command"), QStringLiteral("proxmox map")},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("map"), array}});
        return CliApp::Ok;
    }
    for (const ProxmoxHostMapping &m : *rows) {
        app.print(CliApp::tr("%1 = VM %2%3 (%4)\n")
                      .arg(m.node, m.vmName,
                           m.hostNode.isEmpty() ? CliApp::tr(", host not harvested yet")
                                                : CliApp::tr(" %1 on %2").arg(m.vmid.value_or(0)).arg(m.hostNode),
                           m.mappedBy == u"user" ? CliApp::tr("by hand") : CliApp::tr("by name")));
    }
    return CliApp::Ok;
}

} // namespace

int runProxmoxCommand(CliApp &app, const QStringList &args)
{
    const QString help = CliApp::tr(kProxmoxHelp);
    QCommandLineParser parser;
    for (const char *name : {"url", "token-id", "token-secret-env", "ssh-host", "ssh-port", "ssh-user", "ssh-key",
                             "known-hosts", "pvesh", "cluster", "timeframe"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("VALUE")));
    for (const char *name : {"token-secret-stdin", "accept-new-cert", "accept-new-host-key", "containers"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    if (const auto done = app.parseCommandLine(parser, QStringLiteral("proxmox"), args, help))
        return *done;
    QStringList positional = parser.positionalArguments();
    const QString action = positional.isEmpty() ? QString() : positional.takeFirst();
    if (action == u"unpin") {
        if (positional.size() != 1 || !positional[0].contains(u':'))
            return app.usageError(CliApp::tr("proxmox unpin takes one HOST:PORT"), help);
        Store store;
        if (!app.openStore(store))
            return CliApp::Failed;
        QString error;
        if (!ProxmoxCertificatePins::unpin(store, positional[0], &error))
            return failed(app, error);
        if (app.jsonOutput())
            app.printJson({{QStringLiteral("command"), QStringLiteral("proxmox unpin")},
                           {QStringLiteral("endpoint"), positional[0]}});
        return CliApp::Ok;
    }
    if (action != u"harvest" && action != u"map" && action != u"unmap")
        return app.usageError(CliApp::tr("proxmox needs harvest, map, unmap or unpin"), help);
    const QString cluster = parser.value(QStringLiteral("cluster"));
    if (cluster.isEmpty())
        return app.usageError(CliApp::tr("proxmox %1 needs --cluster NAME").arg(action), help);
    if (action == u"harvest") {
        if (!positional.isEmpty())
            return app.usageError(CliApp::tr("proxmox harvest takes no positional arguments"), help);
        return runHarvest(app, parser, help, cluster);
    }
    if (action == u"map")
        return runMap(app, positional, help, cluster);
    if (positional.isEmpty())
        return app.usageError(CliApp::tr("proxmox unmap needs NODE names"), help);
    Store store;
    if (!app.openStore(store))
        return CliApp::Failed;
    QString error;
    for (const QString &node : positional) {
        if (!ProxmoxHostMap::remove(store, cluster, node, &error))
            return failed(app, error);
    }
    if (app.jsonOutput())
        app.printJson({{QStringLiteral("command"), QStringLiteral("proxmox unmap")},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("nodes"), QJsonArray::fromStringList(positional)}});
    return CliApp::Ok;
}

} // namespace es
