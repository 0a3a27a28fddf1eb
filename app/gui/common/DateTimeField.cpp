// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DateTimeField.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QTimeZone>
#include <QToolButton>
#include <QWidgetAction>

namespace es {
namespace {

const QString displayFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QDateTime minimumDateTime()
{
    return QDateTime(QDate(1970, 1, 1), QTime(0, 0));
}

/// The same wall-clock date and time, in UTC or local time.
QDateTime inZone(QDate date, QTime time, bool utc)
{
    return utc ? QDateTime(date, time, QTimeZone::utc()) : QDateTime(date, time);
}

} // namespace

DateTimeField::DateTimeField(QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_calendarButton(new QToolButton(this)),
      m_calendarMenu(new QMenu(this)), m_calendar(new QCalendarWidget(m_calendarMenu))
{
    m_edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD HH:MM"));
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88 88:88")) + 16);
    m_edit->setMaximumWidth(m_edit->minimumWidth() + 24);
    m_calendarButton->setText(QStringLiteral("▾"));
    m_calendarButton->setToolTip(tr("Pick a day from a calendar"));
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    m_calendar->setMinimumDate(minimumDateTime().date());
    auto *calendarAction = new QWidgetAction(m_calendarMenu);
    calendarAction->setDefaultWidget(m_calendar);
    m_calendarMenu->addAction(calendarAction);
    m_calendarButton->setMenu(m_calendarMenu);
    setFocusProxy(m_edit);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_edit);
    layout->addWidget(m_calendarButton);

    connect(m_edit, &QLineEdit::textEdited, this, &DateTimeField::onTextEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateTimeField::onEditingFinished);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateTimeField::onDatePicked);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateTimeField::onDatePicked);
    setDateTime(minimumDateTime());
}

QStringList DateTimeField::acceptedFormats()
{
    return {QStringLiteral("yyyy-MM-dd HH:mm:ss"),
            displayFormat,
            QStringLiteral("yyyy-MM-ddTHH:mm:ss"),
            QStringLiteral("yyyy-MM-ddTHH:mm"),
            QStringLiteral("yyyy-MM-dd HH"),
            QStringLiteral("yyyy-MM-dd"),
            QStringLiteral("yyyy/MM/dd HH:mm"),
            QStringLiteral("yyyy/MM/dd"),
            QStringLiteral("yyyy-MM")};
}

QDateTime DateTimeField::parse(const QString &text, bool utc)
{
    const QString typed = text.simplified();
    if (typed.size() < 7) // not even "yyyy-MM": a year being typed is not yet a date
        return {};
    for (const QString &format : acceptedFormats()) {
        const QDateTime wallClock = QDateTime::fromString(typed, format);
        if (!wallClock.isValid())
            continue;
        if (wallClock < minimumDateTime())
            return {};
        const QTime time = wallClock.time();
        return inZone(wallClock.date(), QTime(time.hour(), time.minute()), utc);
    }
    return {};
}

void DateTimeField::setUtc(bool utc)
{
    m_utc = utc;
    setDateTime(m_value);
}

void DateTimeField::setDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return;
    QDateTime shown = m_utc ? value.toUTC() : value.toLocalTime();
    if (shown.date().year() < 1970)
        shown = inZone(QDate(1970, 1, 1), QTime(0, 0), m_utc);
    m_edit->setText(shown.toString(displayFormat));
    showAcceptable(true);
    takeValue(shown);
}

QString DateTimeField::text() const
{
    return m_edit->text();
}

void DateTimeField::onTextEdited(const QString &text)
{
    const QDateTime value = parse(text, m_utc);
    if (!value.isValid())
        return; // still typing: the mark waits for the end of editing
    showAcceptable(true);
    takeValue(value);
}

void DateTimeField::onEditingFinished()
{
    const QDateTime value = parse(m_edit->text(), m_utc);
    showAcceptable(value.isValid());
    if (value.isValid())
        takeValue(value);
}

void DateTimeField::onDatePicked(QDate date)
{
    m_calendarMenu->close();
    const QDateTime shown = m_utc ? m_value.toUTC() : m_value.toLocalTime();
    setDateTime(inZone(date, m_value.isValid() ? shown.time() : QTime(0, 0), m_utc));
}

void DateTimeField::showAcceptable(bool acceptable)
{
    m_acceptable = acceptable;
    m_edit->setStyleSheet(acceptable ? QString() : QStringLiteral("QLineEdit { color: #c0392b; }"));
    const QDateTime kept = m_utc ? m_value.toUTC() : m_value.toLocalTime();
    m_edit->setToolTip(acceptable ? QString() // the field's own tooltip shows
                                  : tr("Not a date: type it as YYYY-MM-DD or YYYY-MM-DD HH:MM (%1, from 1970). "
                                       "Until then the value stays %2.")
                                        .arg(m_utc ? tr("UTC") : tr("local time"), kept.toString(displayFormat)));
}

void DateTimeField::takeValue(const QDateTime &value)
{
    const QDate shown = (m_utc ? value.toUTC() : value.toLocalTime()).date();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    if (value == m_value)
        return;
    m_value = value;
    Q_EMIT dateTimeChanged(m_value);
}

} // namespace es
