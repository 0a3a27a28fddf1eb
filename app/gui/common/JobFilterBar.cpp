#include "JobFilterBar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

namespace es {
namespace {

// A date edit at its minimum shows its special value text and means "no bound".
QDateTime noBound()
{
    return QDateTime(QDate(1970, 1, 1), QTime(0, 0));
}

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

QDateTimeEdit *makeDateEdit(const QString &toolTip, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setMinimumDateTime(noBound());
    edit->setSpecialValueText(JobFilterBar::tr("any"));
    edit->setDateTime(noBound());
    edit->setToolTip(toolTip);
    return edit;
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

std::optional<qint64> dateValue(const QDateTimeEdit *edit)
{
    if (edit->dateTime() <= noBound())
        return std::nullopt;
    return edit->dateTime().toSecsSinceEpoch();
}

void setDateValue(QDateTimeEdit *edit, std::optional<qint64> value)
{
    edit->setDateTime(value ? QDateTime::fromSecsSinceEpoch(*value) : noBound());
}

} // namespace

JobFilterBar::JobFilterBar(QWidget *parent)
    : QWidget(parent), m_cluster(makeCombo(tr("All clusters"), tr("Show the jobs of one cluster"), this)),
      m_state(makeCombo(tr("All states"), tr("Show the jobs in one final state"), this)),
      m_user(makeCombo(tr("All users"), tr("Show the jobs of one user"), this)),
      m_partition(makeCombo(tr("All partitions"), tr("Show the jobs of one partition"), this)),
      m_from(makeDateEdit(tr("Jobs started (or, if never started, submitted) at or after this local time"), this)),
      m_to(makeDateEdit(tr("Jobs started (or, if never started, submitted) before this local time"), this)),
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

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cluster);
    layout->addWidget(m_state);
    layout->addWidget(m_user);
    layout->addWidget(m_partition);
    auto *fromLabel = new QLabel(tr("Started from"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_text, 1);
    layout->addWidget(clearButton);

    m_typingDelay.setSingleShot(true);
    m_typingDelay.setInterval(300);
    connect(&m_typingDelay, &QTimer::timeout, this, &JobFilterBar::emitChanged);
    for (QComboBox *combo : {m_cluster, m_state, m_user, m_partition})
        connect(combo, &QComboBox::currentIndexChanged, this, &JobFilterBar::emitChanged);
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, &m_typingDelay, qOverload<>(&QTimer::start));
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
    filter.startFrom = dateValue(m_from);
    filter.startTo = dateValue(m_to);
    filter.text = m_text->text().trimmed();
    return filter;
}

void JobFilterBar::setFilter(const JobFilter &filter)
{
    {
        const QSignalBlocker b1(m_cluster), b2(m_state), b3(m_user), b4(m_partition), b5(m_from), b6(m_to), b7(m_text);
        setComboValue(m_cluster, filter.cluster);
        setComboValue(m_state, filter.state);
        setComboValue(m_user, filter.user);
        setComboValue(m_partition, filter.partition);
        setDateValue(m_from, filter.startFrom);
        setDateValue(m_to, filter.startTo);
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
