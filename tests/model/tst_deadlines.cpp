// Deadline arithmetic over real cases: each weekend pattern, a period that
// ends on a holiday, a provisional Eid then confirmed a day later, a pause
// over a weekend, an urgent request, the requester's earlier date, an EIO
// period, a change of weekend. Every expected date is worked out by hand
// from the calendar of 2026 (and 2014), not by the code under test.
#include "deadlines/Deadline.h"
#include "deadlines/IslamicHolidays.h"
#include "deadlines/WorkingCalendar.h"

#include <QCalendar>
#include <QTest>
#include <QTranslator>

using namespace Masar;

Q_DECLARE_METATYPE(Period::Unit)

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QList<QDate> skippedDates(const Deadline& deadline)
{
    QList<QDate> dates;
    for (const SkippedDay& day : deadline.skipped) {
        dates << day.date;
    }
    return dates;
}

Deadline compute(const QString& country, const QDate& start, int length, Period::Unit unit)
{
    DeadlineInput input;
    input.start = start;
    input.period = {length, unit};
    return DeadlineCalculator::compute(input, WorkingCalendar::forCountry(country, 2026, 2026));
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void weekendsOfEachPartner_data();
    void weekendsOfEachPartner();
    void workingDaysSkipEachWeekendPattern_data();
    void workingDaysSkipEachWeekendPattern();
    void calendarDaysEndOnTheNextWorkingDay_data();
    void calendarDaysEndOnTheNextWorkingDay();
    void provisionalEidThenConfirmedADayLater();
    void aPauseOverAWeekendIsAdded();
    void urgentHalvesThePeriod();
    void theRequestersEarlierDateWins();
    void eioDecisionIsThirtyCalendarDays();
    void aChangeOfWeekendDoesNotRewriteThePast();
    void islamicHolidaysFromTheCivilCalendar();
    void explainsEveryStep();
    void namesFollowTheLanguageOfTheMoment();
};

void TestDeadlines::weekendsOfEachPartner_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QList<Qt::DayOfWeek>>("weekend");
    const QList<Qt::DayOfWeek> friSat = {Qt::Friday, Qt::Saturday};
    const QList<Qt::DayOfWeek> satSun = {Qt::Saturday, Qt::Sunday};
    for (const char* code : {"EG", "IQ", "JO", "LY"}) {
        QTest::newRow(code) << QString::fromLatin1(code) << friSat;
    }
    for (const char* code : {"LB", "MR", "MA", "TN", "FR", "ES", "DE"}) {
        QTest::newRow(code) << QString::fromLatin1(code) << satSun;
    }
}

void TestDeadlines::weekendsOfEachPartner()
{
    // From the locale data (CLDR), as domain.md's table says.
    QFETCH(QString, country);
    QFETCH(QList<Qt::DayOfWeek>, weekend);
    const WorkingCalendar calendar = WorkingCalendar::forCountry(country, 2026, 2026);
    QCOMPARE(calendar.weekendOn(d("2026-03-02")), weekend);
}

void TestDeadlines::workingDaysSkipEachWeekendPattern_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QList<QDate>>("skipped");
    // One working day after Thursday 5 March 2026.
    QTest::newRow("Egypt, Fri-Sat") << QStringLiteral("EG") << d("2026-03-05") << 1 << d("2026-03-08")
                                    << QList<QDate> {d("2026-03-06"), d("2026-03-07")};
    QTest::newRow("Tunisia, Sat-Sun")
        << QStringLiteral("TN") << d("2026-03-05") << 1 << d("2026-03-06") << QList<QDate> {};
    // Five working days (an acknowledgement) after Wednesday 4 March 2026.
    QTest::newRow("Jordan, 5 days") << QStringLiteral("JO") << d("2026-03-04") << 5 << d("2026-03-11")
                                    << QList<QDate> {d("2026-03-06"), d("2026-03-07")};
    QTest::newRow("Morocco, 5 days") << QStringLiteral("MA") << d("2026-03-04") << 5 << d("2026-03-11")
                                     << QList<QDate> {d("2026-03-07"), d("2026-03-08")};
    // Twenty working days (a decision) in Lebanon from Monday 2 March 2026:
    // four weeks, and a day more for the Friday of Eid al-Fitr (20 March).
    QTest::newRow("Lebanon, 20 days")
        << QStringLiteral("LB") << d("2026-03-02") << 20 << d("2026-03-31")
        << QList<QDate> {d("2026-03-07"), d("2026-03-08"), d("2026-03-14"), d("2026-03-15"), d("2026-03-20"),
                         d("2026-03-21"), d("2026-03-22"), d("2026-03-28"), d("2026-03-29")};
}

void TestDeadlines::workingDaysSkipEachWeekendPattern()
{
    QFETCH(QString, country);
    QFETCH(QDate, start);
    QFETCH(int, length);
    QFETCH(QDate, due);
    QFETCH(QList<QDate>, skipped);
    const Deadline deadline = compute(country, start, length, Period::Unit::WorkingDays);
    QCOMPARE(deadline.due, due);
    QCOMPARE(skippedDates(deadline), skipped);
}

void TestDeadlines::calendarDaysEndOnTheNextWorkingDay_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QList<QDate>>("skipped");
    // 30 days from Thursday 5 March 2026 end on Saturday 4 April.
    QTest::newRow("on a weekend, Tunisia") << QStringLiteral("TN") << d("2026-03-05") << d("2026-04-06")
                                           << QList<QDate> {d("2026-04-04"), d("2026-04-05")};
    QTest::newRow("on a weekend, Egypt")
        << QStringLiteral("EG") << d("2026-03-05") << d("2026-04-05") << QList<QDate> {d("2026-04-04")};
    // 30 days from Wednesday 1 April 2026 end on Friday 1 May, a holiday.
    QTest::newRow("on 1 May, Tunisia") << QStringLiteral("TN") << d("2026-04-01") << d("2026-05-04")
                                       << QList<QDate> {d("2026-05-01"), d("2026-05-02"), d("2026-05-03")};
    QTest::newRow("on 1 May, Egypt") << QStringLiteral("EG") << d("2026-04-01") << d("2026-05-03")
                                     << QList<QDate> {d("2026-05-01"), d("2026-05-02")};
    QTest::newRow("on a working day")
        << QStringLiteral("FR") << d("2026-03-02") << d("2026-04-01") << QList<QDate> {};
}

void TestDeadlines::calendarDaysEndOnTheNextWorkingDay()
{
    QFETCH(QString, country);
    QFETCH(QDate, start);
    QFETCH(QDate, due);
    QFETCH(QList<QDate>, skipped);
    const Deadline deadline = compute(country, start, 30, Period::Unit::CalendarDays);
    QCOMPARE(deadline.due, due);
    QCOMPARE(skippedDates(deadline), skipped);
}

void TestDeadlines::provisionalEidThenConfirmedADayLater()
{
    // Morocco. Eid al-Fitr 1447 by the civil calendar: Friday 20 to Sunday 22 March 2026.
    WorkingCalendar calendar = WorkingCalendar::forCountry(QStringLiteral("MA"), 2026, 2026);
    DeadlineInput input;
    input.start = d("2026-03-02");
    input.period = {18, Period::Unit::CalendarDays}; // ends on Friday 20 March
    Deadline before = DeadlineCalculator::compute(input, calendar);
    QCOMPARE(before.due, d("2026-03-23"));
    QCOMPARE(skippedDates(before), (QList<QDate> {d("2026-03-20"), d("2026-03-21"), d("2026-03-22")}));
    QVERIFY(before.skipped.front().reason.provisional);
    QCOMPARE(before.skipped.front().reason.kind, DayOff::Kind::Holiday);

    // The moon was sighted a day later: the three days move together to 21-23 March.
    const QString eid = QStringLiteral("Eid al-Fitr");
    QCOMPARE(calendar.confirmHoliday(eid, d("2026-03-20"), d("2026-03-21")), 3);
    QCOMPARE(calendar.confirmHoliday(eid, d("2026-03-20"), d("2026-03-21")), 0); // nothing left to confirm
    // Still known by name, so still translated when shown.
    QCOMPARE(calendar.dayOff(d("2026-03-23"))->name, IslamicHolidays::tr("Eid al-Fitr"));
    QVERIFY(calendar.dayOff(d("2026-03-23"))->name.size() > 0);
    const Deadline after = DeadlineCalculator::compute(input, calendar);
    // Friday 20 March is a working day after all.
    QCOMPARE(after.due, d("2026-03-20"));
    QVERIFY(after.skipped.empty());
    // And a period that ends on the confirmed Eid says so, not "provisional".
    input.period.length = 19; // Saturday 21 March
    const Deadline confirmed = DeadlineCalculator::compute(input, calendar);
    QCOMPARE(confirmed.due, d("2026-03-24"));
    QVERIFY(!confirmed.skipped.front().reason.provisional);
}

void TestDeadlines::aPauseOverAWeekendIsAdded()
{
    // 30 days from Monday 2 March 2026 (Wednesday 1 April), with the clock
    // stopped from Friday 13 to Monday 16 March: 3 days more, Saturday 4 April,
    // hence Monday 6 April in Tunisia.
    DeadlineInput input;
    input.start = d("2026-03-02");
    input.period = {30, Period::Unit::CalendarDays};
    input.pauses = {{d("2026-03-13"), d("2026-03-16")}};
    const Deadline deadline
        = DeadlineCalculator::compute(input, WorkingCalendar::forCountry(QStringLiteral("TN"), 2026, 2026));
    QCOMPARE(deadline.pausedDays, 3);
    QCOMPARE(deadline.due, d("2026-04-06"));
    QCOMPARE(skippedDates(deadline), (QList<QDate> {d("2026-04-04"), d("2026-04-05")}));
}

void TestDeadlines::urgentHalvesThePeriod()
{
    // 20 working days, urgent: 10, from Monday 2 March 2026 in France.
    DeadlineInput input;
    input.start = d("2026-03-02");
    input.period = {20, Period::Unit::WorkingDays};
    input.urgent = true;
    const WorkingCalendar france = WorkingCalendar::forCountry(QStringLiteral("FR"), 2026, 2026);
    const Deadline urgent = DeadlineCalculator::compute(input, france);
    QVERIFY(urgent.halved);
    QCOMPARE(urgent.period.length, 10);
    QCOMPARE(urgent.due, d("2026-03-16"));
    // Odd periods round up: 5 working days give 3.
    input.period.length = 5;
    QCOMPARE(DeadlineCalculator::compute(input, france).due, d("2026-03-05"));
    // Not halved when the requester set a date.
    input.period.length = 20;
    input.requestedBy = d("2026-12-31");
    const Deadline withDate = DeadlineCalculator::compute(input, france);
    QVERIFY(!withDate.halved);
    QCOMPARE(withDate.due, d("2026-03-30"));
}

void TestDeadlines::theRequestersEarlierDateWins()
{
    // Execution: 90 days from Monday 2 March 2026 is Sunday 31 May, so
    // Monday 1 June in Spain; the requester asked for 15 April.
    DeadlineInput input;
    input.start = d("2026-03-02");
    input.period = {90, Period::Unit::CalendarDays};
    input.requestedBy = d("2026-04-15");
    const WorkingCalendar spain = WorkingCalendar::forCountry(QStringLiteral("ES"), 2026, 2026);
    const Deadline deadline = DeadlineCalculator::compute(input, spain);
    QCOMPARE(deadline.byRule, d("2026-06-01"));
    QCOMPARE(deadline.due, d("2026-04-15"));
    QVERIFY(deadline.requestedDateTaken);
    input.requestedBy = d("2026-07-01");
    const Deadline later = DeadlineCalculator::compute(input, spain);
    QCOMPARE(later.due, d("2026-06-01"));
    QVERIFY(!later.requestedDateTaken);
}

void TestDeadlines::eioDecisionIsThirtyCalendarDays()
{
    // EIO art. 12(3): recognition within 30 days of receipt; received
    // Wednesday 4 March 2026 in Spain, due Friday 3 April.
    const Deadline deadline = compute(QStringLiteral("ES"), d("2026-03-04"), 30, Period::Unit::CalendarDays);
    QCOMPARE(deadline.due, d("2026-04-03"));
}

void TestDeadlines::aChangeOfWeekendDoesNotRewriteThePast()
{
    // Mauritania moved its weekend from Friday-Saturday to Saturday-Sunday on 1 October 2014.
    WorkingCalendar calendar(QStringLiteral("Mauritania"));
    calendar.addWeekendRule({QDate(), d("2014-09-30"), {Qt::Friday, Qt::Saturday}});
    calendar.addWeekendRule({d("2014-10-01"), QDate(), {Qt::Saturday, Qt::Sunday}});
    DeadlineInput input;
    input.period = {1, Period::Unit::WorkingDays};
    input.start = d("2014-09-25"); // a Thursday under the old weekend
    QCOMPARE(DeadlineCalculator::compute(input, calendar).due, d("2014-09-28"));
    input.start = d("2014-10-02"); // a Thursday under the new one
    QCOMPARE(DeadlineCalculator::compute(input, calendar).due, d("2014-10-03"));
    // Across the change: from Thursday 25 September, 5 working days are
    // Sun 28, Mon 29, Tue 30 September, Wed 1, Thu 2 October.
    input.start = d("2014-09-25");
    input.period.length = 5;
    QCOMPARE(DeadlineCalculator::compute(input, calendar).due, d("2014-10-02"));
}

void TestDeadlines::islamicHolidaysFromTheCivilCalendar()
{
    const std::vector<Holiday> holidays = IslamicHolidays::provisional(2026);
    auto datesOf = [&holidays](const QString& name) {
        QList<QDate> dates;
        for (const Holiday& h : holidays) {
            if (h.name == name && h.provisional) {
                dates << h.date;
            }
        }
        return dates;
    };
    // The tabular Islamic civil calendar, worked out independently.
    QCOMPARE(datesOf(IslamicHolidays::tr("Eid al-Fitr")),
             (QList<QDate> {d("2026-03-20"), d("2026-03-21"), d("2026-03-22")}));
    QCOMPARE(datesOf(IslamicHolidays::tr("Eid al-Adha")),
             (QList<QDate> {d("2026-05-27"), d("2026-05-28"), d("2026-05-29")}));
    QCOMPARE(datesOf(IslamicHolidays::tr("Islamic New Year")), QList<QDate> {d("2026-06-17")});
    // Each date is the feast's day of the Hijri calendar.
    const QCalendar hijri(QCalendar::System::IslamicCivil);
    for (const Holiday& h : holidays) {
        const QCalendar::YearMonthDay parts = hijri.partsFromDate(h.date);
        QVERIFY(parts.month == 1 || parts.month == 3 || parts.month == 10 || parts.month == 12);
    }
    QVERIFY(std::is_sorted(holidays.begin(), holidays.end(),
                           [](const Holiday& a, const Holiday& b) { return a.date < b.date; }));
    // Not a holiday of an EU state.
    const WorkingCalendar france = WorkingCalendar::forCountry(QStringLiteral("FR"), 2026, 2026);
    QVERIFY(france.isWorkingDay(d("2026-03-20")));
}

void TestDeadlines::explainsEveryStep()
{
    DeadlineInput input;
    input.start = d("2026-03-02");
    input.period = {18, Period::Unit::CalendarDays};
    input.rule = QStringLiteral("Policy: decision");
    input.pauses = {{d("2026-03-05"), d("2026-03-06")}};
    input.requestedBy = d("2026-03-31");
    const Deadline deadline
        = DeadlineCalculator::compute(input, WorkingCalendar::forCountry(QStringLiteral("MA"), 2026, 2026));
    // 18 + 1 paused = Saturday 21 March (Eid), Sunday 22 (Eid), due Monday 23.
    QCOMPARE(deadline.due, d("2026-03-23"));
    const QStringList lines
        = DeadlineCalculator::explain(deadline, [](const QDate& date) { return date.toString(Qt::ISODate); });
    QCOMPARE(lines,
             (QStringList {
                 QStringLiteral("From 2026-03-02."),
                 QStringLiteral("Rule: Policy: decision: 18 day(s)."),
                 QStringLiteral("Paused from 2026-03-05 to 2026-03-06: 1 day(s) added."),
                 QStringLiteral("2026-03-21: Eid al-Fitr (provisional date)."),
                 QStringLiteral("2026-03-22: Eid al-Fitr (provisional date)."),
                 QStringLiteral("The requesting state asked for 2026-03-31, which is later."),
                 QStringLiteral("Due: 2026-03-23."),
             }));
}

void TestDeadlines::namesFollowTheLanguageOfTheMoment()
{
    // Calendars are made once and kept; the names of holidays are translated
    // when shown, so that a change of language reaches them.
    class French : public QTranslator
    {
    public:
        QString translate(const char* context, const char* source, const char*, int) const override
        {
            if (QLatin1String(context) == QLatin1String("Masar::IslamicHolidays")
                && QLatin1String(source) == QLatin1String("Eid al-Fitr")) {
                return QStringLiteral("Aïd al-Fitr");
            }
            return QString();
        }
        bool isEmpty() const override { return false; }
    };
    const WorkingCalendar morocco = WorkingCalendar::forCountry(QStringLiteral("MA"), 2026, 2026);
    QCOMPARE(morocco.dayOff(d("2026-03-20"))->name, QStringLiteral("Eid al-Fitr"));
    French french;
    QVERIFY(QCoreApplication::installTranslator(&french));
    QCOMPARE(morocco.dayOff(d("2026-03-20"))->name, QStringLiteral("Aïd al-Fitr"));
    QCoreApplication::removeTranslator(&french);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
