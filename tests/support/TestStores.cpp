// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
#include "TestStores.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace es::test {

void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

QString postgresUrl(QString *whyNot)
{
    const QByteArray urlFile = qgetenv("ES_TEST_PG_URL_FILE");
    if (urlFile.isEmpty()) {
        *whyNot = QStringLiteral("no PostgreSQL lab server for this run (run through ctest to get one)");
        return QString();
    }
    QFile file(QString::fromLocal8Bit(urlFile));
    if (!file.open(QIODevice::ReadOnly)) {
        *whyNot = QStringLiteral("the lab PostgreSQL server did not start: %1 is missing").arg(file.fileName());
        return QString();
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

QSqlDatabase openRawDatabase(const QString &location, const QString &connection)
{
    QSqlDatabase db;
    if (location.startsWith(u"postgresql://") || location.startsWith(u"postgres://")) {
        const QUrl parsed(location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setUserName(parsed.userName());
        db.setDatabaseName(parsed.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(location);
    }
    db.open();
    return db;
}

QString freshStoreLocation(const QTemporaryDir &dir)
{
    QFETCH_GLOBAL(QString, engine);
    static int counter = 0;
    if (engine == u"sqlite")
        return dir.filePath(QStringLiteral("store-%1.sqlite").arg(++counter));
    QString whyNot;
    const QString url = postgresUrl(&whyNot);
    if (url.isEmpty()) {
        if (qEnvironmentVariableIsSet("ES_TEST_PG_URL_FILE"))
            qFatal("%s", qPrintable(whyNot));
        QTest::qSkip(qPrintable(whyNot), __FILE__, __LINE__);
        return QString();
    }
    // Empty the database: every test starts from nothing, as with a new SQLite file.
    const QString connection = QStringLiteral("es-test-reset");
    {
        QSqlDatabase db = openRawDatabase(url, connection);
        if (!db.isOpen())
            qFatal("cannot reach the lab PostgreSQL server: %s", qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("DROP SCHEMA public CASCADE")) ||
            !query.exec(QStringLiteral("CREATE SCHEMA public")))
            qFatal("cannot reset the lab database: %s", qPrintable(query.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return url;
}

qint64 countInStore(const QString &location, const QString &countQuery)
{
    Store store;
    QString error;
    if (!store.open(location, &error))
        return -1;
    QSqlQuery query(store.database());
    if (!query.exec(countQuery) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

std::unique_ptr<Store> openFreshStore(const QTemporaryDir &dir, QString *location)
{
    const QString freshLocation = freshStoreLocation(dir);
    if (location)
        *location = freshLocation;
    if (freshLocation.isEmpty())
        return nullptr;
    auto store = std::make_unique<Store>();
    QString error;
    if (!store->open(freshLocation, &error)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open the test store: %1").arg(error)), __FILE__, __LINE__);
        return nullptr;
    }
    return store;
}

QString dataFile(const QString &relative)
{
    return QStringLiteral(ES_TEST_DATA_DIR "/") + relative;
}

QHash<QString, QString> labEnvironment(const char *variable)
{
    QHash<QString, QString> values;
    const QString path = qEnvironmentVariable(variable);
    if (path.isEmpty())
        return values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the lab did not start: %s is missing", qPrintable(path));
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0 && !line.startsWith('#'))
            values.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    return values;
}

} // namespace es::test
