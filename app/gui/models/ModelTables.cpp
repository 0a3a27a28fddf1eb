#include "ModelTables.h"

#include "ModelsView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>

#include <cmath>

namespace es {
namespace {

QTableWidget *newTable(int columns, const QStringList &headers, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

QString ModelTables::number(double v, int precision)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    return QLocale().toString(v, 'g', precision);
}

QTableWidgetItem *ModelTables::numberItem(double v, int precision)
{
    auto *item = new QTableWidgetItem(number(v, precision));
    item->setData(Qt::UserRole, v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString ModelTables::algorithmLabel(ml::Algorithm a)
{
    switch (a) {
    case ml::Algorithm::Ridge:
        return ModelsView::tr("Ridge");
    case ml::Algorithm::RandomForest:
        return ModelsView::tr("Random forest");
    case ml::Algorithm::KernelRidge:
        return ModelsView::tr("Kernel ridge (RBF)");
    case ml::Algorithm::Svr:
        return ModelsView::tr("SVR (RBF)");
    }
    return {};
}

QTableWidget *ModelTables::newResultsTable(QWidget *parent)
{
    return newTable(RcCount,
                    {ModelsView::tr("Algorithm"), ModelsView::tr("Split"), ModelsView::tr("MAE"),
                     ModelsView::tr("RMSE"), ModelsView::tr("MAPE %"), ModelsView::tr("R²"), ModelsView::tr("Baseline"),
                     ModelsView::tr("Baseline MAE"), ModelsView::tr("Baseline R²")},
                    QStringLiteral("modelResultsTable"), parent);
}

QTableWidget *ModelTables::newModelsTable(QWidget *parent)
{
    return newTable(McCount,
                    {ModelsView::tr("Id"), ModelsView::tr("Name"), ModelsView::tr("Target"),
                     ModelsView::tr("Algorithm"), ModelsView::tr("Created (UTC)"), ModelsView::tr("Split"),
                     ModelsView::tr("MAE"), ModelsView::tr("R²")},
                    QStringLiteral("storedModelsTable"), parent);
}

void ModelTables::fillModels(QTableWidget *table, const QList<ml::ModelRegistry::Entry> &entries)
{
    table->setSortingEnabled(false);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < int(entries.size()); ++row) {
        const auto &e = entries[row];
        const QJsonObject split = e.metrics.value(QStringLiteral("splits")).toArray().at(0).toObject();
        const QJsonObject m = split.value(QStringLiteral("model")).toObject();
        auto *id = numberItem(double(e.id), 10);
        id->setData(Qt::UserRole + 1, e.id);
        table->setItem(row, McId, id);
        table->setItem(row, McName, new QTableWidgetItem(e.name));
        table->setItem(row, McTarget, new QTableWidgetItem(e.target));
        table->setItem(row, McAlgorithm, new QTableWidgetItem(e.algorithm));
        table->setItem(row, McCreated,
                       new QTableWidgetItem(QDateTime::fromSecsSinceEpoch(e.createdTs, QTimeZone::utc())
                                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        auto *splitItem = new QTableWidgetItem(split.value(QStringLiteral("split")).toString());
        splitItem->setToolTip(e.dataDescription);
        table->setItem(row, McSplit, splitItem);
        table->setItem(row, McMae, numberItem(m.value(QStringLiteral("mae")).toDouble(qQNaN())));
        table->setItem(row, McR2, numberItem(m.value(QStringLiteral("r2")).toDouble(qQNaN()), 3));
    }
    table->resizeColumnsToContents();
}

void ModelTables::addResultRow(QTableWidget *table, const ml::AlgorithmEvaluation &evaluation,
                               const ml::SplitEvaluation &split, bool storedBest, qint64 savedModelId)
{
    const int row = table->rowCount();
    table->insertRow(row);
    auto *name = new QTableWidgetItem(algorithmLabel(evaluation.algorithm));
    if (storedBest) {
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setToolTip(ModelsView::tr("Best: highest R² on the first split; stored as model %1").arg(savedModelId));
    }
    if (!(split.model.r2 > split.baseline.r2)) {
        name->setForeground(QColor(0xb0, 0x1c, 0x1c));
        name->setText(ModelsView::tr("%1 (worse than baseline)").arg(algorithmLabel(evaluation.algorithm)));
    }
    table->setItem(row, RcAlgorithm, name);
    table->setItem(row, RcSplit, new QTableWidgetItem(split.split));
    table->setItem(row, RcMae, numberItem(split.model.mae));
    table->setItem(row, RcRmse, numberItem(split.model.rmse));
    table->setItem(row, RcMape, numberItem(split.model.mapePct, 3));
    table->setItem(row, RcR2, numberItem(split.model.r2, 3));
    table->setItem(row, RcBaseline, new QTableWidgetItem(split.baselineName));
    table->setItem(row, RcBaselineMae, numberItem(split.baseline.mae));
    table->setItem(row, RcBaselineR2, numberItem(split.baseline.r2, 3));
}

} // namespace es
