// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "Dataset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <Eigen/Dense>
#include <optional>
#include <vector>

namespace es::ml {

/// The runs of a replay dataset grouped into tasks (same values of the task columns) and, inside each task, option
/// cells (same values of the option columns), with each cell's measured means and the model inputs of every cell.
///
/// Inputs of a cell: every task, feature and option column (numbers as they are, categories one-hot over the
/// values of the whole file), plus the ratio of every ordered pair of numeric option columns (tasks per node, say):
/// a tree model cannot form ratios itself.
class ReplayTable final
{
    Q_DECLARE_TR_FUNCTIONS(es::ml::ReplayTable)
public:
    struct Columns
    {
        QString energy;
        QString timeS;
        QStringList task;
        QStringList option;
        QStringList feature;
    };

    struct Cell
    {
        int task = 0;                ///< index into tasks()
        std::vector<QString> option; ///< option columns' values, as text
        double energy = 0;           ///< mean of the cell's runs
        double timeS = 0;
        int runs = 0;
    };

    struct Task
    {
        std::vector<QString> key; ///< task columns' values, as text
        std::vector<int> cells;   ///< indices into cells()
        double medianEnergy = 0;  ///< median over the task's cells of their mean energy
        double medianTimeS = 0;
    };

    /// Reads the CSV (DatasetLoader::fromCsv: file:line errors) and groups it. Fails on a missing column, energies
    /// or times that are not positive, a column named twice, or fewer than two tasks.
    static std::optional<ReplayTable> fromCsv(const QString &path, const Columns &columns, QStringList *notes,
                                              QString *error);
    /// The same from a dataset whose target is the energy and whose columns include every named column (the time
    /// column as a numeric one).
    static std::optional<ReplayTable> fromDataset(const Dataset &data, const Columns &columns, QStringList *notes,
                                                  QString *error);

    const std::vector<Task> &tasks() const { return m_tasks; }
    const std::vector<Cell> &cells() const { return m_cells; }
    const Columns &columns() const { return m_columns; }
    qsizetype runCount() const { return m_runs; }
    /// Whether the column (of task/option/feature columns) holds numbers; a JSON writer prints those as numbers.
    bool isNumeric(const QString &column) const;
    /// Model inputs: one row per cell of cells().
    const Eigen::MatrixXd &inputs() const { return m_inputs; }
    QStringList inputNames() const { return m_inputNames; }
    /// The inputs of a cell of `task` that may never have run: the task's part as measured, the option columns'
    /// values given as text (in the order of Columns::option). Fails on a non-number for a numeric option or a
    /// category no run had.
    std::optional<Eigen::RowVectorXd> encodeCandidate(int task, const std::vector<QString> &option,
                                                      QString *error) const;
    /// The task with these task-column values, -1 when none.
    int taskIndex(const std::vector<QString> &key) const;

private:
    /// Where one column lands in a row of inputs.
    struct InputSlot
    {
        QString name;
        bool option = false;
        bool numeric = true;
        QStringList categories; ///< sorted; one-hot columns from offset
        int offset = 0;
    };
    struct Ratio
    {
        int numerator; ///< index into m_slots
        int denominator;
        int offset;
    };

    bool group(const Dataset &data, QStringList *notes, QString *error);
    void encodeInputs(const Dataset &data);
    void fillRatios(Eigen::Ref<Eigen::RowVectorXd, 0, Eigen::InnerStride<>> row) const;

    Columns m_columns;
    std::vector<Task> m_tasks;
    std::vector<Cell> m_cells;
    std::vector<std::vector<qsizetype>> m_cellRows; ///< dataset rows of each cell
    QStringList m_numericColumns;
    std::vector<InputSlot> m_slots;
    std::vector<Ratio> m_ratios;
    Eigen::MatrixXd m_inputs;
    QStringList m_inputNames;
    qsizetype m_runs = 0;
};

} // namespace es::ml
