#pragma once

#include "Dataset.h"

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

    const std::vector<Task> &tasks() const { return m_tasks; }
    const std::vector<Cell> &cells() const { return m_cells; }
    const Columns &columns() const { return m_columns; }
    qsizetype runCount() const { return m_runs; }
    /// Whether the column (of task/option/feature columns) holds numbers; a JSON writer prints those as numbers.
    bool isNumeric(const QString &column) const;
    /// Model inputs: one row per cell of cells().
    const Eigen::MatrixXd &inputs() const { return m_inputs; }
    QStringList inputNames() const { return m_inputNames; }

private:
    bool group(const Dataset &data, QStringList *notes, QString *error);
    void encodeInputs(const Dataset &data);

    Columns m_columns;
    std::vector<Task> m_tasks;
    std::vector<Cell> m_cells;
    std::vector<std::vector<qsizetype>> m_cellRows; ///< dataset rows of each cell
    QStringList m_numericColumns;
    Eigen::MatrixXd m_inputs;
    QStringList m_inputNames;
    qsizetype m_runs = 0;
};

} // namespace es::ml
