// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobTableModel.h"

#include "EnergyFormat.h"
#include "Store.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <climits>
#include <cmath>

namespace es {
namespace {

QString timeText(const QVariant &value)
{
    return QDateTime::fromSecsSinceEpoch(value.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool isNumeric(JobColumn column)
{
    switch (column) {
    case JobColumn::Elapsed:
    case JobColumn::AllocCpus:
    case JobColumn::NodeCount:
    case JobColumn::MaxRss:
    case JobColumn::TotalCpu:
    case JobColumn::Energy:
    case JobColumn::PowerAvg:
    case JobColumn::TempAvg:
    case JobColumn::TempPeak:
    case JobColumn::CpuFreqAvg:
    case JobColumn::CpuUtil:
        return true;
    default:
        return false;
    }
}

// "measured: slurm", "estimated: model": whether the figure was measured comes first, the source after.
QString sourceText(const QString &source)
{
    if (source == u"slurm" || source == u"counter" || source == u"dataset")
        return JobTableModel::tr("measured: %1").arg(source);
    if (source == u"model")
        return JobTableModel::tr("estimated: %1").arg(source);
    return source;
}

QString figureText(const QVariant &joules, const QString &source)
{
    const QString text = JobTableModel::tr("%1 J").arg(QLocale().toString(joules.toDouble(), 'f', 0));
    return source.isEmpty() ? text : JobTableModel::tr("%1, source: %2").arg(text, sourceText(source));
}

// The Energy cell's tooltip: the figure shown in joules with its source, and the job's other figure when it has one
// that differs (a job's own accounting against the one derived from its nodes' samples).
QString energyToolTip(const QVariantList &row)
{
    const QVariant &shown = row.at(int(JobColumn::Energy));
    QString tip = figureText(shown, row.at(JobQuery::kEnergySourceField).toString());
    const QVariant &own = row.at(JobQuery::kJobEnergyField);
    const QVariant &derived = row.at(JobQuery::kMetricEnergyField);
    const bool shownIsOwn = !own.isNull() && own.toDouble() == shown.toDouble() &&
                            row.at(JobQuery::kJobEnergySourceField) == row.at(JobQuery::kEnergySourceField);
    const QVariant &other = shownIsOwn ? derived : own;
    if (!other.isNull() && other.toDouble() != shown.toDouble()) {
        const QString otherText = figureText(
            other,
            row.at(shownIsOwn ? JobQuery::kMetricEnergySourceField : JobQuery::kJobEnergySourceField).toString());
        tip += u'\n' + (shownIsOwn ? JobTableModel::tr("Derived from the nodes' samples: %1").arg(otherText)
                                   : JobTableModel::tr("The job's own accounting: %1").arg(otherText));
    }
    return tip;
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_loader(new JobPageLoader(this)), m_cache(kCachedPages)
{
    connect(m_loader, &JobPageLoader::storeOpened, this, &JobTableModel::onStoreOpened, Qt::QueuedConnection);
    connect(m_loader, &JobPageLoader::countReady, this, &JobTableModel::onCountReady, Qt::QueuedConnection);
    connect(m_loader, &JobPageLoader::pageReady, this, &JobTableModel::onPageReady, Qt::QueuedConnection);
    connect(m_loader, &JobPageLoader::pageSkipped, this, &JobTableModel::onPageSkipped, Qt::QueuedConnection);
    connect(m_loader, &JobPageLoader::summaryReady, this, &JobTableModel::onSummaryReady, Qt::QueuedConnection);
    connect(
        m_loader, &JobPageLoader::queryFailed, this,
        [this](quint64 generation, const QString &error) {
            if (generation == m_generation)
                Q_EMIT errorOccurred(error);
        },
        Qt::QueuedConnection);
    connect(&EnergyFormat::instance(), &EnergyFormat::unitChanged, this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, int(JobColumn::Energy), int(JobColumn::Energy));
        if (m_rowCount > 0)
            Q_EMIT dataChanged(index(0, int(JobColumn::Energy)), index(m_rowCount - 1, int(JobColumn::Energy)));
    });
    m_loader->start();
}

JobTableModel::~JobTableModel()
{
    m_loader->stop();
    m_loader->wait();
}

QString JobTableModel::placeholderText()
{
    return QString(QChar(0x2026));
}

QString JobTableModel::durationText(qint64 seconds)
{
    const qint64 s = std::max<qint64>(seconds, 0);
    return QStringLiteral("%1-%2:%3:%4")
        .arg(s / 86400)
        .arg(s / 3600 % 24, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

void JobTableModel::openStore(const QString &location)
{
    m_location = location.isEmpty() ? Store::defaultLocation() : location;
    m_displayLocation.clear();
    m_storeOpen = false;
    m_summary = StoreSummary{};
    resetRows(true);
    // The open is queued before the count: the loader drops requests that find no store open.
    m_loader->openStore(m_generation, m_location);
    m_loader->requestCount(m_generation, m_query);
    // The first screen before the filter lists: on a store of a million jobs those take over a second.
    requestPage(0);
    m_loader->requestSummary(m_generation);
    Q_EMIT summaryChanged();
}

void JobTableModel::refresh()
{
    restart(false);
    m_loader->requestSummary(m_generation);
}

void JobTableModel::setFilter(const JobFilter &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart(false);
}

void JobTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(JobColumn::Count))
        return;
    if (column == m_query.sortColumn && order == m_query.sortOrder)
        return;
    m_query.sortColumn = column;
    m_query.sortOrder = order;
    restart(false);
}

// The row count is kept across a generation change (rows show the placeholder until their page arrives) unless
// `clearRows`; the new count then inserts or removes the difference.
void JobTableModel::restart(bool clearRows)
{
    resetRows(clearRows);
    m_loader->requestCount(m_generation, m_query);
}

void JobTableModel::resetRows(bool clearRows)
{
    beginResetModel();
    ++m_generation;
    m_cache.clear();
    m_requested.clear();
    m_countKnown = false;
    if (clearRows)
        m_rowCount = 0;
    endResetModel();
}

void JobTableModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_loader->requestPage(m_generation, m_query, page);
}

void JobTableModel::onStoreOpened(const QString &location, bool ok, const QString &displayLocation,
                                  const QString &error)
{
    if (location != m_location)
        return;
    m_storeOpen = ok;
    m_displayLocation = displayLocation;
    Q_EMIT storeOpened(ok, displayLocation, error);
}

void JobTableModel::onCountReady(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    const int rows = int(std::min<qint64>(count, INT_MAX));
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
    m_countKnown = true;
    Q_EMIT countChanged(count);
}

void JobTableModel::onPageReady(quint64 generation, int page, const JobPage &rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    m_cache.insert(page, new JobPage(rows));
    emitPageChanged(page);
    Q_EMIT pageLoaded(page);
}

void JobTableModel::onPageSkipped(quint64 generation, int page)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    emitPageChanged(page); // repaints the rows if visible, which asks for the page again
}

void JobTableModel::onSummaryReady(quint64 generation, const StoreSummary &summary)
{
    if (generation != m_generation)
        return;
    m_summary = summary;
    Q_EMIT summaryChanged();
}

int JobTableModel::loadedRowOfJob(qint64 jobPk) const
{
    const QList<int> pages = m_cache.keys();
    for (int page : pages) {
        const JobPage *rows = m_cache.object(page);
        for (qsizetype offset = 0; offset < rows->size(); ++offset) {
            const QVariantList &row = rows->at(offset);
            if (row.size() > JobQuery::kIdField && row.at(JobQuery::kIdField).toLongLong() == jobPk)
                return page * JobPageLoader::kPageSize + int(offset);
        }
    }
    return -1;
}

QVariantList JobTableModel::loadedRow(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const JobPage *rows = m_cache.object(row / JobPageLoader::kPageSize);
    const int offset = row % JobPageLoader::kPageSize;
    if (!rows || offset >= rows->size() || rows->at(offset).size() < JobQuery::kFieldCount)
        return {};
    return rows->at(offset);
}

void JobTableModel::emitPageChanged(int page)
{
    const int first = page * JobPageLoader::kPageSize;
    if (first >= m_rowCount)
        return;
    const int last = std::min(first + JobPageLoader::kPageSize, m_rowCount) - 1;
    Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(JobColumn::Count);
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const auto column = JobColumn(index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return QVariant();

    const int page = index.row() / JobPageLoader::kPageSize;
    const JobPage *rows = m_cache.object(page);
    if (!rows) {
        if (role == Qt::DisplayRole) {
            requestPage(page);
            return placeholderText();
        }
        return QVariant();
    }
    const int offset = index.row() % JobPageLoader::kPageSize;
    if (offset >= rows->size())
        return QVariant();
    const QVariantList &row = rows->at(offset);
    const QVariant &value = row.at(index.column());
    switch (role) {
    case RawValueRole:
        return value;
    case Qt::DisplayRole:
        return displayValue(column, row);
    case Qt::ToolTipRole:
        if (value.isNull())
            return QVariant();
        switch (column) {
        case JobColumn::Submit:
        case JobColumn::Start:
        case JobColumn::End:
            return tr("%1 UTC").arg(QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc())
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case JobColumn::Energy:
            return energyToolTip(row);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant JobTableModel::displayValue(JobColumn column, const QVariantList &row) const
{
    const QVariant &value = row.at(int(column));
    if (value.isNull())
        return QString();
    switch (column) {
    case JobColumn::Submit:
    case JobColumn::Start:
    case JobColumn::End:
        return timeText(value);
    case JobColumn::Elapsed:
        return durationText(value.toLongLong());
    case JobColumn::MaxRss:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case JobColumn::TotalCpu:
        return QLocale().toString(value.toDouble(), 'f', 0);
    case JobColumn::Energy: {
        const QString source = row.at(JobQuery::kEnergySourceField).toString();
        const QString text = EnergyFormat::instance().cellText(value.toDouble());
        return source.isEmpty() ? text : tr("%1 (%2)").arg(text, sourceText(source));
    }
    case JobColumn::PowerAvg:
    case JobColumn::TempAvg:
    case JobColumn::TempPeak:
    case JobColumn::CpuUtil:
        return QLocale().toString(value.toDouble(), 'f', 1);
    case JobColumn::CpuFreqAvg:
        return QLocale().toString(value.toDouble(), 'f', 0);
    case JobColumn::AllocCpus:
    case JobColumn::NodeCount:
        return QLocale().toString(value.toLongLong());
    default:
        return value.toString();
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(JobColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    const bool tip = role == Qt::ToolTipRole;
    switch (JobColumn(section)) {
    case JobColumn::Cluster:
        return tip ? tr("Cluster the job ran on") : tr("Cluster");
    case JobColumn::JobId:
        return tip ? tr("Job id within its cluster") : tr("Job ID");
    case JobColumn::Name:
        return tip ? tr("Job name") : tr("Name");
    case JobColumn::User:
        return tip ? tr("User who submitted the job") : tr("User");
    case JobColumn::Partition:
        return tip ? tr("Partition (queue)") : tr("Partition");
    case JobColumn::State:
        return tip ? tr("Final state of the job") : tr("State");
    case JobColumn::Submit:
        return tip ? tr("Submit time, local time") : tr("Submitted");
    case JobColumn::Start:
        return tip ? tr("Start time, local time") : tr("Started");
    case JobColumn::End:
        return tip ? tr("End time, local time") : tr("Ended");
    case JobColumn::Elapsed:
        return tip ? tr("Run time, days-hours:minutes:seconds") : tr("Elapsed");
    case JobColumn::AllocCpus:
        return tip ? tr("Allocated CPUs") : tr("CPUs");
    case JobColumn::NodeCount:
        return tip ? tr("Allocated nodes") : tr("Nodes");
    case JobColumn::MaxRss:
        return tip ? tr("Largest resident set of any task, MB") : tr("Max RSS (MB)");
    case JobColumn::TotalCpu:
        return tip ? tr("User and system CPU time of all tasks, seconds") : tr("CPU time (s)");
    case JobColumn::Energy:
        return tip ? tr("Energy consumed, and whether it was measured or estimated: the job's metrics derived from its "
                        "nodes, unless those are a model estimate and the job has its own measured figure")
                   : EnergyFormat::instance().title(tr("Energy"));
    case JobColumn::JobType:
        return tip ? tr("Job type") : tr("Type");
    case JobColumn::PowerAvg:
        return tip ? tr("Average power of the job, W") : tr("Power avg (W)");
    case JobColumn::TempAvg:
        return tip ? tr("Average temperature of the job's nodes while it ran, °C") : tr("Temp avg (°C)");
    case JobColumn::TempPeak:
        return tip ? tr("Highest temperature of the job's nodes while it ran, °C") : tr("Temp peak (°C)");
    case JobColumn::CpuFreqAvg:
        return tip ? tr("Average CPU frequency of the job's nodes, MHz") : tr("Freq avg (MHz)");
    case JobColumn::CpuUtil:
        return tip ? tr("Average CPU utilisation of the job's nodes, %") : tr("CPU util (%)");
    case JobColumn::Count:
        break;
    }
    return QVariant();
}

} // namespace es
