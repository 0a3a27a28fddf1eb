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

QString tr(const char *text)
{
    return QCoreApplication::translate("es::ml::ReplayTable", text);
}

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
    ReplayTable table;
    table.m_columns = columns;
    for (const FeatureColumn &c : data->columns)
        if (c.kind == FeatureKind::Numeric)
            table.m_numericColumns << c.name;
    if (!table.group(*data, notes, error))
        return std::nullopt;
    table.encodeInputs(*data);
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
    struct Source
    {
        const FeatureColumn *column;
        QStringList categories; ///< sorted, for a categorical column
    };
    std::vector<Source> sources;
    for (const QString &name : m_columns.task + m_columns.feature + m_columns.option) {
        const FeatureColumn &c = data.columns[size_t(data.columnIndex(name))];
        Source s{&c, {}};
        if (c.kind == FeatureKind::Categorical) {
            const QSet<QString> seen(c.categories.cbegin(), c.categories.cend());
            s.categories = QStringList(seen.cbegin(), seen.cend());
            s.categories.sort();
            for (const QString &category : s.categories)
                m_inputNames << name + u'=' + category;
        } else {
            m_inputNames << name;
        }
        sources.push_back(std::move(s));
    }
    std::vector<std::pair<const FeatureColumn *, const FeatureColumn *>> ratios;
    for (const QString &a : m_columns.option)
        for (const QString &b : m_columns.option) {
            const FeatureColumn &ca = data.columns[size_t(data.columnIndex(a))];
            const FeatureColumn &cb = data.columns[size_t(data.columnIndex(b))];
            if (a != b && ca.kind == FeatureKind::Numeric && cb.kind == FeatureKind::Numeric) {
                ratios.emplace_back(&ca, &cb);
                m_inputNames << a + u'/' + b;
            }
        }
    m_inputs = Eigen::MatrixXd::Zero(qsizetype(m_cells.size()), m_inputNames.size());
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const std::vector<qsizetype> &rows = m_cellRows[i];
        const auto mean = [&](const FeatureColumn &c) {
            double sum = 0;
            for (qsizetype r : rows)
                sum += c.numbers[size_t(r)];
            return sum / double(rows.size());
        };
        int at = 0;
        for (const Source &s : sources) {
            if (s.column->kind == FeatureKind::Numeric) {
                m_inputs(qsizetype(i), at++) = mean(*s.column);
                continue;
            }
            // Task and option values are the same in every run of a cell; a feature column's may differ: the
            // shares of its categories.
            for (qsizetype r : rows) {
                const auto it = std::lower_bound(s.categories.cbegin(), s.categories.cend(), s.column->categories[r]);
                m_inputs(qsizetype(i), at + int(it - s.categories.cbegin())) += 1.0 / double(rows.size());
            }
            at += int(s.categories.size());
        }
        for (const auto &[a, b] : ratios) {
            const double denominator = mean(*b);
            m_inputs(qsizetype(i), at++) = denominator != 0 ? mean(*a) / denominator : 0.0;
        }
    }
}

bool ReplayTable::isNumeric(const QString &column) const
{
    return m_numericColumns.contains(column);
}

} // namespace es::ml
