// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "AlertEvaluator.h"
#include "AlertThresholds.h"
#include "CampaignDesign.h"
#include "CampaignStore.h"
#include "CliApp.h"
#include "CliRun.h"
#include "Importer.h"
#include "NodeSampleWriter.h"
#include "ReportBuilder.h"
#include "ReportRenderer.h"
#include "ReportTableHtml.h"
#include "Store.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <algorithm>
#include <cmath>

using namespace es;

/// ReportRenderer and the CLI `report` command on a store with real-shaped data (the NASA iPSC/860 SWF sample with
/// energies and node temperatures added): the HTML holds the tables and embedded PNG plots, the PDF is a PDF with
/// pages. Set ES_REPORT_KEEP=DIR to keep the files and a PNG of the first PDF-layout page for a look.
class TestReportRenderer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    static constexpr qint64 kBase = 749458803;

    QString keep(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("ES_REPORT_KEEP");
        return dir.isEmpty() ? m_dir.filePath(name) : dir + u'/' + name;
    }

    std::optional<ReportData> build()
    {
        Store store;
        QString error;
        if (!store.open(m_db, &error))
            return std::nullopt;
        return ReportBuilder(store).build({kBase, kBase + 86400 * 8, QStringLiteral("nasa")}, &error);
    }

    static int pdfPages(const QByteArray &pdf)
    {
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
        int n = 0;
        for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
            ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("report.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(m_db, &error), qPrintable(error));
        ImportOptions options;
        options.clusterName = QStringLiteral("nasa");
        ImportReport report;
        QVERIFY2(Importer(store).importFile(Importer::Format::Swf,
                                            QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf"), options,
                                            &report, &error),
                 qPrintable(error));
        QSqlQuery query(store.database());
        // every job draws 80-200 W per node over its run time; every other one measured, the rest estimated
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO job_metrics (job_pk, energy_j, energy_source, duration_s) SELECT id,"
            " elapsed_s * (80 + (CAST(job_id AS INTEGER) * 37) % 120), CASE WHEN CAST(job_id AS INTEGER) % 2 = 0"
            " THEN 'counter' ELSE 'model' END, elapsed_s FROM jobs WHERE elapsed_s > 0")));
        // the sample covers one day: spread its jobs over a week so that the plot by day has days
        QVERIFY(query.exec(
            QStringLiteral("UPDATE jobs SET submit_ts = submit_ts + (CAST(job_id AS INTEGER) % 7) * 86400")));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE jobs SET job_type = CASE WHEN alloc_cpus >= 64 THEN 'cfd' ELSE 'post' END")));
        NodeSampleWriter writer(store, QStringLiteral("nasa"));
        QVERIFY2(writer.begin(&error), qPrintable(error));
        for (int node = 1; node <= 6; ++node) {
            for (int i = 0; i < 200; ++i) {
                NodeSample s;
                s.node = QStringLiteral("r%1n%2").arg(node / 3).arg(node);
                s.ts = kBase + i * 600;
                s.source = QStringLiteral("sampler");
                s.tempC = 45 + node * 3 + 10 * std::sin(i / 10.0 + node);
                QVERIFY2(writer.add(s, &error), qPrintable(error));
            }
        }
        QVERIFY2(writer.commit(&error), qPrintable(error));
        QVERIFY(AlertThresholds::set(store, QStringLiteral("nasa"), QString(), {60, 64}, &error));
        AlertEvaluationSummary alerts;
        QVERIFY2(AlertEvaluator(store).evaluate(QStringLiteral("nasa"), {}, &alerts, &error), qPrintable(error));
        QVERIFY(alerts.eventsNew > 0);
    }

    void htmlHasTablesAndEmbeddedPlots()
    {
        const auto data = build();
        QVERIFY(data);
        QVERIFY(data->jobs > 0);
        const auto plots = ReportRenderer::renderPlots(*data);
        QCOMPARE(plots.size(), qsizetype(3));
        for (const QImage &image : plots) {
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 800);
        }
        const QString path = keep(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(ReportRenderer::write(*data, plots, path, ReportRenderer::Format::Html, &error, nullptr, QLocale::c()),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // names may break after a separator only: the report marks those places with zero-width spaces
        const QString html = QString::fromUtf8(file.readAll()).remove(QChar(0x200B));
        for (const char *id : {"summary", "by-partition", "by-user", "by-job-type", "top-jobs", "hottest-nodes"})
            QVERIFY2(html.contains(QStringLiteral("<table id=\"%1\"").arg(QLatin1String(id))), id);
        QCOMPARE(html.count(QStringLiteral("src=\"data:image/png;base64,")), 3);
        QVERIFY(!html.contains(QStringLiteral("report-plot:"))); // nothing outside the file
        // the figures as the report prints them
        QVERIFY(html.contains(QLocale::c().toString(data->jobs)));
        QVERIFY(html.contains(QLocale::c().toString(data->energyJ / 3.6e6, 'f', 2)));
        QVERIFY(html.contains(data->topJobs.constFirst().cluster + u'/' + data->topJobs.constFirst().jobId));
        QVERIFY(html.contains(QLocale::c().toString(*data->energyDurationR, 'f', 3)));
        QVERIFY(html.contains(data->hottestNodes.constFirst().node));
        QVERIFY(data->alerts > 0);
        QVERIFY(html.contains(QStringLiteral("temp_warning")));
        // each embedded image decodes back to a PNG
        static const QRegularExpression png(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=]+)"));
        for (auto it = png.globalMatch(html); it.hasNext();) {
            const QByteArray bytes = QByteArray::fromBase64(it.next().captured(1).toLatin1());
            QImage decoded;
            QVERIFY(decoded.loadFromData(bytes, "PNG"));
            QVERIFY(decoded.width() > 100);
        }
    }

    /// A campaign planned in the range: its cells table, its energy-by-nodes plot and its failed runs (SYNTHETIC
    /// results; TestCampaignLab runs real ones).
    void campaignSection()
    {
        const QString db = m_dir.filePath(QStringLiteral("campaign-report.sqlite"));
        Store store;
        QString error;
        QVERIFY2(store.open(db, &error), qPrintable(error));
        QVERIFY(store.ensureCluster(QStringLiteral("lab"), &error));
        CampaignSpec spec;
        spec.name = QStringLiteral("scan");
        spec.profile = QStringLiteral("lab");
        spec.workloadEntries = {QJsonObject{{QStringLiteral("id"), QStringLiteral("sysbench-cpu")}}};
        spec.nodeCounts = {1, 2, 4};
        spec.repeats = 2;
        CampaignStore campaigns(store);
        const auto id = campaigns.create(spec, QStringLiteral("lab"), CampaignDesign(spec), kBase + 100, &error);
        QVERIFY2(id, qPrintable(error));
        auto runs = *campaigns.runs(*id, &error);
        for (int i = 0; i < runs.size(); ++i) {
            CampaignRunRecord &r = runs[i];
            const int nodes = r.cell.value(QStringLiteral("nodes")).toInt();
            r.state = i == 0 ? QStringLiteral("failed") : QStringLiteral("completed");
            r.slurmState = i == 0 ? QStringLiteral("NODE_FAIL") : QStringLiteral("COMPLETED");
            r.message = i == 0 ? QStringLiteral("NODE_FAIL on node3 (exit 0:0)") : QString();
            r.energyJ = 1500.0 * nodes + 40 * i;
            r.durationS = 30;
            QVERIFY2(campaigns.update(r, &error), qPrintable(error));
        }
        ReportRequest request;
        request.sinceTs = kBase;
        request.untilTs = kBase + 86400;
        const auto data = ReportBuilder(store).build(request, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(data->campaigns.size(), 1);
        const ReportData::CampaignResult &c = data->campaigns.first();
        QCOMPARE(c.runs, 6);
        QCOMPARE(c.completed, 5);
        QCOMPARE(c.failed, 1);
        QCOMPARE(c.cells.size(), 3);
        QCOMPARE(c.failedRuns.first().message, QStringLiteral("NODE_FAIL on node3 (exit 0:0)"));
        const auto plots = ReportRenderer::renderPlots(*data);
        QVERIFY(plots.contains(QStringLiteral("campaign-0")));
        const QString html = ReportRenderer::html(*data, plots, true, QLocale::c()).remove(QChar(0x200B));
        QVERIFY(html.contains(QStringLiteral("Benchmark campaigns")));
        QVERIFY(html.contains(QStringLiteral("<table id=\"campaign-cells-0\"")));
        QVERIFY(html.contains(QStringLiteral("<table id=\"campaign-failed-0\"")));
        QVERIFY(html.contains(QStringLiteral("NODE_FAIL on node3")));
        // The 4-node cell's median energy in kJ, as the table prints it.
        for (const CampaignCellSummary &cell : c.cells)
            if (cell.nodes == 4)
                QVERIFY(html.contains(QLocale::c().toString(*cell.energyMedianJ / 1000.0, 'f', 2)));
        // Out of the range: no campaign section.
        request.sinceTs = kBase + 200;
        const auto later = ReportBuilder(store).build(request, &error);
        QVERIFY2(later && later->campaigns.isEmpty(), qPrintable(error));
    }

    void pdfIsAPdfWithPages()
    {
        const auto data = build();
        QVERIFY(data);
        const auto plots = ReportRenderer::renderPlots(*data);
        const QString path = keep(QStringLiteral("report.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(ReportRenderer::write(*data, plots, path, ReportRenderer::Format::Pdf, &error, &pages),
                 qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QVERIFY(pdf.size() > 50000); // three plots inside
        QVERIFY(pages >= 2);
        QCOMPARE(pdfPages(pdf), pages);
        QVERIFY(pdf.contains("/Subtype /Image"));
        // the first page of the same layout, for a look (kept with ES_REPORT_KEEP)
        const QImage first = ReportRenderer::renderPage(*data, plots, 0, 1240);
        QVERIFY(!first.isNull());
        QVERIFY(first.save(keep(QStringLiteral("report-page1.png"))));
        QVERIFY(ReportRenderer::renderPage(*data, plots, 1000, 1240).isNull());
        // a write that cannot happen leaves nothing behind
        QVERIFY(!ReportRenderer::write(*data, plots, m_dir.filePath(QStringLiteral("missing/dir/r.pdf")),
                                       ReportRenderer::Format::Pdf, &error));
        QVERIFY(!error.isEmpty());
    }

    void emptyRangeStillRenders()
    {
        Store store;
        QString error;
        QVERIFY(store.open(m_db, &error));
        const auto data = ReportBuilder(store).build({kBase - 1000, kBase - 1, QString()}, &error);
        QVERIFY(data);
        const auto plots = ReportRenderer::renderPlots(*data);
        QVERIFY(plots.isEmpty());
        const QString html = ReportRenderer::html(*data, plots, true);
        QVERIFY(html.contains(QStringLiteral("<table id=\"summary\"")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        int pages = 0;
        QVERIFY(ReportRenderer::write(*data, plots, m_dir.filePath(QStringLiteral("empty.pdf")),
                                      ReportRenderer::Format::Pdf, &error, &pages));
        QCOMPARE(pages, 1);
    }

    void cliReportCommand()
    {
        auto run = [this](const QStringList &args, QByteArray *out) {
            const test::CliRun result = test::runCli(QStringList{QStringLiteral("--db"), m_db} + args);
            *out = result.out;
            return result.exitCode;
        };
        QByteArray out;
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("--since"),
                      QStringLiteral("1993-10-01"), QStringLiteral("--until"), QStringLiteral("1993-10-09"),
                      QStringLiteral("--cluster"), QStringLiteral("nasa"), QStringLiteral("--out"), pdf},
                     &out),
                 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QVERIFY(json.value(QStringLiteral("pages")).toInt() >= 2);
        QCOMPARE(json.value(QStringLiteral("plots")).toInt(), 3);
        QVERIFY(QFile(pdf).size() > 50000);
        const QString html = m_dir.filePath(QStringLiteral("cli.html"));
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("1993-10-01"),
                      QStringLiteral("--until"), QStringLiteral("1993-10-04"), QStringLiteral("--out"), html},
                     &out),
                 0);
        QVERIFY(QFile::exists(html));
        QVERIFY(out.contains("3 plots"));
        // usage errors: 2; a failure: 1
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("-7d")}, &out), 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("-7d"),
                      QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.docx"))},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("nonsense"),
                      QStringLiteral("--out"), pdf},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("-1d"),
                      QStringLiteral("--until"), QStringLiteral("-2d"), QStringLiteral("--out"), pdf},
                     &out),
                 2);
        QCOMPARE(run({QStringLiteral("report"), QStringLiteral("--since"), QStringLiteral("-7d"),
                      QStringLiteral("--cluster"), QStringLiteral("nowhere"), QStringLiteral("--out"), pdf},
                     &out),
                 1);
    }

    /// Long SYNTHETIC job names and users (as CRESCO6's algorithm_precision_size names): in the PDF's text
    /// (pdftotext -layout), every figure of the top jobs table stays on one line, every piece of a name between
    /// separators too, and no page ends with a section heading.
    void pdfTablesBreakNeitherNumbersNorNames()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils, installers/install-deps.sh --test) is not installed");
        {
            Store store;
            QString error;
            QVERIFY2(store.open(m_db, &error), qPrintable(error));
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE jobs SET name = 'IMeCO_double_precision_matrix_' || job_id || '_balanced_rank-assignment',"
                " user_name = 'researcher.' || (CAST(job_id AS INTEGER) % 5) || '@enea-cresco6.example',"
                " partition = 'cresco6_skylake_' || (CAST(job_id AS INTEGER) % 3)")));
        }
        const auto data = build();
        QVERIFY(data);
        QVERIFY(data->topJobs.size() >= 10);
        const auto plots = ReportRenderer::renderPlots(*data);
        const QString path = keep(QStringLiteral("report-long-names.pdf"));
        QString error;
        int pages = 0;
        QVERIFY2(ReportRenderer::write(*data, plots, path, ReportRenderer::Format::Pdf, &error, &pages, QLocale::c()),
                 qPrintable(error));
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                  QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).remove(QChar(0x200B));
        const QStringList lines = text.split(u'\n');
        auto onOneLine = [&](const QString &token) {
            return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(token); });
        };
        const QLocale c = QLocale::c();
        int names = 0;
        for (const ReportData::TopJob &job : data->topJobs) {
            const QString kwh = c.toString(job.energyJ / 3.6e6, 'f', 2);
            QVERIFY2(onOneLine(kwh), qPrintable(kwh));
            if (job.durationS) {
                const QString hours = c.toString(*job.durationS / 3600.0, 'f', 2);
                QVERIFY2(onOneLine(hours), qPrintable(hours));
            }
            // the pieces as the table shows them: split after each separator
            for (const QString &whole :
                 QStringList{job.name, job.user, job.partition, job.cluster + u'/' + job.jobId}) {
                const QString shown = QTextDocumentFragment::fromHtml(ReportTableHtml::name(whole)).toPlainText();
                for (const QString &piece : shown.split(QChar(0x200B), Qt::SkipEmptyParts)) {
                    QVERIFY2(onOneLine(piece), qPrintable(QStringLiteral("%1 of %2").arg(piece, whole)));
                    ++names;
                }
            }
        }
        QVERIFY(names > 40);
        // no page ends with a heading (the last line of a page is its number, "N / M")
        static const QRegularExpression headingTag(QStringLiteral("<h[12]>([^<]+)</h[12]>"));
        QStringList headings;
        for (auto it = headingTag.globalMatch(ReportRenderer::html(*data, plots, false, c)); it.hasNext();)
            headings << QTextDocumentFragment::fromHtml(it.next().captured(1)).toPlainText();
        QVERIFY(headings.contains(QStringLiteral("Energy by user")));
        const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int page = 0; page < pageTexts.size(); ++page) {
            QStringList content;
            for (const QString &line : pageTexts[page].split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    content << line.trimmed();
            }
            QVERIFY(content.size() >= 2);
            QCOMPARE(QString(content.constLast()).remove(u' '), QStringLiteral("%1/%2").arg(page + 1).arg(pages));
            const QString last = content[content.size() - 2];
            QVERIFY2(!headings.contains(last),
                     qPrintable(QStringLiteral("page %1 ends with %2").arg(page + 1).arg(last)));
        }
        qInfo("%d pages, %d name pieces and %lld figures checked on one line each", pages, names,
              qlonglong(data->topJobs.size() * 2));
        // a page with the tables, for a look (kept with ES_REPORT_KEEP)
        const QImage last = ReportRenderer::renderPage(*data, plots, pages - 1, 1240);
        QVERIFY(!last.isNull());
        QVERIFY(last.save(keep(QStringLiteral("report-long-names-last-page.png"))));
    }
};

QTEST_MAIN(TestReportRenderer)
#include "TestReportRenderer.moc"
