// masar-cli end to end, the letterhead of printed documents and the print
// log: `letterhead` shows it to anyone and changes what its options give
// (administrators only), `print-log` lists what was printed by period
// (administrators and supervisors), and `demo` sets a demo letterhead where
// there is none. Each change is checked in the register, read independently;
// refusals write nothing.
#include "CliHarness.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// A line of a table printed by masar-cli: the cells separated by two spaces or more.
QRegularExpression row(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& cell : cells) {
        escaped << QRegularExpression::escape(cell);
    }
    return QRegularExpression(QStringLiteral("^%1 *$").arg(escaped.join(QStringLiteral(" {2,}"))),
                              QRegularExpression::MultilineOption);
}

// The emblem of the demo letterhead: a real PNG.
QByteArray emblem()
{
    QFile file(QStringLiteral(MASAR_SOURCE_DIR "/resources/demo/demo-logo.png"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

#define QVERIFY_MATCHES(text, expression)                                                                    \
    QVERIFY2((text).contains(expression),                                                                    \
             qPrintable(QStringLiteral("/%1/ does not match:\n%2").arg((expression).pattern(), text)))

class TestCliLetterhead : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsAnEmptyLetterheadToAnyone();
    void changesWhatIsGivenAndKeepsTheRest();
    void refusesOthersThanAdministrators_data();
    void refusesOthersThanAdministrators();
    void refusesBadInputAndWritesNothing_data();
    void refusesBadInputAndWritesNothing();
    void listsThePrintLogByPeriod();
    void onlyAdministratorsAndSupervisorsReadThePrintLog_data();
    void onlyAdministratorsAndSupervisorsReadThePrintLog();
    void demoSetsALetterheadWhereThereIsNone();

private:
    // The rows of the letterhead tables, for comparing before and after.
    QString storedState() const;
    // Adds a row to the print log as a program that printed would.
    bool logPrint(const QString& at, const QString& user, const QString& document, const QString& reference,
                  int requests, bool persons, const QString& language, const QString& format) const;

    std::unique_ptr<Register> m_reg;
};

void TestCliLetterhead::init()
{
    m_reg = std::make_unique<Register>();
    QVERIFY(m_reg->setUp());
}

void TestCliLetterhead::cleanup()
{
    m_reg.reset();
}

QString TestCliLetterhead::storedState() const
{
    return queryValue(
               m_reg->path(),
               QStringLiteral("SELECT coalesce((SELECT group_concat(line, '|') FROM (SELECT language || ':' "
                              "|| ministry || ':' || department AS line FROM letterhead_lines ORDER BY "
                              "language)), '-') || ' ' || coalesce((SELECT media_type || ':' || "
                              "length(content) FROM letterhead_logo), '-')"))
        .toString();
}

bool TestCliLetterhead::logPrint(const QString& at, const QString& user, const QString& document,
                                 const QString& reference, int requests, bool persons,
                                 const QString& language, const QString& format) const
{
    const int before = m_reg->rows(QStringLiteral("print_log"));
    // Every value is the test's own: none comes from outside.
    queryValue(
        m_reg->path(),
        QStringLiteral("INSERT INTO print_log (printed_at, user_id, document, request_id, request_count, "
                       "with_persons, language, format) SELECT '%1', u.id, '%2', (SELECT id FROM "
                       "requests WHERE reference = '%3'), %4, %5, '%6', '%7' FROM users u WHERE u.name = "
                       "'%8'")
            .arg(at, document, reference)
            .arg(requests)
            .arg(persons ? 1 : 0)
            .arg(language, format, user),
        false);
    return m_reg->rows(QStringLiteral("print_log")) == before + 1;
}

void TestCliLetterhead::showsAnEmptyLetterheadToAnyone()
{
    const CliRun run = m_reg->as(QStringLiteral("clerk"), strs({"letterhead"}));
    QCOMPARE_EXIT(run, 0);
    QVERIFY_MATCHES(run.out, row(strs({"language", "ministry", "department"})));
    for (const char* language : {"ar", "fr", "en"}) {
        QVERIFY_MATCHES(run.out, row({QLatin1String(language), QStringLiteral("-"), QStringLiteral("-")}));
    }
    QVERIFY_CONTAINS(run.out, QStringLiteral("Logo: none.\n"));
    // Reading writes nothing, --as-of or not.
    QCOMPARE(storedState(), QStringLiteral("- -"));
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("officer"), strs({"--as-of", "2026-01-01", "letterhead"})), 0);
}

void TestCliLetterhead::changesWhatIsGivenAndKeepsTheRest()
{
    const QString logo = m_reg->file(QStringLiteral("emblem.png"));
    const QByteArray bytes = emblem();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(writeFile(logo, bytes));

    const CliRun set
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("letterhead"), QStringLiteral("--ministry-ar"), str("وزارة العدل"),
                     QStringLiteral("--department-ar"), str("السلطة المركزية للتعاون القضائي الدولي"),
                     QStringLiteral("--ministry-fr"), str("  Ministère de la Justice  "),
                     QStringLiteral("--logo"), logo});
    QCOMPARE_EXIT(set, 0);
    QVERIFY_CONTAINS(set.out, QStringLiteral("The letterhead is changed.\n"));
    QVERIFY_MATCHES(set.out, row(strs({"ar", "وزارة العدل", "السلطة المركزية للتعاون القضائي الدولي"})));
    QVERIFY_MATCHES(set.out, row(strs({"fr", "Ministère de la Justice", "-"})));
    QVERIFY_MATCHES(set.out, row(strs({"en", "-", "-"})));
    // With English plural forms or without.
    QVERIFY_MATCHES(
        set.out,
        QRegularExpression(QStringLiteral("^Logo: image/png, %1 byte(s|\\(s\\))\\.$")
                               .arg(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(bytes.size())),
                           QRegularExpression::MultilineOption));
    QCOMPARE(storedState(),
             str("ar:وزارة العدل:السلطة المركزية للتعاون القضائي الدولي|fr:Ministère de la Justice: "
                 "image/png:%1")
                 .arg(bytes.size()));
    QCOMPARE(queryValue(m_reg->path(), QStringLiteral("SELECT content FROM letterhead_logo")).toByteArray(),
             bytes);
    QCOMPARE(queryValue(m_reg->path(), QStringLiteral("SELECT DISTINCT changed_by FROM letterhead_lines")),
             QVariant(QStringLiteral("admin")));

    // Only what is given changes; an empty value takes a line away.
    const CliRun more
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("letterhead"), QStringLiteral("--department-fr"),
                     str("Autorité centrale pour l'entraide judiciaire"), QStringLiteral("--department-ar"),
                     QString(), QStringLiteral("--ministry-en"), QStringLiteral("Ministry of Justice")});
    QCOMPARE_EXIT(more, 0);
    QCOMPARE(storedState(),
             str("ar:وزارة العدل:|en:Ministry of Justice:|fr:Ministère de la Justice:Autorité centrale pour "
                 "l'entraide judiciaire image/png:%1")
                 .arg(bytes.size()));

    const CliRun noLogo = m_reg->as(QStringLiteral("admin"), strs({"letterhead", "--no-logo"}));
    QCOMPARE_EXIT(noLogo, 0);
    QVERIFY_CONTAINS(noLogo.out, QStringLiteral("Logo: none.\n"));
    QVERIFY(storedState().endsWith(QLatin1String(" -")));
    QCOMPARE(m_reg->rows(QStringLiteral("letterhead_lines")), 3);

    // The officer reads it as the administrator left it.
    const CliRun read = m_reg->as(QStringLiteral("officer"), strs({"--lang", "fr", "letterhead"}));
    QCOMPARE_EXIT(read, 0);
    QVERIFY_MATCHES(read.out, row(strs({"en", "Ministry of Justice", "-"})));
}

void TestCliLetterhead::refusesOthersThanAdministrators_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("officer") << QStringLiteral("officer");
    QTest::newRow("supervisor") << QStringLiteral("supervisor");
    QTest::newRow("clerk") << QStringLiteral("clerk");
}

void TestCliLetterhead::refusesOthersThanAdministrators()
{
    QFETCH(QString, user);
    QCOMPARE_EXIT(
        m_reg->as(QStringLiteral("admin"), strs({"letterhead", "--ministry-en", "Ministry of Justice"})), 0);
    const QString before = storedState();
    const CliRun run
        = m_reg->as(user, strs({"letterhead", "--ministry-en", "Ministry of Interior", "--no-logo"}));
    QCOMPARE_EXIT(run, 2);
    QVERIFY_CONTAINS(run.err, QStringLiteral("Only an administrator may change the letterhead."));
    QCOMPARE(run.out, QString());
    QCOMPARE(storedState(), before);
}

void TestCliLetterhead::refusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("file"); // written to logo.bin first, when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("an argument") << strs({"letterhead", "show"}) << QByteArray() << 1
                                 << QStringLiteral("letterhead takes no arguments");
    QTest::newRow("logo and no logo") << strs({"letterhead", "--logo", "@logo", "--no-logo"}) << emblem() << 1
                                      << QStringLiteral("not both");
    QTest::newRow("as of another day") << strs({"--as-of", "2026-01-01", "letterhead", "--ministry-en", "X"})
                                       << QByteArray() << 1 << QStringLiteral("--as-of cannot be used");
    QTest::newRow("no such file") << strs({"letterhead", "--logo", "@missing"}) << QByteArray() << 2
                                  << QStringLiteral("cannot be read");
    QTest::newRow("not an image") << strs({"letterhead", "--logo", "@logo"}) << QByteArray("GIF89a;;;;;;;;")
                                  << 2 << QStringLiteral("not a PNG or JPEG image");
    QTest::newRow("too large") << strs({"letterhead", "--logo", "@logo"})
                               << emblem().leftJustified(1024 * 1024 + 1, 'x') << 2
                               << QStringLiteral("the largest a logo may be");
    QTest::newRow("a tab in a name") << strs({"letterhead", "--ministry-fr", "Ministère\tde la Justice"})
                                     << QByteArray() << 2
                                     << QStringLiteral("ministry's name in French is one line");
    QTest::newRow("too long") << QStringList {QStringLiteral("letterhead"), QStringLiteral("--department-en"),
                                              QString(201, QLatin1Char('x'))}
                              << QByteArray() << 2 << QStringLiteral("department's line in English has 201");
    QTest::newRow("a department alone")
        << strs({"letterhead", "--department-en", "Central authority"}) << QByteArray() << 2
        << QStringLiteral("department's line in English needs the ministry's name");
}

void TestCliLetterhead::refusesBadInputAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"), strs({"letterhead", "--ministry-ar", "وزارة العدل"})),
                  0);
    const QString before = storedState();
    const QString logo = m_reg->file(QStringLiteral("logo.bin"));
    if (!file.isEmpty()) {
        QVERIFY(writeFile(logo, file));
    }
    arguments = replaced(arguments, QStringLiteral("@logo"), logo);
    arguments = replaced(arguments, QStringLiteral("@missing"), m_reg->file(QStringLiteral("absent.png")));
    const CliRun run = m_reg->as(QStringLiteral("admin"), arguments);
    QCOMPARE_EXIT(run, exitCode);
    QVERIFY_CONTAINS(run.err, message);
    QCOMPARE(run.out, QString());
    QCOMPARE(storedState(), before);
}

void TestCliLetterhead::listsThePrintLogByPeriod()
{
    const QString reference = m_reg->newRequest(QStringLiteral("incoming"));
    QVERIFY(!reference.isEmpty());
    QVERIFY(logPrint(QStringLiteral("2026-03-10T08:00:00Z"), QStringLiteral("clerk"),
                     QStringLiteral("summary"), reference, 1, true, QStringLiteral("fr"),
                     QStringLiteral("pdf")));
    QVERIFY(logPrint(QStringLiteral("2026-03-11T15:30:00Z"), QStringLiteral("supervisor"),
                     QStringLiteral("status_report"), QString(), 42, false, QStringLiteral("ar"),
                     QStringLiteral("html")));
    QVERIFY(logPrint(QStringLiteral("2026-03-12T09:00:00Z"), QStringLiteral("officer"),
                     QStringLiteral("summary"), reference, 1, false, QStringLiteral("en"),
                     QStringLiteral("printer")));
    QCOMPARE(m_reg->rows(QStringLiteral("print_log")), 3);

    const CliRun all = m_reg->as(QStringLiteral("supervisor"), strs({"print-log"}));
    QCOMPARE_EXIT(all, 0);
    QVERIFY_MATCHES(all.out,
                    row(strs({"printed at", "user", "document", "reference", "requests", "persons",
                              "language", "format"})));
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // the header, its rule and three prints, newest first
    QVERIFY_MATCHES(lines.at(2),
                    row({QStringLiteral("2026-03-12T09:00:00Z"), QStringLiteral("officer"),
                         QStringLiteral("summary"), reference, QStringLiteral("1"), QStringLiteral("no"),
                         QStringLiteral("en"), QStringLiteral("printer")}));
    QVERIFY_MATCHES(
        lines.at(3),
        row(strs({"2026-03-11T15:30:00Z", "supervisor", "status_report", "-", "42", "no", "ar", "html"})));
    QVERIFY_MATCHES(lines.at(4),
                    row({QStringLiteral("2026-03-10T08:00:00Z"), QStringLiteral("clerk"),
                         QStringLiteral("summary"), reference, QStringLiteral("1"), QStringLiteral("yes"),
                         QStringLiteral("fr"), QStringLiteral("pdf")}));

    // A period of days, both ends included.
    const CliRun period = m_reg->as(QStringLiteral("admin"),
                                    strs({"print-log", "--from", "2026-03-11", "--until", "2026-03-11"}));
    QCOMPARE_EXIT(period, 0);
    QCOMPARE(period.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    QVERIFY_CONTAINS(period.out, QStringLiteral("status_report"));
    const CliRun since = m_reg->as(QStringLiteral("admin"), strs({"print-log", "--from", "2026-03-11"}));
    QCOMPARE_EXIT(since, 0);
    QCOMPARE(since.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 4);
    QVERIFY(!since.out.contains(QLatin1String("2026-03-10")));
    const CliRun until = m_reg->as(QStringLiteral("admin"), strs({"print-log", "--until", "2026-03-10"}));
    QCOMPARE_EXIT(until, 0);
    QCOMPARE(until.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3);
    QVERIFY_CONTAINS(until.out, QStringLiteral("2026-03-10T08:00:00Z"));

    const CliRun malformed = m_reg->as(QStringLiteral("admin"), strs({"print-log", "--from", "11/03/2026"}));
    QCOMPARE_EXIT(malformed, 1);
    QVERIFY_CONTAINS(malformed.err, str("--from takes a date of the form YYYY-MM-DD, not “11/03/2026”."));
    const CliRun backwards = m_reg->as(QStringLiteral("admin"),
                                       strs({"print-log", "--from", "2026-03-12", "--until", "2026-03-11"}));
    QCOMPARE_EXIT(backwards, 2);
    QVERIFY_CONTAINS(backwards.err, QStringLiteral("before it begins"));
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"), strs({"print-log", "today"})), 1);
    // Reading the log changes nothing in it.
    QCOMPARE(m_reg->rows(QStringLiteral("print_log")), 3);
}

void TestCliLetterhead::onlyAdministratorsAndSupervisorsReadThePrintLog_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("officer") << QStringLiteral("officer");
    QTest::newRow("clerk") << QStringLiteral("clerk");
}

void TestCliLetterhead::onlyAdministratorsAndSupervisorsReadThePrintLog()
{
    QFETCH(QString, user);
    QVERIFY(logPrint(QStringLiteral("2026-03-11T15:30:00Z"), QStringLiteral("supervisor"),
                     QStringLiteral("status_report"), QString(), 42, false, QStringLiteral("ar"),
                     QStringLiteral("html")));
    const CliRun run = m_reg->as(user, strs({"print-log"}));
    QCOMPARE_EXIT(run, 2);
    QVERIFY_CONTAINS(run.err,
                     QStringLiteral("Only an administrator or a supervisor may read the print log."));
    QCOMPARE(run.out, QString());
}

void TestCliLetterhead::demoSetsALetterheadWhereThereIsNone()
{
    const CliRun demo = m_reg->as(QStringLiteral("admin"), strs({"demo"}));
    QCOMPARE_EXIT(demo, 0);
    QVERIFY_CONTAINS(demo.out, str("The demo letterhead is set: see “masar-cli letterhead”.\n"));
    QCOMPARE(
        storedState(),
        str("ar:وزارة العدل:السلطة المركزية للتعاون القضائي الدولي|en:Ministry of Justice:Central authority "
            "for mutual legal assistance|fr:Ministère de la Justice:Autorité centrale pour l'entraide "
            "judiciaire image/png:%1")
            .arg(emblem().size()));
    QCOMPARE(queryValue(m_reg->path(), QStringLiteral("SELECT content FROM letterhead_logo")).toByteArray(),
             emblem());

    // A register with a letterhead of its own keeps it.
    Register other;
    QVERIFY(other.setUp());
    QCOMPARE_EXIT(
        other.as(QStringLiteral("admin"), strs({"letterhead", "--ministry-fr", "Ministère de l'Intérieur"})),
        0);
    const CliRun kept = other.as(QStringLiteral("admin"), strs({"demo"}));
    QCOMPARE_EXIT(kept, 0);
    QVERIFY_CONTAINS(kept.out, QStringLiteral("The register's own letterhead is kept.\n"));
    QCOMPARE(queryValue(other.path(),
                        QStringLiteral("SELECT group_concat(language || ':' || ministry) FROM "
                                       "letterhead_lines")),
             QVariant(str("fr:Ministère de l'Intérieur")));
    QCOMPARE(other.rows(QStringLiteral("letterhead_logo")), 0);
}

QTEST_GUILESS_MAIN(TestCliLetterhead)
#include "tst_cli_letterhead.moc"
