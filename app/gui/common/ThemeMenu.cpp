// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ThemeMenu.h"

#include "GuiSettings.h"
#include "NextStartMenu.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace es {

QStringList ThemeMenu::themeCodes()
{
    return {QStringLiteral("light"), QStringLiteral("dark")};
}

QPalette ThemeMenu::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x8e, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x3c));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb4, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

void ThemeMenu::applyChosen()
{
    const QString theme = GuiSettings().theme();
    if (!themeCodes().contains(theme))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

QMenu *ThemeMenu::create(QWidget *parent)
{
    return NextStartMenu{tr("&Theme"),
                         QStringLiteral("themeMenu"),
                         tr("The colours of windows and plots, from the next start"),
                         {{QString(), tr("&System Theme")},
                          {QStringLiteral("light"), tr("&Light")},
                          {QStringLiteral("dark"), tr("&Dark")}},
                         [] { return GuiSettings().theme(); },
                         [](const QString &code) { GuiSettings().setTheme(code); },
                         tr("Theme"),
                         tr("The new theme is used from the next start of HPC Energy Studio.")}
        .create(parent);
}

} // namespace es
