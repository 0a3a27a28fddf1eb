// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CampaignLabClient.h"

#include "ClusterProfile.h"
#include "LabSsh.h"
#include "Store.h"
#include "TestStores.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

namespace es::test {

bool CampaignLabClient::open(const char *envVariable, const QString &db, QString *error)
{
    m_lab = labEnvironment(envVariable);
    if (m_lab.isEmpty())
        return false;
    m_suffix = QStringLiteral("-%1").arg(QDateTime::currentSecsSinceEpoch() % 100000000);
    m_db = db;
    Store store;
    return store.open(m_db, error) && ClusterProfiles(store).save(labProfile(m_lab, QStringLiteral("lab")), error);
}

CampaignLabClient::CliResult CampaignLabClient::cli(const QStringList &args, const QString &fault,
                                                    const QString &db) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!fault.isEmpty())
        env.insert(QStringLiteral("ES_CAMPAIGN_FAULT"), fault);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ES_CLI_PROGRAM),
            QStringList{QStringLiteral("--db"), db.isEmpty() ? m_db : db, QStringLiteral("--json")} + args);
    CliResult r;
    if (!p.waitForFinished(600000))
        p.kill();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray CampaignLabClient::remote(const QStringList &command) const
{
    return runOnLab(m_lab, command);
}

QHash<QString, int> CampaignLabClient::jobsByName(const QStringList &names) const
{
    return jobsBy(QStringLiteral("JobName"), names);
}

QHash<QString, int> CampaignLabClient::jobsByComment(const QStringList &names) const
{
    return jobsBy(QStringLiteral("Comment"), names);
}

QHash<QString, int> CampaignLabClient::jobsBy(const QString &field, const QStringList &names) const
{
    QHash<QString, int> count;
    const QByteArray out = remote({QStringLiteral("sacct"), QStringLiteral("-n"), QStringLiteral("-X"),
                                   QStringLiteral("-P"), QStringLiteral("-o"), field + QStringLiteral(",JobIDRaw"),
                                   QStringLiteral("-S"), QStringLiteral("now-1days"), QStringLiteral("-E"),
                                   QStringLiteral("now"), QStringLiteral("--name=") + names.join(u',')});
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            ++count[QString::fromUtf8(line.left(line.lastIndexOf('|')))];
    return count;
}

QList<CampaignRunRecord> CampaignLabClient::runs(const QString &campaign, const QString &db) const
{
    Store store;
    QString error;
    if (!store.open(db.isEmpty() ? m_db : db, &error))
        return {};
    CampaignStore campaigns(store);
    const auto c = campaigns.campaign(campaign, &error);
    return c ? campaigns.runs(c->id, &error).value_or(QList<CampaignRunRecord>()) : QList<CampaignRunRecord>();
}

QString CampaignLabClient::plan(const QString &name, const QStringList &options, const QString &db) const
{
    const QString full = name + m_suffix;
    const CliResult r = cli(QStringList{QStringLiteral("campaign"), QStringLiteral("plan"), QStringLiteral("--profile"),
                                        QStringLiteral("lab"), QStringLiteral("--name"), full} +
                                options,
                            QString(), db);
    if (r.exitCode != 0)
        qWarning("plan failed: %s", r.err.constData());
    return r.exitCode == 0 ? full : QString();
}

QStringList CampaignLabClient::namesOf(const QList<CampaignRunRecord> &runs)
{
    QStringList names;
    for (const CampaignRunRecord &r : runs)
        names << r.jobName;
    return names;
}

} // namespace es::test
