// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "Correlation.h"
#include "CorrelationLoader.h"
#include "CorrelationMatrixPlot.h"
#include "CorrelationScatterPlot.h"
#include "CorrelationView.h"
#include "EnergyFormat.h"
#include "Importer.h"
#include "JobTableModel.h"
#include "LogAxisTicker.h"
#include "MainWindow.h"
#include "PlotExporter.h"
#include "SelectedJobsModel.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QImage>
#include <QSet>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace es;

class TestCorrelationExplorer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statisticsMatchTheStore();
    void rectangleSelectsJobs();
    void matrixClickSetsAxes();
    void matrixWritesCoefficientsOnlyWhereTheyFit();
    void exportsEveryFormat();
    void densityViewAboveThreshold();
    void mainWindowTab();
    void saysLoadingWhileLoading();
    void exportCaptionNamesPlotAndFilter();
    void datasetFeaturesAreFields();
    void energiesFollowTheChosenUnit();
    void logTicksNeverRepeat();

private:
    /// The (x, y) of every job, read with plain SQL rather than through the explorer's loader.
    void readPairs(const char *xColumn, const char *yColumn, std::vector<double> *x, std::vector<double> *y,
                   QStringList *jobIds);
    void waitForView(CorrelationView &view);
    /// Shows `view` on the store at `location` and waits for its first load.
    void showLoaded(CorrelationView &view, const QString &location);
    /// Imports the real C6EnPLS sample (tests/data/csv) into `store`: its measured energy in kWh, and `features`
    /// kept as dataset features.
    void importC6Sample(Store &store, const QStringList &features);

    QTemporaryDir m_dir;
    QString m_store;
};

void TestCorrelationExplorer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    m_store = m_dir.filePath(QStringLiteral("nasa.sqlite"));

    Store store;
    QString error;
    QVERIFY2(store.open(m_store, &error), qPrintable(error));
    Importer importer(store);
    ImportReport report;
    QVERIFY2(importer.importFile(Importer::Format::Swf,
                                 QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), ImportOptions{},
                                 &report, &error),
             qPrintable(error));
    QCOMPARE(report.written.jobsNew, 228);
}

void TestCorrelationExplorer::readPairs(const char *xColumn, const char *yColumn, std::vector<double> *x,
                                        std::vector<double> *y, QStringList *jobIds)
{
    Store store;
    QString error;
    QVERIFY2(store.open(m_store, &error), qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT %1, %2, job_id FROM jobs ORDER BY id")
                           .arg(QLatin1String(xColumn), QLatin1String(yColumn))));
    const auto value = [](const QVariant &v) {
        return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
    };
    while (query.next()) {
        x->push_back(value(query.value(0)));
        y->push_back(value(query.value(1)));
        jobIds->append(query.value(2).toString());
    }
}

void TestCorrelationExplorer::showLoaded(CorrelationView &view, const QString &location)
{
    view.resize(1200, 800);
    view.setLocation(location);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.data() != nullptr);
}

void TestCorrelationExplorer::waitForView(CorrelationView &view)
{
    showLoaded(view, m_store);
    if (QTest::currentTestFailed())
        return;
    view.setAxes(CorrelationFields::AllocCpus, CorrelationFields::ElapsedS);
    QTRY_VERIFY(view.hasStatistics());
    QTRY_VERIFY(view.hasMatrix());
}

void TestCorrelationExplorer::statisticsMatchTheStore()
{
    CorrelationView view;
    waitForView(view);
    QCOMPARE(view.data()->size(), 228);

    std::vector<double> x, y;
    QStringList ids;
    readPairs("alloc_cpus", "elapsed_s", &x, &y, &ids);
    const ml::Correlation::PairStatistics expected = ml::Correlation::pair(x, y);
    QCOMPARE(expected.n, 228);
    QVERIFY(std::isfinite(expected.pearson));

    const ml::Correlation::PairStatistics &shown = view.statistics();
    QCOMPARE(shown.n, expected.n);
    QCOMPARE(shown.pearson, expected.pearson);
    QCOMPARE(shown.spearman, expected.spearman);
    QCOMPARE(shown.fit.slope, expected.fit.slope);
    QCOMPARE(view.scatterPlot()->plottedCount(), 228);
    QVERIFY(!view.scatterPlot()->isDensityMode());
    const QString text = view.scatterPlot()->statisticsText();
    QVERIFY2(text.contains(QLocale().toString(expected.pearson, 'f', 3)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("n = 228")), qPrintable(text));

    // The hover text of a point names its job.
    CorrelationScatterPlot *plot = view.scatterPlot();
    const QPointF pixel(plot->xAxis->coordToPixel(x[0]), plot->yAxis->coordToPixel(y[0]));
    const QString tip = plot->toolTipAt(pixel);
    QVERIFY2(tip.contains(QStringLiteral("Job ")), qPrintable(tip));
    QVERIFY(plot->toolTipAt(QPointF(-50, -50)).isEmpty());

    // Log axes hide no job here (all values positive) and keep the statistics.
    view.setLogAxes(true, true);
    qsizetype positive = 0;
    for (size_t i = 0; i < x.size(); ++i)
        positive += x[i] > 0 && y[i] > 0 ? 1 : 0;
    QCOMPARE(plot->plottedCount(), positive);
    QCOMPARE(view.statistics().n, 228);
    view.setLogAxes(false, false);
}

void TestCorrelationExplorer::rectangleSelectsJobs()
{
    CorrelationView view;
    waitForView(view);
    auto *model = view.selectedJobs();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::vector<double> x, y;
    QStringList ids;
    readPairs("alloc_cpus", "elapsed_s", &x, &y, &ids);
    // A rectangle around the 16- and 32-CPU jobs with the shorter run times, dragged with the mouse. Its edges lie
    // in the middle of wide gaps between data values, so that a pixel of rounding cannot change the answer: x between
    // 8 and 64 CPUs, y below every run time and in the widest gap of run times between 1000 s and 20000 s.
    std::vector<double> sorted;
    for (double v : y) {
        if (std::isfinite(v))
            sorted.push_back(v);
    }
    std::sort(sorted.begin(), sorted.end());
    double gapLow = 0, gapHigh = 0;
    for (size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i - 1] >= 1000 && sorted[i - 1] <= 20000 && sorted[i] - sorted[i - 1] > gapHigh - gapLow) {
            gapLow = sorted[i - 1];
            gapHigh = sorted[i];
        }
    }
    QVERIFY2(gapHigh - gapLow > 1000, qPrintable(QStringLiteral("%1..%2").arg(gapLow).arg(gapHigh)));
    const double x0 = 12, x1 = 48, y0 = -5000, y1 = (gapLow + gapHigh) / 2;
    QStringList expected;
    for (size_t i = 0; i < x.size(); ++i) {
        if (x[i] >= x0 && x[i] <= x1 && y[i] >= y0 && y[i] <= y1 && std::isfinite(y[i]))
            expected << ids.at(qsizetype(i));
    }
    QVERIFY(expected.size() > 3);
    QVERIFY(expected.size() < 228);

    CorrelationScatterPlot *plot = view.scatterPlot();
    plot->xAxis->setRange(0, 140);
    plot->yAxis->setRange(-10000, 70000);
    plot->replot();
    const QPoint from(int(std::lround(plot->xAxis->coordToPixel(x0))), int(std::lround(plot->yAxis->coordToPixel(y1))));
    const QPoint to(int(std::lround(plot->xAxis->coordToPixel(x1))), int(std::lround(plot->yAxis->coordToPixel(y0))));
    QTest::mousePress(plot, Qt::LeftButton, {}, from);
    QTest::mouseMove(plot, (from + to) / 2);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, to);

    QStringList selected;
    for (int row = 0; row < model->rowCount(); ++row)
        selected << model->index(row, SelectedJobsModel::JobId).data().toString();
    QCOMPARE(selected, expected);
    QCOMPARE(model->headerData(SelectedJobsModel::X, Qt::Horizontal).toString(),
             CorrelationFields::label(CorrelationFields::AllocCpus, EnergyUnit::J));
    for (int row = 0; row < model->rowCount(); ++row) {
        const double xv = model->index(row, SelectedJobsModel::X).data(SelectedJobsModel::RawValueRole).toDouble();
        QVERIFY(xv == 16 || xv == 32);
    }

    // The same selection through the coordinate API, then a click (an empty rectangle) clears it.
    plot->selectCoordinates(QRectF(QPointF(x0, y0), QPointF(x1, y1)));
    QCOMPARE(model->rowCount(), expected.size());
    QTest::mouseClick(plot, Qt::LeftButton, {}, from);
    QCOMPARE(model->rowCount(), 0);
}

void TestCorrelationExplorer::matrixClickSetsAxes()
{
    CorrelationView view;
    waitForView(view);
    CorrelationMatrixPlot *matrix = view.matrixPlot();
    const std::vector<int> &fields = matrix->matrix().fields;
    const auto column = std::find(fields.begin(), fields.end(), int(CorrelationFields::ElapsedS));
    const auto row = std::find(fields.begin(), fields.end(), int(CorrelationFields::AllocCpus));
    QVERIFY(column != fields.end());
    QVERIFY(row != fields.end());
    // The matrix has every varying field and agrees with the pair statistics.
    const qsizetype c = column - fields.begin(), r = row - fields.begin();
    QVERIFY(std::abs(matrix->matrix().matrix.at(r, c) - view.statistics().pearson) < 1e-9);
    QCOMPARE(matrix->matrix().matrix.countAt(r, c), view.statistics().n);

    matrix->replot();
    QTest::mouseClick(matrix, Qt::LeftButton, {}, matrix->cellCentre(int(c), int(r)).toPoint());
    QCOMPARE(view.xField(), int(CorrelationFields::ElapsedS));
    QCOMPARE(view.yField(), int(CorrelationFields::AllocCpus));
    QTRY_VERIFY(view.hasStatistics());
    QVERIFY(std::abs(view.statistics().pearson - matrix->matrix().matrix.at(r, c)) < 1e-9);
}

void TestCorrelationExplorer::matrixWritesCoefficientsOnlyWhereTheyFit()
{
    CorrelationView view;
    waitForView(view);
    const qsizetype fields = qsizetype(view.matrixPlot()->matrix().fields.size());
    QVERIFY(fields >= 3);
    CorrelationMatrixPlot plot;
    plot.setMatrix(view.matrixPlot()->matrix());
    plot.show();
    const auto visibleCoefficients = [&plot] {
        qsizetype visible = 0;
        for (int i = 0; i < plot.itemCount(); ++i)
            if (auto *label = qobject_cast<QCPItemText *>(plot.item(i)); label && label->visible())
                ++visible;
        return visible;
    };
    plot.resize(1200, 1200);
    plot.replot();
    QCOMPARE(visibleCoefficients(), fields * fields);
    plot.resize(260, 260); // cells of a few pixels: colours and the tooltip only
    plot.replot();
    QCOMPARE(visibleCoefficients(), qsizetype(0));
    plot.resize(1200, 1200);
    plot.replot();
    QCOMPARE(visibleCoefficients(), fields * fields);
}

void TestCorrelationExplorer::exportsEveryFormat()
{
    CorrelationView view;
    waitForView(view);
    for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
        const QString path = m_dir.filePath(QStringLiteral("scatter.") + suffix);
        QString error;
        QVERIFY2(PlotExporter::save(view.scatterPlot(), path, QSize(640, 480), &error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
    }
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("scatter.png"))).size(), QSize(640, 480));
    QFile svg(m_dir.filePath(QStringLiteral("scatter.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    QString error;
    QVERIFY(
        !PlotExporter::save(view.matrixPlot(), m_dir.filePath(QStringLiteral("matrix.bmpx")), QSize(10, 10), &error));
    QVERIFY(!error.isEmpty());
}

void TestCorrelationExplorer::mainWindowTab()
{
    MainWindow window(m_store);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.tabs()->count() >= 4); // Jobs, Correlations, Dashboard, Connections, then the others
    CorrelationView *view = window.correlationView();
    QCOMPARE(window.tabs()->indexOf(view), 1); // after Jobs; more tabs may follow
    QVERIFY(!view->isVisible());
    QTRY_VERIFY(window.jobModel()->isStoreOpen());
    QVERIFY(view->data() == nullptr); // lazy: nothing read while the tab is hidden
    window.tabs()->setCurrentWidget(view);
    QTRY_VERIFY(view->hasStatistics());
    QCOMPARE(view->data()->size(), 228);
}

void TestCorrelationExplorer::saysLoadingWhileLoading()
{
    CorrelationView view;
    view.resize(1200, 800);
    view.setLocation(m_store);
    view.show(); // the load starts in showEvent(); its answer needs the event loop
    QVERIFY(view.matrixPlot()->isLoading());
    QCOMPARE(view.matrixPlot()->messageText(), QStringLiteral("Loading…"));
    QCOMPARE(view.scatterPlot()->statisticsLabelText(), QStringLiteral("Loading…"));
    QTRY_VERIFY(view.hasMatrix());
    QVERIFY(!view.matrixPlot()->isLoading());
    QVERIFY(view.matrixPlot()->messageText().isEmpty()); // the matrix, no message
    QVERIFY(view.scatterPlot()->statisticsLabelText() != QStringLiteral("Loading…"));

    // A store without jobs: after loading, the matrix says there is nothing to correlate.
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(empty, &error), qPrintable(error));
    }
    view.setLocation(empty);
    QCOMPARE(view.matrixPlot()->messageText(), QStringLiteral("Loading…"));
    QTRY_VERIFY(view.hasMatrix());
    QCOMPARE(view.matrixPlot()->messageText(), QStringLiteral("No numeric fields with data to correlate"));
}

void TestCorrelationExplorer::exportCaptionNamesPlotAndFilter()
{
    CorrelationView view;
    JobFilter filter;
    filter.text = QStringLiteral("1"); // job ids containing a 1
    view.setFilter(filter);
    waitForView(view);
    const PlotCaption scatter = view.exportCaption(false);
    QCOMPARE(scatter.title, CorrelationFields::label(CorrelationFields::ElapsedS, EnergyUnit::J) +
                                QStringLiteral(" vs ") +
                                CorrelationFields::label(CorrelationFields::AllocCpus, EnergyUnit::J));
    QVERIFY(scatter.lines.size() >= 2);
    QCOMPARE(scatter.lines.at(0), filter.description());
    QVERIFY(scatter.lines.at(1).contains(QStringLiteral("jobs plotted")));
    const PlotCaption matrix = view.exportCaption(true);
    QVERIFY(matrix.title.contains(QStringLiteral("correlation")));
    QCOMPARE(matrix.lines.at(0), filter.description());
    const QImage image = PlotExporter::render(view.scatterPlot(), QSize(640, 480), scatter);
    QCOMPARE(image.height(), 480 + PlotExporter::captionHeightPx(scatter, 640, view.scatterPlot()->font()));
    QVERIFY(image.height() > 480);
}

void TestCorrelationExplorer::densityViewAboveThreshold()
{
    // Synthetic jobs, more than the scatter threshold: x = i mod 1000, y = 2x + 1 (one in ten without y).
    auto data = std::make_shared<CorrelationData>();
    const int rows = int(CorrelationScatterPlot::kDensityThreshold) + 20000;
    for (auto &column : data->numeric)
        column.assign(size_t(rows), std::numeric_limits<double>::quiet_NaN());
    for (auto &column : data->category)
        column.assign(size_t(rows), 0);
    for (auto &names : data->categoryNames)
        names << QStringLiteral("all");
    for (int i = 0; i < rows; ++i) {
        data->jobPk.push_back(i + 1);
        data->jobIds << QString::number(i + 1);
        data->names << QString();
        const double x = i % 1000;
        data->numeric[CorrelationFields::AllocCpus][size_t(i)] = x;
        if (i % 10 != 0)
            data->numeric[CorrelationFields::ElapsedS][size_t(i)] = 2 * x + 1;
    }
    CorrelationScatterPlot plot;
    plot.resize(800, 600);
    plot.setData(data, CorrelationFields::AllocCpus, CorrelationFields::ElapsedS, CorrelationFields::State, false,
                 false);
    QCOMPARE(plot.plottedCount(), rows - rows / 10);
    QVERIFY(plot.isDensityMode());
    plot.replot();
    // Selection and statistics still cover every job, not the cells.
    plot.selectCoordinates(QRectF(QPointF(-0.5, 0), QPointF(9.5, 100)));
    qsizetype expected = 0;
    for (int i = 0; i < rows; ++i)
        expected += i % 10 != 0 && i % 1000 <= 9 ? 1 : 0;
    QCOMPARE(qsizetype(plot.selectedRows().size()), expected);
    const ml::Correlation::PairStatistics s =
        ml::Correlation::pair(data->numeric[CorrelationFields::AllocCpus], data->numeric[CorrelationFields::ElapsedS]);
    QCOMPARE(s.n, plot.plottedCount());
    QVERIFY(std::abs(s.pearson - 1.0) < 1e-12);
    plot.setStatistics(s);
    QVERIFY(plot.statisticsText().contains(QStringLiteral("R² = 1.000")));
    const QPointF pixel(plot.xAxis->coordToPixel(500), plot.yAxis->coordToPixel(1001));
    QVERIFY2(plot.toolTipAt(pixel).contains(QStringLiteral("in this cell")), qPrintable(plot.toolTipAt(pixel)));

    // Log axes: the same jobs, except x = 0.
    plot.setData(data, CorrelationFields::AllocCpus, CorrelationFields::ElapsedS, CorrelationFields::NoCategory, true,
                 true);
    QVERIFY(plot.isDensityMode());
    QCOMPARE(plot.plottedCount(), rows - rows / 10); // the x = 0 jobs (i % 1000 == 0) lack y already
}

void TestCorrelationExplorer::importC6Sample(Store &store, const QStringList &features)
{
    Importer importer(store);
    ImportOptions options;
    options.columnMap.insert(QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh"));
    for (const QString &feature : features)
        options.columnMap.insert(feature, QStringLiteral("feature"));
    ImportReport report;
    QString error;
    QVERIFY2(importer.importFile(Importer::Format::Csv,
                                 QStringLiteral(ES_TEST_DATA_DIR "/csv/C6EnPLS_jobs_info.head.csv"), options, &report,
                                 &error),
             qPrintable(error));
}

/// Columns an import kept as job features are numeric fields of the explorer: in the data, the matrix and the axis
/// choices (the real C6EnPLS sample, tests/data/csv).
void TestCorrelationExplorer::datasetFeaturesAreFields()
{
    const QString location = m_dir.filePath(QStringLiteral("features.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        importC6Sample(store, {QStringLiteral("total_proc")});
        if (QTest::currentTestFailed())
            return;
        const CorrelationDataPtr data = CorrelationLoader::readJobs(store, JobFilter{}, EnergyUnit::J, &error);
        QVERIFY2(data, qPrintable(error));
        const int field = CorrelationFields::featureField(QStringLiteral("total_proc"));
        QVERIFY(field >= CorrelationFields::NumericCount);
        QCOMPARE(CorrelationFields::key(field), QStringLiteral("feature:total_proc"));
        QCOMPARE(CorrelationFields::fromKey(QStringLiteral("feature:total_proc")), field);
        QCOMPARE(CorrelationFields::label(field, EnergyUnit::J), QStringLiteral("Feature: total_proc"));
        QCOMPARE(data->numeric.size(), size_t(CorrelationFields::fieldCount()));
        const std::vector<double> &procs = data->numeric[size_t(field)];
        QCOMPARE(procs.size(), size_t(20));
        QCOMPARE(*std::min_element(procs.cbegin(), procs.cend()), 100.0); // the sample's total_proc: 100..180
        QCOMPARE(*std::max_element(procs.cbegin(), procs.cend()), 180.0);
        const CorrelationMatrixResult matrix = CorrelationLoader::computeMatrix(*data);
        QVERIFY(std::find(matrix.fields.cbegin(), matrix.fields.cend(), field) != matrix.fields.cend());
    }
    CorrelationView view;
    showLoaded(view, location);
    if (QTest::currentTestFailed())
        return;
    const int field = CorrelationFields::featureField(QStringLiteral("total_proc"));
    view.setAxes(field, CorrelationFields::EnergyJ); // offered once the load had the feature
    QCOMPARE(view.xField(), field);
    QTRY_VERIFY(view.hasStatistics());
}

/// Energies are read in joules and shown in View > Energy Unit: the loader converts them (Automatic: by the
/// largest), labels name the unit, and a change of unit reloads the open view (the real C6EnPLS sample, kWh in the
/// file).
void TestCorrelationExplorer::energiesFollowTheChosenUnit()
{
    const QString location = m_dir.filePath(QStringLiteral("units.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(location, &error), qPrintable(error));
        importC6Sample(store, {});
        if (QTest::currentTestFailed())
            return;
        const CorrelationDataPtr joules = CorrelationLoader::readJobs(store, JobFilter{}, EnergyUnit::J, &error);
        const CorrelationDataPtr kwh = CorrelationLoader::readJobs(store, JobFilter{}, EnergyUnit::KWh, &error);
        const CorrelationDataPtr automatic =
            CorrelationLoader::readJobs(store, JobFilter{}, EnergyUnit::Automatic, &error);
        QVERIFY2(joules && kwh && automatic, qPrintable(error));
        QCOMPARE(kwh->energyUnit, EnergyUnit::KWh);
        int compared = 0;
        double largestJ = 0;
        for (int f : {int(CorrelationFields::EnergyJ), int(CorrelationFields::MetricEnergyJ)}) {
            for (size_t r = 0; r < joules->numeric[size_t(f)].size(); ++r) {
                const double j = joules->numeric[size_t(f)][r];
                if (!std::isfinite(j))
                    continue;
                QVERIFY(std::abs(kwh->numeric[size_t(f)][r] * 3.6e6 - j) <= 1e-9 * std::abs(j));
                largestJ = std::max(largestJ, j);
                ++compared;
            }
        }
        QVERIFY(compared >= 20);
        QCOMPARE(automatic->energyUnit, EnergyFormat::automaticUnit(largestJ));
        QCOMPARE(CorrelationFields::label(CorrelationFields::EnergyJ, EnergyUnit::KWh), QStringLiteral("Energy (kWh)"));
        QCOMPARE(CorrelationFields::label(CorrelationFields::MetricEnergyJ, EnergyUnit::MJ),
                 QStringLiteral("Metric: energy (MJ)"));
        QCOMPARE(CorrelationLoader::computeMatrix(*kwh).energyUnit, EnergyUnit::KWh);
    }
    EnergyFormat::instance().setUnit(EnergyUnit::J);
    CorrelationView view;
    showLoaded(view, location);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(view.data()->energyUnit, EnergyUnit::J);
    // No job of the sample has CPUs and a run time (the default pair): the view shows an energy instead.
    QTRY_COMPARE(view.yField(), int(CorrelationFields::EnergyJ));
    QVERIFY(view.xField() != int(CorrelationFields::AllocCpus));
    auto *x = view.findChild<QComboBox *>(QStringLiteral("xField"));
    QVERIFY(x);
    EnergyFormat::instance().setUnit(EnergyUnit::KWh);
    QTRY_VERIFY(view.data() && view.data()->energyUnit == EnergyUnit::KWh);
    QCOMPARE(x->itemText(x->findData(int(CorrelationFields::EnergyJ))), QStringLiteral("Energy (kWh)"));
}

/// A log axis over less than two decades gets linear ticks: their labels must differ ("10¹ 2·10¹ 2·10¹" did not).
void TestCorrelationExplorer::logTicksNeverRepeat()
{
    LogAxisTicker ticker;
    const QLocale locale(QLocale::C);
    for (const QCPRange range : {QCPRange(10, 30), QCPRange(1.2, 9), QCPRange(900, 4000), QCPRange(1, 1e6),
                                 QCPRange(0.001, 50000), QCPRange(3.3e5, 4.1e5)}) {
        QVector<double> ticks;
        QVector<QString> labels;
        ticker.generate(range, locale, u'g', 0, ticks, nullptr, &labels);
        QVERIFY(!ticks.isEmpty());
        const QStringList list(labels.cbegin(), labels.cend());
        QCOMPARE(QSet<QString>(list.cbegin(), list.cend()).size(), list.size());
        for (int i = 0; i < ticks.size(); ++i) // each label is its tick, to the digits shown
            QVERIFY2(std::abs(labels[i].toDouble() - ticks[i]) <= 0.5 * std::abs(ticks[i]),
                     qPrintable(list.join(u' ')));
    }
}

QTEST_MAIN(TestCorrelationExplorer)
#include "TestCorrelationExplorer.moc"
