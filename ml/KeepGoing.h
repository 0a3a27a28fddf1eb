// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QtGlobal>

#include <functional>

namespace es::ml {

/// Called between blocks of a long computation, from the computing thread: returns false to stop it. An empty
/// callback never stops anything.
using KeepGoing = std::function<bool()>;

/// Rows a loop over a table handles between two calls of its KeepGoing callback: at a million rows, a few hundred
/// calls per pass, and well under a millisecond between two.
inline constexpr qsizetype kRowsPerKeepGoing = 4096;

/// True when the work may go on: no callback, or one that says so.
inline bool mayGoOn(const KeepGoing &keepGoing)
{
    return !keepGoing || keepGoing();
}

/// True when row `i` of a loop is a point to ask the callback, and it says stop.
inline bool stopsAt(qsizetype i, const KeepGoing &keepGoing)
{
    return keepGoing && i % kRowsPerKeepGoing == kRowsPerKeepGoing - 1 && !keepGoing();
}

} // namespace es::ml
