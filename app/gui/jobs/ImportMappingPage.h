// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QHash>
#include <QStringList>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace es {

class ImportWizard;

/// The import wizard's column mapping for a CSV dataset: one row per column with its detected type, an example
/// value, what it is imported as (a field of Importer::datasetFields(), "keep as feature" or "ignore") and, for an
/// energy or a duration, its unit (J, kJ, Wh, kWh; s, min, h: stored in J and s). Preselected from the mapping saved
/// for the same header (GuiSettings), else from the importer's automatic matching, with numeric columns that match
/// nothing kept as features. Complete when exactly one column is the job id and no field is given twice.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    /// Next goes on only from a complete page (QWizard::next() alone does not ask).
    bool validatePage() override { return isComplete(); }

    /// Every column -> its target: a field name (energy_kwh, duration_min...), "feature" or "ignore".
    QHash<QString, QString> columnMap() const;
    /// Sets a column's target as columnMap() gives it; false for an unknown column or target.
    bool setTarget(const QString &column, const QString &target);
    /// True when the rows were preselected from a saved mapping.
    bool usesSavedMapping() const { return m_usesSaved; }
    /// Why the mapping cannot be imported (no job id, a field twice), or empty.
    QString problem() const;
    QTableWidget *table() const { return m_table; }

private:
    enum Column
    {
        NameColumn,
        TypeColumn,
        ExampleColumn,
        TargetColumn,
        UnitColumn,
        ColumnCount
    };
    void build(const QHash<QString, QString> &saved);
    void resetToAutomatic();
    bool setRowTarget(int row, const QString &target);
    bool rowReady(int row) const; ///< false while build() fills the table
    void updateUnits(int row);
    QComboBox *targetCombo(int row) const;
    QComboBox *unitCombo(int row) const;
    QString target(int row) const;

    ImportWizard *m_wizard;
    QTableWidget *m_table;
    QLabel *m_savedNote;
    QPushButton *m_reset;
    QLabel *m_status;
    QString m_builtFor; ///< header signature of the rows shown
    bool m_usesSaved = false;
};

} // namespace es
