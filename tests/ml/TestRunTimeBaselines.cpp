// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "RunTimeBaselines.h"

#include <QTest>

#include <cmath>

using namespace es::ml;

/// The baselines a run-time model must beat, on hand-made rows whose answers are worked out in the comments.
class TestRunTimeBaselines : public QObject
{
    Q_OBJECT
private slots:
    // Alice: job 0 (submit 0, ends 100, 100 s), job 1 (submit 10, ends 70, 60 s), job 2 (submit 150, 30 s),
    // job 3 (submit 160, 40 s, ends 200). Bob: job 4 (submit 50, ends 60, 10 s), job 5 (submit 55).
    void lastTwoEndedJobsOfTheSameUser()
    {
        const QStringList users{QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("alice"),
                                QStringLiteral("alice"), QStringLiteral("bob"),   QStringLiteral("bob")};
        const std::vector<qint64> submit{0, 10, 150, 160, 50, 55};
        const std::vector<qint64> end{100, 70, 180, 200, 60, 0};
        const std::vector<double> run{100, 60, 30, 40, 10, NAN};
        const std::vector<double> recent = RunTimeBaselines::userLastTwoMeanS(users, submit, end, run);
        QVERIFY(std::isnan(recent[0])); // nothing of alice had ended at 0
        QVERIFY(std::isnan(recent[1]));
        QCOMPARE(recent[2], (100.0 + 60.0) / 2); // jobs 1 (end 70) and 0 (end 100)
        QCOMPARE(recent[3], (100.0 + 60.0) / 2); // job 2 ends at 180, after 160
        QVERIFY(std::isnan(recent[4]));
        QVERIFY(std::isnan(recent[5])); // bob's job 4 ends at 60, after 55
    }

    // Targets 10, 20, 30, 40 with job types a, a, b, c; train rows 0..2, test row 3 (type c never trained on).
    void everyBaselineTheDataAllows()
    {
        Dataset d;
        d.targetName = QStringLiteral("duration_s");
        d.target = {10, 20, 30, 40};
        d.group = {QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        d.groupName = QStringLiteral("job_type");
        d.requestedS = {60, 60, 60, 100};
        d.userRecentS = {NAN, 10, 15, NAN};
        const std::vector<BaselinePrediction> b = RunTimeBaselines::predict(d, {0, 1, 2}, {2, 3});
        QCOMPARE(b.size(), size_t(4));
        QCOMPARE(b[0].name, QStringLiteral("requested time"));
        QVERIFY(b[0].primary && !b[1].primary && !b[2].primary && !b[3].primary);
        QCOMPARE(b[0].predicted, (std::vector<double>{60, 100}));
        QCOMPARE(b[1].predicted, (std::vector<double>{15, 100})); // no history: the requested time
        QCOMPARE(b[2].name, QStringLiteral("mean per job_type"));
        QCOMPARE(b[2].predicted, (std::vector<double>{30, 20})); // type c unseen: the training mean
        QCOMPARE(b[3].name, QStringLiteral("training mean"));
        QCOMPARE(b[3].predicted, (std::vector<double>{20, 20}));

        // A test row without a request: no requested-time baseline, the mean per type is the one to beat.
        d.requestedS = {60, 60, 60, NAN};
        const std::vector<BaselinePrediction> partial = RunTimeBaselines::predict(d, {0, 1}, {2, 3});
        QCOMPARE(partial.size(), size_t(3));
        QCOMPARE(partial[0].predicted, (std::vector<double>{15, 15})); // row 3: no history, no request
        QVERIFY(partial[1].primary);

        d.requestedS.clear();
        d.group.clear();
        const std::vector<BaselinePrediction> few = RunTimeBaselines::predict(d, {0, 1, 2}, {3});
        QCOMPARE(few.size(), size_t(2));
        QCOMPARE(few[0].predicted, (std::vector<double>{20})); // no history, no request: the training mean
        QVERIFY(few[1].primary);
    }
};

QTEST_GUILESS_MAIN(TestRunTimeBaselines)
#include "TestRunTimeBaselines.moc"
