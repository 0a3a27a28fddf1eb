// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"

#include <QByteArray>
#include <QHash>
#include <QSettings>
#include <QString>

namespace es {

/// Typed access to the GUI's QSettings (organisation and application names of the QApplication). Tests point
/// QSettings at a temporary folder with QSettings::setPath().
class GuiSettings final
{
public:
    GuiSettings() = default;
    Q_DISABLE_COPY_MOVE(GuiSettings)

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// QHeaderView::saveState() of the jobs table: column widths, order and sort indicator.
    QByteArray jobHeaderState() const;
    void setJobHeaderState(const QByteArray &state);
    JobFilter jobFilter() const;
    void setJobFilter(const JobFilter &filter);
    QString lastDirectory() const;
    void setLastDirectory(const QString &directory);
    QString lastImportFormat() const;
    void setLastImportFormat(const QString &format);
    /// The CSV column mapping (column -> Importer field, "feature:NAME" or "ignore") saved for a header signature
    /// (CsvPreview::headerSignature); empty when none was saved.
    QHash<QString, QString> importMapping(const QString &headerSignature) const;
    void setImportMapping(const QString &headerSignature, const QHash<QString, QString> &mapping);
    /// The energy unit of every view (EnergyFormat::unitKey(): "kWh", "MJ", "kJ", "J" or "auto"); empty when none
    /// was chosen.
    QString energyUnit() const;
    void setEnergyUnit(const QString &unitKey);
    /// The language of the interface (LanguageMenu::languageCodes(): "en", "es", "zh_CN"); empty for the system's.
    QString language() const;
    void setLanguage(const QString &code);
    /// The colour theme (ThemeMenu::themeCodes(): "light", "dark"); empty for the desktop's.
    QString theme() const;
    void setTheme(const QString &code);

private:
    QSettings m_settings;
};

} // namespace es
