// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "ModelRegistry.h"
#include "Regressor.h"
#include "Trainer.h"

#include <QList>
#include <QString>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace es {

/// The Models tab's two tables: the validation of the last training (one row per algorithm and split) and the
/// stored models. Stateless; the tables belong to ModelsView. GUI thread only.
class ModelTables final
{
public:
    enum ResultColumn
    {
        RcAlgorithm,
        RcSplit,
        RcMae,
        RcRmse,
        RcMape,
        RcR2,
        RcBaseline,
        RcBaselineMae,
        RcBaselineR2,
        RcCount
    };

    enum ModelColumn
    {
        McId, ///< Qt::UserRole + 1 holds the model id
        McName,
        McTarget,
        McAlgorithm,
        McCreated,
        McSplit,
        McMae,
        McR2,
        McCount
    };

    /// The validation table ("modelResultsTable") and the stored models' table ("storedModelsTable"): read-only,
    /// one row selected at a time.
    static QTableWidget *newResultsTable(QWidget *parent);
    static QTableWidget *newModelsTable(QWidget *parent);
    /// One row per stored model: its first split's MAE and R².
    static void fillModels(QTableWidget *table, const QList<ml::ModelRegistry::Entry> &entries);
    /// Appends one split of one algorithm: bold with a tooltip when it is the stored best, red when it does not
    /// beat its baseline.
    static void addResultRow(QTableWidget *table, const ml::AlgorithmEvaluation &evaluation,
                             const ml::SplitEvaluation &split, bool storedBest, qint64 savedModelId);
    /// Replaces the rows with one per split of each evaluation (values times `factor`, see scaled()); returns
    /// what each row shows: evaluation index and split index.
    static QList<std::pair<int, int>> fillResults(QTableWidget *table,
                                                  const std::vector<ml::AlgorithmEvaluation> &evaluations, int best,
                                                  bool beatsBaseline, qint64 savedModelId, double factor);
    static QString algorithmLabel(ml::Algorithm a);
    /// `split` with its values and errors multiplied by `factor` (MAPE and R² keep theirs): an energy model's joules
    /// in the unit of View > Energy Unit.
    static ml::SplitEvaluation scaled(const ml::SplitEvaluation &split, double factor);
    /// How a training result is shown: for an energy target (energy_j) in the unit of View > Energy Unit
    /// (Automatic: by the largest actual value of the best model's first split), else as trained.
    struct DisplayUnit
    {
        double factor = 1.0; ///< stored value -> shown value
        QString symbol;      ///< "kWh"; empty when the target is not an energy
        QString targetTitle; ///< "energy (kWh)", else the target's column name
    };
    static DisplayUnit displayUnit(const QString &target, const std::vector<ml::AlgorithmEvaluation> &evaluations,
                                   int best);
    /// The results table's error headers, "MAE (kWh)", or bare when `unit` is empty.
    static void setErrorUnit(QTableWidget *table, const QString &unit);
    /// A number in the locale with `precision` significant digits; "—" when not finite.
    static QString number(double v, int precision = 4);

private:
    static QTableWidgetItem *numberItem(double v, int precision = 4);
};

} // namespace es
