// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ImportMappingPage.h"

#include "CsvPreview.h"
#include "DatasetCsvColumns.h"
#include "GuiSettings.h"
#include "ImportWizard.h"
#include "Importer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace es {
namespace {

const QString kIgnore = QStringLiteral("ignore");
const QString kFeature = QStringLiteral("feature");
const QString kEnergy = QStringLiteral("energy");
const QString kDuration = QStringLiteral("duration");

/// Unit choices of a field that has several: (label, field name).
QList<std::pair<QString, QString>> unitsOf(const QString &field)
{
    if (field == kEnergy)
        return {{QStringLiteral("J"), QStringLiteral("energy_j")},
                {QStringLiteral("kJ"), QStringLiteral("energy_kj")},
                {QStringLiteral("Wh"), QStringLiteral("energy_wh")},
                {QStringLiteral("kWh"), QStringLiteral("energy_kwh")}};
    if (field == kDuration)
        return {{QStringLiteral("s"), QStringLiteral("duration_s")},
                {QStringLiteral("min"), QStringLiteral("duration_min")},
                {QStringLiteral("h"), QStringLiteral("duration_h")}};
    return {};
}

/// The combo entry of a target: energy_kwh -> energy, feature:x -> feature.
QString comboEntry(const QString &target)
{
    if (DatasetCsvColumns::isFeatureTarget(target))
        return kFeature;
    if (target.startsWith(QStringLiteral("energy_")))
        return kEnergy;
    if (target.startsWith(QStringLiteral("duration_")))
        return kDuration;
    return target;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(this)), m_savedNote(new QLabel(this)),
      m_reset(new QPushButton(tr("&Automatic matching"), this)), m_status(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("What each column is. Energies and durations are stored in J and s: choose the unit of the "
                   "file. Columns kept as features are stored per job and can be used by models "
                   "(train --features feature:NAME)."));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Example"), tr("Import as"), tr("Unit")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_savedNote->setWordWrap(true);
    m_status->setWordWrap(true);
    m_reset->setToolTip(tr("Forget the saved mapping's choices and match the columns by name"));

    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedNote, 1);
    savedRow->addWidget(m_reset);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(savedRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    connect(m_reset, &QPushButton::clicked, this, &ImportMappingPage::resetToAutomatic);
}

void ImportMappingPage::initializePage()
{
    const QString signature = CsvPreview::headerSignature(m_wizard->preview().header());
    if (signature == m_builtFor)
        return; // back and forth keeps the user's choices
    m_builtFor = signature;
    build(GuiSettings().importMapping(signature));
}

void ImportMappingPage::resetToAutomatic()
{
    build({});
}

void ImportMappingPage::build(const QHash<QString, QString> &saved)
{
    const CsvPreview &preview = m_wizard->preview();
    const QStringList &header = preview.header();
    m_usesSaved = !saved.isEmpty();
    m_savedNote->setText(m_usesSaved ? tr("The mapping saved for this header was applied.")
                                     : tr("Columns matched by name; numeric columns that match no field are kept "
                                          "as features."));
    m_reset->setVisible(m_usesSaved);

    QStringList entries{kIgnore, kFeature};
    for (const QString &field : Importer::datasetFields()) {
        const QString entry = comboEntry(field);
        if (!entries.contains(entry))
            entries << entry;
    }
    m_table->setRowCount(int(header.size()));
    bool jobIdTaken = false;
    QSet<QString> taken;
    for (int row = 0; row < header.size(); ++row) {
        const QString column = header[row].trimmed();
        const CsvPreview::ColumnType type = preview.types().value(row);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(column));
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(CsvPreview::typeName(type)));
        QString example;
        for (const QString &value : preview.columnValues(row)) {
            if (!value.trimmed().isEmpty()) {
                example = value.trimmed().left(40);
                break;
            }
        }
        m_table->setItem(row, ExampleColumn, new QTableWidgetItem(example));
        auto *targets = new QComboBox(m_table);
        for (const QString &entry : entries) {
            const QString label = entry == kIgnore ? tr("(ignore)") : entry == kFeature ? tr("keep as feature") : entry;
            targets->addItem(label, entry);
        }
        auto *units = new QComboBox(m_table);
        m_table->setCellWidget(row, TargetColumn, targets);
        m_table->setCellWidget(row, UnitColumn, units);

        QString target = saved.value(column);
        if (target.isEmpty()) {
            target = DatasetCsvColumns::automaticField(column);
            const bool numeric = type == CsvPreview::ColumnType::Integer || type == CsvPreview::ColumnType::Number;
            if (target.isEmpty() || taken.contains(comboEntry(target)) || (target == u"job_id" && jobIdTaken))
                target = numeric ? kFeature : kIgnore;
        }
        taken.insert(comboEntry(target));
        jobIdTaken = jobIdTaken || target == u"job_id";
        connect(targets, &QComboBox::currentIndexChanged, this, [this, row] {
            updateUnits(row);
            Q_EMIT completeChanged();
        });
        connect(units, &QComboBox::currentIndexChanged, this, &ImportMappingPage::completeChanged);
        setRowTarget(row, target);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ExampleColumn, QHeaderView::Stretch);
    Q_EMIT completeChanged();
}

void ImportMappingPage::updateUnits(int row)
{
    QComboBox *units = unitCombo(row);
    const QString entry = targetCombo(row)->currentData().toString();
    const auto choices = unitsOf(entry);
    units->clear();
    for (const auto &[label, field] : choices)
        units->addItem(label, field);
    units->setEnabled(!choices.isEmpty());
}

bool ImportMappingPage::rowReady(int row) const
{
    return m_table->item(row, NameColumn) && targetCombo(row) && unitCombo(row);
}

QComboBox *ImportMappingPage::targetCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, TargetColumn));
}

QComboBox *ImportMappingPage::unitCombo(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, UnitColumn));
}

QString ImportMappingPage::target(int row) const
{
    const QString entry = targetCombo(row)->currentData().toString();
    return unitsOf(entry).isEmpty() ? entry : unitCombo(row)->currentData().toString();
}

bool ImportMappingPage::setTarget(const QString &column, const QString &targetName)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        if (name && name->text() == column)
            return setRowTarget(row, targetName);
    }
    return false;
}

bool ImportMappingPage::setRowTarget(int row, const QString &targetName)
{
    const int index = targetCombo(row)->findData(comboEntry(targetName));
    if (index < 0)
        return false;
    targetCombo(row)->setCurrentIndex(index);
    updateUnits(row);
    if (!unitsOf(comboEntry(targetName)).isEmpty()) {
        const int unit = unitCombo(row)->findData(targetName);
        if (unit < 0)
            return false;
        unitCombo(row)->setCurrentIndex(unit);
    }
    Q_EMIT completeChanged();
    return true;
}

QHash<QString, QString> ImportMappingPage::columnMap() const
{
    QHash<QString, QString> map;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (rowReady(row))
            map.insert(m_table->item(row, NameColumn)->text(), target(row));
    }
    return map;
}

QString ImportMappingPage::problem() const
{
    int jobIds = 0;
    QHash<QString, QString> fieldColumn;
    QHash<QString, QString> featureColumn;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!rowReady(row))
            return tr("Reading the columns…");
        const QString column = m_table->item(row, NameColumn)->text();
        const QString t = target(row);
        if (t == kIgnore)
            continue;
        if (t == kFeature) {
            const QString name = DatasetCsvColumns::featureName(t, column);
            if (featureColumn.contains(name))
                return tr("The columns %1 and %2 would both be the feature %3.")
                    .arg(featureColumn.value(name), column, name);
            featureColumn.insert(name, column);
            continue;
        }
        jobIds += t == u"job_id" ? 1 : 0;
        const QString entry = comboEntry(t);
        if (fieldColumn.contains(entry))
            return tr("The columns %1 and %2 are both imported as %3.").arg(fieldColumn.value(entry), column, entry);
        fieldColumn.insert(entry, column);
    }
    if (jobIds == 0)
        return tr("No column is the job id: choose job_id for one.");
    return QString();
}

bool ImportMappingPage::isComplete() const
{
    const QString why = problem();
    m_status->setText(why.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(why.toHtmlEscaped()));
    return why.isEmpty() && m_table->rowCount() > 0;
}

} // namespace es
