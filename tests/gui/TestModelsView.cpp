// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Importer.h"
#include "ModelPlots.h"
#include "ModelTrainWorker.h"
#include "ModelsView.h"
#include "PlotExporter.h"
#include "QCustomPlotInclude.h"
#include "Store.h"
#include "TestStores.h"

#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

/// The Models view end to end on the head of the real NASA iPSC/860 trace (228 jobs): train in the worker thread,
/// results and plots filled, the model stored and removable, cancel, and the load forecast.
class TestModelsView final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    static qint64 storedModels(const QString &location)
    {
        return test::countInStore(location, QStringLiteral("SELECT count(*) FROM models"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("nasa.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        Importer importer(store);
        ImportReport report;
        QVERIFY2(importer.importFile(Importer::Format::Swf,
                                     QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), ImportOptions{},
                                     &report, &error),
                 qPrintable(error));
        QCOMPARE(report.written.jobsNew, 228);
    }

    void emptyStatesSayWhatToDo()
    {
        ModelsView view;
        view.resize(1200, 800);
        view.show();
        QVERIFY(view.statusText().contains(QStringLiteral("Train")));
        QCOMPARE(view.resultsTable()->rowCount(), 0);
        for (auto kind : {ModelPlots::Kind::PredictedVsActual, ModelPlots::Kind::Forecast})
            QCOMPARE(ModelPlots::pointCount(view.plots()->plot(kind)), 0);
        // Before-run features are ticked by default, after-run ones are not.
        const QStringList checked = view.checkedFeatures();
        QVERIFY(checked.contains(QStringLiteral("req_cpus")));
        QVERIFY(checked.contains(QStringLiteral("user")));
        QVERIFY(!checked.contains(QStringLiteral("power_avg_w")));
        QVERIFY(!checked.contains(QStringLiteral("node_temp_avg_c")));
        // No store: training says so instead of starting.
        view.train();
        QVERIFY(!view.isTraining());
        QVERIFY(view.statusText().contains(QStringLiteral("No store")));
    }

    void trainsStoresAndPlots()
    {
        ModelsView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy listed(&view, &ModelsView::modelsListed);
        view.setLocation(m_db);
        QVERIFY(listed.wait(10000));
        QCOMPARE(view.modelsTable()->rowCount(), 0);

        view.setTarget(QStringLiteral("duration_s"));
        QVERIFY(!view.checkedFeatures().contains(QStringLiteral("duration_s"))); // never its own feature
        view.setAlgorithms({ml::Algorithm::Ridge});
        view.setValidation(true, true, 4);
        QSignalSpy finished(&view, &ModelsView::trainingFinished);
        view.train();
        QVERIFY(view.isTraining());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(view.statusText().contains(QStringLiteral("228 jobs")), qPrintable(view.statusText()));

        // One row per split (k-fold and time-ordered), each naming its split and its baseline, with figures.
        QTableWidget *results = view.resultsTable();
        QCOMPARE(results->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!results->item(row, 1)->text().isEmpty());
            QVERIFY(!results->item(row, 6)->text().isEmpty());
            QVERIFY(std::isfinite(results->item(row, 2)->data(Qt::UserRole).toDouble())); // MAE
        }
        QVERIFY(results->item(0, 1)->text().contains(QStringLiteral("4-fold")));
        QVERIFY(results->item(1, 1)->text().contains(QStringLiteral("time-ordered")));

        // Plots: every test row of the first split (each job once in k-fold) plus the two ends of y = x.
        QCOMPARE(ModelPlots::pointCount(view.plots()->plot(ModelPlots::Kind::PredictedVsActual)), 228 + 2);
        QCOMPARE(ModelPlots::pointCount(view.plots()->plot(ModelPlots::Kind::Residuals)), 228 + 2);
        QVERIFY(ModelPlots::pointCount(view.plots()->plot(ModelPlots::Kind::Importance)) >= 1);
        // Selecting the time-ordered row plots its (fewer) test rows.
        results->setCurrentCell(1, 0);
        const int timeOrdered = ModelPlots::pointCount(view.plots()->plot(ModelPlots::Kind::PredictedVsActual));
        QVERIFY(timeOrdered > 2 && timeOrdered < 228 + 2);

        // The model is in the registry and the list shows it; Remove takes it away again.
        QVERIFY(view.lastSavedModelId() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(view.modelsTable()->rowCount(), 1, 10000);
        QCOMPARE(view.modelsTable()->item(0, 2)->text(), QStringLiteral("duration_s"));
        QCOMPARE(storedModels(m_db), 1);
        listed.clear();
        view.modelsTable()->selectRow(0);
        view.removeSelectedModel();
        QVERIFY(listed.wait(10000));
        QCOMPARE(view.modelsTable()->rowCount(), 0);
        QCOMPARE(storedModels(m_db), 0);
    }

    /// Two copies of a trace in two clusters: with the filter bar on one cluster, training reads that one only,
    /// and the scope line says which jobs are read and that the bar's other fields do not apply.
    void honoursTheClusterFilter()
    {
        const QString db = m_dir.filePath(QStringLiteral("two-clusters.sqlite"));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            for (const char *cluster : {"first", "second"}) {
                Importer importer(store);
                ImportReport report;
                ImportOptions options;
                options.clusterName = QString::fromLatin1(cluster);
                QVERIFY2(importer.importFile(Importer::Format::Swf,
                                             QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), options,
                                             &report, &error),
                         qPrintable(error));
            }
        }
        ModelsView view;
        view.resize(1200, 800);
        view.show();
        QSignalSpy listed(&view, &ModelsView::modelsListed);
        view.setLocation(db);
        QVERIFY(listed.wait(10000));
        view.setTarget(QStringLiteral("duration_s"));
        view.setAlgorithms({ml::Algorithm::Ridge});
        view.setValidation(true, false, 4);
        auto *scope = view.findChild<QLabel *>(QStringLiteral("modelsScope"));
        QVERIFY(scope);
        QVERIFY2(scope->text().contains(QStringLiteral("every cluster")), qPrintable(scope->text()));
        JobFilter filter;
        filter.cluster = QStringLiteral("second");
        filter.user = QStringLiteral("3");
        view.setFilter(filter);
        QVERIFY2(scope->text().contains(QStringLiteral("cluster second")), qPrintable(scope->text()));
        QVERIFY2(scope->text().contains(QStringLiteral("do not apply")), qPrintable(scope->text()));
        QSignalSpy finished(&view, &ModelsView::trainingFinished);
        view.train();
        QVERIFY(finished.wait(60000));
        QVERIFY2(view.statusText().contains(QStringLiteral("228 jobs")), qPrintable(view.statusText()));
        view.setFilter(JobFilter{});
        finished.clear();
        view.train();
        QVERIFY(finished.wait(60000));
        QVERIFY2(view.statusText().contains(QStringLiteral("456 jobs")), qPrintable(view.statusText()));
    }

    void cancelStoresNothing()
    {
        ModelsView view;
        QSignalSpy listed(&view, &ModelsView::modelsListed);
        view.setLocation(m_db);
        QVERIFY(listed.wait(10000));
        const int before = storedModels(m_db);
        view.setTarget(QStringLiteral("duration_s"));
        view.setAlgorithms(ml::Regressor::all());
        view.setValidation(true, true, 5);
        QSignalSpy finished(&view, &ModelsView::trainingFinished);
        view.train();
        auto *worker = view.findChild<ModelTrainWorker *>();
        QVERIFY(worker);
        QSignalSpy progress(worker, &ModelTrainWorker::progress);
        QVERIFY(progress.wait(30000)); // fitting has begun
        view.cancelTraining();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(view.statusText().contains(QStringLiteral("cancelled")), qPrintable(view.statusText()));
        QCOMPARE(view.resultsTable()->rowCount(), 0);
        QCOMPARE(storedModels(m_db), before);
        QVERIFY(!view.isTraining());
    }

    void unusableDataFailsWithAReason()
    {
        ModelsView view;
        QSignalSpy listed(&view, &ModelsView::modelsListed);
        view.setLocation(m_db);
        QVERIFY(listed.wait(10000));
        view.setTarget(QStringLiteral("energy_j")); // the trace has no energy readings
        QSignalSpy finished(&view, &ModelsView::trainingFinished);
        view.train();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(view.statusText().startsWith(QStringLiteral("Training failed")), qPrintable(view.statusText()));
    }

    void forecastsTheLoad()
    {
        ModelsView view;
        QSignalSpy listed(&view, &ModelsView::modelsListed);
        view.setLocation(m_db);
        QVERIFY(listed.wait(10000));
        QSignalSpy finished(&view, &ModelsView::forecastFinished);
        view.forecast();
        QVERIFY(view.isForecasting());
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().first().toBool(), qPrintable(view.forecastStatusText()));
        QVERIFY(view.forecastStatusText().contains(QStringLiteral("persistence")));
        // History (the last 3 h) + forecast + persistence, each with points.
        QCustomPlot *plot = view.plots()->plot(ModelPlots::Kind::Forecast);
        QVERIFY(plot->graphCount() >= 3);
        QCOMPARE(plot->graph(0)->dataCount(), 180);
        QVERIFY(plot->graph(1)->dataCount() >= 2);
        QCOMPARE(plot->graph(1)->dataCount(), plot->graph(2)->dataCount());

        // The plot exports as the other views' plots do.
        const QString png = m_dir.filePath(QStringLiteral("forecast.png"));
        QString error;
        QVERIFY2(PlotExporter::save(plot, png, QSize(800, 500), &error), qPrintable(error));
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));

        // An export from the view carries the forecast's title and the data the models use.
        const PlotCaption caption = view.plots()->caption(ModelPlots::Kind::Forecast);
        QVERIFY2(caption.title.startsWith(QStringLiteral("Busy CPUs")), qPrintable(caption.title));
        QCOMPARE(caption.lines, QStringList{QStringLiteral("Data: the jobs of every cluster.")});
        QVERIFY2(PlotExporter::save(plot, png, QSize(800, 500), caption, &error), qPrintable(error));
        QCOMPARE(QImage(png).height(), 500 + PlotExporter::captionHeightPx(caption, 800, plot->font()));
    }
};

QTEST_MAIN(TestModelsView)
#include "TestModelsView.moc"
