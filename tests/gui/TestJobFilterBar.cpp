// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "DateTimeField.h"
#include "JobFilterBar.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace es;

namespace {

// SYNTHETIC: a store whose jobs started between 1993-10-01 00:00 and 1994-03-15 12:34:56 UTC.
StoreSummary syntheticSummary()
{
    StoreSummary summary;
    summary.totalJobs = 3;
    summary.firstStartTs = QDateTime(QDate(1993, 10, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    summary.lastStartTs = QDateTime(QDate(1994, 3, 15), QTime(12, 34, 56), QTimeZone::utc()).toSecsSinceEpoch();
    return summary;
}

} // namespace

class TestJobFilterBar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedDateIsTheFilter();
    void presetsGiveTheDataRelativeRanges();
    void calendarOpensAtTheData();
    void setFilterShowsMatchingPreset();
    void dateFieldParsesTypedText();
};

void TestJobFilterBar::typedDateIsTheFilter()
{
    JobFilterBar bar;
    bar.setOptions(syntheticSummary());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *range = bar.findChild<QComboBox *>(QStringLiteral("rangeFilter"));
    auto *from = bar.findChild<DateTimeField *>(QStringLiteral("startFromFilter"));
    QVERIFY(range && from);
    QVERIFY(!from->isVisible());
    QVERIFY(!range->currentText().isEmpty());

    QSignalSpy changed(&bar, &JobFilterBar::filterChanged);
    range->setCurrentIndex(range->count() - 1); // Custom…
    QVERIFY(from->isVisible());
    QVERIFY(!from->text().contains(QStringLiteral("any")));
    from->setFocus();
    from->lineEdit()->selectAll(); // as a user selects the field's text and types over it
    QTest::keyClicks(from->lineEdit(), QStringLiteral("1997-01-01 00:00"));
    QCOMPARE(from->text(), QStringLiteral("1997-01-01 00:00"));
    // The bar's dates are local time.
    const qint64 expected = QDateTime(QDate(1997, 1, 1), QTime(0, 0)).toSecsSinceEpoch();
    QCOMPARE(bar.filter().startFrom, std::optional<qint64>(expected));
    QTRY_COMPARE(changed.last().at(0).value<JobFilter>().startFrom, std::optional<qint64>(expected));

    // A date alone is midnight; text that is no date keeps the last date and is marked, losing nothing typed.
    from->lineEdit()->selectAll();
    QTest::keyClicks(from->lineEdit(), QStringLiteral("2001-05-04"));
    const qint64 may4 = QDateTime(QDate(2001, 5, 4), QTime(0, 0)).toSecsSinceEpoch();
    QCOMPARE(bar.filter().startFrom, std::optional<qint64>(may4));
    from->lineEdit()->selectAll();
    QTest::keyClicks(from->lineEdit(), QStringLiteral("2001-13-45 99:00"));
    QTest::keyClick(from->lineEdit(), Qt::Key_Return);
    QCOMPARE(from->text(), QStringLiteral("2001-13-45 99:00"));
    QVERIFY(!from->hasAcceptableInput());
    QVERIFY(from->lineEdit()->toolTip().contains(QStringLiteral("2001-05-04 00:00")));
    QCOMPARE(bar.filter().startFrom, std::optional<qint64>(may4));
}

void TestJobFilterBar::presetsGiveTheDataRelativeRanges()
{
    const StoreSummary summary = syntheticSummary();
    JobFilterBar bar;
    bar.setOptions(summary);
    auto *range = bar.findChild<QComboBox *>(QStringLiteral("rangeFilter"));
    QVERIFY(range);
    const qint64 last = *summary.lastStartTs;

    QVERIFY(!bar.filter().startFrom);
    QVERIFY(!bar.filter().startTo);
    range->setCurrentIndex(1); // Last 7 days
    QCOMPARE(bar.filter().startFrom, std::optional<qint64>(last + 1 - 7 * 86400));
    QVERIFY(!bar.filter().startTo);
    range->setCurrentIndex(2); // Last 30 days
    QCOMPARE(bar.filter().startFrom, std::optional<qint64>(last + 1 - 30 * 86400));
    range->setCurrentIndex(3); // Whole range
    QCOMPARE(bar.filter().startFrom, summary.firstStartTs);
    QCOMPARE(bar.filter().startTo, std::optional<qint64>(last + 1));
    range->setCurrentIndex(4); // Custom…: starts at the data's range, in whole minutes
    QCOMPARE(bar.filter().startFrom, summary.firstStartTs);
    QCOMPARE(bar.filter().startTo, std::optional<qint64>(last - last % 60 + 60));
    range->setCurrentIndex(0);
    QVERIFY(!bar.filter().startFrom);
    QVERIFY(range->toolTip().contains(QStringLiteral("newest job")));
}

void TestJobFilterBar::calendarOpensAtTheData()
{
    JobFilterBar bar;
    auto *from = bar.findChild<DateTimeField *>(QStringLiteral("startFromFilter"));
    auto *to = bar.findChild<DateTimeField *>(QStringLiteral("startToFilter"));
    QVERIFY(from && to);
    const StoreSummary summary = syntheticSummary();
    bar.setOptions(summary);
    QVERIFY(!bar.filter().startFrom); // still "Any time"
    QVERIFY(from->calendarWidget() && to->calendarWidget());
    const QDate first = QDateTime::fromSecsSinceEpoch(*summary.firstStartTs).date(); // local, as the bar shows it
    const QDate last = QDateTime::fromSecsSinceEpoch(*summary.lastStartTs).date();
    QCOMPARE(from->calendarWidget()->yearShown(), first.year());
    QCOMPARE(from->calendarWidget()->monthShown(), first.month());
    QCOMPARE(to->calendarWidget()->yearShown(), last.year());
    QVERIFY(!from->text().contains(QStringLiteral("any")));
}

void TestJobFilterBar::setFilterShowsMatchingPreset()
{
    const StoreSummary summary = syntheticSummary();
    JobFilterBar bar;
    bar.setOptions(summary);
    auto *range = bar.findChild<QComboBox *>(QStringLiteral("rangeFilter"));
    JobFilter filter;
    filter.startFrom = *summary.lastStartTs + 1 - 7 * 86400;
    bar.setFilter(filter);
    QCOMPARE(range->currentIndex(), 1);
    filter.startFrom = 760000000;
    filter.startTo = 761000000;
    bar.setFilter(filter);
    QCOMPARE(range->currentIndex(), 4);
    QCOMPARE(bar.filter().startFrom, filter.startFrom);
    QCOMPARE(bar.filter().startTo, filter.startTo);
}

void TestJobFilterBar::dateFieldParsesTypedText()
{
    const QDateTime noon(QDate(1997, 1, 2), QTime(12, 30));
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997-01-02 12:30")), noon);
    QCOMPARE(DateTimeField::parse(QStringLiteral(" 1997-01-02   12:30:59 ")), noon); // seconds dropped
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997-01-02T12:30")), noon);
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997/01/02 12:30")), noon);
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997-01-02")), QDateTime(QDate(1997, 1, 2), QTime(0, 0)));
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997-01")), QDateTime(QDate(1997, 1, 1), QTime(0, 0)));
    QCOMPARE(DateTimeField::parse(QStringLiteral("1997-01-02 12:30"), true),
             QDateTime(QDate(1997, 1, 2), QTime(12, 30), QTimeZone::utc()));
    for (const char *garbage : {"", "1997", "199", "1969-12-31", "1997-02-30", "1997-01-02 25:00", "yesterday",
                                "1997-01-02 12:30 extra", "-1997-01-02", "99999-01-01", "1997-1-2-3"})
        QVERIFY2(!DateTimeField::parse(QString::fromLatin1(garbage)).isValid(), garbage);
    // Random printable text is refused or a date from 1970 on, never a crash.
    QRandomGenerator random(17);
    const QString alphabet = QStringLiteral("0123456789-/: T.xZ");
    for (int i = 0; i < 20000; ++i) {
        QString text;
        for (int n = int(random.bounded(24)); n > 0; --n)
            text += alphabet.at(int(random.bounded(alphabet.size())));
        const QDateTime value = DateTimeField::parse(text);
        QVERIFY2(!value.isValid() || value.date().year() >= 1970, qPrintable(text));
    }
}

QTEST_MAIN(TestJobFilterBar)
#include "TestJobFilterBar.moc"
