// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CrossValidation.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace es::ml;

class TestCrossValidation : public QObject
{
    Q_OBJECT
private slots:
    void kFoldTestsEveryRowOnce()
    {
        const auto folds = CrossValidation::kFold(103, 5, 42);
        QCOMPARE(folds.size(), size_t(5));
        std::vector<int> tested(103, 0);
        for (const auto &f : folds) {
            QVERIFY(f.test.size() == 20 || f.test.size() == 21);
            QCOMPARE(f.train.size() + f.test.size(), size_t(103));
            const std::set<qsizetype> train(f.train.begin(), f.train.end());
            for (qsizetype r : f.test) {
                QVERIFY(!train.contains(r));
                ++tested[size_t(r)];
            }
        }
        QVERIFY(std::all_of(tested.begin(), tested.end(), [](int t) { return t == 1; }));
        // Seeded: the same seed gives the same folds, another seed other folds.
        QCOMPARE(CrossValidation::kFold(103, 5, 42)[0].test, folds[0].test);
        QVERIFY(CrossValidation::kFold(103, 5, 43)[0].test != folds[0].test);
    }

    void givenFoldsAreUsed()
    {
        const std::vector<int> given{0, 1, 2, 0, 1, 2, 0};
        const auto folds = CrossValidation::kFold(7, 5, 42, given);
        QCOMPARE(folds.size(), size_t(3));
        QCOMPARE(folds[0].test, (std::vector<qsizetype>{0, 3, 6}));
        QCOMPARE(folds[2].train, (std::vector<qsizetype>{0, 1, 3, 4, 6}));
    }

    void timeOrderedNeverTrainsOnTheFuture()
    {
        std::vector<qint64> times;
        for (int i = 0; i < 60; ++i)
            times.push_back(1000 - (i * 37) % 600); // unordered rows
        const auto folds = CrossValidation::timeOrdered(times, 4);
        QCOMPARE(folds.size(), size_t(4));
        size_t previousTrain = 0;
        for (const auto &f : folds) {
            QVERIFY(!f.test.empty());
            QVERIFY(f.train.size() > previousTrain); // expanding window
            previousTrain = f.train.size();
            qint64 latestTrain = 0, earliestTest = std::numeric_limits<qint64>::max();
            for (qsizetype r : f.train)
                latestTrain = std::max(latestTrain, times[size_t(r)]);
            for (qsizetype r : f.test)
                earliestTest = std::min(earliestTest, times[size_t(r)]);
            QVERIFY(latestTrain <= earliestTest);
        }
        QVERIFY(CrossValidation::label(CrossValidation::Kind::TimeOrdered, 4).contains(QStringLiteral("time-ordered")));
        QVERIFY(CrossValidation::label(CrossValidation::Kind::KFold, 5).contains(QStringLiteral("5-fold")));
    }
};

QTEST_GUILESS_MAIN(TestCrossValidation)
#include "TestCrossValidation.moc"
