// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// Exported plots carry their title and the filter in force (PlotExporter's caption, JobFilter::description()).
#include "JobFilter.h"
#include "PlotExporter.h"
#include "QCustomPlotInclude.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace es;

class TestPlotExporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void filterDescription();
    void captionAddsItsHeightAboveThePlot();
    void everyFormatCarriesTheCaption();
    void noCaptionKeepsThePlotSize();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QCustomPlot> m_plot;
    PlotCaption m_caption;
};

void TestPlotExporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_plot = std::make_unique<QCustomPlot>();
    m_plot->resize(640, 400);
    QCPGraph *graph = m_plot->addGraph();
    for (int i = 0; i < 50; ++i)
        graph->addData(i, i * i); // SYNTHETIC
    m_plot->rescaleAxes();
    JobFilter filter;
    filter.cluster = QStringLiteral("c6");
    filter.user = QStringLiteral("alice");
    m_caption.title = QStringLiteral("Energy vs elapsed time");
    m_caption.lines << filter.description();
}

void TestPlotExporter::filterDescription()
{
    QCOMPARE(JobFilter{}.description(), QStringLiteral("Filter: none (all jobs)"));
    JobFilter filter;
    filter.cluster = QStringLiteral("c6");
    filter.user = QStringLiteral("alice");
    filter.partition = QStringLiteral("batch");
    filter.state = QStringLiteral("FAILED");
    filter.text = QStringLiteral("lammps");
    const qint64 fromTs = 1735689600; // 2025-01-01 00:00 UTC
    const qint64 toTs = fromTs + 86400;
    filter.startFrom = fromTs;
    filter.startTo = toTs;
    const QString text = filter.description();
    for (const QString &part :
         {QStringLiteral("cluster c6"), QStringLiteral("user alice"), QStringLiteral("partition batch"),
          QStringLiteral("state FAILED"), QStringLiteral("“lammps”"),
          QDateTime::fromSecsSinceEpoch(fromTs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
          QDateTime::fromSecsSinceEpoch(toTs).toString(QStringLiteral("yyyy-MM-dd HH:mm"))})
        QVERIFY2(text.contains(part), qPrintable(text + QStringLiteral(" lacks ") + part));
    filter.startTo.reset();
    QVERIFY(filter.description().contains(QStringLiteral("started from")));
}

void TestPlotExporter::captionAddsItsHeightAboveThePlot()
{
    const QSize plotSize(640, 400);
    const int captionHeight = PlotExporter::captionHeightPx(m_caption, plotSize.width(), m_plot->font());
    QVERIFY(captionHeight >= 2 * QFontMetrics(m_plot->font()).height());
    QCOMPARE(PlotExporter::captionHeightPx(PlotCaption{}, plotSize.width(), m_plot->font()), 0);

    const QImage image = PlotExporter::render(m_plot.get(), plotSize, m_caption);
    QCOMPARE(image.size(), QSize(plotSize.width(), plotSize.height() + captionHeight));
    // The caption band holds text: pixels of another colour than its background.
    const QRgb background = image.pixel(image.width() - 2, 1);
    int inked = 0;
    for (int y = 0; y < captionHeight; ++y) {
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != background ? 1 : 0;
    }
    QVERIFY2(inked > 200, qPrintable(QString::number(inked)));
    // Below it, the plot as it renders alone.
    const QImage alone = PlotExporter::render(m_plot.get(), plotSize, PlotCaption{});
    QCOMPARE(alone.size(), plotSize);
    QCOMPARE(image.copy(0, captionHeight, plotSize.width(), plotSize.height()), alone);
}

void TestPlotExporter::everyFormatCarriesTheCaption()
{
    const QSize plotSize(640, 400);
    const int captionHeight = PlotExporter::captionHeightPx(m_caption, plotSize.width(), m_plot->font());
    for (const char *suffix : {"png", "svg", "pdf"}) {
        const QString path = m_dir.filePath(QStringLiteral("plot.") + QString::fromLatin1(suffix));
        QString error;
        QVERIFY2(PlotExporter::save(m_plot.get(), path, plotSize, m_caption, &error), qPrintable(error));
        QVERIFY2(QFileInfo(path).size() > 1000, suffix);
    }
    QCOMPARE(QImage(m_dir.filePath(QStringLiteral("plot.png"))).height(), plotSize.height() + captionHeight);
    QFile svg(m_dir.filePath(QStringLiteral("plot.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    QVERIFY(text.contains(QStringLiteral("Energy vs elapsed time")));
    QVERIFY(text.contains(QStringLiteral("cluster c6, user alice")));
    QFile pdf(m_dir.filePath(QStringLiteral("plot.pdf")));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // The document's title is the plot's (UTF-16 in the info dictionary, as QPdfWriter writes it).
    QVERIFY(bytes.contains(QByteArray("E\0n\0e\0r\0g\0y", 11)) || bytes.contains("Energy vs elapsed time"));
}

void TestPlotExporter::noCaptionKeepsThePlotSize()
{
    const QString path = m_dir.filePath(QStringLiteral("bare.png"));
    QString error;
    QVERIFY2(PlotExporter::save(m_plot.get(), path, QSize(500, 300), &error), qPrintable(error));
    QCOMPARE(QImage(path).size(), QSize(500, 300));
}

QTEST_MAIN(TestPlotExporter)
#include "TestPlotExporter.moc"
