// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "EnergyFormat.h"
#include "JobQuery.h"
#include "JobTableModel.h"
#include "NodeTestStore.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace es;
using es::test::NodeTestStore;

// The jobs model's job_metrics columns on a store whose metrics JobMetricsDeriver derived from node samples.
class TestJobMetricColumns final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void valuesAndSources();
    void sortByPeakTemperature();
    void exportHasMetrics();

private:
    static QVariant raw(const JobTableModel &model, int row, JobColumn column)
    {
        return model.data(model.index(row, int(column)), JobTableModel::RawValueRole);
    }
    static QString text(const JobTableModel &model, int row, JobColumn column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, int(column)), role).toString();
    }
    static bool waitForRows(const JobTableModel &model)
    {
        return QTest::qWaitFor([&] {
            return model.isCountKnown() && model.rowCount() > 0 &&
                   text(model, model.rowCount() - 1, JobColumn::JobId) != JobTableModel::placeholderText() &&
                   text(model, 0, JobColumn::JobId) != JobTableModel::placeholderText();
        });
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestJobMetricColumns::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("metrics.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
}

void TestJobMetricColumns::modelTester()
{
    JobTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openStore(m_db);
    QVERIFY(waitForRows(model));
    QCOMPARE(model.columnCount(), int(JobColumn::Count));
    for (int column = int(JobColumn::Energy); column < int(JobColumn::Count); ++column) {
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(!model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        model.sort(column, Qt::DescendingOrder);
        QVERIFY(waitForRows(model));
    }
}

void TestJobMetricColumns::valuesAndSources()
{
    JobTableModel model;
    model.openStore(m_db);
    QVERIFY(waitForRows(model));
    QCOMPARE(model.rowCount(), NodeTestStore::jobs().size());

    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    int withMetrics = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString jobId = text(model, row, JobColumn::JobId);
        QSqlQuery query(store.database());
        QVERIFY(query.prepare(QStringLiteral(
            "SELECT COALESCE(m.energy_j, j.energy_j), CASE WHEN m.energy_j IS NOT NULL THEN m.energy_source ELSE "
            "j.energy_source END, m.power_avg_w, m.node_temp_avg_c, m.node_temp_peak_c, m.cpu_freq_avg_mhz, "
            "m.cpu_util_pct, m.energy_j FROM jobs j LEFT JOIN job_metrics m ON m.job_pk = j.id WHERE j.job_id = ?")));
        query.addBindValue(jobId);
        QVERIFY(query.exec() && query.next());
        // The one Energy column: the metrics' energy when they have one, else the job's own.
        const JobColumn columns[] = {JobColumn::Energy,   JobColumn::PowerAvg,   JobColumn::TempAvg,
                                     JobColumn::TempPeak, JobColumn::CpuFreqAvg, JobColumn::CpuUtil};
        const int fields[] = {0, 2, 3, 4, 5, 6};
        for (size_t c = 0; c < std::size(columns); ++c) {
            const QVariant expected = query.value(fields[c]);
            const QVariant got = raw(model, row, columns[c]);
            QCOMPARE(got.isNull(), expected.isNull());
            if (!expected.isNull())
                QCOMPARE(got.toDouble(), expected.toDouble());
            if (expected.isNull())
                QCOMPARE(text(model, row, columns[c]), QString());
        }
        if (query.value(7).isNull())
            continue;
        ++withMetrics;
        // "0.0123 (measured: counter)": the energy in the chosen unit with whether it was measured and its source.
        const QString source = query.value(1).toString();
        const QString shown = text(model, row, JobColumn::Energy);
        const QString kind = source == u"model" ? QStringLiteral("estimated") : QStringLiteral("measured");
        QVERIFY2(shown.endsWith(QStringLiteral("(%1: %2)").arg(kind, source)), qPrintable(shown));
        QVERIFY2(shown.startsWith(EnergyFormat::instance().cellText(query.value(0).toDouble()) + u' '),
                 qPrintable(shown));
        QVERIFY(text(model, row, JobColumn::Energy, Qt::ToolTipRole).contains(source));
        QVERIFY(model.data(model.index(row, int(JobColumn::TempPeak)), Qt::TextAlignmentRole).value<Qt::Alignment>() &
                Qt::AlignRight);
    }
    // Every finished job on known nodes got metrics from the samples: 101 .. 106_1 and 111 (108 and 109 have
    // unreadable node lists, 107 is running, 110 ran before any sample but still gets its duration's metrics).
    QVERIFY2(withMetrics >= 7, qPrintable(QString::number(withMetrics)));
}

void TestJobMetricColumns::sortByPeakTemperature()
{
    JobTableModel model;
    model.openStore(m_db);
    QVERIFY(waitForRows(model));
    model.sort(int(JobColumn::TempPeak), Qt::DescendingOrder);
    QVERIFY(waitForRows(model));
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT MAX(node_temp_peak_c) FROM job_metrics")) && query.next());
    QCOMPARE(raw(model, 0, JobColumn::TempPeak).toDouble(), query.value(0).toDouble());
    // node01's single hot reading (+3 h) falls in no job's span on node01 (102 ended at +2 h, 106_1 starts later).
    QCOMPARE(query.value(0).toDouble(), NodeTestStore::kSpikeTempC);
    double previous = INFINITY;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = raw(model, row, JobColumn::TempPeak);
        if (value.isNull())
            continue;
        QVERIFY(value.toDouble() <= previous);
        previous = value.toDouble();
    }
}

void TestJobMetricColumns::exportHasMetrics()
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    JobQuery jobQuery;
    jobQuery.sortColumn = int(JobColumn::CpuUtil);
    QVariantList binds;
    QSqlQuery query(store.database());
    QVERIFY(query.prepare(jobQuery.exportSql(&binds)));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    QVERIFY(query.exec());
    const QSqlRecord record = query.record();
    for (const char *field : {"metric_energy_j", "metric_energy_source", "power_avg_w", "node_temp_avg_c",
                              "node_temp_peak_c", "cpu_freq_avg_mhz", "cpu_util_pct"})
        QVERIFY2(record.indexOf(QString::fromLatin1(field)) >= 0, field);
    int rows = 0;
    while (query.next())
        ++rows;
    QCOMPARE(rows, NodeTestStore::jobs().size());
}

QTEST_MAIN(TestJobMetricColumns)
#include "TestJobMetricColumns.moc"
