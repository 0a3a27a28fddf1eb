// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "ReplayTable.h"

#include "DatasetLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace es::ml {
namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// The text of a value as a key: numbers in their shortest exact form, so that 3 and 3.000000 are one value.
QString valueText(const FeatureColumn &column, qsizetype row)
{
    if (column.kind == FeatureKind::Categorical)
        return column.categories[row];
    return QLocale::c().toString(column.numbers[size_t(row)], 'g', QLocale::FloatingPointShortest);
}

} // namespace

std::optional<ReplayTable> ReplayTable::fromCsv(const QString &path, const Columns &columns, QStringList *notes,
                                                QString *error)
{
    if (columns.energy.isEmpty() || columns.timeS.isEmpty() || columns.task.isEmpty() || columns.option.isEmpty()) {
        *error = tr("a replay needs a target column, a time column, task columns and option columns");
        return std::nullopt;
    }
    QStringList all = columns.task + columns.option + columns.feature;
    all << columns.energy << columns.timeS;
    for (const QString &name : all) {
        if (all.count(name) > 1) {
            *error = tr("the column %1 is named twice (each column has one role)").arg(name);
            return std::nullopt;
        }
    }
    DatasetLoader::CsvOptions options;
    options.targetColumn = columns.energy;
    options.features = columns.task + columns.option + columns.feature;
    options.features << columns.timeS + QStringLiteral(":num:after");
    auto data = DatasetLoader::fromCsv(path, options, notes, error);
    if (!data)
        return std::nullopt;
    return fromDataset(*data, columns, notes, error);
}

std::optional<ReplayTable> ReplayTable::fromDataset(const Dataset &data, const Columns &columns, QStringList *notes,
                                                    QString *error)
{
    for (const QString &name : columns.task + columns.option + columns.feature + QStringList{columns.timeS})
        if (data.columnIndex(name) < 0) {
            *error = tr("the data has no column %1").arg(name);
            return std::nullopt;
        }
    ReplayTable table;
    table.m_columns = columns;
    for (const FeatureColumn &c : data.columns)
        if (c.kind == FeatureKind::Numeric)
            table.m_numericColumns << c.name;
    if (!table.group(data, notes, error))
        return std::nullopt;
    table.encodeInputs(data);
    return table;
}

bool ReplayTable::group(const Dataset &data, QStringList *notes, QString *error)
{
    const FeatureColumn &time = data.columns[size_t(data.columnIndex(m_columns.timeS))];
    std::vector<const FeatureColumn *> taskColumns, optionColumns;
    for (const QString &name : m_columns.task)
        taskColumns.push_back(&data.columns[size_t(data.columnIndex(name))]);
    for (const QString &name : m_columns.option)
        optionColumns.push_back(&data.columns[size_t(data.columnIndex(name))]);
    QHash<QString, int> taskIndex, cellIndex;
    qsizetype notPositive = 0;
    for (qsizetype r = 0; r < data.rowCount(); ++r) {
        const double energy = data.target[size_t(r)];
        const double timeS = time.numbers[size_t(r)];
        if (!(energy > 0) || !(timeS > 0)) {
            ++notPositive;
            continue;
        }
        std::vector<QString> key, option;
        for (const FeatureColumn *c : taskColumns)
            key.push_back(valueText(*c, r));
        for (const FeatureColumn *c : optionColumns)
            option.push_back(valueText(*c, r));
        const QString taskKey = QStringList(key.begin(), key.end()).join(QChar(0x1f));
        auto t = taskIndex.constFind(taskKey);
        if (t == taskIndex.cend()) {
            t = taskIndex.insert(taskKey, int(m_tasks.size()));
            m_tasks.push_back(Task{key, {}, 0, 0});
        }
        const QString cellKey = taskKey + QChar(0x1e) + QStringList(option.begin(), option.end()).join(QChar(0x1f));
        auto c = cellIndex.constFind(cellKey);
        if (c == cellIndex.cend()) {
            c = cellIndex.insert(cellKey, int(m_cells.size()));
            m_cells.push_back(Cell{*t, option, 0, 0, 0});
            m_cellRows.emplace_back();
            m_tasks[size_t(*t)].cells.push_back(*c);
        }
        Cell &cell = m_cells[size_t(*c)];
        cell.energy += energy;
        cell.timeS += timeS;
        ++cell.runs;
        m_cellRows[size_t(*c)].push_back(r);
        ++m_runs;
    }
    if (notPositive > 0)
        *notes << tr("%1 runs without a positive %2 or %3 were left out")
                      .arg(notPositive)
                      .arg(m_columns.energy, m_columns.timeS);
    for (Cell &cell : m_cells) {
        cell.energy /= cell.runs;
        cell.timeS /= cell.runs;
    }
    for (Task &task : m_tasks) {
        std::vector<double> energies, times;
        for (int c : task.cells) {
            energies.push_back(m_cells[size_t(c)].energy);
            times.push_back(m_cells[size_t(c)].timeS);
        }
        task.medianEnergy = median(energies);
        task.medianTimeS = median(times);
    }
    if (m_tasks.size() < 2) {
        *error = tr("the data has %1 task(s): a replay holds tasks out, it needs at least two").arg(m_tasks.size());
        return false;
    }
    return true;
}

void ReplayTable::encodeInputs(const Dataset &data)
{
    std::vector<const FeatureColumn *> columns;
    const auto addSlot = [&](const QString &name, bool option) {
        const FeatureColumn &c = data.columns[size_t(data.columnIndex(name))];
        InputSlot slot{name, option, c.kind == FeatureKind::Numeric, {}, int(m_inputNames.size())};
        if (!slot.numeric) {
            const QSet<QString> seen(c.categories.cbegin(), c.categories.cend());
            slot.categories = QStringList(seen.cbegin(), seen.cend());
            slot.categories.sort();
            for (const QString &category : slot.categories)
                m_inputNames << name + u'=' + category;
        } else {
            m_inputNames << name;
        }
        m_slots.push_back(std::move(slot));
        columns.push_back(&c);
    };
    for (const QString &name : m_columns.task + m_columns.feature)
        addSlot(name, false);
    for (const QString &name : m_columns.option)
        addSlot(name, true);
    for (size_t a = 0; a < m_slots.size(); ++a)
        for (size_t b = 0; b < m_slots.size(); ++b)
            if (a != b && m_slots[a].option && m_slots[b].option && m_slots[a].numeric && m_slots[b].numeric) {
                m_ratios.push_back({int(a), int(b), int(m_inputNames.size())});
                m_inputNames << m_slots[a].name + u'/' + m_slots[b].name;
            }
    m_inputs = Eigen::MatrixXd::Zero(qsizetype(m_cells.size()), m_inputNames.size());
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const std::vector<qsizetype> &rows = m_cellRows[i];
        for (size_t k = 0; k < m_slots.size(); ++k) {
            const InputSlot &slot = m_slots[k];
            const FeatureColumn &c = *columns[k];
            if (slot.numeric) {
                double sum = 0;
                for (qsizetype r : rows)
                    sum += c.numbers[size_t(r)];
                m_inputs(qsizetype(i), slot.offset) = sum / double(rows.size());
                continue;
            }
            // Task and option values are the same in every run of a cell; a feature column's may differ: the
            // shares of its categories.
            for (qsizetype r : rows) {
                const auto it = std::lower_bound(slot.categories.cbegin(), slot.categories.cend(), c.categories[r]);
                m_inputs(qsizetype(i), slot.offset + int(it - slot.categories.cbegin())) += 1.0 / double(rows.size());
            }
        }
        fillRatios(m_inputs.row(qsizetype(i)));
    }
}

void ReplayTable::fillRatios(Eigen::Ref<Eigen::RowVectorXd, 0, Eigen::InnerStride<>> row) const
{
    for (const Ratio &ratio : m_ratios) {
        const double denominator = row(m_slots[size_t(ratio.denominator)].offset);
        row(ratio.offset) = denominator != 0 ? row(m_slots[size_t(ratio.numerator)].offset) / denominator : 0.0;
    }
}

std::optional<Eigen::RowVectorXd> ReplayTable::encodeCandidate(int task, const std::vector<QString> &option,
                                                               QString *error) const
{
    if (task < 0 || size_t(task) >= m_tasks.size() || option.size() != size_t(m_columns.option.size())) {
        *error = tr("a candidate needs a known task and a value for each of %1").arg(m_columns.option.join(u", "));
        return std::nullopt;
    }
    // The task's own part (task and feature columns) as its first measured cell has it.
    Eigen::RowVectorXd row = m_inputs.row(m_tasks[size_t(task)].cells.front());
    size_t optionIndex = 0;
    for (const InputSlot &slot : m_slots) {
        if (!slot.option)
            continue;
        const QString &value = option[optionIndex++];
        if (slot.numeric) {
            bool ok = false;
            const double v = QLocale::c().toDouble(value, &ok);
            if (!ok || !std::isfinite(v)) {
                *error = tr("%1 must be a number, got '%2'").arg(slot.name, value);
                return std::nullopt;
            }
            row(slot.offset) = v;
            continue;
        }
        const qsizetype at = slot.categories.indexOf(value);
        if (at < 0) {
            *error = tr("%1 = '%2' was never measured (known: %3)")
                         .arg(slot.name, value, slot.categories.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        row.segment(slot.offset, slot.categories.size()).setZero();
        row(slot.offset + int(at)) = 1.0;
    }
    fillRatios(row);
    return row;
}

int ReplayTable::taskIndex(const std::vector<QString> &key) const
{
    for (size_t t = 0; t < m_tasks.size(); ++t)
        if (m_tasks[t].key == key)
            return int(t);
    return -1;
}

bool ReplayTable::isNumeric(const QString &column) const
{
    return m_numericColumns.contains(column);
}

} // namespace es::ml
