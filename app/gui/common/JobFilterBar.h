#pragma once

#include "JobFilter.h"
#include "StoreSummary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace es {

/// The row of filter controls above the jobs table. Combo boxes change the filter at once; the text and the dates
/// after a short pause in typing.
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
    void emitChanged();
    void clear();

    QComboBox *m_cluster;
    QComboBox *m_state;
    QComboBox *m_user;
    QComboBox *m_partition;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_text;
    QTimer m_typingDelay;
    JobFilter m_lastEmitted;
};

} // namespace es
