// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobFilterBar.h"

#include "DateTimeField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace es {
namespace {

constexpr qint64 daySecs = 24 * 3600;

QComboBox *makeCombo(const QString &anyText, const QString &toolTip, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText, QString());
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(8);
    // As wide as its longest value when there is room, but no wider than about six characters when the window is
    // narrow (1024 px): an explicit minimum width overrides the content-sized minimum hint of AdjustToContents.
    combo->setMinimumWidth(combo->fontMetrics().horizontalAdvance(QStringLiteral("wwwwww")) + 24);
    return combo;
}

DateTimeField *makeDateEdit(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *edit = new DateTimeField(parent);
    edit->setObjectName(objectName);
    edit->setToolTip(toolTip);
    edit->setVisible(false);
    return edit;
}

QComboBox *makeRangeCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("rangeFilter"));
    combo->addItem(JobFilterBar::tr("Any time"));
    combo->addItem(JobFilterBar::tr("Last 7 days"));
    combo->addItem(JobFilterBar::tr("Last 30 days"));
    combo->addItem(JobFilterBar::tr("Whole range"));
    combo->addItem(JobFilterBar::tr("Custom…"));
    combo->setToolTip(JobFilterBar::tr(
        "Jobs by start time (or, if never started, submit time). \"Last 7 days\" and \"Last 30 days\" count back "
        "from the newest job in the store, not from today: imported traces are often years old."));
    return combo;
}

/// Whole minutes: the edits show no seconds, so `from` rounds down and `to` (exclusive) rounds up.
QDateTime minuteFloor(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts - ts % 60);
}

QDateTime minuteAfter(qint64 ts)
{
    return QDateTime::fromSecsSinceEpoch(ts - ts % 60 + 60);
}

QString comboValue(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void setComboValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void fillCombo(QComboBox *combo, const QStringList &values)
{
    const QString current = comboValue(combo);
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values)
        combo->addItem(value, value);
    setComboValue(combo, current);
}

} // namespace

JobFilterBar::JobFilterBar(QWidget *parent)
    : QWidget(parent), m_cluster(makeCombo(tr("All clusters"), tr("Show the jobs of one cluster"), this)),
      m_state(makeCombo(tr("All states"), tr("Show the jobs in one final state"), this)),
      m_user(makeCombo(tr("All users"), tr("Show the jobs of one user"), this)),
      m_partition(makeCombo(tr("All partitions"), tr("Show the jobs of one partition"), this)),
      m_range(makeRangeCombo(this)),
      m_from(makeDateEdit(QStringLiteral("startFromFilter"),
                          tr("Jobs started (or, if never started, submitted) at or after this local time"), this)),
      m_to(makeDateEdit(QStringLiteral("startToFilter"),
                        tr("Jobs started (or, if never started, submitted) before this local time"), this)),
      m_text(new QLineEdit(this))
{
    m_cluster->setObjectName(QStringLiteral("clusterFilter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_partition->setObjectName(QStringLiteral("partitionFilter"));
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setPlaceholderText(tr("Job ID or name"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(100);

    auto *clearButton = new QToolButton(this);
    clearButton->setText(tr("Clear"));
    clearButton->setToolTip(tr("Show all jobs"));
    showDataRangeInEdits();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cluster);
    layout->addWidget(m_state);
    layout->addWidget(m_user);
    layout->addWidget(m_partition);
    auto *rangeLabel = new QLabel(tr("Started"), this);
    rangeLabel->setBuddy(m_range);
    layout->addWidget(rangeLabel);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    m_toLabel = new QLabel(tr("to"), this);
    m_toLabel->setBuddy(m_to);
    m_toLabel->setVisible(false);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_text, 1);
    layout->addWidget(clearButton);

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(300);
    connect(&m_typingDelay, &QTimer::timeout, this, &JobFilterBar::emitChanged);
    for (QComboBox *combo : {m_cluster, m_state, m_user, m_partition})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobFilterBar::emitChanged);
    for (DateTimeField *edit : {m_from, m_to})
        connect(edit, &DateTimeField::dateTimeChanged, &m_typingDelay, qOverload<>(&QTimer::start));
    connect(m_range, &QComboBox::currentIndexChanged, this, &JobFilterBar::onRangeChosen);
    connect(m_text, &QLineEdit::textChanged, &m_typingDelay, qOverload<>(&QTimer::start));
    connect(clearButton, &QToolButton::clicked, this, &JobFilterBar::clear);
}

JobFilter JobFilterBar::filter() const
{
    JobFilter filter;
    filter.cluster = comboValue(m_cluster);
    filter.state = comboValue(m_state);
    filter.user = comboValue(m_user);
    filter.partition = comboValue(m_partition);
    switch (m_range->currentIndex()) {
    case Last7Days:
        filter.startFrom = latestTs() + 1 - 7 * daySecs;
        break;
    case Last30Days:
        filter.startFrom = latestTs() + 1 - 30 * daySecs;
        break;
    case WholeRange:
        if (m_firstTs && m_lastTs) {
            filter.startFrom = *m_firstTs;
            filter.startTo = *m_lastTs + 1;
        }
        break;
    case Custom:
        filter.startFrom = m_from->dateTime().toSecsSinceEpoch();
        filter.startTo = m_to->dateTime().toSecsSinceEpoch();
        break;
    default:
        break;
    }
    filter.text = m_text->text().trimmed();
    return filter;
}

void JobFilterBar::setFilter(const JobFilter &filter)
{
    {
        const QSignalBlocker b1(m_cluster), b2(m_state), b3(m_user), b4(m_partition), b5(m_from), b6(m_to), b7(m_text),
            b8(m_range);
        setComboValue(m_cluster, filter.cluster);
        setComboValue(m_state, filter.state);
        setComboValue(m_user, filter.user);
        setComboValue(m_partition, filter.partition);
        setRange(filter.startFrom, filter.startTo);
        m_text->setText(filter.text);
    }
    m_typingDelay.stop();
    m_lastEmitted = this->filter();
}

void JobFilterBar::applyFilter(const JobFilter &filter)
{
    const JobFilter previous = m_lastEmitted;
    setFilter(filter);
    m_lastEmitted = previous;
    emitChanged();
}

void JobFilterBar::setOptions(const StoreSummary &summary)
{
    fillCombo(m_cluster, summary.clusters);
    fillCombo(m_state, summary.states);
    fillCombo(m_user, summary.users);
    fillCombo(m_partition, summary.partitions);
    m_firstTs = summary.firstStartTs;
    m_lastTs = summary.lastStartTs;
    if (m_range->currentIndex() != Custom) {
        const QSignalBlocker b1(m_from), b2(m_to);
        showDataRangeInEdits();
    }
    if (m_range->currentIndex() != AnyTime && m_range->currentIndex() != Custom)
        emitChanged(); // a preset follows the data's new range
}

void JobFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void JobFilterBar::clear()
{
    applyFilter(JobFilter{});
}

void JobFilterBar::setRange(std::optional<qint64> from, std::optional<qint64> to)
{
    int preset = Custom;
    if (!from && !to)
        preset = AnyTime;
    else if (from && !to && *from == latestTs() + 1 - 7 * daySecs)
        preset = Last7Days;
    else if (from && !to && *from == latestTs() + 1 - 30 * daySecs)
        preset = Last30Days;
    else if (m_firstTs && m_lastTs && from == *m_firstTs && to == *m_lastTs + 1)
        preset = WholeRange;
    m_range->setCurrentIndex(preset);
    showDataRangeInEdits();
    if (from)
        m_from->setDateTime(QDateTime::fromSecsSinceEpoch(*from));
    if (to)
        m_to->setDateTime(QDateTime::fromSecsSinceEpoch(*to));
    showCustomEdits(preset == Custom);
}

void JobFilterBar::showCustomEdits(bool visible)
{
    m_from->setVisible(visible);
    m_toLabel->setVisible(visible);
    m_to->setVisible(visible);
}

void JobFilterBar::onRangeChosen()
{
    const bool custom = m_range->currentIndex() == Custom;
    showCustomEdits(custom);
    if (custom)
        m_from->setFocus(Qt::OtherFocusReason);
    emitChanged();
}

void JobFilterBar::showDataRangeInEdits()
{
    const QDateTime from = m_firstTs ? minuteFloor(*m_firstTs) : QDateTime(QDate::currentDate(), QTime(0, 0));
    const QDateTime to = m_lastTs ? minuteAfter(*m_lastTs) : from.addDays(1);
    m_from->setDateTime(from);
    m_to->setDateTime(to);
}

qint64 JobFilterBar::latestTs() const
{
    return m_lastTs ? *m_lastTs : QDateTime::currentSecsSinceEpoch();
}

void JobFilterBar::emitChanged()
{
    m_typingDelay.stop();
    const JobFilter current = filter();
    if (current == m_lastEmitted)
        return;
    m_lastEmitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace es
