// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#pragma once

#include <QDateTime>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QMenu;
class QToolButton;

namespace es {

/// A local date-time typed as text ("1997-01-01", "1997-01-01 08:30") or picked from a calendar. Unlike
/// QDateTimeEdit, whose section editing drops a year typed over a selected or cleared field, the whole text is
/// parsed as the user types; text that is not a date yet leaves the value as it was, and is marked (red, with a
/// tooltip naming the formats) when editing ends, so that nothing typed is silently replaced.
///
/// Values are local time (or UTC after setUtc()), minute precision, not before 1970-01-01.
class DateTimeField final : public QWidget
{
    Q_OBJECT
public:
    explicit DateTimeField(QWidget *parent = nullptr);

    /// The last valid date-time typed, picked or set.
    QDateTime dateTime() const { return m_value; }
    /// Shows `value` (and opens the calendar at it); emits dateTimeChanged() when it differs.
    void setDateTime(const QDateTime &value);
    QString text() const;
    /// Text is read and shown as UTC instead of local time.
    void setUtc(bool utc);
    /// False while the text typed is not a date.
    bool hasAcceptableInput() const { return m_acceptable; }
    QLineEdit *lineEdit() const { return m_edit; }
    QCalendarWidget *calendarWidget() const { return m_calendar; }
    /// The formats a typed date may take, most precise first.
    static QStringList acceptedFormats();
    /// `text` as a local date-time, or an invalid QDateTime when it is no date in an accepted format.
    static QDateTime parse(const QString &text, bool utc = false);

Q_SIGNALS:
    void dateTimeChanged(const QDateTime &value);

private:
    void onTextEdited(const QString &text);
    void onEditingFinished();
    void onDatePicked(QDate date);
    void showAcceptable(bool acceptable);
    void takeValue(const QDateTime &value);

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QMenu *m_calendarMenu;
    QCalendarWidget *m_calendar;
    QDateTime m_value;
    bool m_acceptable = true;
    bool m_utc = false;
};

} // namespace es
