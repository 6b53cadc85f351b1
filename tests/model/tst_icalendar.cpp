// Reading public holidays from iCalendar files: a sample calendar of Egypt's
// holidays as a government or calendar service would publish it (CRLF, folded
// Arabic lines, a time zone, an alarm, a three-day Eid, yearly rules), then
// each rule of the format on a few lines, then everything that is refused.
#include "deadlines/ICalendar.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTest>

using namespace Masar;

namespace {

// The head of every calendar below: the events start on line 4.
QByteArray calendar(const char* events)
{
    return QByteArray("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Masar//Tests//EN\n") + events
        + "END:VCALENDAR\n";
}

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// "2026-05-27 Eid al-Adha", one per day, to compare whole results at once.
QStringList describe(const std::vector<ImportedHoliday>& holidays)
{
    QStringList lines;
    for (const ImportedHoliday& holiday : holidays) {
        lines << holiday.date.toString(Qt::ISODate) + QLatin1Char(' ') + holiday.name;
    }
    return lines;
}

QString day(const char* isoDate, const char* name)
{
    return QLatin1String(isoDate) + QLatin1Char(' ') + QString::fromUtf8(name);
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void readsACalendarOfEgypt();
    void reads_data();
    void reads();
    void keepsTheUidOfTheFirstOfDuplicates();
    void aMonthIsTheLongestHoliday();
    void refuses_data();
    void refuses();
    void refusesAFileOverFiveMiB();
    void refusesMoreThanTenThousandDays();
};

void TestICalendar::readsACalendarOfEgypt()
{
    QFile file(QDir(QStringLiteral(MASAR_TEST_DATA_DIR))
                   .filePath(QStringLiteral("calendars/public-holidays-eg-2026.ics")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray bytes = file.readAll();
    // The file is as RFC 5545 wants it: its lines end in CRLF.
    QVERIFY(bytes.contains("\r\n"));
    QVERIFY(!bytes.contains("\n\n"));

    const Result<std::vector<ImportedHoliday>> result = ICalendar::readHolidays(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    const QStringList expected = {
        day("2026-01-07", "عيد الميلاد المجيد"),
        day("2026-01-25", "عيد الشرطة وذكرى ثورة الخامس والعشرين من يناير"), // folded in a word
        day("2026-03-20", "عيد الفطر المبارك"), // three days, DTEND exclusive
        day("2026-03-21", "عيد الفطر المبارك"),
        day("2026-03-22", "عيد الفطر المبارك"),
        day("2026-04-13", "شم النسيم"), // from midnight to midnight in Cairo time
        day("2026-04-25", "عيد تحرير سيناء"),
        day("2026-05-01", "عيد العمال"), // yearly, COUNT=3
        day("2026-05-26", "وقفة عرفات"),
        day("2026-05-27", "عيد الأضحى"),
        day("2026-05-28", "عيد الأضحى"),
        day("2026-05-29", "عيد الأضحى"),
        day("2026-06-16", "رأس السنة الهجرية"),
        day("2026-06-30", "ذكرى ثورة 30 يونيو"), // a DATE-TIME in UTC
        day("2026-07-23", "عيد ثورة 23 يوليو"), // yearly, UNTIL the end of 2028
        day("2026-08-25", "المولد النبوي الشريف"),
        day("2026-10-06", "عيد القوات المسلحة, ذكرى حرب أكتوبر"), // an escaped comma
        day("2027-05-01", "عيد العمال"),
        day("2027-07-23", "عيد ثورة 23 يوليو"),
        day("2028-05-01", "عيد العمال"),
        day("2028-07-23", "عيد ثورة 23 يوليو"),
    };
    QCOMPARE(describe(*result), expected);
    QCOMPARE(result->front().uid, QStringLiteral("eg-2026-0107@masar.example"));
}

void TestICalendar::reads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected");

    const char* labourDay = "BEGIN:VEVENT\n"
                            "DTSTART;VALUE=DATE:20260501\n"
                            "SUMMARY:Fête du Travail\n"
                            "END:VEVENT\n";
    const QStringList firstOfMay = {day("2026-05-01", "Fête du Travail")};
    QTest::addRow("LF") << calendar(labourDay) << firstOfMay;
    QTest::addRow("CRLF") << crlf(calendar(labourDay)) << firstOfMay;
    QTest::addRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + calendar(labourDay) << firstOfMay;
    QTest::addRow("names in lower case") << calendar("begin:vevent\n"
                                                     "dtstart;value=date:20260501\n"
                                                     "summary:Fête du Travail\n"
                                                     "end:vevent\n")
                                         << firstOfMay;
    QTest::addRow("a calendar without events") << calendar("") << QStringList();

    QTest::addRow("folded with a space and a tab") << crlf(calendar("BEGIN:VEVENT\n"
                                                                    "DTSTART;VALUE=DATE:20260730\n"
                                                                    "SUMMARY;LANGUAGE=ar:عيد\n"
                                                                    "  العر\n"
                                                                    "\tش\n"
                                                                    "END:VEVENT\n"))
                                                   << QStringList {day("2026-07-30", "عيد العرش")};
    // Folding counts octets: a fold may fall inside a character's UTF-8 bytes.
    QTest::addRow("folded inside a UTF-8 character")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260730\n"
                    "SUMMARY:\xD8\n"
                    " \xB9\xD9\x8A\xD8\xAF \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xB4\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-07-30", "عيد العرش")};
    QTest::addRow("escaped text") << calendar(
        "BEGIN:VEVENT\n"
        "DTSTART;VALUE=DATE:20260730\n"
        "SUMMARY:Fête du Trône\\, Maroc\\; jour férié \\\\ 30/7\\nnational\n"
        "END:VEVENT\n")
                                  << QStringList {day("2026-07-30",
                                                      "Fête du Trône, Maroc; jour férié \\ 30/7\nnational")};
    QTest::addRow("parameters, one quoted with a colon")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20261118\n"
                    "SUMMARY;LANGUAGE=ar;ALTREP=\"http://example.invalid/a;b\":عيد الاستقلال\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-11-18", "عيد الاستقلال")};

    QTest::addRow("three-day Eid by DTEND")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260527\n"
                    "DTEND;VALUE=DATE:20260530\n"
                    "SUMMARY:عيد الأضحى\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-05-27", "عيد الأضحى"), day("2026-05-28", "عيد الأضحى"),
                        day("2026-05-29", "عيد الأضحى")};
    QTest::addRow("DTEND equal to DTSTART is one day") << calendar("BEGIN:VEVENT\n"
                                                                   "DTSTART;VALUE=DATE:20260501\n"
                                                                   "DTEND;VALUE=DATE:20260501\n"
                                                                   "SUMMARY:Fête du Travail\n"
                                                                   "END:VEVENT\n")
                                                       << firstOfMay;
    QTest::addRow("two days by DURATION")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260320\n"
                    "DURATION:P2D\n"
                    "SUMMARY:Aïd al-Fitr\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-03-20", "Aïd al-Fitr"), day("2026-03-21", "Aïd al-Fitr")};
    QTest::addRow("DATE-TIME start") << calendar("BEGIN:VEVENT\n"
                                                 "DTSTART:20260501T000000\n"
                                                 "SUMMARY:Fête du Travail\n"
                                                 "END:VEVENT\n")
                                     << firstOfMay;
    QTest::addRow("DATE-TIME start in UTC, late in the day") << calendar("BEGIN:VEVENT\n"
                                                                         "DTSTART:20260501T230000Z\n"
                                                                         "SUMMARY:Fête du Travail\n"
                                                                         "END:VEVENT\n")
                                                             << firstOfMay;
    QTest::addRow("DATE-TIME end in the afternoon of the next day")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;TZID=Africa/Casablanca:20260501T090000\n"
                    "DTEND;TZID=Africa/Casablanca:20260502T170000\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-05-01", "Fête du Travail"), day("2026-05-02", "Fête du Travail")};

    QTest::addRow("VTIMEZONE and VALARM ignored") << calendar("BEGIN:VTIMEZONE\n"
                                                              "TZID:Africa/Cairo\n"
                                                              "BEGIN:DAYLIGHT\n"
                                                              "DTSTART:19700424T000000\n"
                                                              "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=-1FR\n"
                                                              "TZOFFSETFROM:+0200\n"
                                                              "TZOFFSETTO:+0300\n"
                                                              "END:DAYLIGHT\n"
                                                              "END:VTIMEZONE\n"
                                                              "BEGIN:VEVENT\n"
                                                              "DTSTART;VALUE=DATE:20260501\n"
                                                              "SUMMARY:Fête du Travail\n"
                                                              "BEGIN:VALARM\n"
                                                              "ACTION:DISPLAY\n"
                                                              "TRIGGER:-P1D\n"
                                                              "SUMMARY:Rappel\n"
                                                              "DTSTART:20260430T090000\n"
                                                              "END:VALARM\n"
                                                              "END:VEVENT\n"
                                                              "BEGIN:VTODO\n"
                                                              "DTSTART;VALUE=DATE:20260502\n"
                                                              "SUMMARY:Not a holiday\n"
                                                              "END:VTODO\n")
                                                  << firstOfMay;

    QTest::addRow("yearly, COUNT") << calendar("BEGIN:VEVENT\n"
                                               "DTSTART;VALUE=DATE:20260111\n"
                                               "RRULE:FREQ=YEARLY;COUNT=3\n"
                                               "SUMMARY:Manifeste de l'indépendance\n"
                                               "END:VEVENT\n")
                                   << QStringList {day("2026-01-11", "Manifeste de l'indépendance"),
                                                   day("2027-01-11", "Manifeste de l'indépendance"),
                                                   day("2028-01-11", "Manifeste de l'indépendance")};
    QTest::addRow("yearly, UNTIL the day itself")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20261106\n"
                    "RRULE:FREQ=YEARLY;UNTIL=20281106\n"
                    "SUMMARY:Marche Verte\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-11-06", "Marche Verte"), day("2027-11-06", "Marche Verte"),
                        day("2028-11-06", "Marche Verte")};
    QTest::addRow("yearly, UNTIL the day before")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20261106\n"
                    "RRULE:FREQ=YEARLY;UNTIL=20281105\n"
                    "SUMMARY:Marche Verte\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-11-06", "Marche Verte"), day("2027-11-06", "Marche Verte")};
    QTest::addRow("yearly, UNTIL a UTC time, several days")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART:20260820T000000\n"
                    "DTEND:20260822T000000\n"
                    "RRULE:freq=yearly;until=20270820T235959Z\n"
                    "SUMMARY:عيد الشباب\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-08-20", "عيد الشباب"), day("2026-08-21", "عيد الشباب"),
                        day("2027-08-20", "عيد الشباب"), day("2027-08-21", "عيد الشباب")};
    QTest::addRow("29 February repeats in leap years")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20240229\n"
                    "RRULE:FREQ=YEARLY;COUNT=3\n"
                    "SUMMARY:Leap day\n"
                    "END:VEVENT\n")
        << QStringList {day("2024-02-29", "Leap day"), day("2028-02-29", "Leap day"),
                        day("2032-02-29", "Leap day")};
    QTest::addRow("EXDATE removes a year")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501\n"
                    "RRULE:FREQ=YEARLY;COUNT=3\n"
                    "EXDATE;VALUE=DATE:20270501\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-05-01", "Fête du Travail"), day("2028-05-01", "Fête du Travail")};
    QTest::addRow("a cancelled event is not a holiday") << calendar("BEGIN:VEVENT\n"
                                                                    "DTSTART;VALUE=DATE:20260502\n"
                                                                    "SUMMARY:Pont\n"
                                                                    "STATUS:CANCELLED\n"
                                                                    "END:VEVENT\n")
            + calendar(labourDay) << firstOfMay;
    QTest::addRow("by date then name, each once")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260730\n"
                    "SUMMARY:Fête du Trône\n"
                    "END:VEVENT\n"
                    "BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n"
                    "BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501\n"
                    "SUMMARY:Dimanche\n"
                    "END:VEVENT\n"
                    "BEGIN:VEVENT\n"
                    "DTSTART:20260501T120000Z\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringList {day("2026-05-01", "Dimanche"), day("2026-05-01", "Fête du Travail"),
                        day("2026-07-30", "Fête du Trône")};
}

void TestICalendar::reads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);

    const Result<std::vector<ImportedHoliday>> result = ICalendar::readHolidays(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(describe(*result), expected);
}

void TestICalendar::keepsTheUidOfTheFirstOfDuplicates()
{
    const Result<std::vector<ImportedHoliday>> result
        = ICalendar::readHolidays(calendar("BEGIN:VEVENT\n"
                                           "UID:second\\,day@example.invalid\n"
                                           "DTSTART;VALUE=DATE:20260502\n"
                                           "SUMMARY:Pont\n"
                                           "END:VEVENT\n"
                                           "BEGIN:VEVENT\n"
                                           "UID:first@example.invalid\n"
                                           "DTSTART;VALUE=DATE:20260501\n"
                                           "DTEND;VALUE=DATE:20260503\n"
                                           "SUMMARY:Pont\n"
                                           "END:VEVENT\n"
                                           "BEGIN:VEVENT\n"
                                           "DTSTART;VALUE=DATE:20260504\n"
                                           "SUMMARY:Sans UID\n"
                                           "END:VEVENT\n"));
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(result->size(), std::size_t(3));
    QCOMPARE(result->at(0).uid, QStringLiteral("first@example.invalid"));
    QCOMPARE(result->at(1).date, QDate(2026, 5, 2));
    QCOMPARE(result->at(1).uid, QStringLiteral("second,day@example.invalid"));
    QCOMPARE(result->at(2).uid, QString());
}

void TestICalendar::aMonthIsTheLongestHoliday()
{
    const Result<std::vector<ImportedHoliday>> result
        = ICalendar::readHolidays(calendar("BEGIN:VEVENT\n"
                                           "DTSTART;VALUE=DATE:20260101\n"
                                           "DTEND;VALUE=DATE:20260201\n"
                                           "SUMMARY:Janvier\n"
                                           "END:VEVENT\n"));
    QVERIFY2(result.ok(), qPrintable(result.error().message()));
    QCOMPARE(result->size(), std::size_t(31));
    QCOMPARE(result->back().date, QDate(2026, 1, 31));
}

void TestICalendar::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    const QString notACalendar
        = QStringLiteral("The file is not an iCalendar calendar: it does not begin with BEGIN:VCALENDAR.");
    QTest::addRow("empty") << QByteArray() << notACalendar;
    QTest::addRow("blank lines") << QByteArray("\r\n\n") << notACalendar;
    QTest::addRow("text") << QByteArray("1 May, Labour Day\n") << notACalendar;
    QTest::addRow("a vCard") << QByteArray("BEGIN:VCARD\nVERSION:4.0\nFN:Someone\nEND:VCARD\n")
                             << notACalendar;
    QTest::addRow("a web page") << QByteArray("<!DOCTYPE html>\n<html><body>BEGIN:VCALENDAR</body></html>\n")
                                << notACalendar;
    QTest::addRow("Latin-1 bytes") << QByteArray("\xC9t\xE9\n") << notACalendar;

    QTest::addRow("RRULE monthly") << calendar("BEGIN:VEVENT\n"
                                               "DTSTART;VALUE=DATE:20260501\n"
                                               "SUMMARY:Fête du Travail\n"
                                               "RRULE:FREQ=MONTHLY;COUNT=2\n"
                                               "END:VEVENT\n")
                                   << QStringLiteral(
                                          "Line 7: only a yearly repetition with COUNT or UNTIL can be "
                                          "read, not “RRULE:FREQ=MONTHLY;COUNT=2”.");
    QTest::addRow("RRULE yearly with BYMONTH")
        << crlf(calendar("BEGIN:VEVENT\n"
                         "DTSTART;VALUE=DATE:20260501\n"
                         "RRULE:FREQ=YEARLY;BYMONTH=5;COUNT=2\n"
                         "SUMMARY:Fête du Travail\n"
                         "END:VEVENT\n"))
        << QStringLiteral("Line 6: only a yearly repetition with COUNT or UNTIL can be read, "
                          "not “RRULE:FREQ=YEARLY;BYMONTH=5;COUNT=2”.");
    QTest::addRow("RRULE yearly for ever")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501\n"
                    "RRULE:FREQ=YEARLY\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringLiteral("Line 6: only a yearly repetition with COUNT or UNTIL "
                          "can be read, not “RRULE:FREQ=YEARLY”.");
    QTest::addRow("RRULE with COUNT and UNTIL")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501\n"
                    "RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringLiteral("Line 6: only a yearly repetition with COUNT or "
                          "UNTIL can be read, not "
                          "“RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20300101”.");
    QTest::addRow("RRULE COUNT=0") << calendar("BEGIN:VEVENT\n"
                                               "DTSTART;VALUE=DATE:20260501\n"
                                               "RRULE:FREQ=YEARLY;COUNT=0\n"
                                               "SUMMARY:Fête du Travail\n"
                                               "END:VEVENT\n")
                                   << QStringLiteral(
                                          "Line 6: only a yearly repetition with COUNT or UNTIL can be "
                                          "read, not “RRULE:FREQ=YEARLY;COUNT=0”.");
    QTest::addRow("RDATE") << calendar("BEGIN:VEVENT\n"
                                       "DTSTART;VALUE=DATE:20260501\n"
                                       "RDATE;VALUE=DATE:20270501\n"
                                       "SUMMARY:Fête du Travail\n"
                                       "END:VEVENT\n")
                           << QStringLiteral("Line 6: RDATE is not supported in a calendar of holidays: "
                                             "give each date an event of its own.");

    QTest::addRow("no DTSTART") << calendar("BEGIN:VEVENT\n"
                                            "UID:x@example.invalid\n"
                                            "SUMMARY:Fête du Travail\n"
                                            "END:VEVENT\n")
                                << QStringLiteral("Line 4: the event has no start date (DTSTART).");
    QTest::addRow("no SUMMARY") << calendar("BEGIN:VEVENT\n"
                                            "DTSTART;VALUE=DATE:20260501\n"
                                            "END:VEVENT\n"
                                            "BEGIN:VEVENT\n"
                                            "DTSTART;VALUE=DATE:20260502\n"
                                            "SUMMARY:  \n"
                                            "END:VEVENT\n")
                                << QStringLiteral("Line 4: the event has no name (SUMMARY).");
    QTest::addRow("blank SUMMARY") << calendar("BEGIN:VEVENT\n"
                                               "DTSTART;VALUE=DATE:20260502\n"
                                               "SUMMARY:  \n"
                                               "END:VEVENT\n")
                                   << QStringLiteral("Line 4: the event has no name (SUMMARY).");
    QTest::addRow("a second DTSTART") << calendar("BEGIN:VEVENT\n"
                                                  "DTSTART;VALUE=DATE:20260501\n"
                                                  "SUMMARY:Fête du Travail\n"
                                                  "DTSTART;VALUE=DATE:20260502\n"
                                                  "END:VEVENT\n")
                                      << QStringLiteral("Line 7: the event has a second DTSTART.");

    QTest::addRow("13th month") << calendar("BEGIN:VEVENT\n"
                                            "DTSTART;VALUE=DATE:20261332\n"
                                            "SUMMARY:Fête du Travail\n"
                                            "END:VEVENT\n")
                                << QStringLiteral("Line 5: “20261332” is not a valid date.");
    QTest::addRow("30 February") << calendar("BEGIN:VEVENT\n"
                                             "DTSTART;VALUE=DATE:20260501\n"
                                             "DTEND;VALUE=DATE:20260230\n"
                                             "SUMMARY:Fête du Travail\n"
                                             "END:VEVENT\n")
                                 << QStringLiteral("Line 6: “20260230” is not a valid date.");
    QTest::addRow("a time where a DATE is said")
        << calendar("BEGIN:VEVENT\n"
                    "DTSTART;VALUE=DATE:20260501T000000\n"
                    "SUMMARY:Fête du Travail\n"
                    "END:VEVENT\n")
        << QStringLiteral("Line 5: “20260501T000000” is not a valid date.");
    QTest::addRow("25 o'clock") << calendar("BEGIN:VEVENT\n"
                                            "DTSTART:20260501T250000\n"
                                            "SUMMARY:Fête du Travail\n"
                                            "END:VEVENT\n")
                                << QStringLiteral("Line 5: “20260501T250000” is not a valid date.");
    QTest::addRow("a date with dashes") << calendar("BEGIN:VEVENT\n"
                                                    "DTSTART;VALUE=DATE:2026-05-01\n"
                                                    "SUMMARY:Fête du Travail\n"
                                                    "END:VEVENT\n")
                                        << QStringLiteral("Line 5: “2026-05-01” is not a valid date.");
    QTest::addRow("a bad EXDATE") << calendar("BEGIN:VEVENT\n"
                                              "DTSTART;VALUE=DATE:20260501\n"
                                              "RRULE:FREQ=YEARLY;COUNT=3\n"
                                              "EXDATE;VALUE=DATE:20270501,2028\n"
                                              "SUMMARY:Fête du Travail\n"
                                              "END:VEVENT\n")
                                  << QStringLiteral("Line 7: “2028” is not a valid date.");
    QTest::addRow("ends before it starts") << calendar("BEGIN:VEVENT\n"
                                                       "DTSTART;VALUE=DATE:20260501\n"
                                                       "DTEND;VALUE=DATE:20260430\n"
                                                       "SUMMARY:Fête du Travail\n"
                                                       "END:VEVENT\n")
                                           << QStringLiteral("Line 6: the event ends before it starts.");
    QTest::addRow("32 days") << calendar("BEGIN:VEVENT\n"
                                         "DTSTART;VALUE=DATE:20260101\n"
                                         "DTEND;VALUE=DATE:20260202\n"
                                         "SUMMARY:Janvier\n"
                                         "END:VEVENT\n")
                             << QStringLiteral("Line 4: the event lasts more than 31 days: "
                                               "that is not a public holiday.");
    QTest::addRow("eight thousand years") << calendar("BEGIN:VEVENT\n"
                                                      "DTSTART;VALUE=DATE:20000101\n"
                                                      "DTEND;VALUE=DATE:99991231\n"
                                                      "SUMMARY:Forever\n"
                                                      "END:VEVENT\n")
                                          << QStringLiteral("Line 4: the event lasts more than 31 days: "
                                                            "that is not a public holiday.");
    QTest::addRow("a duration in hours") << calendar("BEGIN:VEVENT\n"
                                                     "DTSTART:20260501T000000\n"
                                                     "DURATION:PT24H\n"
                                                     "SUMMARY:Fête du Travail\n"
                                                     "END:VEVENT\n")
                                         << QStringLiteral("Line 6: “PT24H” is not a duration in whole days "
                                                           "or weeks.");
    QTest::addRow("DTEND and DURATION") << calendar("BEGIN:VEVENT\n"
                                                    "DTSTART;VALUE=DATE:20260501\n"
                                                    "DTEND;VALUE=DATE:20260502\n"
                                                    "DURATION:P1D\n"
                                                    "SUMMARY:Fête du Travail\n"
                                                    "END:VEVENT\n")
                                        << QStringLiteral("Line 7: the event has both an end (DTEND) and a "
                                                          "duration.");

    QTest::addRow("not UTF-8") << calendar("BEGIN:VEVENT\n"
                                           "DTSTART;VALUE=DATE:20260501\n"
                                           "SUMMARY:F\xEAte du Travail\n"
                                           "END:VEVENT\n")
                               << QStringLiteral("Line 6: the text is not UTF-8.");
    QTest::addRow("a line without a colon") << calendar("BEGIN:VEVENT\n"
                                                        "DTSTART;VALUE=DATE:20260501\n"
                                                        "SUMMARY Fête du Travail\n"
                                                        "END:VEVENT\n")
                                            << QStringLiteral("Line 6: “SUMMARY Fête du Travail” is not a "
                                                              "line of the form NAME:value.");
    QTest::addRow("an unclosed event") << QByteArray("BEGIN:VCALENDAR\n"
                                                     "BEGIN:VEVENT\n"
                                                     "DTSTART;VALUE=DATE:20260501\n"
                                                     "SUMMARY:Fête du Travail\n")
                                       << QStringLiteral("The file ends before END:VEVENT.");
    QTest::addRow("END of another component") << calendar("BEGIN:VEVENT\n"
                                                          "DTSTART;VALUE=DATE:20260501\n"
                                                          "SUMMARY:Fête du Travail\n"
                                                          "END:VTODO\n")
                                              << QStringLiteral("Line 7: END:VTODO where END:VEVENT was "
                                                                "expected.");
    QTest::addRow("something after the calendar") << calendar("") + "SUMMARY:Fête du Travail\n"
                                                  << QStringLiteral("Line 5: “SUMMARY:Fête du Travail” comes "
                                                                    "after the end of the calendar.");
}

void TestICalendar::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);

    const Result<std::vector<ImportedHoliday>> result = ICalendar::readHolidays(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Error::Kind::Invalid);
    QCOMPARE(result.error().message(), message);
}

void TestICalendar::refusesAFileOverFiveMiB()
{
    // Exactly 5 MiB is read: padding in an extension property (X-), which readers skip.
    QByteArray bytes = calendar("BEGIN:VEVENT\n"
                                "DTSTART;VALUE=DATE:20260501\n"
                                "SUMMARY:Fête du Travail\n"
                                "END:VEVENT\n");
    const QByteArray head = "X-PADDING:";
    const qint64 padding = ICalendar::maxFileSize - bytes.size() - head.size() - 1;
    bytes.insert(bytes.indexOf("END:VCALENDAR"), head + QByteArray(padding, 'x') + '\n');
    QCOMPARE(bytes.size(), qsizetype(5 * 1024 * 1024));
    const Result<std::vector<ImportedHoliday>> fits = ICalendar::readHolidays(bytes);
    QVERIFY2(fits.ok(), qPrintable(fits.error().message()));
    QCOMPARE(fits->size(), std::size_t(1));

    bytes.insert(bytes.indexOf("END:VCALENDAR"), '\n');
    const Result<std::vector<ImportedHoliday>> tooLarge = ICalendar::readHolidays(bytes);
    QVERIFY(!tooLarge.ok());
    QCOMPARE(tooLarge.error().message(),
             QStringLiteral("The file is larger than 5 MiB: too large for a calendar of public holidays."));
}

void TestICalendar::refusesMoreThanTenThousandDays()
{
    // Ten days a year for a thousand years is the most; a day more is refused.
    const QByteArray thousandYears = calendar("BEGIN:VEVENT\n"
                                              "DTSTART;VALUE=DATE:20000101\n"
                                              "DTEND;VALUE=DATE:20000111\n"
                                              "RRULE:FREQ=YEARLY;COUNT=1000\n"
                                              "SUMMARY:Dix jours\n"
                                              "END:VEVENT\n");
    const Result<std::vector<ImportedHoliday>> most = ICalendar::readHolidays(thousandYears);
    QVERIFY2(most.ok(), qPrintable(most.error().message()));
    QCOMPARE(most->size(), std::size_t(10000));
    QCOMPARE(most->back().date, QDate(2999, 1, 10));

    // The number as the language of the moment writes it ("10,000", "10 000", "10000").
    const QString tooMany = QStringLiteral("The file gives more than %1 days of holidays: "
                                           "too many for a calendar of public holidays.")
                                .arg(QLocale().toString(ICalendar::maxHolidays));
    const Result<std::vector<ImportedHoliday>> oneMore
        = ICalendar::readHolidays(thousandYears
                                  + calendar("BEGIN:VEVENT\n"
                                             "DTSTART;VALUE=DATE:20260501\n"
                                             "SUMMARY:Fête du Travail\n"
                                             "END:VEVENT\n"));
    QVERIFY(!oneMore.ok());
    QCOMPARE(oneMore.error().message(), tooMany);

    // A rule with no sensible end stops at the limit, not at the year 9999.
    const Result<std::vector<ImportedHoliday>> forEver
        = ICalendar::readHolidays(calendar("BEGIN:VEVENT\n"
                                           "DTSTART;VALUE=DATE:20260101\n"
                                           "DTEND;VALUE=DATE:20260201\n"
                                           "RRULE:FREQ=YEARLY;COUNT=999999999\n"
                                           "SUMMARY:Janvier\n"
                                           "END:VEVENT\n"));
    QVERIFY(!forEver.ok());
    QCOMPARE(forEver.error().message(), tooMany);
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
