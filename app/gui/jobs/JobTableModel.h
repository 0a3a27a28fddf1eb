// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobPageLoader.h"
#include "JobQuery.h"
#include "StoreSummary.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QSet>

namespace es {

/// The jobs table of a store, for a QTableView, at any size: rows are read in pages of JobPageLoader::kPageSize by
/// a JobPageLoader thread and kept in an LRU cache; data() answers "…" for a row not loaded yet and asks for its
/// page. Sorting and filtering start a new generation; answers of older generations are ignored.
///
/// Energy is shown in EnergyFormat's unit (its title and cells follow unitChanged()); RawValueRole and the sort stay
/// in joules.
///
/// Threading: GUI thread only. The database is never touched from this thread.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The stored value of a cell (UTC epoch s, seconds, MB, J) instead of its display text.
    static constexpr int RawValueRole = Qt::UserRole;
    static constexpr int kCachedPages = 64;

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;
    Q_DISABLE_COPY_MOVE(JobTableModel)

    /// Opens the store at `location` in the loader thread (empty: Store::defaultLocation()); answered by
    /// storeOpened(). The model is empty until then.
    void openStore(const QString &location);
    QString location() const { return m_location; }
    QString displayLocation() const { return m_displayLocation; }
    bool isStoreOpen() const { return m_storeOpen; }

    /// Reads everything again, e.g. after an import into the store.
    void refresh();

    void setFilter(const JobFilter &filter);
    JobFilter filter() const { return m_query.filter; }
    /// The filter and sort order in effect, for an export of what the view shows.
    JobQuery query() const { return m_query; }

    /// True once the row count of the current generation is known.
    bool isCountKnown() const { return m_countKnown; }
    const StoreSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// The row of the job with jobs.id `jobPk` among the rows loaded so far, or -1.
    int loadedRowOfJob(qint64 jobPk) const;
    /// Every field of a loaded row in JobQuery's page order (JobQuery::kFieldCount values: the columns, then the
    /// fields JobQuery::k*Field name); empty when its page is not loaded.
    QVariantList loadedRow(int row) const;

    static QString placeholderText();
    /// "D-HH:MM:SS" for a duration in seconds.
    static QString durationText(qint64 seconds);

Q_SIGNALS:
    void storeOpened(bool ok, const QString &displayLocation, const QString &error);
    void countChanged(qint64 count);
    void summaryChanged();
    void pageLoaded(int page);
    void errorOccurred(const QString &error);

private:
    void restart(bool clearRows);
    void resetRows(bool clearRows);
    void requestPage(int page) const;
    void onCountReady(quint64 generation, qint64 count);
    void onPageReady(quint64 generation, int page, const JobPage &rows);
    void onPageSkipped(quint64 generation, int page);
    void onSummaryReady(quint64 generation, const StoreSummary &summary);
    void onStoreOpened(const QString &location, bool ok, const QString &displayLocation, const QString &error);
    QVariant displayValue(JobColumn column, const QVariantList &row) const;
    void emitPageChanged(int page);

    JobPageLoader *m_loader;
    QString m_location;
    QString m_displayLocation;
    bool m_storeOpen = false;
    quint64 m_generation = 0;
    JobQuery m_query;
    int m_rowCount = 0;
    bool m_countKnown = false;
    StoreSummary m_summary;
    mutable QCache<int, JobPage> m_cache;
    mutable QSet<int> m_requested;
};

} // namespace es
