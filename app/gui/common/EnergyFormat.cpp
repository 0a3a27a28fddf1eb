// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "EnergyFormat.h"

#include "EnergyUnits.h"
#include "GuiSettings.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QMenu>

#include <cmath>

namespace es {
namespace {

int decimalsFor(double value)
{
    const double a = std::abs(value);
    return a == 0 || a >= 1000 ? 0 : a >= 10 ? 1 : a >= 0.1 ? 2 : 4;
}

double joulesPerUnit(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::KWh:
        return kJoulesPerKWh;
    case EnergyUnit::GJ:
        return 1e9;
    case EnergyUnit::MJ:
        return 1e6;
    case EnergyUnit::KJ:
        return 1e3;
    case EnergyUnit::J:
    case EnergyUnit::Automatic:
        break;
    }
    return 1.0;
}

} // namespace

EnergyFormat::EnergyFormat(QObject *parent) : QObject(parent)
{
    const GuiSettings settings;
    m_unit = unitFromKey(settings.energyUnit()).value_or(EnergyUnit::KWh);
}

EnergyFormat &EnergyFormat::instance()
{
    // Owned by the application object, so that it goes before QSettings' and QLocale's statics do.
    static EnergyFormat *format = new EnergyFormat(QCoreApplication::instance());
    return *format;
}

void EnergyFormat::setUnit(EnergyUnit unit)
{
    if (unit == m_unit)
        return;
    m_unit = unit;
    GuiSettings settings;
    settings.setEnergyUnit(unitKey(unit));
    Q_EMIT unitChanged(unit);
}

QMenu *EnergyFormat::createUnitMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Energy Unit"), parent);
    menu->setObjectName(QStringLiteral("energyUnitMenu"));
    menu->setStatusTip(tr("The unit of energy in every tab's tables, charts and details"));
    auto *group = new QActionGroup(menu);
    EnergyFormat &format = instance();
    for (EnergyUnit unit : menuUnits()) {
        QAction *action = menu->addAction(menuText(unit));
        action->setCheckable(true);
        action->setChecked(unit == format.unit());
        action->setData(unitKey(unit));
        group->addAction(action);
        connect(action, &QAction::triggered, &format, [unit] { instance().setUnit(unit); });
        connect(&format, &EnergyFormat::unitChanged, action,
                [action, unit](EnergyUnit now) { action->setChecked(now == unit); });
    }
    return menu;
}

QList<EnergyUnit> EnergyFormat::menuUnits()
{
    return {EnergyUnit::KWh, EnergyUnit::GJ, EnergyUnit::MJ, EnergyUnit::KJ, EnergyUnit::J, EnergyUnit::Automatic};
}

QString EnergyFormat::unitKey(EnergyUnit unit)
{
    return unit == EnergyUnit::Automatic ? QStringLiteral("auto") : symbol(unit);
}

std::optional<EnergyUnit> EnergyFormat::unitFromKey(const QString &key)
{
    for (EnergyUnit unit : menuUnits()) {
        if (unitKey(unit) == key)
            return unit;
    }
    return std::nullopt;
}

QString EnergyFormat::menuText(EnergyUnit unit)
{
    return unit == EnergyUnit::Automatic ? tr("Automatic (J/kJ/MJ/GJ)") : symbol(unit);
}

QString EnergyFormat::symbol(EnergyUnit unit)
{
    switch (unit) {
    case EnergyUnit::KWh:
        return QStringLiteral("kWh");
    case EnergyUnit::GJ:
        return QStringLiteral("GJ");
    case EnergyUnit::MJ:
        return QStringLiteral("MJ");
    case EnergyUnit::KJ:
        return QStringLiteral("kJ");
    case EnergyUnit::J:
        return QStringLiteral("J");
    case EnergyUnit::Automatic:
        break;
    }
    return QString();
}

EnergyUnit EnergyFormat::automaticUnit(double referenceJ)
{
    const double a = std::abs(referenceJ);
    return a < 1e3 ? EnergyUnit::J : a < 1e6 ? EnergyUnit::KJ : a < 1e9 ? EnergyUnit::MJ : EnergyUnit::GJ;
}

double EnergyFormat::convert(double joules, EnergyUnit unit)
{
    if (unit == EnergyUnit::Automatic)
        unit = automaticUnit(joules);
    return joules / joulesPerUnit(unit);
}

QString EnergyFormat::number(double joules, EnergyUnit unit)
{
    const double value = convert(joules, unit);
    return QLocale().toString(value, 'f', decimalsFor(value));
}

EnergyUnit EnergyFormat::resolved(double referenceJ) const
{
    return m_unit == EnergyUnit::Automatic ? automaticUnit(referenceJ) : m_unit;
}

QString EnergyFormat::cellText(double joules) const
{
    return m_unit == EnergyUnit::Automatic ? text(joules) : number(joules, m_unit);
}

QString EnergyFormat::text(double joules) const
{
    const EnergyUnit unit = resolved(joules);
    return tr("%1 %2").arg(number(joules, unit), symbol(unit));
}

QString EnergyFormat::title(const QString &label) const
{
    return m_unit == EnergyUnit::Automatic ? label : tr("%1 (%2)").arg(label, symbol(m_unit));
}

QString EnergyFormat::title(const QString &label, double referenceJ) const
{
    return tr("%1 (%2)").arg(label, symbol(resolved(referenceJ)));
}

} // namespace es
