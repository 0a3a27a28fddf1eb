// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ModelTables.h"

#include "EnergyFormat.h"
#include "ModelsView.h"

#include <QDateTime>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>

#include <algorithm>
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

ml::SplitEvaluation ModelTables::scaled(const ml::SplitEvaluation &split, double factor)
{
    ml::SplitEvaluation s = split;
    for (double &v : s.actual)
        v *= factor;
    for (double &v : s.predicted)
        v *= factor;
    for (auto &entry : s.importance)
        entry.second *= factor;
    for (ml::RegressionMetrics *m : {&s.model, &s.baseline}) {
        m->mae *= factor;
        m->rmse *= factor;
    }
    return s;
}

QList<std::pair<int, int>> ModelTables::fillResults(QTableWidget *table,
                                                    const std::vector<ml::AlgorithmEvaluation> &evaluations, int best,
                                                    bool beatsBaseline, qint64 savedModelId, double factor)
{
    QList<std::pair<int, int>> rows;
    table->setRowCount(0);
    for (int e = 0; e < int(evaluations.size()); ++e) {
        const ml::AlgorithmEvaluation &evaluation = evaluations[size_t(e)];
        for (int s = 0; s < int(evaluation.splits.size()); ++s) {
            addResultRow(table, evaluation, scaled(evaluation.splits[size_t(s)], factor), e == best && beatsBaseline,
                         savedModelId);
            rows.append({e, s});
        }
    }
    table->resizeColumnsToContents();
    return rows;
}

ModelTables::DisplayUnit ModelTables::displayUnit(const QString &target,
                                                  const std::vector<ml::AlgorithmEvaluation> &evaluations, int best)
{
    if (target != u"energy_j" || best < 0 || size_t(best) >= evaluations.size() ||
        evaluations[size_t(best)].splits.empty())
        return {1.0, {}, target};
    double largestJ = 0;
    for (double v : evaluations[size_t(best)].splits.front().actual)
        largestJ = std::isfinite(v) ? std::max(largestJ, std::abs(v)) : largestJ;
    const EnergyUnit unit = EnergyFormat::instance().resolved(largestJ);
    return {EnergyFormat::convert(1.0, unit), EnergyFormat::symbol(unit),
            EnergyFormat::instance().title(ModelsView::tr("energy"), largestJ)};
}

void ModelTables::setErrorUnit(QTableWidget *table, const QString &unit)
{
    const auto header = [&unit](const QString &name) {
        return unit.isEmpty() ? name : ModelsView::tr("%1 (%2)").arg(name, unit);
    };
    table->setHorizontalHeaderItem(RcMae, new QTableWidgetItem(header(ModelsView::tr("MAE"))));
    table->setHorizontalHeaderItem(RcRmse, new QTableWidgetItem(header(ModelsView::tr("RMSE"))));
    table->setHorizontalHeaderItem(RcBaselineMae, new QTableWidgetItem(header(ModelsView::tr("Baseline MAE"))));
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
        const double mae = m.value(QStringLiteral("mae")).toDouble(qQNaN());
        QTableWidgetItem *maeItem = numberItem(mae);
        if (e.target == u"energy_j" && std::isfinite(mae))
            maeItem->setText(EnergyFormat::instance().text(mae)); // its unit in the cell: targets differ by row
        table->setItem(row, McMae, maeItem);
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
