// The catalogs: every string of the sources is in them, every one is
// translated (Arabic with its six plural forms, French with two), no
// placeholder is lost, and Arabic sets the layout direction.
#include "core/Translations.h"
#include "domain/Codes.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Masar;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
};

QList<Message> readCatalog(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages << message;
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translations << xml.readElementText();
            }
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    return messages;
}

QString catalog(const char* language)
{
    return QDir(QStringLiteral(MASAR_SOURCE_DIR))
        .filePath(QStringLiteral("translations/masar_%1.ts").arg(QLatin1String(language)));
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d+)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    return found;
}

QString key(const Message& m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogsAreComplete_data();
    void catalogsAreComplete();
    void catalogsAreInSyncWithTheSources();
    void arabicSetsTheLayoutDirection();
    void installedCatalogsTranslateTheModel();
};

void TestTranslations::catalogsAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("Arabic") << QStringLiteral("ar") << 6;
    QTest::newRow("French") << QStringLiteral("fr") << 2;
    QTest::newRow("English plurals") << QStringLiteral("en") << 2;
}

void TestTranslations::catalogsAreComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QList<Message> messages = readCatalog(catalog(qPrintable(language)));
    QVERIFY(messages.size() > 10);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = QStringLiteral("%1 / “%2”").arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(where, m.type);
            continue;
        }
        if (language == QLatin1String("en") && !m.numerus) {
            problems << QStringLiteral("%1: the English catalog carries plural forms only").arg(where);
        }
        if (m.numerus && m.translations.size() != pluralForms) {
            problems << QStringLiteral("%1: %2 plural forms instead of %3")
                            .arg(where)
                            .arg(m.translations.size())
                            .arg(pluralForms);
        }
        for (const QString& translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty translation").arg(where);
            }
            // Every %1, %2, ... of the source must be in the translation: data is never dropped.
            // (%n may be left out of a plural form, as "one request" does.)
            QSet<QString> needed = placeholders(m.source);
            needed.remove(QString());
            if (!placeholders(translation).contains(needed)) {
                problems << QStringLiteral("%1: “%2” loses a placeholder").arg(where, translation);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogsAreInSyncWithTheSources()
{
    // lupdate over the sources of every library and program, as the
    // update_translations target runs it, into a fresh catalog.
    QStringList sources;
    for (const char* folder : {"model", "views", "app"}) {
        QDirIterator it(QDir(QStringLiteral(MASAR_SOURCE_DIR)).filePath(QLatin1String(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            sources << it.next();
        }
    }
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh_ar.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(MASAR_LUPDATE_PATH),
                  QStringList {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                               QStringLiteral("-locations"), QStringLiteral("none")}
                      + sources + QStringList {QStringLiteral("-ts"), fresh});
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);

    QSet<QString> inSources;
    QSet<QString> pluralsInSources;
    for (const Message& m : readCatalog(fresh)) {
        inSources << key(m);
        if (m.numerus) {
            pluralsInSources << key(m);
        }
    }
    QVERIFY(inSources.size() > 100);
    for (const char* language : {"ar", "fr"}) {
        QSet<QString> inCatalog;
        for (const Message& m : readCatalog(catalog(language))) {
            inCatalog << key(m);
        }
        const QSet<QString> missing = inSources - inCatalog;
        const QSet<QString> stale = inCatalog - inSources;
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(
                QStringLiteral("%1 lacks: %2 (run: cmake --build build --target update_translations)")
                    .arg(QLatin1String(language), QStringList(missing.values()).join(QLatin1String(" | ")))));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 has strings no longer in the sources: %2")
                                .arg(QLatin1String(language),
                                     QStringList(stale.values()).join(QLatin1String(" | ")))));
    }
    QSet<QString> englishPlurals;
    for (const Message& m : readCatalog(catalog("en"))) {
        englishPlurals << key(m);
    }
    QCOMPARE(englishPlurals, pluralsInSources);
}

void TestTranslations::arabicSetsTheLayoutDirection()
{
    // Qt reads the direction from the catalog, not from a list of languages.
    QVERIFY(Translations::install(QStringLiteral("ar")));
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("RTL"));
    QVERIFY(Translations::install(QStringLiteral("fr")));
    QCOMPARE(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION"), QStringLiteral("LTR"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QVERIFY(QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION") != QLatin1String("RTL"));
}

void TestTranslations::installedCatalogsTranslateTheModel()
{
    QVERIFY(Translations::install(QStringLiteral("ar")));
    QCOMPARE(labelOf(State::Received), QStringLiteral("وارد"));
    QCOMPARE(Codes::refusalGrounds().label(QStringLiteral("dual_criminality")),
             QStringLiteral("انتفاء ازدواجية التجريم"));
    QCOMPARE(QCoreApplication::translate("Masar::Cli::RequestCommands", "%n request(s)", nullptr, 2),
             QStringLiteral("طلبان"));
    QCOMPARE(QCoreApplication::translate("Masar::Cli::RequestCommands", "%n request(s)", nullptr, 11),
             QStringLiteral("11 طلبًا"));
    QVERIFY(Translations::install(QStringLiteral("fr")));
    QCOMPARE(labelOf(Step::Refuse), QStringLiteral("Refuser"));
    QCOMPARE(QCoreApplication::translate("Masar::Cli::RequestCommands", "%n request(s)", nullptr, 2),
             QStringLiteral("2 demandes"));
    QVERIFY(Translations::install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Masar::Cli::RequestCommands", "%n request(s)", nullptr, 1),
             QStringLiteral("1 request"));
    QCOMPARE(labelOf(Step::Refuse), QStringLiteral("Refuse"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
