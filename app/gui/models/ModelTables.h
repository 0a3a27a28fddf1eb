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
    static QString algorithmLabel(ml::Algorithm a);
    /// A number in the locale with `precision` significant digits; "—" when not finite.
    static QString number(double v, int precision = 4);

private:
    static QTableWidgetItem *numberItem(double v, int precision = 4);
};

} // namespace es
