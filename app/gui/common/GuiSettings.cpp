// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "GuiSettings.h"

#include <QCryptographicHash>
#include <QDir>

namespace es {
namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
// "header2" since the Energy and Job energy columns became one: a state of the old columns would misplace them.
const QString kHeader = QStringLiteral("jobsView/header2");
const QString kCluster = QStringLiteral("jobsView/filter/cluster");
const QString kJobState = QStringLiteral("jobsView/filter/state");
const QString kUser = QStringLiteral("jobsView/filter/user");
const QString kPartition = QStringLiteral("jobsView/filter/partition");
const QString kStartFrom = QStringLiteral("jobsView/filter/startFrom");
const QString kStartTo = QStringLiteral("jobsView/filter/startTo");
const QString kText = QStringLiteral("jobsView/filter/text");
const QString kLastDirectory = QStringLiteral("files/lastDirectory");
const QString kImportFormat = QStringLiteral("import/format");
const QString kEnergyUnit = QStringLiteral("view/energyUnit");
const QString kLanguage = QStringLiteral("view/language");
const QString kTheme = QStringLiteral("view/theme");

std::optional<qint64> optionalTime(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

void setOptionalTime(QSettings &settings, const QString &key, std::optional<qint64> value)
{
    if (value)
        settings.setValue(key, *value);
    else
        settings.remove(key);
}

} // namespace

QByteArray GuiSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void GuiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray GuiSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void GuiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QByteArray GuiSettings::jobHeaderState() const
{
    return m_settings.value(kHeader).toByteArray();
}

void GuiSettings::setJobHeaderState(const QByteArray &state)
{
    m_settings.setValue(kHeader, state);
}

JobFilter GuiSettings::jobFilter() const
{
    JobFilter filter;
    filter.cluster = m_settings.value(kCluster).toString();
    filter.state = m_settings.value(kJobState).toString();
    filter.user = m_settings.value(kUser).toString();
    filter.partition = m_settings.value(kPartition).toString();
    filter.startFrom = optionalTime(m_settings, kStartFrom);
    filter.startTo = optionalTime(m_settings, kStartTo);
    filter.text = m_settings.value(kText).toString();
    return filter;
}

void GuiSettings::setJobFilter(const JobFilter &filter)
{
    m_settings.setValue(kCluster, filter.cluster);
    m_settings.setValue(kJobState, filter.state);
    m_settings.setValue(kUser, filter.user);
    m_settings.setValue(kPartition, filter.partition);
    setOptionalTime(m_settings, kStartFrom, filter.startFrom);
    setOptionalTime(m_settings, kStartTo, filter.startTo);
    m_settings.setValue(kText, filter.text);
}

QString GuiSettings::lastDirectory() const
{
    return m_settings.value(kLastDirectory, QDir::homePath()).toString();
}

void GuiSettings::setLastDirectory(const QString &directory)
{
    m_settings.setValue(kLastDirectory, directory);
}

QString GuiSettings::lastImportFormat() const
{
    return m_settings.value(kImportFormat, QStringLiteral("sacct")).toString();
}

void GuiSettings::setLastImportFormat(const QString &format)
{
    m_settings.setValue(kImportFormat, format);
}

namespace {

// One group per header: its SHA-1 (a header can be long and hold any character), the mapping as a map.
QString mappingKey(const QString &headerSignature)
{
    return QStringLiteral("import/mappings/") +
           QString::fromLatin1(QCryptographicHash::hash(headerSignature.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

QHash<QString, QString> GuiSettings::importMapping(const QString &headerSignature) const
{
    const QVariantMap stored = m_settings.value(mappingKey(headerSignature)).toMap();
    QHash<QString, QString> mapping;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        mapping.insert(it.key(), it.value().toString());
    return mapping;
}

void GuiSettings::setImportMapping(const QString &headerSignature, const QHash<QString, QString> &mapping)
{
    QVariantMap stored;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings.setValue(mappingKey(headerSignature), stored);
}

QString GuiSettings::energyUnit() const
{
    return m_settings.value(kEnergyUnit).toString();
}

void GuiSettings::setEnergyUnit(const QString &unitKey)
{
    m_settings.setValue(kEnergyUnit, unitKey);
}

QString GuiSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void GuiSettings::setLanguage(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(kLanguage);
    else
        m_settings.setValue(kLanguage, code);
}

QString GuiSettings::theme() const
{
    return m_settings.value(kTheme).toString();
}

void GuiSettings::setTheme(const QString &code)
{
    if (code.isEmpty())
        m_settings.remove(kTheme);
    else
        m_settings.setValue(kTheme, code);
}

} // namespace es
