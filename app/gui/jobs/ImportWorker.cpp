#include "ImportWorker.h"

#include "Store.h"

#include <QFileInfo>

namespace es {

ImportWorker::ImportWorker(const QString &location, Importer::Format format, const QStringList &files,
                           const ImportOptions &options, QObject *parent)
    : QThread(parent), m_location(location), m_format(format), m_files(files), m_options(options)
{}

ImportWorker::~ImportWorker()
{
    cancel();
    wait();
}

void ImportWorker::run()
{
    Store store;
    if (!store.open(m_location, &m_storeError))
        return;
    qint64 totalBytes = 0;
    for (const QString &file : m_files)
        totalBytes += std::max<qint64>(QFileInfo(file).size(), 1);
    qint64 doneBefore = 0;
    int lastPermille = -1;

    Importer importer(store);
    importer.setCancelFlag(&m_cancel);
    for (const QString &file : m_files) {
        if (m_cancel.load())
            break;
        const qint64 fileBytes = std::max<qint64>(QFileInfo(file).size(), 1);
        importer.setProgressCallback([&](qint64 done, qint64 total) {
            const double fraction = total > 0 ? double(done) / double(total) : 0.0;
            const int permille = int(1000.0 * (double(doneBefore) + fraction * double(fileBytes)) / double(totalBytes));
            if (permille != lastPermille) {
                lastPermille = permille;
                Q_EMIT progress(permille, file);
            }
        });
        Q_EMIT progress(int(1000 * doneBefore / totalBytes), file);
        FileResult result;
        result.file = file;
        result.ok = importer.importFile(m_format, file, m_options, &result.report, &result.error);
        m_results.append(result);
        doneBefore += fileBytes;
    }
}

} // namespace es
