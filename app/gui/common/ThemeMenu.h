// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace es {

/// The colour theme: the View > Theme menu, and the palette the application starts with. "System" keeps the
/// desktop's (Qt's platform theme: a dark GNOME or KDE desktop gives a dark palette); "Light" and "Dark" are Qt's
/// Fusion style with a light or a dark palette, whatever the desktop. Plots take their colours from the palette
/// (PlotPalette), so they follow. A change takes effect at the next start; the menu says so. GUI thread only.
class ThemeMenu final
{
    Q_DECLARE_TR_FUNCTIONS(es::ThemeMenu)
public:
    /// The themes besides the desktop's, as saved codes: "light", "dark".
    static QStringList themeCodes();
    /// Fusion's dark palette: light text on dark grey, a blue highlight, greyed disabled text.
    static QPalette darkPalette();
    /// Sets the saved theme's style and palette on the application (nothing for the desktop's). Call once, after
    /// the QApplication exists and before the first window.
    static void applyChosen();
    /// A "&Theme" menu with "System Theme", "Light" and "Dark"; choosing one saves it.
    static QMenu *create(QWidget *parent);
};

} // namespace es
