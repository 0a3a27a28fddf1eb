// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "CampaignStore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace es::test {

/// What the campaign lab suites share: the CLI run as its own process (so that it can be killed as a crash would)
/// on one store, the lab's Slurm asked over SSH for the truth, and the store's runs read back.
class CampaignLabClient
{
public:
    struct CliResult
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray err;
    };

    /// Reads the lab's env file named by `envVariable`; false when there is no lab (the suite skips).
    bool open(const char *envVariable, const QString &db, QString *error);
    QString db() const { return m_db; }
    /// Unique to this run ("-NNNNNNNN"): campaign names carry it, as a lab kept from an earlier run keeps its
    /// accounting.
    QString suffix() const { return m_suffix; }
    const QHash<QString, QString> &lab() const { return m_lab; }

    /// `energy-studio-cli --db DB --json ARGS`, with ES_CAMPAIGN_FAULT=fault when given; `db` empty: the client's.
    CliResult cli(const QStringList &args, const QString &fault = QString(), const QString &db = QString()) const;
    QByteArray remote(const QStringList &command) const;
    /// How many jobs Slurm's accounting holds under each name (the truth about duplicates).
    QHash<QString, int> jobsByName(const QStringList &names) const;
    /// The same by the jobs' comments (the lab stores them: AccountingStoreFlags=job_comment).
    QHash<QString, int> jobsByComment(const QStringList &names) const;
    QList<CampaignRunRecord> runs(const QString &campaign, const QString &db = QString()) const;
    /// `campaign plan --profile lab --name NAME+suffix OPTIONS`: the campaign's name, empty when refused.
    QString plan(const QString &name, const QStringList &options, const QString &db = QString()) const;
    static QStringList namesOf(const QList<CampaignRunRecord> &runs);

private:
    /// sacct -X of the named jobs: how many hold each value of `field`.
    QHash<QString, int> jobsBy(const QString &field, const QStringList &names) const;

    QHash<QString, QString> m_lab;
    QString m_db;
    QString m_suffix; ///< campaign names unique to this run: a lab kept from an earlier run keeps its accounting
};

} // namespace es::test
