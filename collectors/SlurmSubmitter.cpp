// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "SlurmSubmitter.h"

#include "ShellQuote.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace es {
namespace {

QString command(const QString &mode, const QStringList &options)
{
    return shell::join(
        QStringList{QStringLiteral("env"), QStringLiteral("SLURM_TIME_FORMAT=%s"), QStringLiteral("sbatch"), mode} +
        options);
}

} // namespace

std::optional<SbatchTestOnlyResult> SlurmSubmitter::testOnly(const QStringList &sbatchOptions, const QByteArray &script,
                                                             QString *error)
{
    QByteArray output;
    SshSession::ExitInfo exit;
    if (!m_ssh.exec(
            command(QStringLiteral("--test-only"), sbatchOptions),
            [&](QByteArrayView chunk) {
                output.append(chunk);
                return output.size() < 1024 * 1024;
            },
            &exit, error, nullptr, 60, script))
        return std::nullopt;
    // sbatch prints its answer on stderr, and exits non-zero when the job could not run.
    const QString text = QString::fromUtf8(exit.standardError + output);
    return SbatchTestOnlyParser::parse(text, 0, error);
}

std::optional<QString> SlurmSubmitter::submit(const QStringList &sbatchOptions, const QByteArray &script,
                                              QString *error, bool *refused)
{
    if (refused)
        *refused = false;
    QByteArray output;
    SshSession::ExitInfo exit;
    if (!m_ssh.exec(
            command(QStringLiteral("--parsable"), sbatchOptions),
            [&](QByteArrayView chunk) {
                output.append(chunk);
                return output.size() < 64 * 1024;
            },
            &exit, error, nullptr, 60, script))
        return std::nullopt;
    if (exit.exitStatus != 0) {
        if (refused)
            *refused = exit.exitStatus > 0;
        *error = tr("sbatch refused the job (exit %1): %2")
                     .arg(exit.exitStatus)
                     .arg(QString::fromUtf8(exit.standardError).trimmed());
        return std::nullopt;
    }
    // --parsable: "JOBID" or "JOBID;CLUSTER".
    const QString id = QString::fromUtf8(output).trimmed().section(u';', 0, 0);
    static const QRegularExpression kJobId(QStringLiteral("^[0-9]+$"));
    if (!kJobId.match(id).hasMatch()) {
        *error = tr("sbatch answered no job id: '%1'").arg(QString::fromUtf8(output.left(200)).trimmed());
        return std::nullopt;
    }
    return id;
}

} // namespace es
