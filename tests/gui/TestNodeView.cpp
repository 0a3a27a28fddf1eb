// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "JobQuery.h"
#include "JobTableModel.h"
#include "MainWindow.h"
#include "NodeListItems.h"
#include "NodePlotStack.h"
#include "NodeTestStore.h"
#include "NodeView.h"
#include "PlotExporter.h"
#include "PlotPalette.h"
#include "QCustomPlotInclude.h"
#include "Store.h"

#include <QApplication>
#include <QImage>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace es;
using es::test::NodeTestStore;

class TestNodeView final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkedNodesHaveGraphs();
    void zoomKeepsRangesInStep();
    void timeLabelsNeverRepeat();
    void spanClickEmitsJob();
    void mainWindowShowsClickedJob();
    void liveModeAppendsAndFollows();
    void replotsAreCapped();
    void emptyStates();
    void exportsEveryPlot();

private:
    static bool waitForLoad(QSignalSpy &spy, qsizetype before)
    {
        return QTest::qWaitFor([&] { return spy.size() > before; }, 10000);
    }
    qint64 jobPk(const QString &jobId) const;
    qint64 nodeId(const NodeView &view, const QString &name) const;
    /// A shown view on `location` with its first load done.
    bool openView(NodeView *view, const QString &location);
    static QPoint pixelOf(QCustomPlot *plot, double ts)
    {
        return QPoint(int(plot->xAxis->coordToPixel(ts)), plot->axisRect()->rect().center().y());
    }

    QTemporaryDir m_dir;
    QString m_db;
};

void TestNodeView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    m_db = m_dir.filePath(QStringLiteral("nodes.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(m_db, &error), qPrintable(error));
}

qint64 TestNodeView::jobPk(const QString &jobId) const
{
    Store store;
    QString error;
    if (!store.open(m_db, &error))
        return -1;
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM jobs WHERE job_id = ?"));
    query.addBindValue(jobId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

qint64 TestNodeView::nodeId(const NodeView &view, const QString &name) const
{
    for (const NodeInfo &node : view.nodes()) {
        if (node.name == name)
            return node.nodeId;
    }
    return -1;
}

bool TestNodeView::openView(NodeView *view, const QString &location)
{
    QSignalSpy loaded(view, &NodeView::dataLoaded);
    view->resize(1300, 900);
    view->setLocation(location);
    view->show();
    if (!QTest::qWaitForWindowExposed(view))
        return false;
    return waitForLoad(loaded, 0);
}

void TestNodeView::checkedNodesHaveGraphs()
{
    NodeView view;
    QVERIFY(openView(&view, m_db));
    QCOMPARE(view.nodes().size(), 4);
    QCOMPARE(view.nodeList()->count(), 4);
    QCOMPARE(view.checkedNodes().size(), 4); // a first look: the first nodes with samples
    QVERIFY(!view.isShowingEmptyState());
    NodePlotStack *stack = view.plotStack();
    QCOMPARE(stack->plot(NodePlotStack::Temperature)->graphCount(), 4);
    QCOMPARE(stack->plot(NodePlotStack::Power)->graphCount(), 5); // node01 also has Slurm's power
    QCOMPARE(stack->plot(NodePlotStack::Frequency)->graphCount(), 4);
    QCOMPARE(stack->plot(NodePlotStack::Utilisation)->graphCount(), 8); // utilisation and load
    QCOMPARE(stack->xLower(), double(NodeTestStore::kStartTs));
    QCOMPARE(stack->xUpper(), double(NodeTestStore::kStartTs + NodeTestStore::kDurationS - NodeTestStore::kStepS));
    // Spans of the range: 101, 102 x2, 103 x2, 104 x2, 105, 106_1, 107, 111; 110 ended before the first sample.
    QCOMPARE(stack->spans().size(), size_t(11));
    // Downsampled to about a bucket per pixel: far fewer points than samples.
    QVERIFY(view.data()->bucketS > 0);
    QVERIFY(stack->pointCount() < view.data()->rawSamples);

    QSignalSpy loaded(&view, &NodeView::dataLoaded);
    const qint64 node01 = nodeId(view, QStringLiteral("node01"));
    const qint64 node02 = nodeId(view, QStringLiteral("node02"));
    view.setCheckedNodes({node01, node02});
    QVERIFY(waitForLoad(loaded, 0));
    QCustomPlot *temperature = stack->plot(NodePlotStack::Temperature);
    QCOMPARE(temperature->graphCount(), 2);
    QStringList names;
    for (int g = 0; g < temperature->graphCount(); ++g)
        names << temperature->graph(g)->name();
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("node01"), QStringLiteral("node02")})); // "sampler" comes first
    QCOMPARE(temperature->graph(0)->pen().color(), PlotPalette::category(0)); // node01's colour in the list too
    QCOMPARE(stack->spans().size(), size_t(6));                               // 101, 102 x2, 104 on node02, 105, 106_1
    for (const NodeJobSpan &span : stack->spans())
        QVERIFY(span.nodeId == node01 || span.nodeId == node02);
}

void TestNodeView::timeLabelsNeverRepeat()
{
    NodePlotStack stack;
    QCustomPlot *last = stack.plot(NodePlotStack::PlotCount - 1);
    const auto labels = [last] {
        QVector<QString> texts;
        QVector<double> ticks;
        last->xAxis->ticker()->generate(last->xAxis->range(), last->locale(), u'e', 0, ticks, nullptr, &texts);
        return texts;
    };
    for (const double spanS : {120.0, 600.0, 7200.0, 86400.0}) {
        stack.setXRange(1796418600, 1796418600 + spanS);
        const QVector<QString> texts = labels();
        QVERIFY(texts.size() >= 3);
        for (qsizetype i = 1; i < texts.size(); ++i)
            QVERIFY2(texts[i] != texts[i - 1],
                     qPrintable(QStringLiteral("span %1 s: %2 twice").arg(spanS).arg(texts[i])));
    }
}

void TestNodeView::zoomKeepsRangesInStep()
{
    NodeView view;
    QVERIFY(openView(&view, m_db));
    NodePlotStack *stack = view.plotStack();
    QCustomPlot *power = stack->plot(NodePlotStack::Power);
    const QCPRange before = power->xAxis->range();
    QVERIFY(!stack->isUserRanged());
    QSignalSpy loaded(&view, &NodeView::dataLoaded);
    const qint64 bucketBefore = view.data()->bucketS;

    // Six wheel steps into the middle of the power plot.
    const QPoint centre = power->axisRect()->rect().center();
    for (int step = 0; step < 6; ++step) {
        QWheelEvent wheel(centre, power->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(power, &wheel);
    }
    const QCPRange after = power->xAxis->range();
    QVERIFY(after.size() < before.size() * 0.5);
    for (int i = 0; i < NodePlotStack::PlotCount; ++i) {
        QCOMPARE(stack->plot(i)->xAxis->range().lower, after.lower);
        QCOMPARE(stack->plot(i)->xAxis->range().upper, after.upper);
    }
    QVERIFY(stack->isUserRanged());

    // The zoomed part is read again in more detail, and the user's range is kept.
    QVERIFY(waitForLoad(loaded, 0));
    QVERIFY(view.data()->bucketS < bucketBefore);
    QVERIFY(view.data()->fromTs >= qint64(after.lower) - 1);
    QVERIFY(view.data()->toTs <= qint64(after.upper) + 1);
    QCOMPARE(power->xAxis->range().lower, after.lower);
    QCOMPARE(stack->plot(NodePlotStack::Temperature)->xAxis->range().upper, after.upper);

    // A double click goes back to the chosen range.
    QTest::mouseDClick(power, Qt::LeftButton, Qt::NoModifier, centre);
    QVERIFY(waitForLoad(loaded, 1));
    QCOMPARE(power->xAxis->range().lower, before.lower);
    QCOMPARE(stack->plot(NodePlotStack::Utilisation)->xAxis->range().upper, before.upper);
    QVERIFY(!stack->isUserRanged());
}

void TestNodeView::spanClickEmitsJob()
{
    NodeView view;
    QVERIFY(openView(&view, m_db));
    QSignalSpy loaded(&view, &NodeView::dataLoaded);
    view.setCheckedNodes({nodeId(view, QStringLiteral("node01")), nodeId(view, QStringLiteral("node02"))});
    QVERIFY(waitForLoad(loaded, 0));
    view.setCustomRange(NodeTestStore::kStartTs, NodeTestStore::kStartTs + 3300);
    QVERIFY(waitForLoad(loaded, 1));
    QCustomPlot *plot = view.plotStack()->plot(NodePlotStack::Frequency);
    plot->replot();

    QSignalSpy activated(&view, &NodeView::jobActivated);
    // Job 101 ran on node01 alone from +600 s to +3000 s.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, NodeTestStore::kStartTs + 1800));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), jobPk(QStringLiteral("101")));
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("lab"));
    QCOMPARE(activated.at(0).at(2).toString(), QStringLiteral("101"));
    // Before any job: nothing.
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, NodeTestStore::kStartTs + 300));
    QCOMPARE(activated.size(), 1);
    // Where spans overlap, the innermost (latest start) wins: 102 runs on node01 and node02 from +3600 s.
    view.setCustomRange(NodeTestStore::kStartTs + 3000, NodeTestStore::kStartTs + 8000);
    QVERIFY(waitForLoad(loaded, 2));
    plot->replot();
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, pixelOf(plot, NodeTestStore::kStartTs + 5000));
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(2).toString(), QStringLiteral("102"));
}

void TestNodeView::mainWindowShowsClickedJob()
{
    MainWindow window(m_db);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    NodeView *view = window.nodeView();
    QCOMPARE(window.tabs()->indexOf(view), 3); // Jobs, Correlations, Dashboard, Nodes, then the others
    QTRY_VERIFY(window.jobModel()->isStoreOpen());
    QVERIFY(view->data() == nullptr); // lazy: nothing read while the tab is hidden
    QSignalSpy loaded(view, &NodeView::dataLoaded);
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), view);
    QVERIFY(waitForLoad(loaded, 0));

    const qint64 pk = jobPk(QStringLiteral("106_1"));
    Q_EMIT view->jobActivated(pk, QStringLiteral("lab"), QStringLiteral("106_1"));
    QCOMPARE(window.tabs()->currentIndex(), 0);
    QTRY_COMPARE(window.jobView()->selectionModel()->selectedRows().size(), 1);
    const QModelIndex selected = window.jobView()->selectionModel()->selectedRows().constFirst();
    QCOMPARE(window.jobModel()->data(window.jobModel()->index(selected.row(), int(JobColumn::JobId))).toString(),
             QStringLiteral("106_1"));
    QCOMPARE(window.jobModel()->filter().cluster, QStringLiteral("lab"));
}

void TestNodeView::liveModeAppendsAndFollows()
{
    const QString live = m_dir.filePath(QStringLiteral("live.sqlite"));
    QString error;
    QVERIFY2(NodeTestStore::write(live, &error), qPrintable(error));
    NodeView view;
    QVERIFY(openView(&view, live));
    QSignalSpy loaded(&view, &NodeView::dataLoaded);
    view.setCheckedNodes({nodeId(view, QStringLiteral("node02"))});
    QVERIFY(waitForLoad(loaded, 0));
    NodePlotStack *stack = view.plotStack();
    QCustomPlot *temperature = stack->plot(NodePlotStack::Temperature);
    QCOMPARE(temperature->graphCount(), 1);
    const double width = stack->xUpper() - stack->xLower();

    QSignalSpy appended(&view, &NodeView::dataAppended);
    view.setLiveMode(true);
    QVERIFY(appended.wait(10000)); // the first poll: nothing new yet
    const qint64 lastTs = NodeTestStore::kStartTs + NodeTestStore::kDurationS - NodeTestStore::kStepS;
    QCOMPARE((temperature->graph(0)->data()->constEnd() - 1)->key, double(lastTs));

    // Another connection writes a minute of new samples, as a harvest in another process would.
    QVERIFY2(NodeTestStore::appendSamples(live, QStringLiteral("node02"), lastTs + 5, lastTs + 60, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT((temperature->graph(0)->data()->constEnd() - 1)->key, double(lastTs + 60), 15000);
    QCOMPARE((temperature->graph(0)->data()->constEnd() - 1)->value,
             *NodeTestStore::samplerSample(QStringLiteral("node02"), lastTs + 60).tempC);
    // The x range follows the newest sample and keeps its width.
    QVERIFY(stack->xUpper() >= double(lastTs + 60));
    QVERIFY(stack->xLower() >= double(lastTs + 60) - width - 1);
    QVERIFY(!stack->isUserRanged());

    // Once the user zooms, new samples no longer move the range.
    QCustomPlot *power = stack->plot(NodePlotStack::Power);
    const QPoint centre = power->axisRect()->rect().center();
    QWheelEvent wheel(centre, power->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(power, &wheel);
    QVERIFY(stack->isUserRanged());
    const double lower = stack->xLower();
    const double upper = stack->xUpper();
    QVERIFY2(NodeTestStore::appendSamples(live, QStringLiteral("node02"), lastTs + 65, lastTs + 120, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT((temperature->graph(0)->data()->constEnd() - 1)->key, double(lastTs + 120), 15000);
    QCOMPARE(stack->xLower(), lower);
    QCOMPARE(stack->xUpper(), upper);
    view.setLiveMode(false);
}

void TestNodeView::replotsAreCapped()
{
    NodeView view;
    QVERIFY(openView(&view, m_db));
    NodePlotStack *stack = view.plotStack();
    QTest::qWait(4 * 1000 / NodePlotStack::kMaxRepaintsPerS); // let the repaints of the load (and their cap) pass
    const int before = stack->replotCount();
    NodeSeriesData nothingNew;
    for (int i = 0; i < 50; ++i)
        stack->appendData(nothingNew);
    QCOMPARE(stack->replotCount() - before, 1); // the first at once, the other 49 wait for the cap
    QTRY_COMPARE(stack->replotCount() - before, 2);
    QTest::qWait(3 * 1000 / NodePlotStack::kMaxRepaintsPerS);
    QCOMPARE(stack->replotCount() - before, 2); // one repaint made up for the whole burst
}

void TestNodeView::emptyStates()
{
    // A store without nodes says where samples come from.
    const QString emptyDb = m_dir.filePath(QStringLiteral("empty.sqlite"));
    {
        Store store;
        QString error;
        QVERIFY2(store.open(emptyDb, &error), qPrintable(error));
    }
    NodeView empty;
    QSignalSpy listed(&empty, &NodeView::nodesLoaded);
    empty.setLocation(emptyDb);
    empty.show();
    QVERIFY(listed.wait(10000));
    QVERIFY(empty.isShowingEmptyState());
    QVERIFY(empty.emptyStateText().contains(QStringLiteral("Connections")));
    QVERIFY(empty.emptyStateText().contains(QStringLiteral("es-sampler.sh")));

    NodeView view;
    QVERIFY(openView(&view, m_db));
    QSignalSpy loaded(&view, &NodeView::dataLoaded);
    // A range without samples names the newest one.
    view.setCustomRange(NodeTestStore::kStartTs - 10 * 86400, NodeTestStore::kStartTs - 9 * 86400);
    QVERIFY(waitForLoad(loaded, 0));
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("newest")));
    // No node checked.
    view.setCheckedNodes({});
    QVERIFY(view.isShowingEmptyState());
    QVERIFY(view.emptyStateText().contains(QStringLiteral("Check one or more nodes")));
    QCOMPARE(view.plotStack()->graphCount(), 0);
    // Back to data.
    view.setRangePreset(NodeView::RangePreset::All);
    view.setCheckedNodes({nodeId(view, QStringLiteral("node03"))});
    QVERIFY(waitForLoad(loaded, 1));
    QVERIFY(!view.isShowingEmptyState());
}

void TestNodeView::exportsEveryPlot()
{
    NodeView view;
    QVERIFY(openView(&view, m_db));
    for (int i = 0; i < NodePlotStack::PlotCount; ++i) {
        for (const char *suffix : {"png", "svg", "pdf"}) {
            const QString path =
                m_dir.filePath(NodePlotStack::plotKey(i) + QStringLiteral(".") + QString::fromLatin1(suffix));
            QString error;
            QVERIFY2(PlotExporter::save(view.plotStack()->plot(i), path, QSize(900, 300), &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QImage image(m_dir.filePath(NodePlotStack::plotKey(i) + QStringLiteral(".png")));
        QCOMPARE(image.width(), 900);
    }
    // The caption of an export names the plot, the checked nodes of each cluster and the range shown.
    const PlotCaption caption =
        NodeListItems::exportCaption(NodeListItems::plotTitle(NodePlotStack::Temperature), view.nodes(),
                                     view.checkedNodes(), view.plotStack()->xLower(), view.plotStack()->xUpper());
    QCOMPARE(caption.title, QStringLiteral("Node temperature (°C)"));
    QCOMPARE(caption.lines.size(), 2);
    QVERIFY(caption.lines.at(0).contains(QStringLiteral("of cluster lab")));
    for (qint64 id : view.checkedNodes()) {
        for (const NodeInfo &node : view.nodes()) {
            if (node.nodeId == id)
                QVERIFY2(caption.lines.at(0).contains(node.name), qPrintable(caption.lines.at(0)));
        }
    }
    QVERIFY(caption.lines.at(1).contains(NodeListItems::timeText(qint64(view.plotStack()->xLower()))));
}

QTEST_MAIN(TestNodeView)
#include "TestNodeView.moc"
