// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>

class QMenu;
class QTableView;

namespace es {

/// The Jobs table's column chooser: a right click on the header opens a menu with one checkable entry per column
/// (hide or show it; the last visible column cannot be hidden) and "Show All Columns". Which columns are hidden is
/// part of the header's state, which MainWindow saves and restores with the widths and the order.
///
/// Threading: GUI thread.
class JobColumnChooser final
{
    Q_DECLARE_TR_FUNCTIONS(es::JobColumnChooser)
public:
    /// Sets up `view`'s horizontal header: columns that can be dragged, the last one stretched, and the menu.
    static void install(QTableView *view);
    /// The menu as the header shows it, for `view`'s current columns (the caller owns it).
    static QMenu *menu(QTableView *view);
};

} // namespace es
