// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The job detail dialog on a store shaped like a harvested cluster (NodeTestStore: SYNTHETIC jobs, node samples and
// the metrics derived from them), with SYNTHETIC steps, a model row and a prediction added here.
#include "EnergyFormat.h"
#include "JobDetailDialog.h"
#include "JobDetailLoader.h"
#include "JobFieldFormat.h"
#include "JobWriter.h"
#include "ModelRegistry.h"
#include "NodePlotStack.h"
#include "NodeTestStore.h"
#include "QCustomPlotInclude.h"
#include "Store.h"

#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <tuple>

using namespace es;
using es::test::NodeTestStore;

class TestJobDetailDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsEveryPart();
    void readsByClusterAndJobId();
    void unknownJobFails();
    void unreadableNodeListHasNoPlot();

private:
    qint64 jobPk(const QString &jobId);
    QVariant scalar(const QString &sql, const QVariantList &binds);
    /// Opens the dialog and waits for its answer; true when it loaded.
    static bool waitLoaded(JobDetailDialog *dialog);

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_pairPk = 0;
    static constexpr double kPredictedJ = 123456.0;
};

QVariant TestJobDetailDialog::scalar(const QString &sql, const QVariantList &binds)
{
    Store store;
    QString error;
    if (!store.open(m_db, &error))
        return {};
    QSqlQuery query(store.database());
    if (!query.prepare(sql))
        return {};
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 TestJobDetailDialog::jobPk(const QString &jobId)
{
    return scalar(QStringLiteral("SELECT id FROM jobs WHERE job_id = ?"), {jobId}).toLongLong();
}

bool TestJobDetailDialog::waitLoaded(JobDetailDialog *dialog)
{
    QSignalSpy loaded(dialog, &JobDetailDialog::loaded);
    QSignalSpy failed(dialog, &JobDetailDialog::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000) && !loaded.isEmpty();
}

void TestJobDetailDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("lab.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
    m_pairPk = jobPk(QStringLiteral("102"));
    QVERIFY(m_pairPk > 0);

    Store store;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    {
        // SYNTHETIC steps of job 102 ("pair", node[01-02], 3600..7200 s after kStartTs).
        JobWriter writer(store, QStringLiteral("lab"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        const qint64 start = NodeTestStore::kStartTs + 3600;
        for (const auto &[stepId, offsetS, lengthS] :
             {std::tuple{QStringLiteral("batch"), 0, 3600}, std::tuple{QStringLiteral("0"), 60, 3000}}) {
            JobStep step;
            step.jobId = QStringLiteral("102");
            step.stepId = stepId;
            step.name = stepId == u"batch" ? QStringLiteral("batch") : QStringLiteral("solver");
            step.state = QStringLiteral("COMPLETED");
            step.startTs = start + offsetS;
            step.endTs = start + offsetS + lengthS;
            step.elapsedS = lengthS;
            step.allocCpus = 16;
            step.nodeList = QStringLiteral("node[01-02]");
            step.maxRssMb = 512.5;
            QVERIFY2(writer.addStep(step, &error), qPrintable(error));
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
    }
    // A SYNTHETIC model row (no usable blob: the dialog reads only its name, target and algorithm) and a prediction
    // of job 102's energy made with it, stored without an actual value.
    QSqlQuery query(store.database());
    QVERIFY(query.prepare(QStringLiteral(
        "INSERT INTO models (name, target, algorithm, feature_spec, hyperparameters, metrics, data_hash, "
        "data_description, created_ts, format_version, blob) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
    for (const QVariant &value :
         QVariantList{QStringLiteral("energy-synthetic"), QStringLiteral("energy_j"), QStringLiteral("ridge"),
                      QStringLiteral("{}"), QStringLiteral("{}"), QStringLiteral("{}"), QStringLiteral("0"),
                      QStringLiteral("SYNTHETIC"), NodeTestStore::kStartTs, 1, QByteArray("SYNTHETIC")})
        query.addBindValue(value);
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    const qint64 modelId = query.lastInsertId().toLongLong();
    ml::ModelRegistry registry(store);
    QVERIFY2(registry.recordPrediction(modelId, m_pairPk, QJsonObject{}, kPredictedJ, std::nullopt, &error),
             qPrintable(error));
}

void TestJobDetailDialog::showsEveryPart()
{
    auto *dialog = new JobDetailDialog(m_db, JobRef{m_pairPk, QString(), QString()});
    const std::unique_ptr<JobDetailDialog> owner(dialog);
    dialog->show();
    QVERIFY(dialog->statusText().contains(QStringLiteral("Loading")));
    QVERIFY(waitLoaded(dialog));
    QVERIFY(dialog->data());

    // Every column of the jobs row: all of `jobs` but its two keys, and the cluster's name.
    Store store;
    QString error;
    QVERIFY2(store.open(m_db, &error), qPrintable(error));
    QSqlQuery columns(store.database());
    QVERIFY(columns.exec(QStringLiteral("SELECT * FROM jobs WHERE 0 = 1")));
    QCOMPARE(dialog->fieldRowCount(), columns.record().count() - 2 + 1);
    QCOMPARE(dialog->fieldText(QStringLiteral("cluster")), QStringLiteral("lab"));
    QCOMPARE(dialog->fieldText(QStringLiteral("job_id")), QStringLiteral("102"));
    QCOMPARE(dialog->fieldText(QStringLiteral("user_name")), QStringLiteral("alice"));
    QCOMPARE(dialog->fieldText(QStringLiteral("node_list")), QStringLiteral("node[01-02]"));
    QCOMPARE(dialog->fieldText(QStringLiteral("elapsed_s")), QStringLiteral("0-01:00:00 (3,600 s)"));
    QCOMPARE(dialog->fieldText(QStringLiteral("alloc_cpus")), QStringLiteral("16"));
    QCOMPARE(dialog->fieldText(QStringLiteral("account")), JobFieldFormat::notRecordedText());

    // The metrics and where the energy comes from.
    QSqlQuery metrics(store.database());
    QVERIFY(metrics.prepare(QStringLiteral("SELECT * FROM job_metrics WHERE job_pk = ?")));
    metrics.addBindValue(m_pairPk);
    QVERIFY(metrics.exec() && metrics.next());
    QCOMPARE(dialog->metricRowCount(), metrics.record().count() - 2); // without job_pk and energy_source
    const QString source = metrics.value(QStringLiteral("energy_source")).toString();
    QVERIFY(!source.isEmpty());
    QVERIFY2(dialog->energySourceText().contains(JobFieldFormat::energySourceText(source).toHtmlEscaped()),
             qPrintable(dialog->energySourceText()));
    QVERIFY(dialog->energySourceText().contains(
        JobFieldFormat::isMeasuredSource(source) ? QStringLiteral("Measured") : QStringLiteral("Estimated")));
    const double energyJ = metrics.value(QStringLiteral("energy_j")).toDouble();
    QCOMPARE(dialog->fieldText(QStringLiteral("energy_j"), true),
             JobFieldFormat::valueText(QStringLiteral("energy_j"), energyJ));

    // The steps, in start order.
    QTableWidget *steps = dialog->stepsTable();
    QCOMPARE(steps->rowCount(), 2);
    QCOMPARE(steps->item(0, 0)->text(), QStringLiteral("batch"));
    QCOMPARE(steps->item(1, 0)->text(), QStringLiteral("0"));
    QCOMPARE(steps->item(1, 1)->text(), QStringLiteral("solver"));

    // The prediction against the job's energy (none was stored with it).
    QTableWidget *predictions = dialog->predictionsTable();
    QCOMPARE(predictions->rowCount(), 1);
    QVERIFY(predictions->item(0, 0)->text().contains(QStringLiteral("energy-synthetic")));
    QCOMPARE(predictions->item(0, 2)->text(), QStringLiteral("energy_j"));
    QCOMPARE(predictions->item(0, 4)->text(), EnergyFormat::instance().text(kPredictedJ));
    QCOMPARE(predictions->item(0, 5)->text(), EnergyFormat::instance().text(energyJ));
    QVERIFY(!predictions->item(0, 6)->text().isEmpty());

    // A change of View > Energy Unit redraws the open dialog: metrics, the energy summary, predictions.
    const EnergyUnit before = EnergyFormat::instance().unit();
    EnergyFormat::instance().setUnit(EnergyUnit::MJ);
    QVERIFY2(predictions->item(0, 4)->text().endsWith(QStringLiteral(" MJ")),
             qPrintable(predictions->item(0, 4)->text()));
    QCOMPARE(dialog->fieldText(QStringLiteral("energy_j"), true),
             JobFieldFormat::valueText(QStringLiteral("energy_j"), energyJ));
    QVERIFY(dialog->fieldText(QStringLiteral("energy_j"), true).contains(QStringLiteral(" MJ")));
    QVERIFY2(dialog->energySourceText().contains(QStringLiteral(" MJ")), qPrintable(dialog->energySourceText()));
    EnergyFormat::instance().setUnit(before);

    // The nodes' samples over the run and a margin: node01 (sampler and slurm) and node02 (sampler).
    QVERIFY(dialog->isShowingPlots());
    const JobDetailDataPtr data = dialog->data();
    QCOMPARE(data->nodeNames, QStringList({QStringLiteral("node01"), QStringLiteral("node02")}));
    const auto [fromTs, toTs] =
        JobDetailLoader::sampleRange(NodeTestStore::kStartTs + 3600, NodeTestStore::kStartTs + 7200);
    QCOMPARE(data->samplesFromTs, fromTs);
    QCOMPARE(data->samplesToTs, toTs);
    const qint64 samples =
        scalar(QStringLiteral("SELECT COUNT(*) FROM node_samples s JOIN nodes n ON n.id = s.node_id WHERE n.name IN "
                              "('node01', 'node02') AND s.ts >= ? AND s.ts <= ?"),
               {fromTs, toTs})
            .toLongLong();
    QVERIFY(samples > 0);
    QCOMPARE(data->samples->rawSamples, samples);
    QCOMPARE(qsizetype(data->samples->traces.size()), 3);
    QCustomPlot *temperature = dialog->plotStack()->plot(NodePlotStack::Temperature);
    QCOMPARE(temperature->graphCount(), 2); // the slurm source has power only
    for (int i = 0; i < temperature->graphCount(); ++i)
        QVERIFY(temperature->graph(i)->dataCount() > 100);
    QCOMPARE(dialog->plotStack()->plot(NodePlotStack::Power)->graphCount(), 3);
    QCOMPARE(dialog->plotStack()->xLower(), double(fromTs));
    QCOMPARE(dialog->plotStack()->xUpper(), double(toTs));
}

void TestJobDetailDialog::readsByClusterAndJobId()
{
    // As the dashboard's top jobs open it: by cluster and job id, without jobs.id.
    JobDetailDialog dialog(m_db, JobRef{0, QStringLiteral("lab"), QStringLiteral("106_1")});
    QVERIFY(waitLoaded(&dialog));
    QCOMPARE(dialog.data()->jobPk, jobPk(QStringLiteral("106_1")));
    QCOMPARE(dialog.fieldText(QStringLiteral("name")), QStringLiteral("array task"));
    QCOMPARE(dialog.stepsTable()->rowCount(), 0);
    QCOMPARE(dialog.predictionsTable()->rowCount(), 0);
    QVERIFY(dialog.isShowingPlots());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("106_1")));
}

void TestJobDetailDialog::unknownJobFails()
{
    JobDetailDialog dialog(m_db, JobRef{0, QStringLiteral("lab"), QStringLiteral("999")});
    QSignalSpy failed(&dialog, &JobDetailDialog::loadFailed);
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("999")));
    QVERIFY(!dialog.data());
    QVERIFY(dialog.statusText().contains(QStringLiteral("999")));
}

void TestJobDetailDialog::unreadableNodeListHasNoPlot()
{
    JobDetailDialog dialog(m_db, JobRef{jobPk(QStringLiteral("108")), QString(), QString()}); // node list "node[1-"
    QVERIFY(waitLoaded(&dialog));
    QVERIFY(!dialog.data()->nodeListError.isEmpty());
    QVERIFY(!dialog.isShowingPlots());
    QCOMPARE(dialog.fieldText(QStringLiteral("node_list")), QStringLiteral("node[1-"));
}

QTEST_MAIN(TestJobDetailDialog)
#include "TestJobDetailDialog.moc"
