// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Hostlist.h"

#include <QRandomGenerator>
#include <QTest>

using namespace es;

class TestHostlist : public QObject
{
    Q_OBJECT
private slots:
    void expands_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        auto row = [](const char *name, const char *text, QStringList names) {
            QTest::newRow(name) << QString::fromUtf8(text) << names;
        };
        row("empty", "", {});
        row("blank", "  ", {});
        row("single", "node1", {QStringLiteral("node1")});
        row("range and single", "node[1-3,7]",
            {QStringLiteral("node1"), QStringLiteral("node2"), QStringLiteral("node3"), QStringLiteral("node7")});
        row("padding and suffix", "c[01-04]-ib",
            {QStringLiteral("c01-ib"), QStringLiteral("c02-ib"), QStringLiteral("c03-ib"), QStringLiteral("c04-ib")});
        row("list of names", "a1,b[2-3]", {QStringLiteral("a1"), QStringLiteral("b2"), QStringLiteral("b3")});
        row("padding across a decade", "n[08-11]",
            {QStringLiteral("n08"), QStringLiteral("n09"), QStringLiteral("n10"), QStringLiteral("n11")});
        row("no padding", "n[9-10]", {QStringLiteral("n9"), QStringLiteral("n10")});
        row("padding per item", "n[1,007-008]", {QStringLiteral("n1"), QStringLiteral("n007"), QStringLiteral("n008")});
        row("padding wider than the number", "n[0098-0101]",
            {QStringLiteral("n0098"), QStringLiteral("n0099"), QStringLiteral("n0100"), QStringLiteral("n0101")});
        row("two groups", "r[1-2]n[1-2]",
            {QStringLiteral("r1n1"), QStringLiteral("r1n2"), QStringLiteral("r2n1"), QStringLiteral("r2n2")});
        row("bracket only", "[1-2]", {QStringLiteral("1"), QStringLiteral("2")});
        row("mixed", "gpu[1,3],cpu[0-1]x,login",
            {QStringLiteral("gpu1"), QStringLiteral("gpu3"), QStringLiteral("cpu0x"), QStringLiteral("cpu1x"),
             QStringLiteral("login")});
        row("whitespace separates", " a1  b2 ", {QStringLiteral("a1"), QStringLiteral("b2")});
        row("duplicates kept", "a,a", {QStringLiteral("a"), QStringLiteral("a")});
        row("unicode literal", "nœud[1-2]", {QStringLiteral("nœud1"), QStringLiteral("nœud2")});
    }
    void expands()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QString error;
        const auto result = Hostlist::expand(text, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(*result, names);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorStart");
        auto row = [](const char *text, const char *error) {
            QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(error);
        };
        row("node[1-3", "position 5: unterminated '['");
        row("node[", "position 5: unterminated '['");
        row("node1-3]", "position 8: ']' without '['");
        row("node[3-1]", "position 8: range 3-1 goes backwards");
        row("node[a]", "position 6: expected a number, found 'a'");
        row("node[1-]", "position 8: expected a number, found ']'");
        row("node[]", "position 6: expected a number, found ']'");
        row("node[1,]", "position 8: expected a number, found ']'");
        row("node[1-2-3]", "position 9: unexpected '-' inside brackets");
        row("node[[1]]", "position 6: expected a number, found '['");
        row("node[1 2]", "position 7: unexpected ' ' inside brackets");
        row("a,,b", "position 3: empty host name");
        row(",a", "position 1: empty host name");
        row("a,", "position 2: empty host name after ','");
        row("n[1234567890123456789]", "position 3: number too long");
        row("n[٣]", "position 3: expected a number");
    }
    void refusesMalformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorStart);
        QString error;
        QVERIFY(!Hostlist::expand(text, &error));
        QVERIFY2(error.startsWith(errorStart), qPrintable(error));
    }

    void capsTheExpansion()
    {
        QString error;
        const auto atCap = Hostlist::expand(u"n[1-100000]", &error);
        QVERIFY2(atCap, qPrintable(error));
        QCOMPARE(atCap->size(), 100000);
        QCOMPARE(atCap->last(), QStringLiteral("n100000"));
        QVERIFY(!Hostlist::expand(u"n[1-100001]", &error));
        QVERIFY2(error.contains(QStringLiteral("more than 100000")), qPrintable(error));
        // Refused before anything is built: a product of groups, a sum of lists, ranges near qint64's limit.
        QVERIFY(!Hostlist::expand(u"a[1-1000]b[1-1000]c[1-1000]d[1-1000]", &error));
        QVERIFY(!Hostlist::expand(u"a[1-60000],b[1-60000]", &error));
        QVERIFY(!Hostlist::expand(u"x[0-999999999999999999,0-999999999999999999,0-999999999999999999]", &error));
        QVERIFY(!Hostlist::expand(u"n[1-3]", &error, 2));
        QVERIFY(Hostlist::expand(u"n[1-2]", &error, 2));
    }

    // Random bytes: never crashes, and either expands within the cap or says why.
    void survivesGarbage()
    {
        QRandomGenerator random(1234);
        const QString alphabet = QStringLiteral("ab09[]-, \t\n\x7f\u00e9");
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = random.bounded(24);
            for (int i = 0; i < length; ++i)
                text += alphabet[random.bounded(alphabet.size())];
            QString error;
            const auto result = Hostlist::expand(text, &error, 1000);
            if (result)
                QVERIFY(result->size() <= 1000);
            else
                QVERIFY2(error.startsWith(QStringLiteral("position ")), qPrintable(text + u" -> " + error));
        }
    }

    // Random well-formed lists against an expansion written out independently.
    void randomListsMatchAReference()
    {
        QRandomGenerator random(99);
        for (int round = 0; round < 2000; ++round) {
            QString text;
            QStringList expected;
            const int names = 1 + random.bounded(4);
            for (int n = 0; n < names; ++n) {
                if (n > 0)
                    text += u',';
                const QString prefix = QStringLiteral("n%1-").arg(QChar(u'a' + random.bounded(26)));
                const QString suffix = random.bounded(2) ? QStringLiteral("-ib") : QString();
                if (random.bounded(3) == 0) {
                    text += prefix + suffix;
                    expected << prefix + suffix;
                    continue;
                }
                QStringList items;
                for (int k = 0, count = 1 + random.bounded(3); k < count; ++k) {
                    const int width = 1 + random.bounded(3);
                    const int low = random.bounded(20);
                    const int high = low + random.bounded(12);
                    const QString lowText = QStringLiteral("%1").arg(low, width, 10, QLatin1Char('0'));
                    items << (high == low ? lowText : lowText + u'-' + QString::number(high));
                    for (int v = low; v <= high; ++v)
                        expected << prefix + QStringLiteral("%1").arg(v, lowText.size(), 10, QLatin1Char('0')) + suffix;
                }
                text += prefix + u'[' + items.join(u',') + u']' + suffix;
            }
            QString error;
            const auto result = Hostlist::expand(text, &error);
            QVERIFY2(result, qPrintable(text + u" -> " + error));
            QCOMPARE(*result, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostlist)
#include "TestHostlist.moc"
