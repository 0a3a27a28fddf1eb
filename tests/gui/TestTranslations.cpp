// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 HPC Energy Studio developers
// The translations are complete, current and reachable: every message of the sources is in the .ts files under
// the context the running program asks for, every one translated with the same placeholders, and the embedded
// .qm files give the translation back.
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or the numerus forms
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(path));
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QStringView type = xml.attributes().value(QLatin1String("type"));
                    message.finished = type.isEmpty();
                    if (message.numerus) {
                        while (xml.readNextStartElement())
                            message.translations << xml.readElementText();
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(ES_SOURCE_DIR "/translations/energy-studio_%1.ts").arg(language);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source.left(60) + QLatin1Char('"');
}

QStringList translatedSources()
{
    QStringList files;
    for (const char *folder : {"core", "collectors", "ml", "app"}) {
        QDirIterator it(QStringLiteral(ES_SOURCE_DIR "/") + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

QSet<QString> messageKeys(const QList<TsMessage> &messages)
{
    QSet<QString> keys;
    for (const TsMessage &message : messages)
        keys << message.context + QChar(1) + message.source + QChar(1) + message.comment;
    return keys;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("es") << QStringLiteral("es") << 2;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << 1;
    }
    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        const QList<TsMessage> messages = readTs(tsPath(language));
        QVERIFY(messages.size() > 1000);
        QStringList wrong;
        for (const TsMessage &message : messages) {
            if (!message.finished)
                wrong << QStringLiteral("unfinished: ") + describe(message);
            else if (message.translations.size() != (message.numerus ? numerusForms : 1))
                wrong << QStringLiteral("wrong number of plural forms: ") + describe(message);
            for (const QString &translation : message.translations) {
                if (message.finished && translation.trimmed().isEmpty())
                    wrong << QStringLiteral("empty: ") + describe(message);
                else if (message.finished && placeholders(translation) != placeholders(message.source))
                    wrong << QStringLiteral("placeholders differ: ") + describe(message);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + QStringLiteral(" messages, first: ") +
                                             wrong.mid(0, 5).join(QStringLiteral("; "))));
    }

    // A message filed under a namespace ("es", "es::ml") is one no class asks for: its translation never shows.
    void contextsAreClasses()
    {
        static const QRegularExpression namespaceLine(QStringLiteral("^namespace ([A-Za-z_:]+)"),
                                                      QRegularExpression::MultilineOption);
        QSet<QString> namespaces;
        for (const QString &path : translatedSources()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const QRegularExpressionMatch &match : namespaceLine.globalMatch(QString::fromUtf8(file.readAll())))
                namespaces << match.captured(1);
        }
        QVERIFY(namespaces.contains(QStringLiteral("es::ml")));
        QStringList wrong;
        for (const TsMessage &message : readTs(tsPath(QStringLiteral("es"))))
            if (namespaces.contains(message.context))
                wrong << describe(message);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 5).join(QStringLiteral("; "))));
    }

    // A file-local tr() that calls QCoreApplication::translate() under its own context is filed by lupdate under
    // the enclosing class or namespace instead: classes declare Q_OBJECT or Q_DECLARE_TR_FUNCTIONS.
    void noFileLocalTranslateHelpers()
    {
        static const QRegularExpression helper(QStringLiteral("QString\\s+tr\\s*\\(\\s*const\\s+char"));
        QStringList wrong;
        for (const QString &path : translatedSources()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (helper.match(QString::fromUtf8(file.readAll())).hasMatch())
                wrong << path;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
    }

    // The .ts files hold exactly the messages of today's sources (cmake --build build --target
    // update_translations refreshes them).
    void tsFilesAreCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(ES_LUPDATE), translatedSources()
                                                      << QStringLiteral("-locations") << QStringLiteral("none")
                                                      << QStringLiteral("-silent") << QStringLiteral("-ts") << fresh);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QSet<QString> current = messageKeys(readTs(fresh));
        QVERIFY(current.size() > 1000);
        for (const QString &language : {QStringLiteral("es"), QStringLiteral("zh_CN")}) {
            const QSet<QString> committed = messageKeys(readTs(tsPath(language)));
            QStringList missing = QSet<QString>(current).subtract(committed).values();
            QStringList stale = QSet<QString>(committed).subtract(current).values();
            missing.sort();
            stale.sort();
            QVERIFY2(missing.isEmpty() && stale.isEmpty(),
                     qPrintable(language +
                                QStringLiteral(": %1 messages not in the .ts, %2 no longer in the sources; "
                                               "first: ")
                                    .arg(missing.size())
                                    .arg(stale.size()) +
                                (missing + stale).mid(0, 3).join(QStringLiteral("; ")).replace(QChar(1), u'|')));
        }
    }

    // The .qm files embedded under :/i18n give every translation back under the message's context.
    void embeddedTranslationsAnswer_data() { everyMessageIsTranslated_data(); }
    void embeddedTranslationsAnswer()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/energy-studio_%1.qm").arg(language)));
        int checked = 0;
        QStringList wrong;
        for (const TsMessage &message : readTs(tsPath(language))) {
            const QByteArray context = message.context.toUtf8();
            const QByteArray source = message.source.toUtf8();
            const QByteArray comment = message.comment.toUtf8();
            const int n = message.numerus ? 1 : -1;
            const QString answer = translator.translate(context.constData(), source.constData(),
                                                        comment.isEmpty() ? nullptr : comment.constData(), n);
            // For n = 1 both languages use their first form; QTranslator gives it back with %n unreplaced.
            if (answer != message.translations.value(0))
                wrong << describe(message);
            ++checked;
        }
        QVERIFY(checked > 1000);
        QVERIFY2(wrong.isEmpty(), qPrintable(QString::number(wrong.size()) + QStringLiteral(" messages, first: ") +
                                             wrong.mid(0, 5).join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
