// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include "JobFilter.h"
#include "StoreSummary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace es {

class DateTimeField;

/// The row of filter controls above the jobs table. Combo boxes change the filter at once; the text and the dates
/// after a short pause in typing. The start-time range is a preset (any time, the last 7 or 30 days of the data, the
/// data's whole range) or a custom pair of local date-times, which start at the data's range.
class JobFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit JobFilterBar(QWidget *parent = nullptr);

    JobFilter filter() const;
    /// Shows `filter` without emitting filterChanged().
    void setFilter(const JobFilter &filter);
    /// Shows `filter` and emits filterChanged() when it differs from the last one emitted, as a user's choice does.
    void applyFilter(const JobFilter &filter);
    /// Fills the combo boxes with the values of the store, keeping the current choices.
    void setOptions(const StoreSummary &summary);
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const es::JobFilter &filter);

private:
    enum RangePreset
    {
        AnyTime,
        Last7Days,
        Last30Days,
        WholeRange,
        Custom
    };

    void emitChanged();
    void clear();
    void onRangeChosen();
    /// Shows a filter's bounds as the preset they match, else as custom date-times.
    void setRange(std::optional<qint64> from, std::optional<qint64> to);
    void showCustomEdits(bool visible);
    /// Sets both date edits to the data's range (or today when the store has no dated job).
    void showDataRangeInEdits();
    qint64 latestTs() const;

    QComboBox *m_cluster;
    QComboBox *m_state;
    QComboBox *m_user;
    QComboBox *m_partition;
    QComboBox *m_range;
    DateTimeField *m_from;
    QLabel *m_toLabel = nullptr;
    DateTimeField *m_to;
    QLineEdit *m_text;
    QTimer m_typingDelay;
    JobFilter m_lastEmitted;
    std::optional<qint64> m_firstTs; ///< the data's earliest start (else submit) time, UTC epoch s
    std::optional<qint64> m_lastTs;  ///< the data's latest one
};

} // namespace es
