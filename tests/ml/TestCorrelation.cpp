// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Correlation.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using es::ml::Correlation;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool near(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

} // namespace

// Expected values were computed independently with Python 3.11's statistics module (correlation, linear_regression)
// and a hand-written average-rank function; the first row is also worked by hand in the comment.
class TestCorrelation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pair_data();
    void pair();
    void averageRanksTies();
    void constantColumnIsNaN();
    void tooFewRows();
    void mismatchedSizes();
    void perfectNegative();
    void matrixAgainstReference();
    void matrixMatchesPairwiseOnLargeData();
    void matrixConstantAndEmptyColumns();
};

void TestCorrelation::pair_data()
{
    QTest::addColumn<std::vector<double>>("x");
    QTest::addColumn<std::vector<double>>("y");
    QTest::addColumn<qsizetype>("n");
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("rho");
    QTest::addColumn<double>("intercept");
    QTest::addColumn<double>("slope");
    QTest::addColumn<double>("r2");

    // x̄ = 3, ȳ = 4, Sxy = 6, Sxx = 10, Syy = 6: r = 6/√60, b = 0.6, a = 4 - 0.6·3 = 2.2, R² = 36/60.
    QTest::newRow("simple") << std::vector<double>{1, 2, 3, 4, 5} << std::vector<double>{2, 4, 5, 4, 5} << qsizetype(5)
                            << 0.7745966692414834 << 0.7378647873726218 << 2.2 << 0.6 << 0.6;
    QTest::newRow("ties") << std::vector<double>{1, 2, 2, 3, 4, 4, 4, 5} << std::vector<double>{3, 1, 4, 1, 5, 9, 2, 6}
                          << qsizetype(8) << 0.5030376637372143 << 0.5495502618648208 << 0.6893203883495147
                          << 1.0194174757281553 << 0.2530468911381946;
    QTest::newRow("missing") << std::vector<double>{1, kNaN, 3, 4, 5, 6, kNaN, 8}
                             << std::vector<double>{2.5, 3, kNaN, 4.5, 4, 7, 1, 9.5} << qsizetype(5)
                             << 0.9268907695377431 << 0.9 << 0.7537313432835822 << 0.9888059701492538
                             << 0.8591264986542696;
    QTest::newRow("cubic") << std::vector<double>{1, 2, 3, 4, 5, 6} << std::vector<double>{1, 8, 27, 64, 125, 216}
                           << qsizetype(6) << 0.9379313244517968 << 1.0 << -72.8 << 41.8 << 0.8797151693879017;
    QTest::newRow("infinity is missing") << std::vector<double>{1, 2, 3, 4, 5, std::numeric_limits<double>::infinity()}
                                         << std::vector<double>{2, 4, 5, 4, 5, 1} << qsizetype(5) << 0.7745966692414834
                                         << 0.7378647873726218 << 2.2 << 0.6 << 0.6;
}

void TestCorrelation::pair()
{
    QFETCH(std::vector<double>, x);
    QFETCH(std::vector<double>, y);
    QFETCH(qsizetype, n);
    QFETCH(double, r);
    QFETCH(double, rho);
    QFETCH(double, intercept);
    QFETCH(double, slope);
    QFETCH(double, r2);

    const Correlation::PairStatistics s = Correlation::pair(x, y);
    QCOMPARE(s.n, n);
    QVERIFY2(near(s.pearson, r), qPrintable(QString::number(s.pearson, 'g', 17)));
    QVERIFY2(near(s.spearman, rho), qPrintable(QString::number(s.spearman, 'g', 17)));
    QVERIFY2(near(s.fit.intercept, intercept), qPrintable(QString::number(s.fit.intercept, 'g', 17)));
    QVERIFY2(near(s.fit.slope, slope), qPrintable(QString::number(s.fit.slope, 'g', 17)));
    QVERIFY2(near(s.fit.r2, r2), qPrintable(QString::number(s.fit.r2, 'g', 17)));
    QCOMPARE(s.fit.n, n);
    QVERIFY(near(Correlation::pearson(x, y), r));
    QVERIFY(near(Correlation::spearman(x, y), rho));
    QVERIFY(near(Correlation::linearFit(x, y).slope, slope));
}

void TestCorrelation::averageRanksTies()
{
    const std::vector<double> values{10, 20, 20, kNaN, 5, 20, 30};
    const std::vector<double> ranks = Correlation::averageRanks(values);
    QCOMPARE(ranks.size(), values.size());
    QCOMPARE(ranks[0], 2.0);
    QCOMPARE(ranks[1], 4.0); // ranks 3, 4, 5 shared
    QCOMPARE(ranks[2], 4.0);
    QVERIFY(std::isnan(ranks[3]));
    QCOMPARE(ranks[4], 1.0);
    QCOMPARE(ranks[5], 4.0);
    QCOMPARE(ranks[6], 6.0);
}

void TestCorrelation::constantColumnIsNaN()
{
    // 3.3 summed five times and divided by five is not 3.3 exactly: a naive mean would give a tiny, non-zero spread.
    const std::vector<double> constant{3.3, 3.3, 3.3, 3.3, 3.3};
    const std::vector<double> y{1, 2, 3, 4, 6};
    const Correlation::PairStatistics s = Correlation::pair(constant, y);
    QCOMPARE(s.n, 5);
    QVERIFY(std::isnan(s.pearson));
    QVERIFY(std::isnan(s.spearman));
    QVERIFY(std::isnan(s.fit.slope));
    QVERIFY(std::isnan(s.fit.r2));

    const Correlation::PairStatistics flatY = Correlation::pair(y, constant);
    QVERIFY(std::isnan(flatY.pearson));
    QCOMPARE(flatY.fit.slope, 0.0);
    QCOMPARE(flatY.fit.intercept, 3.3);
    QVERIFY(std::isnan(flatY.fit.r2));
}

void TestCorrelation::tooFewRows()
{
    const std::vector<double> x{1, kNaN, 3};
    const std::vector<double> y{2, 5, kNaN};
    const Correlation::PairStatistics s = Correlation::pair(x, y);
    QCOMPARE(s.n, 1);
    QVERIFY(std::isnan(s.pearson));
    QVERIFY(std::isnan(s.spearman));
    QVERIFY(std::isnan(s.fit.r2));
    QCOMPARE(Correlation::pair({}, {}).n, 0);
}

void TestCorrelation::mismatchedSizes()
{
    const std::vector<double> x{1, 2, 3};
    const std::vector<double> y{1, 2};
    const Correlation::PairStatistics s = Correlation::pair(x, y);
    QCOMPARE(s.n, 0);
    QVERIFY(std::isnan(s.pearson));
}

void TestCorrelation::perfectNegative()
{
    const std::vector<double> x{1, 2, 3, 4};
    const std::vector<double> y{8, 6, 4, 2};
    const Correlation::PairStatistics s = Correlation::pair(x, y);
    QCOMPARE(s.pearson, -1.0);
    QCOMPARE(s.spearman, -1.0);
    QVERIFY(near(s.fit.slope, -2.0));
    QVERIFY(near(s.fit.intercept, 10.0));
    QVERIFY(near(s.fit.r2, 1.0));
}

void TestCorrelation::matrixAgainstReference()
{
    const double t = 1.7e9; // epoch-sized offset: the matrix must not lose the small differences
    const std::vector<std::vector<double>> data{
        {1.5, 2, kNaN, 4, 5.5, 6, 7, 8.25, 9, 10, kNaN, 12},
        {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, kNaN},
        {kNaN, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5},
        {t + 3, t + 1, t + 4, kNaN, t + 5, t + 9, t + 2, t + 6, kNaN, t + 5, t + 8, t + 9},
    };
    std::vector<std::span<const double>> columns(data.begin(), data.end());
    const Correlation::Matrix m = Correlation::matrix(columns);
    QCOMPARE(m.k, 4);
    struct Expected
    {
        int i, j;
        qsizetype n;
        double r;
    };
    const Expected expected[] = {
        {0, 1, 9, 0.3737918545122442},   {0, 2, 9, -0.14886608916449723}, {0, 3, 8, 0.6378074602741086},
        {1, 2, 10, 0.05803844163687762}, {1, 3, 9, 0.903329883292244},    {2, 3, 9, 0.29426782103937793},
    };
    for (const Expected &e : expected) {
        QCOMPARE(m.countAt(e.i, e.j), e.n);
        QCOMPARE(m.countAt(e.j, e.i), e.n);
        QVERIFY2(near(m.at(e.i, e.j), e.r, 1e-9),
                 qPrintable(QStringLiteral("r(%1,%2) = %3").arg(e.i).arg(e.j).arg(m.at(e.i, e.j), 0, 'g', 17)));
        QCOMPARE(m.at(e.j, e.i), m.at(e.i, e.j));
    }
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m.at(i, i), 1.0);
    QCOMPARE(m.countAt(0, 0), 10);
    QCOMPARE(m.countAt(1, 1), 11);
}

void TestCorrelation::matrixMatchesPairwiseOnLargeData()
{
    // Several blocks, some without missing values and some with, compared with the two-pass pairwise function.
    std::mt19937_64 random(42);
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform;
    const size_t rows = 10000;
    std::vector<std::vector<double>> data(6, std::vector<double>(rows));
    for (size_t r = 0; r < rows; ++r) {
        const double base = normal(random);
        data[0][r] = base;
        data[1][r] = 2 * base + normal(random);
        data[2][r] = 1e6 + base * base + 0.1 * normal(random);
        data[3][r] = normal(random);
        data[4][r] = -base + 0.5 * normal(random);
        data[5][r] = std::exp(base);
        if (r >= 4096) { // blocks 2.. have missing values, blocks 0 and 1 none
            for (size_t c = 0; c < data.size(); ++c) {
                if (uniform(random) < 0.1 * double(c))
                    data[c][r] = kNaN;
            }
        }
    }
    std::vector<std::span<const double>> columns(data.begin(), data.end());
    const Correlation::Matrix m = Correlation::matrix(columns);
    for (int i = 0; i < 6; ++i) {
        for (int j = 0; j < 6; ++j) {
            const Correlation::PairStatistics s = Correlation::pair(data[size_t(i)], data[size_t(j)]);
            QCOMPARE(m.countAt(i, j), s.n);
            QVERIFY2(near(m.at(i, j), s.pearson, 1e-9),
                     qPrintable(QStringLiteral("(%1,%2): %3 vs %4").arg(i).arg(j).arg(m.at(i, j)).arg(s.pearson)));
        }
    }
}

void TestCorrelation::matrixConstantAndEmptyColumns()
{
    const std::vector<std::vector<double>> data{
        {1, 2, 3, 4},       {5, 5, 5, 5},    {kNaN, kNaN, kNaN, kNaN},
        {1, 2, kNaN, kNaN}, {1, kNaN, 7, 7}, // constant on the rows it shares with column 3
    };
    std::vector<std::span<const double>> columns(data.begin(), data.end());
    const Correlation::Matrix m = Correlation::matrix(columns);
    QVERIFY(std::isnan(m.at(0, 1)));
    QVERIFY(std::isnan(m.at(1, 1)));
    QVERIFY(std::isnan(m.at(0, 2)));
    QVERIFY(std::isnan(m.at(2, 2)));
    QCOMPARE(m.countAt(2, 2), 0);
    QVERIFY(near(m.at(0, 3), 1.0));
    QCOMPARE(m.countAt(0, 3), 2);
    QCOMPARE(m.countAt(3, 4), 1);
    QVERIFY(std::isnan(m.at(3, 4)));
    QVERIFY(near(m.at(0, 4), 0.944911182523068)); // x = 1, 3, 4; y = 1, 7, 7
    QCOMPARE(Correlation::matrix({}).k, 0);
}

QTEST_GUILESS_MAIN(TestCorrelation)
#include "TestCorrelation.moc"
