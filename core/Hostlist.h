// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace es {

/// Slurm hostlist expressions, as sacct's NodeList and scontrol print them. Pure; safe on any input.
///
/// Grammar: names separated by ',' (or whitespace) outside brackets; a name is literal text and bracket groups;
/// a group holds ','-separated items `N` or `N-M` (decimal, N <= M). Several groups in one name expand as a
/// cartesian product, the first group varying slowest ("r[1-2]n[1-2]" -> r1n1 r1n2 r2n1 r2n2). Zero padding is
/// kept: every number of an item is padded to the width of the item's lower bound ("[08-10]" -> 08 09 10).
/// Names keep their order of appearance; duplicates are not removed.
class Hostlist final
{
    Q_DECLARE_TR_FUNCTIONS(es::Hostlist)
public:
    static constexpr qsizetype DefaultMaxNames = 100000;

    /// The node names of `text`; an empty or blank text gives an empty list. std::nullopt with *error
    /// ("position N: reason", N counted from 1) for malformed input, or when the expansion would exceed
    /// `maxNames` names (checked before anything is built).
    static std::optional<QStringList> expand(QStringView text, QString *error, qsizetype maxNames = DefaultMaxNames);
};

} // namespace es
