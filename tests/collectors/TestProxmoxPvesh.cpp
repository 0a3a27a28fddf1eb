// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CliApp.h"
#include "CliRun.h"
#include "LabSsh.h"
#include "ProxmoxCollector.h"
#include "ProxmoxPveshClient.h"
#include "SshPrompter.h"
#include "SshSession.h"
#include "Store.h"
#include "TestStores.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

namespace {

/// The pvesh stand-in. Proxmox VE cannot run here, so this script, first on the remote PATH, plays pvesh: it
/// serves the real captured Proxmox answers of tests/data/proxmox, printed as pvesh prints them (the bare payload,
/// without the REST API's {"data": ...} envelope), for the paths the collector asks for, checks the options it
/// is given, and fails like pvesh for anything else. Each call's arguments are logged, one per line.
const char *const kShim = R"(#!/bin/sh
data='@DATA@'
printf '%s|' "$@" >>'@LOG@'
printf '\n' >>'@LOG@'
[ "$1" = get ] || { echo "400 unknown command '$1'" >&2; exit 255; }
path=$2
shift 2
format=
while [ $# -gt 0 ]; do
    case $1 in
    --output-format) format=$2; shift 2 ;;
    --timeframe | --cf) [ $# -ge 2 ] || exit 255; shift 2 ;;
    *) echo "400 unknown option $1" >&2; exit 255 ;;
    esac
done
[ "$format" = json ] || { echo "expected --output-format json" >&2; exit 255; }
case $path in
/cluster/resources) exec cat "$data/cluster_resources.json" ;;
/nodes/*/qemu/*/rrddata) exec cat "$data/qemu_rrddata.json" ;;
/nodes/*/rrddata) exec cat "$data/node_rrddata.json" ;;
/nodes/*/status) exec cat "$data/node_status.json" ;;
*) echo "No 'get' handler defined for '$path'" >&2; exit 2 ;;
esac
)";

QByteArray fixture(const QString &name)
{
    QFile file(test::dataFile(QStringLiteral("proxmox/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

/// The captured payload without the API's envelope (pvesh prints no envelope). Re-serialised compactly by Qt,
/// so the numbers are the same doubles, possibly spelled differently; node_status is pvesh's own output as is.
QByteArray bare(const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(fixture(name));
    const QJsonValue data = doc.object().value(QStringLiteral("data"));
    return data.isArray() ? QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact) + '\n'
                          : QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

/// The pvesh-over-SSH path of the Proxmox collector against the lab sshd (tests/lab/sshd.sh) with the pvesh shim
/// above on the remote PATH. On SQLite and PostgreSQL.
class TestProxmoxPvesh : public QObject
{
    Q_OBJECT
private:
    QHash<QString, QString> m_lab;
    QTemporaryDir m_dir;
    QTemporaryDir m_shimDir{QStringLiteral("/tmp/es-pvesh-shim-XXXXXX")}; // readable by the lab's SSH user
    QString m_location;

    QString shimBin() const { return m_shimDir.filePath(QStringLiteral("bin")); }
    QString logPath() const { return m_shimDir.filePath(QStringLiteral("calls.log")); }
    QStringList calls() const
    {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    void clearLog() const
    {
        QFile log(logPath());
        log.open(QIODevice::WriteOnly | QIODevice::Truncate);
    }

    static bool writeFile(const QString &path, const QByteArray &content, QFile::Permissions permissions)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size() &&
               file.setPermissions(permissions);
    }

private slots:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase()
    {
        m_lab = test::labEnvironment("ES_TEST_SSHD_ENV");
        if (m_lab.isEmpty())
            QSKIP("no lab sshd for this run (run through ctest)");
        QVERIFY(m_shimDir.isValid());
        const auto readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto executable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_shimDir.path(), executable));
        QVERIFY(QDir(m_shimDir.path()).mkdir(QStringLiteral("bin")));
        QVERIFY(QFile::setPermissions(shimBin(), executable));
        QByteArray script(kShim);
        script.replace("@DATA@", m_shimDir.path().toUtf8()).replace("@LOG@", logPath().toUtf8());
        QVERIFY(writeFile(shimBin() + QStringLiteral("/pvesh"), script, executable));
        QVERIFY(writeFile(logPath(), {}, readable | QFile::WriteGroup | QFile::WriteOther));
        QVERIFY(writeFile(m_shimDir.filePath(QStringLiteral("cluster_resources.json")),
                          bare(QStringLiteral("cluster_resources.json")), readable));
        QVERIFY(writeFile(m_shimDir.filePath(QStringLiteral("node_rrddata.json")),
                          bare(QStringLiteral("pve9_node_rrddata.json")), readable));
        QVERIFY(writeFile(m_shimDir.filePath(QStringLiteral("qemu_rrddata.json")),
                          bare(QStringLiteral("pve9_qemu_rrddata.json")), readable));
        QVERIFY(writeFile(m_shimDir.filePath(QStringLiteral("node_status.json")),
                          fixture(QStringLiteral("node_status_pvesh.json")), readable));
    }

    void init()
    {
        if (m_lab.isEmpty())
            QSKIP("no lab sshd");
        m_location = test::freshStoreLocation(m_dir);
        if (m_location.isEmpty())
            return;
        clearLog();
    }

    void harvestThroughPvesh()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_location, &error), qPrintable(error));
        SshSession ssh;
        NonInteractivePrompter prompter;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        ProxmoxPveshClient pvesh(ssh);
        pvesh.setRemoteEnvironment({{QStringLiteral("PATH"), shimBin() + QStringLiteral(":/usr/bin:/bin")}});
        ProxmoxCollector collector(store, pvesh);
        ProxmoxHarvestSummary summary;
        QVERIFY2(collector.harvest(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.hosts, 4);
        QCOMPARE(summary.guests, 3);
        QCOMPARE(summary.written.samplesWritten, qint64(78));
        QCOMPARE(summary.mappingsWritten, qint64(3));
        QVERIFY2(summary.source.contains(u"pvesh"), qPrintable(summary.source));

        const QStringList seen = calls();
        QCOMPARE(seen.size(), 1 + 4 * 2 + 3);
        QCOMPARE(seen.first(), QStringLiteral("get|/cluster/resources|--output-format|json|"));
        QVERIFY(seen.contains(
            QStringLiteral("get|/nodes/node2/rrddata|--output-format|json|--timeframe|hour|--cf|AVERAGE|")));
        QVERIFY(seen.contains(
            QStringLiteral("get|/nodes/node1/qemu/200/rrddata|--output-format|json|--timeframe|hour|--cf|AVERAGE|")));

        QSqlQuery q(store.database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT s.cpu_util_pct, s.load1 FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                  "WHERE n.name = 'node4' AND s.ts = 1785169080")));
        QVERIFY(q.next());
        QVERIFY(qFuzzyCompare(q.value(0).toDouble(), 25.281828543495));
        QVERIFY(qFuzzyCompare(q.value(1).toDouble(), 0.545));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id "
                                      "WHERE n.name = 'VM 200'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 10);

        // The same rows again: nothing to write.
        QVERIFY2(collector.harvest(QStringLiteral("lab"), {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.written.samplesWritten, qint64(0));
        QCOMPARE(summary.mappingsWritten, qint64(0));
    }

    void pveshErrors()
    {
        SshSession ssh;
        NonInteractivePrompter prompter;
        QString error;
        QVERIFY2(ssh.connect(test::labSshEndpoint(m_lab), prompter, &error), qPrintable(error));
        ProxmoxPveshClient pvesh(ssh);
        pvesh.setRemoteEnvironment({{QStringLiteral("PATH"), shimBin() + QStringLiteral(":/usr/bin:/bin")}});
        QByteArray json;
        QVERIFY(!pvesh.get(QStringLiteral("/nodes/node1/lxc"), {}, &json, &error));
        QVERIFY2(error.contains(u"No 'get' handler") && error.contains(u"exit 2"), qPrintable(error));
        // Not an API path, or a parameter that would be an option of its own: refused before anything runs.
        QVERIFY(!pvesh.get(QStringLiteral("/cluster/resources;id"), {}, &json, &error));
        QVERIFY2(error.contains(u"not an API path"), qPrintable(error));
        QVERIFY(!pvesh.get(QStringLiteral("/cluster/resources"),
                           {{QStringLiteral("output-format"), QStringLiteral("x")}}, &json, &error));
        QVERIFY(!pvesh.get(QStringLiteral("/cluster/resources"), {{QStringLiteral("a b"), QStringLiteral("x")}}, &json,
                           &error));
        // A parameter value with shell syntax reaches pvesh as one plain argument, and nothing else runs.
        const QString marker = m_shimDir.filePath(QStringLiteral("injected"));
        const QString hostile =
            QStringLiteral("hour'; touch ") + marker + QStringLiteral("; '$(touch ") + marker + QStringLiteral(")");
        QVERIFY2(
            pvesh.get(QStringLiteral("/nodes/node1/rrddata"), {{QStringLiteral("timeframe"), hostile}}, &json, &error),
            qPrintable(error));
        QVERIFY(calls().contains(QStringLiteral("get|/nodes/node1/rrddata|--output-format|json|--timeframe|") +
                                 hostile + u'|'));
        QVERIFY(!QFile::exists(marker));
        // A host without pvesh.
        ProxmoxPveshClient missing(ssh);
        missing.setProgram(QStringLiteral("pvesh-not-installed"));
        QVERIFY(!missing.get(QStringLiteral("/cluster/resources"), {}, &json, &error));
        QVERIFY2(error.contains(u"not on the PATH"), qPrintable(error));
    }

    void commandLine()
    {
        const SshEndpoint lab = test::labSshEndpoint(m_lab);
        const test::CliRun harvest =
            test::runCli({QStringLiteral("--db"), m_location, QStringLiteral("--json"), QStringLiteral("proxmox"),
                          QStringLiteral("harvest"), QStringLiteral("--cluster"), QStringLiteral("lab"),
                          QStringLiteral("--ssh-host"), lab.host, QStringLiteral("--ssh-port"),
                          QString::number(lab.port), QStringLiteral("--ssh-user"), lab.user,
                          QStringLiteral("--ssh-key"), lab.keyFile, QStringLiteral("--known-hosts"), lab.knownHostsFile,
                          QStringLiteral("--pvesh"), shimBin() + QStringLiteral("/pvesh")});
        QVERIFY2(harvest.exitCode == 0, harvest.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(harvest.out).object();
        QCOMPARE(result.value(QStringLiteral("samples_written")).toInt(), 78);
        QCOMPARE(result.value(QStringLiteral("hosts")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestProxmoxPvesh)
#include "TestProxmoxPvesh.moc"
