// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QMenu;
class QWidget;

namespace es {

/// The units an energy can be shown in. Automatic picks J, kJ, MJ or GJ per value (per chart: by its largest value).
enum class EnergyUnit
{
    KWh,
    GJ,
    MJ,
    KJ,
    J,
    Automatic
};

/// The one energy formatter of the GUI: every view turns stored joules into numbers, cell texts and column or axis
/// titles through it, in the unit chosen in View > Energy Unit (kept in GuiSettings, kWh by default, as the reports
/// speak). unitChanged() tells open views to render again. Numbers use the default QLocale, with 0 decimals from
/// 1000 up, 1 from 10, 2 from 0.1 and 4 below (0 is "0").
///
/// Threading: instance() and setUnit() on the GUI thread only; the static functions anywhere.
class EnergyFormat final : public QObject
{
    Q_OBJECT
public:
    /// The application's formatter, created on first use with the unit saved in GuiSettings.
    static EnergyFormat &instance();

    EnergyUnit unit() const { return m_unit; }
    /// Saves `unit` in GuiSettings and emits unitChanged() when it differs from the current one.
    void setUnit(EnergyUnit unit);

    /// "Energy Unit": one checkable action per menuUnits() entry, the current one checked, choosing calls setUnit().
    /// Owned by `parent`.
    static QMenu *createUnitMenu(QWidget *parent);
    /// The units the View menu offers, in its order.
    static QList<EnergyUnit> menuUnits();
    /// "kWh", "GJ", "MJ", "kJ", "J", "auto": the settings value of `unit`.
    static QString unitKey(EnergyUnit unit);
    static std::optional<EnergyUnit> unitFromKey(const QString &key);
    /// The menu entry of `unit`: its symbol, or "Automatic (J/kJ/MJ/GJ)".
    static QString menuText(EnergyUnit unit);
    /// "kWh", "GJ", "MJ", "kJ" or "J" of a fixed unit (Automatic: empty).
    static QString symbol(EnergyUnit unit);
    /// `joules` in a fixed `unit` (Automatic: resolved by the value itself).
    static double convert(double joules, EnergyUnit unit);
    /// `joules` in a fixed `unit` (Automatic: resolved by the value itself) as a locale number without the unit.
    static QString number(double joules, EnergyUnit unit);
    /// The fixed unit that Automatic picks for `referenceJ`: J below 1 kJ, kJ below 1 MJ, MJ below 1 GJ, else GJ.
    static EnergyUnit automaticUnit(double referenceJ);

    /// The chosen unit, or for Automatic the unit automaticUnit(referenceJ) picks.
    EnergyUnit resolved(double referenceJ) const;
    /// A cell under a title(): the bare number in a fixed unit; with its unit ("3.60 MJ") under Automatic.
    QString cellText(double joules) const;
    /// The number and its unit, "1.00 kWh", whatever the setting.
    QString text(double joules) const;
    /// A column title under cellText(): "Energy (kWh)"; under Automatic just `label`, the cells carry their units.
    QString title(const QString &label) const;
    /// An axis or chart title whose values are in resolved(referenceJ): "Energy (kWh)", "Energy (MJ)".
    QString title(const QString &label, double referenceJ) const;

Q_SIGNALS:
    void unitChanged(EnergyUnit unit);

private:
    explicit EnergyFormat(QObject *parent = nullptr);

    EnergyUnit m_unit = EnergyUnit::KWh;
};

} // namespace es
