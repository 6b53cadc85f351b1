// masar-cli end to end, the commands that administer deadlines: calendar
// (list, show, add, weekend, holiday, confirm, import) and rules (list, set,
// reset). Each change is checked in the register, read independently, with
// the deadlines it moved printed; refusals write nothing.
#include "CliHarness.h"

#include <QRegularExpression>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// The summary printed after a change: "N open deadline(s) recomputed; M moved",
// with English plural forms or without.
QRegularExpression summary(int recomputed, int moved)
{
    return QRegularExpression(
        QStringLiteral("^%1 open deadline(s|\\(s\\))? recomputed; %2 moved$").arg(recomputed).arg(moved),
        QRegularExpression::MultilineOption);
}

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

} // namespace

#define QVERIFY_MATCHES(text, expression)                                                                    \
    QVERIFY2((text).contains(expression),                                                                    \
             qPrintable(QStringLiteral("/%1/ does not match:\n%2").arg((expression).pattern(), text)))

class TestCliCalendar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsAndShowsCalendars();
    void addsAndRemovesAHolidayAndPrintsTheMovedDeadline();
    void confirmsAnEidByItsEnglishOrShownName();
    void setsAWeekendFromADay();
    void addsAnAuthorityCalendar();
    void importsAnICalendarFile();
    void listsSetsAndResetsRules();
    void refusesOthersThanAdministrators_data();
    void refusesOthersThanAdministrators();
    void refusesBadInputAndWritesNothing_data();
    void refusesBadInputAndWritesNothing();

private:
    // An incoming request from Spain to `country`, received on `received`; its reference.
    QString newRequest(const QString& country, const QString& received, const QString& authority = QString());
    QString deadline(const QString& reference) const;
    // The rows of the tables an administrator changes, and the stored deadlines.
    QString storedState() const;

    std::unique_ptr<Register> m_reg;
};

void TestCliCalendar::init()
{
    m_reg = std::make_unique<Register>();
    QVERIFY(m_reg->setUp());
}

void TestCliCalendar::cleanup()
{
    m_reg.reset();
}

QString TestCliCalendar::newRequest(const QString& country, const QString& received, const QString& authority)
{
    QList<QPair<QString, QString>> changes = {
        {QStringLiteral("--requesting-country"), QStringLiteral("ES")},
        {QStringLiteral("--requested-country"), country},
        {QStringLiteral("--received-on"), received},
    };
    if (!authority.isEmpty()) {
        changes.append({QStringLiteral("--requested-authority"), authority});
    }
    const CliRun run = m_reg->as(QStringLiteral("officer"), newArguments(changes));
    if (run.exitCode != 0) {
        qWarning("new failed: %s", qPrintable(describe(run)));
        return QString();
    }
    return run.out.trimmed();
}

QString TestCliCalendar::deadline(const QString& reference) const
{
    // The reference is one masar-cli printed: IN-YYYY-NNNN.
    return queryValue(
               m_reg->path(),
               QStringLiteral("SELECT coalesce(next_deadline, '-') || ' ' || coalesce(deadline_kind, '-') "
                              "FROM requests WHERE reference = '%1'")
                   .arg(reference))
        .toString();
}

QString TestCliCalendar::storedState() const
{
    return queryValue(
               m_reg->path(),
               QStringLiteral("SELECT (SELECT count(*) FROM calendars) || ' ' || (SELECT count(*) FROM "
                              "holidays) || ' ' || (SELECT count(*) FROM weekend_rules) || ' ' || (SELECT "
                              "count(*) FROM deadline_rules) || ' ' || (SELECT group_concat(next_deadline) "
                              "FROM requests) || ' ' || (SELECT count(*) FROM deadline_queue)"))
        .toString();
}

void TestCliCalendar::listsAndShowsCalendars()
{
    QVERIFY(!newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16")).isEmpty());

    // Reading needs no administrator: the countries the requests name.
    const CliRun list = m_reg->as(QStringLiteral("clerk"), strs({"calendar", "list"}));
    QCOMPARE_EXIT(list, 0);
    QVERIFY_MATCHES(list.out, row(strs({"code", "country", "authority", "weekend rules", "holidays"})));
    QVERIFY_MATCHES(
        list.out,
        QRegularExpression(QStringLiteral("^ES +Spain +0 +0 *$"), QRegularExpression::MultilineOption));
    QVERIFY_MATCHES(
        list.out,
        QRegularExpression(QStringLiteral("^MA +Morocco +0 +0 *$"), QRegularExpression::MultilineOption));

    const CliRun show
        = m_reg->as(QStringLiteral("clerk"), strs({"calendar", "show", "ma", "--year", "2026"}));
    QCOMPARE_EXIT(show, 0);
    QVERIFY_CONTAINS(show.out, QStringLiteral("Calendar MA: Morocco\n"));
    QVERIFY_CONTAINS(show.out, QStringLiteral("Weekend (Masar's default, from the locale data):\n"));
    QVERIFY_MATCHES(show.out, row(strs({"-", "-", "Saturday and Sunday"})));
    QVERIFY_CONTAINS(show.out, QStringLiteral("Holidays in 2026:\n"));
    for (const QStringList& holiday :
         {strs({"2026-03-20", "Fri", "Eid al-Fitr", "provisional"}),
          strs({"2026-03-22", "Sun", "Eid al-Fitr", "provisional"}),
          strs({"2026-05-01", "Fri", "Labour Day", "fixed"}),
          strs({"2026-08-26", "Wed", "The Prophet's Birthday", "provisional"})}) {
        QVERIFY_MATCHES(show.out, row(holiday));
    }
    QCOMPARE(show.out.count(QStringLiteral("provisional")), 8);

    // Names Masar knows are shown in the language asked for.
    const CliRun french = m_reg->as(QStringLiteral("clerk"),
                                    strs({"--lang", "fr", "calendar", "show", "MA", "--year", "2026"}));
    QCOMPARE_EXIT(french, 0);
    QVERIFY_CONTAINS(french.out, str("Aïd al-Fitr"));
    QVERIFY_CONTAINS(french.out, str("Fête du Travail"));

    // --as-of gives the year for a reading command.
    const CliRun asOf
        = m_reg->as(QStringLiteral("clerk"), strs({"--as-of", "2027-06-01", "calendar", "show", "MA"}));
    QCOMPARE_EXIT(asOf, 0);
    QVERIFY_CONTAINS(asOf.out, QStringLiteral("Holidays in 2027:\n"));

    const CliRun unknown = m_reg->as(QStringLiteral("clerk"), strs({"calendar", "show", "XX-NOPE"}));
    QCOMPARE_EXIT(unknown, 2);
    QVERIFY_CONTAINS(unknown.err, str("There is no calendar “XX-NOPE”"));
}

void TestCliCalendar::addsAndRemovesAHolidayAndPrintsTheMovedDeadline()
{
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"));
    // Spain's calendar counts for nothing here: the request is worked on in Morocco.
    const QString other = newRequest(QStringLiteral("FR"), QStringLiteral("2026-03-16"));
    QVERIFY(!reference.isEmpty() && !other.isEmpty());
    QCOMPARE(deadline(reference), QStringLiteral("2026-03-24 acknowledgement"));
    const QString otherDeadline = deadline(other);

    const CliRun added
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("add"),
                     QStringLiteral("MA"), QStringLiteral("2026-03-18"), str("Journée de deuil")});
    QCOMPARE_EXIT(added, 0);
    QVERIFY_CONTAINS(added.out, str("Holiday “Journée de deuil” on 2026-03-18 added to calendar MA.\n"));
    QVERIFY_MATCHES(added.out, summary(1, 1));
    QVERIFY_CONTAINS(added.out, str("  %1: 2026-03-24 → 2026-03-25 (acknowledgement)\n").arg(reference));
    QVERIFY(!added.out.contains(other));
    QCOMPARE(deadline(reference), QStringLiteral("2026-03-25 acknowledgement"));
    QCOMPARE(deadline(other), otherDeadline);
    QCOMPARE(m_reg->rows(QStringLiteral("deadline_queue")), 0);
    QCOMPARE(
        queryValue(m_reg->path(), QStringLiteral("SELECT day || ' ' || name || ' ' || origin FROM holidays")),
        QVariant(str("2026-03-18 Journée de deuil added")));

    const CliRun shown
        = m_reg->as(QStringLiteral("admin"), strs({"calendar", "show", "MA", "--year", "2026"}));
    QVERIFY_MATCHES(shown.out,
                    row({QStringLiteral("2026-03-18"), QStringLiteral("Wed"), str("Journée de deuil"),
                         QStringLiteral("added")}));

    // Twice is refused, and writes nothing.
    const CliRun again
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("add"),
                     QStringLiteral("MA"), QStringLiteral("2026-03-18"), str("Journée de deuil")});
    QCOMPARE_EXIT(again, 2);
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 1);

    const CliRun removed
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("calendar"), QStringLiteral("holiday"), QStringLiteral("remove"),
                     QStringLiteral("MA"), QStringLiteral("2026-03-18"), str("Journée de deuil")});
    QCOMPARE_EXIT(removed, 0);
    QVERIFY_MATCHES(removed.out, summary(1, 1));
    QVERIFY_CONTAINS(removed.out, str("  %1: 2026-03-25 → 2026-03-24 (acknowledgement)\n").arg(reference));
    QCOMPARE(deadline(reference), QStringLiteral("2026-03-24 acknowledgement"));
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 0);

    // What Masar computes is not removed, but confirmed or moved.
    const CliRun computed = m_reg->as(
        QStringLiteral("admin"), strs({"calendar", "holiday", "remove", "MA", "2026-03-20", "Eid al-Fitr"}));
    QCOMPARE_EXIT(computed, 2);
    QVERIFY_CONTAINS(computed.err, QStringLiteral("moved by confirming them"));
}

void TestCliCalendar::confirmsAnEidByItsEnglishOrShownName()
{
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"));
    // Announced a day early: 19 to 21 March; Thursday 19 and Friday 20 are off.
    const CliRun confirmed
        = m_reg->as(QStringLiteral("admin"),
                    strs({"calendar", "confirm", "MA", "Eid al-Fitr", "2026-03-20", "2026-03-19"}));
    QCOMPARE_EXIT(confirmed, 0);
    QVERIFY_CONTAINS(confirmed.out,
                     str("“Eid al-Fitr” confirmed in calendar MA from 2026-03-19 (computed: "
                         "2026-03-20), 3 day"));
    QVERIFY_CONTAINS(confirmed.out, str("  %1: 2026-03-24 → 2026-03-25 (acknowledgement)\n").arg(reference));
    QCOMPARE(queryValue(m_reg->path(),
                        QStringLiteral(
                            "SELECT day || ' ' || name || ' ' || origin || ' ' || replaces FROM holidays")),
             QVariant(QStringLiteral("2026-03-19 Eid al-Fitr confirmed 2026-03-20")));
    const CliRun shown
        = m_reg->as(QStringLiteral("admin"), strs({"calendar", "show", "MA", "--year", "2026"}));
    QVERIFY_MATCHES(shown.out, row(strs({"2026-03-19", "Thu", "Eid al-Fitr", "confirmed"})));
    QVERIFY_MATCHES(shown.out, row(strs({"2026-03-21", "Sat", "Eid al-Fitr", "confirmed"})));
    QVERIFY(!shown.out.contains(QStringLiteral("2026-03-22")));

    // By its name in French; stored under the name Masar knows it by.
    const CliRun french
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("calendar"),
                     QStringLiteral("confirm"), QStringLiteral("MA"), str("Aïd al-Adha"),
                     QStringLiteral("2026-05-27"), QStringLiteral("2026-05-26")});
    QCOMPARE_EXIT(french, 0);
    QVERIFY_CONTAINS(french.out, str("Aïd al-Adha"));
    QCOMPARE(
        queryValue(m_reg->path(), QStringLiteral("SELECT name FROM holidays WHERE replaces = '2026-05-27'"))
            .toString(),
        QStringLiteral("Eid al-Adha"));

    // From its first day only: the second day would move alone.
    const CliRun second
        = m_reg->as(QStringLiteral("admin"),
                    strs({"calendar", "confirm", "MA", "Islamic New Year", "2026-06-18", "2026-06-17"}));
    QCOMPARE_EXIT(second, 2);
    const CliRun middle
        = m_reg->as(QStringLiteral("admin"),
                    strs({"calendar", "confirm", "EG", "Eid al-Fitr", "2026-03-21", "2026-03-20"}));
    QCOMPARE_EXIT(middle, 2);
    QVERIFY_CONTAINS(middle.err, str("“Eid al-Fitr” begins on 2026-03-20"));
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 2);
}

void TestCliCalendar::setsAWeekendFromADay()
{
    // Received Friday 27 March: 5 working days with a Saturday-Sunday weekend, Friday 3 April.
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-27"));
    QCOMPARE(deadline(reference), QStringLiteral("2026-04-03 acknowledgement"));
    const CliRun set = m_reg->as(QStringLiteral("admin"),
                                 strs({"calendar", "weekend", "MA", "fri,sat", "--from", "2026-03-30"}));
    QCOMPARE_EXIT(set, 0);
    QVERIFY_CONTAINS(set.out,
                     QStringLiteral("Calendar MA: the weekend is Friday and Saturday from 2026-03-30 on.\n"));
    // Saturday 28 and Sunday 29 stay off; then Friday 3 and Saturday 4 April: Sunday 5.
    QVERIFY_MATCHES(set.out, summary(1, 1));
    QVERIFY_CONTAINS(set.out, str("  %1: 2026-04-03 → 2026-04-05 (acknowledgement)\n").arg(reference));
    QCOMPARE(deadline(reference), QStringLiteral("2026-04-05 acknowledgement"));

    const CliRun shown
        = m_reg->as(QStringLiteral("admin"), strs({"calendar", "show", "MA", "--year", "2026"}));
    QVERIFY_CONTAINS(shown.out, QStringLiteral("Weekend (set by an administrator):\n"));
    QVERIFY_MATCHES(shown.out, row(strs({"-", "2026-03-29", "Saturday and Sunday"})));
    QVERIFY_MATCHES(shown.out, row(strs({"2026-03-30", "-", "Friday and Saturday"})));

    // Numbers work too; without --from, the weekend is those days always.
    const CliRun always = m_reg->as(QStringLiteral("admin"), strs({"calendar", "weekend", "MA", "6,7"}));
    QCOMPARE_EXIT(always, 0);
    QVERIFY_CONTAINS(always.out, QStringLiteral("Calendar MA: the weekend is Saturday and Sunday.\n"));
    QCOMPARE(m_reg->rows(QStringLiteral("weekend_rules")), 1);
    QCOMPARE(deadline(reference), QStringLiteral("2026-04-03 acknowledgement"));
}

void TestCliCalendar::addsAnAuthorityCalendar()
{
    const QString tangier
        = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"), str("Parquet général de Tanger"));
    const QString rabat
        = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"), str("Parquet de Rabat"));
    const CliRun added
        = m_reg->as(QStringLiteral("admin"),
                    strs({"calendar", "add", "MA-TNG", "--country", "ma", "--authority", "Tanger"}));
    QCOMPARE_EXIT(added, 0);
    QVERIFY_CONTAINS(added.out, str("Calendar MA-TNG added for Tanger (Morocco)"));
    QVERIFY_MATCHES(added.out, summary(2, 0));
    QCOMPARE(queryValue(m_reg->path(),
                        QStringLiteral("SELECT code || ' ' || country || ' ' || authority FROM "
                                       "calendars")),
             QVariant(QStringLiteral("MA-TNG MA Tanger")));

    const CliRun holiday = m_reg->as(QStringLiteral("admin"),
                                     strs({"calendar", "holiday", "add", "MA-TNG", "2026-03-17", "Moussem"}));
    QCOMPARE_EXIT(holiday, 0);
    QVERIFY_MATCHES(holiday.out, summary(2, 1));
    QVERIFY_CONTAINS(holiday.out, str("  %1: 2026-03-24 → 2026-03-25 (acknowledgement)\n").arg(tangier));
    QVERIFY(!holiday.out.contains(rabat));
    QCOMPARE(deadline(rabat), QStringLiteral("2026-03-24 acknowledgement"));

    const CliRun list = m_reg->as(QStringLiteral("admin"), strs({"calendar", "list"}));
    QVERIFY_MATCHES(list.out, row(strs({"MA-TNG", "Morocco", "Tanger", "0", "1"})));

    // A country's code, or a second calendar of the same authority, is refused.
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"),
                            strs({"calendar", "add", "tn", "--country", "MA", "--authority", "Fes"})),
                  2);
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"),
                            strs({"calendar", "add", "MA-T2", "--country", "MA", "--authority", "Tanger"})),
                  2);
    QCOMPARE(m_reg->rows(QStringLiteral("calendars")), 1);
}

void TestCliCalendar::importsAnICalendarFile()
{
    // Egypt, Friday-Saturday weekend. Received Wednesday 8 April: Thursday 9,
    // Sunday 12, Monday 13, Tuesday 14, Wednesday 15; with Sham el-Nessim on
    // Monday 13 (in the file), Thursday 16.
    const QString reference = newRequest(QStringLiteral("EG"), QStringLiteral("2026-04-08"));
    QCOMPARE(deadline(reference), QStringLiteral("2026-04-15 acknowledgement"));
    const QString file = QStringLiteral(MASAR_TEST_DATA_DIR "/calendars/public-holidays-eg-2026.ics");

    const CliRun imported
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("EG"), file});
    QCOMPARE_EXIT(imported, 0);
    QVERIFY_CONTAINS(imported.out, QStringLiteral("21 holiday day"));
    QVERIFY_CONTAINS(imported.out, QStringLiteral("imported into calendar EG."));
    QVERIFY_MATCHES(imported.out, summary(1, 1));
    QVERIFY_CONTAINS(imported.out, str("  %1: 2026-04-15 → 2026-04-16 (acknowledgement)\n").arg(reference));
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 21);
    QCOMPARE(
        queryValue(m_reg->path(), QStringLiteral("SELECT count(*) FROM holidays WHERE origin = 'imported'"))
            .toInt(),
        21);
    QCOMPARE(queryValue(m_reg->path(), QStringLiteral("SELECT name FROM holidays WHERE day = '2026-04-13'")),
             QVariant(str("شم النسيم")));
    const CliRun shown
        = m_reg->as(QStringLiteral("admin"), strs({"calendar", "show", "EG", "--year", "2026"}));
    QVERIFY_MATCHES(shown.out,
                    row({QStringLiteral("2026-04-13"), QStringLiteral("Mon"), str("شم النسيم"),
                         QStringLiteral("imported")}));

    // Again: what the calendar has already is left as it is.
    const CliRun again
        = m_reg->as(QStringLiteral("admin"),
                    {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("EG"), file});
    QCOMPARE_EXIT(again, 0);
    QVERIFY_CONTAINS(again.out, QStringLiteral("0 holiday day"));
    QVERIFY_CONTAINS(again.out, QStringLiteral("21 were there already."));
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 21);

    // A file that is not a calendar, or none: refused, nothing written.
    const QString bad = m_reg->file(QStringLiteral("bad.ics"));
    QVERIFY(
        writeFile(bad, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"));
    QCOMPARE_EXIT(
        m_reg->as(QStringLiteral("admin"),
                  {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("EG"), bad}),
        2);
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"),
                            {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("EG"),
                             m_reg->file(QStringLiteral("missing.ics"))}),
                  2);
    QCOMPARE(m_reg->rows(QStringLiteral("holidays")), 21);
}

void TestCliCalendar::listsSetsAndResetsRules()
{
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"));
    const CliRun list = m_reg->as(QStringLiteral("clerk"), strs({"rules", "list"}));
    QCOMPARE_EXIT(list, 0);
    QVERIFY_MATCHES(list.out, row(strs({"kind", "legal basis", "period", "unit", "source", "set by"})));
    QVERIFY_MATCHES(list.out,
                    row(strs({"acknowledgement", "all others", "5", "working days",
                              "policy: acknowledge receipt", "Masar's default"})));
    QVERIFY_MATCHES(list.out,
                    row(strs({"acknowledgement", "eio", "7", "calendar days", "EIO Directive, art. 16(1)",
                              "Masar's default"})));
    QVERIFY_MATCHES(list.out,
                    row(strs({"follow_up", "all others", "60", "calendar days",
                              "policy: ask again while executed abroad", "Masar's default"})));

    const CliRun set = m_reg->as(
        QStringLiteral("admin"),
        strs({"rules", "set", "acknowledgement", "3", "calendar", "--source", "Circulaire 2026/4"}));
    QCOMPARE_EXIT(set, 0);
    QVERIFY_CONTAINS(set.out, QStringLiteral("Rule acknowledgement (all others): 3 calendar days.\n"));
    // 3 calendar days from Monday 16 March: Thursday 19.
    QVERIFY_CONTAINS(set.out, str("  %1: 2026-03-24 → 2026-03-19 (acknowledgement)\n").arg(reference));
    QCOMPARE(deadline(reference), QStringLiteral("2026-03-19 acknowledgement"));
    QCOMPARE(queryValue(m_reg->path(),
                        QStringLiteral("SELECT kind || ' ' || coalesce(legal_basis, '-') || ' ' || "
                                       "length || ' ' || unit || ' ' || source || ' ' || changed_by "
                                       "FROM deadline_rules")),
             QVariant(QStringLiteral("acknowledgement - 3 calendar_days Circulaire 2026/4 admin")));
    const CliRun listed = m_reg->as(QStringLiteral("clerk"), strs({"rules", "list"}));
    QVERIFY_MATCHES(listed.out,
                    row(strs({"acknowledgement", "all others", "3", "calendar days", "Circulaire 2026/4",
                              "set by an administrator"})));

    // For one legal basis: the EIO's own rule.
    const CliRun eio = m_reg->as(QStringLiteral("admin"),
                                 strs({"rules", "set", "decision", "--legal-basis", "eio", "25", "working"}));
    QCOMPARE_EXIT(eio, 0);
    QVERIFY_MATCHES(eio.out, summary(1, 0));
    QCOMPARE(m_reg->rows(QStringLiteral("deadline_rules")), 2);

    const CliRun reset = m_reg->as(QStringLiteral("admin"), strs({"rules", "reset", "acknowledgement"}));
    QCOMPARE_EXIT(reset, 0);
    QVERIFY_CONTAINS(reset.out,
                     QStringLiteral("Rule acknowledgement (all others): Masar's default again.\n"));
    QVERIFY_CONTAINS(reset.out, str("  %1: 2026-03-19 → 2026-03-24 (acknowledgement)\n").arg(reference));
    QCOMPARE(m_reg->rows(QStringLiteral("deadline_rules")), 1);
    // Nothing to reset any more.
    QCOMPARE_EXIT(m_reg->as(QStringLiteral("admin"), strs({"rules", "reset", "acknowledgement"})), 2);
}

void TestCliCalendar::refusesOthersThanAdministrators_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("arguments");
    const QStringList users = strs({"officer", "supervisor", "clerk"});
    const QList<QPair<const char*, QStringList>> commands = {
        {"calendar add", strs({"calendar", "add", "MA-TNG", "--country", "MA", "--authority", "Tanger"})},
        {"calendar weekend", strs({"calendar", "weekend", "MA", "fri,sat"})},
        {"calendar holiday add", strs({"calendar", "holiday", "add", "MA", "2026-03-18", "Deuil"})},
        {"calendar confirm", strs({"calendar", "confirm", "MA", "Eid al-Fitr", "2026-03-20", "2026-03-19"})},
        {"calendar import",
         {QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("EG"),
          QStringLiteral(MASAR_TEST_DATA_DIR "/calendars/public-holidays-eg-2026.ics")}},
        {"rules set", strs({"rules", "set", "decision", "5", "calendar"})},
    };
    for (const QString& user : users) {
        for (const auto& [name, arguments] : commands) {
            QTest::addRow("%s, %s", qPrintable(user), name) << user << arguments;
        }
    }
}

void TestCliCalendar::refusesOthersThanAdministrators()
{
    QFETCH(QString, user);
    QFETCH(QStringList, arguments);
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"));
    const QString before = storedState();
    const CliRun run = m_reg->as(user, arguments);
    QCOMPARE_EXIT(run, 2);
    QVERIFY_CONTAINS(run.err,
                     QStringLiteral("Only an administrator may change deadline rules and calendars."));
    QCOMPARE(run.out, QString());
    QCOMPARE(storedState(), before);
    QCOMPARE(deadline(reference), QStringLiteral("2026-03-24 acknowledgement"));
}

void TestCliCalendar::refusesBadInputAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no action") << strs({"calendar"}) << 1 << str("Use “calendar list”");
    QTest::newRow("unknown action") << strs({"rules", "drop", "decision"}) << 1 << str("Use “rules list”");
    QTest::newRow("malformed date") << strs({"calendar", "holiday", "add", "MA", "18/03/2026", "x"}) << 1
                                    << str("DATE takes a date of the form YYYY-MM-DD, not “18/03/2026”.");
    QTest::newRow("no such calendar") << strs({"calendar", "holiday", "add", "XX-NOPE", "2026-03-18", "x"})
                                      << 2 << str("There is no calendar “XX-NOPE”");
    QTest::newRow("bad days") << strs({"calendar", "weekend", "MA", "fri,xyz"}) << 1
                              << str("DAYS are days of the week");
    QTest::newRow("four days") << strs({"calendar", "weekend", "MA", "1,2,3,4"}) << 2
                               << str("A weekend is one to three days.");
    QTest::newRow("bad --from") << strs({"calendar", "weekend", "MA", "6,7", "--from", "soon"}) << 1
                                << str("--from takes a date");
    QTest::newRow("add without --authority") << strs({"calendar", "add", "MA-X", "--country", "MA"}) << 1
                                             << str("calendar add needs --country CC and --authority NAME.");
    QTest::newRow("announced too far")
        << strs({"calendar", "confirm", "MA", "Eid al-Fitr", "2026-03-20", "2026-04-20"}) << 2
        << str("at most five days");
    QTest::newRow("no such provisional holiday")
        << strs({"calendar", "confirm", "MA", "Eid", "2026-03-20", "2026-03-19"}) << 2
        << str("no provisional holiday “Eid”");
    QTest::newRow("option not taken")
        << strs({"calendar", "holiday", "add", "MA", "2026-03-18", "x", "--year", "2026"}) << 1
        << str("“calendar holiday” does not take --year.");
    QTest::newRow("--as-of") << strs(
        {"--as-of", "2026-03-01", "calendar", "holiday", "add", "MA", "2026-03-18", "x"})
                             << 1 << str("--as-of cannot be used with “calendar holiday add”");
    QTest::newRow("unknown kind") << strs({"rules", "set", "answer", "5", "calendar"}) << 1
                                  << str("KIND is one of acknowledgement, decision");
    QTest::newRow("bad length") << strs({"rules", "set", "decision", "five", "calendar"}) << 1
                                << str("LENGTH is a number of days, not “five”.");
    QTest::newRow("bad unit") << strs({"rules", "set", "decision", "5", "weeks"}) << 1
                              << str("The unit is calendar or working, not “weeks”.");
    QTest::newRow("period too long") << strs({"rules", "set", "decision", "4000", "calendar"}) << 2
                                     << str("A period is from 1 to 3650 days, not 4000.");
    QTest::newRow("no such legal basis")
        << strs({"rules", "set", "decision", "--legal-basis", "nope", "5", "calendar"}) << 2
        << str("There is no legal basis “nope”.");
    QTest::newRow("rules --as-of") << strs({"--as-of", "2026-03-01", "rules", "reset", "decision"}) << 1
                                   << str("--as-of cannot be used with “rules reset”");
}

void TestCliCalendar::refusesBadInputAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString reference = newRequest(QStringLiteral("MA"), QStringLiteral("2026-03-16"));
    const QString before = storedState();
    QCOMPARE(before, QStringLiteral("0 0 0 0 2026-03-24 0"));
    const CliRun run = m_reg->as(QStringLiteral("admin"), arguments);
    QCOMPARE_EXIT(run, exitCode);
    QVERIFY_CONTAINS(run.err, message);
    QCOMPARE(run.out, QString());
    QCOMPARE(storedState(), before);
}

QTEST_GUILESS_MAIN(TestCliCalendar)
#include "tst_cli_calendar.moc"
