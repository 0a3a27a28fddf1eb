// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace es {

/// One node as `scontrol show node -o` describes it. Units in the names; unset optionals were absent or "N/A".
struct SlurmNode
{
    QString name;
    QString state; ///< e.g. "IDLE", "MIXED", "ALLOCATED+DRAIN" as printed
    QStringList partitions;
    std::optional<int> cpus;       ///< CPUTot
    std::optional<int> cpusAlloc;  ///< CPUAlloc
    std::optional<double> cpuLoad; ///< CPULoad (load average)
    std::optional<double> realMemMb;
    std::optional<double> allocMemMb;
    std::optional<double> freeMemMb;
    std::optional<double> currentWatts;
    std::optional<double> aveWatts;
};

/// Parser of `scontrol show node -o` lines: `Key=Value` pairs where values may contain spaces
/// (`OS=Linux 6.1.0 #1 SMP ...`, `Reason=...`), so a line is split at the known keys, not at spaces. Pure.
class ScontrolNodeParser final
{
    Q_DECLARE_TR_FUNCTIONS(es::ScontrolNodeParser)
public:
    /// False (with *error) when the line is not a node description.
    static bool parseLine(QStringView line, SlurmNode *node, QString *error);
};

} // namespace es
