// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "CsvPreview.h"
#include "CsvReader.h"
#include "DatasetLoader.h"
#include "GuiSettings.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportWizard.h"
#include "ImportWorker.h"
#include "LineReader.h"
#include "Store.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace es;

/// The import wizard on a real sample of C6EnPLS (tests/data/csv, see SOURCES.md): detection, mapping with units,
/// features, saved mappings, garbage files; the import through ImportWorker as the main window runs it.
class TestImportWizard final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void formatFollowsTheFileName();
    void detectsSeparatorAndTypes();
    void mapsEnergyInKwhAndKeepsFeatures();
    void savedMappingIsOfferedAgain();
    void raggedCsvIsRefusedAndStoresNothing();
    void binaryFileIsRefusedAndStoresNothing();
    void otherSeparatorsAreDetected();
    void headerlessSacctDumpWithItsFields();

private:
    QString sample() const { return QStringLiteral(ES_TEST_DATA_DIR "/csv/C6EnPLS_jobs_info.head.csv"); }
    QString writeFile(const QString &name, const QByteArray &content);
    /// Shows the wizard on `file` and moves to the mapping page.
    void openAtMapping(ImportWizard &wizard, const QString &file);
    /// Runs the import as MainWindow does; the worker's summary lines.
    ImportWorker::Summary runImport(const ImportWizard &wizard, const QString &location);
    qint64 count(const QString &location, const QString &sql);

    QTemporaryDir m_dir;
};

void TestImportWizard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("energy-studio-test"));
    QCoreApplication::setApplicationName(QStringLiteral("energy-studio-test"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
}

QString TestImportWizard::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportWizard::openAtMapping(ImportWizard &wizard, const QString &file)
{
    wizard.setFiles({file});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QVERIFY2(wizard.previewPage()->isComplete(), qPrintable(wizard.previewPage()->problem()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

ImportWorker::Summary TestImportWizard::runImport(const ImportWizard &wizard, const QString &location)
{
    ImportWorker worker(location, wizard.format(), wizard.files(), wizard.options());
    worker.start();
    worker.wait();
    return worker.summary();
}

qint64 TestImportWizard::count(const QString &location, const QString &sql)
{
    Store store;
    QString error;
    if (!store.open(location, &error))
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(error));
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        qFatal("query failed: %s", qPrintable(sql));
    return query.value(0).toLongLong();
}

void TestImportWizard::formatFollowsTheFileName()
{
    ImportWizard wizard(m_dir.path(), QStringLiteral("sacct"));
    QCOMPARE(wizard.formatName(), QStringLiteral("sacct"));
    wizard.setFiles({QStringLiteral(ES_TEST_DATA_DIR "/swf/NASA-iPSC-1993-3.head.swf")});
    QCOMPARE(wizard.formatName(), QStringLiteral("swf"));
    QCOMPARE(wizard.filePage()->nextId(), int(ImportWizard::SummaryPage)); // SWF skips preview and mapping
    wizard.setFiles({sample()});
    QCOMPARE(wizard.formatName(), QStringLiteral("csv"));
    QCOMPARE(wizard.filePage()->nextId(), int(ImportWizard::PreviewPage));
    wizard.setFiles({m_dir.filePath(QStringLiteral("jobs.txt"))}); // a sacct dump has no fixed suffix: unchanged
    QCOMPARE(wizard.formatName(), QStringLiteral("csv"));
    QCOMPARE(wizard.files().size(), 1);
}

void TestImportWizard::detectsSeparatorAndTypes()
{
    ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
    openAtMapping(wizard, sample());
    const CsvPreview &preview = wizard.preview();
    QCOMPARE(preview.separator(), QChar(u','));
    QCOMPARE(preview.header().size(), 16);
    QCOMPARE(preview.rows().size(), 20); // the sample's 20 jobs, under the 50 shown at most
    QCOMPARE(wizard.previewPage()->table()->rowCount(), 20);
    const auto type = [&](const char *column) {
        return preview.types().value(preview.header().indexOf(QString::fromLatin1(column)));
    };
    QCOMPARE(type("jobid"), CsvPreview::ColumnType::Integer);
    QCOMPARE(type("energy_from_delta_e"), CsvPreview::ColumnType::Number);
    QCOMPARE(type("matrix_size"), CsvPreview::ColumnType::Integer); // 21120.000000
    QCOMPARE(type("precision"), CsvPreview::ColumnType::Text);
    // The automatic matching: jobid is the job id, numeric columns are kept as features, text is ignored.
    const QHash<QString, QString> map = wizard.mappingPage()->columnMap();
    QCOMPARE(map.value(QStringLiteral("jobid")), QStringLiteral("job_id"));
    QCOMPARE(map.value(QStringLiteral("matrix_size")), QStringLiteral("feature"));
    QCOMPARE(map.value(QStringLiteral("precision")), QStringLiteral("ignore"));
    QVERIFY(!wizard.mappingPage()->usesSavedMapping());
    QCOMPARE(CsvPreview::columnType({QStringLiteral("2024-03-01T10:00:00Z"), QStringLiteral("2024-03-02")}),
             CsvPreview::ColumnType::Timestamp);
}

void TestImportWizard::mapsEnergyInKwhAndKeepsFeatures()
{
    const QString location = m_dir.filePath(QStringLiteral("kwh.sqlite"));
    ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
    openAtMapping(wizard, sample());
    ImportMappingPage *mapping = wizard.mappingPage();
    QVERIFY(mapping->setTarget(QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh")));
    QVERIFY(mapping->setTarget(QStringLiteral("energy_from_subtraction"), QStringLiteral("ignore")));
    QVERIFY(mapping->setTarget(QStringLiteral("runtime"), QStringLiteral("duration_s")));
    QVERIFY(mapping->setTarget(QStringLiteral("total_proc"), QStringLiteral("feature")));
    QVERIFY2(mapping->isComplete(), qPrintable(mapping->problem()));
    // The unit combo of the energy row offers the four units.
    const int energyRow = int(wizard.preview().header().indexOf(QStringLiteral("energy_from_delta_e")));
    auto *units = qobject_cast<QComboBox *>(mapping->table()->cellWidget(energyRow, 4));
    QVERIFY(units);
    QCOMPARE(units->count(), 4);
    QCOMPARE(units->currentText(), QStringLiteral("kWh"));
    // Two columns as the same field are refused.
    QVERIFY(mapping->setTarget(QStringLiteral("energy_from_subtraction"), QStringLiteral("energy_j")));
    QVERIFY(!mapping->isComplete());
    QVERIFY(mapping->setTarget(QStringLiteral("energy_from_subtraction"), QStringLiteral("ignore")));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));

    const ImportWorker::Summary summary = runImport(wizard, location);
    QVERIFY2(!summary.failed, qPrintable(summary.lines.join(u'\n')));
    QVERIFY2(summary.lines.join(u'\n').contains(QStringLiteral("20 new")), qPrintable(summary.lines.join(u'\n')));

    // Every job's energy is the file's kWh × 3.6e6 J.
    LineReader lines;
    QString error;
    QVERIFY2(lines.open(sample(), &error), qPrintable(error));
    CsvReader csv(lines);
    QStringList fields;
    QCOMPARE(csv.next(&fields, &error), CsvReader::Status::Record);
    const qsizetype idColumn = fields.indexOf(QStringLiteral("jobid"));
    const qsizetype energyColumn = fields.indexOf(QStringLiteral("energy_from_delta_e"));
    const qsizetype sizeColumn = fields.indexOf(QStringLiteral("matrix_size"));
    Store store;
    QVERIFY2(store.open(location, &error), qPrintable(error));
    int checked = 0;
    while (csv.next(&fields, &error) == CsvReader::Status::Record) {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT j.energy_j, j.energy_source, f.value FROM jobs j LEFT JOIN job_features f"
                                 " ON f.job_pk = j.id AND f.name = 'matrix_size' WHERE j.job_id = ?"));
        q.addBindValue(fields[idColumn]);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toDouble(), fields[energyColumn].toDouble() * 3.6e6);
        QCOMPARE(q.value(1).toString(), QStringLiteral("dataset"));
        QCOMPARE(q.value(2).toDouble(), fields[sizeColumn].toDouble());
        ++checked;
    }
    QCOMPARE(checked, 20);
    // The features are the models' dataset features.
    const auto names = ml::DatasetLoader::datasetFeatureNames(store, QString(), &error);
    QVERIFY2(names, qPrintable(error));
    QVERIFY2(names->contains(QStringLiteral("feature:matrix_size")), qPrintable(names->join(u',')));
    QVERIFY(!names->contains(QStringLiteral("feature:energy_from_delta_e")));
    ml::DatasetLoader::StoreOptions options;
    options.target = QStringLiteral("energy_j");
    options.features = QStringList{QStringLiteral("feature:matrix_size"), QStringLiteral("feature:total_proc")};
    QStringList notes;
    const auto data = ml::DatasetLoader::fromStore(store, options, &notes, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->target.size(), size_t(20));
    // The sample's 20 jobs all have matrix_size 21120 (dropped as constant); total_proc varies from 100 to 180.
    QVERIFY2(notes.contains(QStringLiteral("feature feature:matrix_size dropped: constant")),
             qPrintable(notes.join(u'\n')));
    const int totalProc = data->columnIndex(QStringLiteral("feature:total_proc"));
    QVERIFY(totalProc >= 0);
    const auto &values = data->columns[size_t(totalProc)].numbers;
    QCOMPARE(*std::min_element(values.cbegin(), values.cend()), 100.0);
    QCOMPARE(*std::max_element(values.cbegin(), values.cend()), 180.0);
    options.features = QStringList{QStringLiteral("feature:nope")};
    QVERIFY(!ml::DatasetLoader::fromStore(store, options, &notes, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown feature 'feature:nope'")), qPrintable(error));
}

void TestImportWizard::savedMappingIsOfferedAgain()
{
    {
        ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
        openAtMapping(wizard, sample());
        QVERIFY(wizard.mappingPage()->setTarget(QStringLiteral("energy_from_delta_e"), QStringLiteral("energy_kwh")));
        QVERIFY(wizard.mappingPage()->setTarget(QStringLiteral("runtime"), QStringLiteral("duration_min")));
        GuiSettings settings;
        wizard.saveMapping(settings);
    }
    ImportWizard again(m_dir.path(), QStringLiteral("csv"));
    openAtMapping(again, sample());
    QVERIFY(again.mappingPage()->usesSavedMapping());
    const QHash<QString, QString> map = again.mappingPage()->columnMap();
    QCOMPARE(map.value(QStringLiteral("energy_from_delta_e")), QStringLiteral("energy_kwh"));
    QCOMPARE(map.value(QStringLiteral("runtime")), QStringLiteral("duration_min"));
    QCOMPARE(map.value(QStringLiteral("matrix_size")), QStringLiteral("feature"));
    // Another header gets no saved mapping. SYNTHETIC two-line file.
    ImportWizard other(m_dir.path(), QStringLiteral("csv"));
    openAtMapping(other, writeFile(QStringLiteral("other.csv"), "job_id,energy_j\n1,5\n"));
    QVERIFY(!other.mappingPage()->usesSavedMapping());
}

void TestImportWizard::raggedCsvIsRefusedAndStoresNothing()
{
    // SYNTHETIC: a row with one field too many.
    const QString path = writeFile(QStringLiteral("ragged.csv"), "jobid,energy_kwh\n1,0.5\n2,0.7,extra\n3,0.1\n");
    ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
    wizard.setFiles({path});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(!wizard.previewPage()->isComplete());
    QVERIFY2(wizard.previewPage()->problem().contains(QStringLiteral("line 3: 3 fields, the header has 2")),
             qPrintable(wizard.previewPage()->problem()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage)); // Next does nothing on an incomplete page
    // Imported as it is anyway, the file names file:line and stores nothing.
    const QString location = m_dir.filePath(QStringLiteral("ragged.sqlite"));
    const ImportWorker::Summary summary = runImport(wizard, location);
    QVERIFY(summary.failed);
    QVERIFY2(summary.lines.join(u'\n').contains(QStringLiteral("ragged.csv:3: 3 fields, the header has 2")),
             qPrintable(summary.lines.join(u'\n')));
    QCOMPARE(count(location, QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
}

void TestImportWizard::binaryFileIsRefusedAndStoresNothing()
{
    QByteArray bytes("jobid,energy_j\n");
    for (int i = 0; i < 4096; ++i)
        bytes += char(i * 37 % 256); // SYNTHETIC binary bytes, NULs included
    const QString path = writeFile(QStringLiteral("garbage.csv"), bytes);
    ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
    wizard.setFiles({path});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QVERIFY(!wizard.previewPage()->isComplete());
    QVERIFY2(wizard.previewPage()->problem().contains(QStringLiteral("not a text file")),
             qPrintable(wizard.previewPage()->problem()));
    const QString location = m_dir.filePath(QStringLiteral("garbage.sqlite"));
    const ImportWorker::Summary summary = runImport(wizard, location);
    QVERIFY(summary.failed);
    QVERIFY2(summary.lines.join(u'\n').contains(QStringLiteral("garbage.csv:")), qPrintable(summary.lines.join(u'\n')));
    QCOMPARE(count(location, QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
}

void TestImportWizard::otherSeparatorsAreDetected()
{
    // The sample's first lines with another separator (rewritten here, values unchanged).
    QFile file(sample());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray head = file.readLine() + file.readLine() + file.readLine();
    for (const char separator : {';', '\t', '|'}) {
        QByteArray text = head;
        text.replace(',', separator);
        QCOMPARE(CsvPreview::detectSeparator(QString::fromUtf8(text).split(u'\n')), QChar(QLatin1Char(separator)));
        const QString path = writeFile(QStringLiteral("sep%1.csv").arg(int(separator)), text);
        ImportWizard wizard(m_dir.path(), QStringLiteral("csv"));
        openAtMapping(wizard, path);
        QCOMPARE(wizard.preview().separator(), QChar(QLatin1Char(separator)));
        QCOMPARE(wizard.preview().header().size(), 16);
        QCOMPARE(wizard.options().delimiter, QString(QLatin1Char(separator)));
        // The user can choose another separator: with a comma the file is one column.
        wizard.back();
        wizard.previewPage()->setSeparator(u',');
        QCOMPARE(wizard.preview().header().size(), 1);
    }
}

// A real headerless dump (FASRC slyme's sacct -n -P) imports from the wizard once its --format list is typed.
void TestImportWizard::headerlessSacctDumpWithItsFields()
{
    const QString location = m_dir.filePath(QStringLiteral("headerless.sqlite"));
    ImportWizard wizard(m_dir.path(), QStringLiteral("sacct"));
    wizard.setFiles({QStringLiteral(ES_TEST_DATA_DIR "/sacct/fasrc_slyme_sacct_single_serial_COMPLETED_parsable.out")});
    QCOMPARE(wizard.formatName(), QStringLiteral("sacct"));
    auto *fields = wizard.filePage()->findChild<QLineEdit *>(QStringLiteral("sacctFields"));
    QVERIFY(fields && fields->isEnabled());
    QVERIFY(runImport(wizard, location).failed); // without the fields: refused, nothing stored
    QCOMPARE(count(location, QStringLiteral("SELECT count(*) FROM jobs")), qint64(0));
    QTest::keyClicks(fields, QStringLiteral("User,JobID,JobName%20,State,Partition,NCPUS,NNodes,CPUTime,TotalCPU,"
                                            "UserCPU,SystemCPU,ReqMem,MaxRSS,Submit,Start,End,NodeList"));
    QCOMPARE(wizard.options().sacctFields.size(), 17);
    QCOMPARE(wizard.options().sacctFields.at(2), QStringLiteral("JobName"));
    const ImportWorker::Summary summary = runImport(wizard, location);
    QVERIFY2(!summary.failed, qPrintable(summary.lines.join(u'\n')));
    QCOMPARE(count(location, QStringLiteral("SELECT count(*) FROM jobs WHERE job_id = '77369' AND user_name = 'jab' "
                                            "AND name = 'sleep_60s'")),
             qint64(1));
}

QTEST_MAIN(TestImportWizard)
#include "TestImportWizard.moc"
