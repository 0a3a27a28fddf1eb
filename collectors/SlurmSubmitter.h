// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "SbatchTestOnlyParser.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace es {

class SshSession;

/// Hands batch scripts to Slurm over a connected SSH session: asks when one would start (`sbatch --test-only`) and
/// submits it (`sbatch --parsable`). The script goes to sbatch's standard input, never into the command line; the
/// options are single arguments quoted one by one (shell::join), so no user text reaches the remote shell.
/// Options given here override the script's own #SBATCH lines (sbatch's rule).
///
/// Threading: the thread that uses the session (a worker, never the GUI thread).
class SlurmSubmitter final
{
    Q_DECLARE_TR_FUNCTIONS(es::SlurmSubmitter)
public:
    explicit SlurmSubmitter(SshSession &ssh) : m_ssh(ssh) {}

    /// The controller's answer (times asked as epoch seconds, SLURM_TIME_FORMAT=%s). std::nullopt with *error on a
    /// transport failure or when Slurm refuses the job (its message in *error).
    std::optional<SbatchTestOnlyResult> testOnly(const QStringList &sbatchOptions, const QByteArray &script,
                                                 QString *error);
    /// The new job's id. std::nullopt with *error (Slurm's message) when nothing was submitted; a transport failure
    /// after sbatch ran cannot be told from one before: the caller records the attempt and does not resubmit
    /// blindly (check with squeue/sacct by the job's comment).
    /// `*refused` (when given) tells the two apart where it can: true when sbatch ran and said no (nothing was
    /// submitted), false on a transport failure (the job may exist).
    std::optional<QString> submit(const QStringList &sbatchOptions, const QByteArray &script, QString *error,
                                  bool *refused = nullptr);

private:
    SshSession &m_ssh;
};

} // namespace es
