#include "ICalendar.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>
#include <QTime>

#include <algorithm>
#include <optional>

namespace Masar {

namespace {

// A line as the file holds it once unfolded (RFC 5545, 3.1): still bytes, so
// that a fold in the middle of a UTF-8 sequence joins up before decoding.
struct RawLine
{
    int number = 0; // of its first physical line, from 1
    QByteArray bytes;
};

// NAME;PARAM=VALUE:value
struct ContentLine
{
    int number = 0;
    QString name; // upper case
    QHash<QString, QString> parameters; // names upper case; a list of values joined by commas
    QString value; // as written, still escaped
};

// A date or date-time value, taken as its date.
struct DateValue
{
    QDate date;
    bool midnight = true; // a date, or a date-time at 00:00:00
};

// The properties of a VEVENT that Masar reads.
struct EventDraft
{
    int line = 0; // of BEGIN:VEVENT
    std::optional<ContentLine> start;
    std::optional<ContentLine> end;
    std::optional<ContentLine> duration;
    std::optional<ContentLine> summary;
    std::optional<ContentLine> uid;
    std::optional<ContentLine> rrule;
    std::optional<ContentLine> status;
    std::vector<ContentLine> exdates;
};

std::vector<RawLine> unfold(const QByteArray& bytes)
{
    std::vector<RawLine> lines;
    int number = 0;
    qsizetype from = 0;
    while (from < bytes.size()) {
        qsizetype to = bytes.indexOf('\n', from);
        if (to < 0) {
            to = bytes.size();
        }
        QByteArray physical = bytes.mid(from, to - from);
        from = to + 1;
        ++number;
        if (physical.endsWith('\r')) {
            physical.chop(1);
        }
        if (physical.isEmpty()) {
            continue;
        }
        const bool continuation = physical.at(0) == ' ' || physical.at(0) == '\t';
        if (continuation && !lines.empty()) {
            lines.back().bytes += physical.mid(1);
        } else {
            lines.push_back({number, physical});
        }
    }
    return lines;
}

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

std::optional<ContentLine> parseContentLine(int number, const QString& text)
{
    ContentLine result;
    result.number = number;
    const qsizetype size = text.size();
    qsizetype i = 0;
    auto readName = [&] {
        const qsizetype from = i;
        while (i < size && isNameChar(text.at(i))) {
            ++i;
        }
        return text.mid(from, i - from).toUpper();
    };
    result.name = readName();
    if (result.name.isEmpty()) {
        return std::nullopt;
    }
    while (i < size && text.at(i) == u';') {
        ++i;
        const QString parameter = readName();
        if (parameter.isEmpty() || i >= size || text.at(i) != u'=') {
            return std::nullopt;
        }
        ++i;
        QStringList values;
        for (;;) {
            if (i < size && text.at(i) == u'"') {
                const qsizetype close = text.indexOf(u'"', i + 1);
                if (close < 0) {
                    return std::nullopt;
                }
                values << text.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype from = i;
                while (i < size && text.at(i) != u';' && text.at(i) != u':' && text.at(i) != u','
                       && text.at(i) != u'"') {
                    ++i;
                }
                values << text.mid(from, i - from);
            }
            if (i < size && text.at(i) == u',') {
                ++i;
                continue;
            }
            break;
        }
        result.parameters.insert(parameter, values.join(u','));
    }
    if (i >= size || text.at(i) != u':') {
        return std::nullopt;
    }
    result.value = text.mid(i + 1);
    return result;
}

// TEXT values (RFC 5545, 3.3.11): \n or \N is a new line; \\, \; and \, stand
// for the character. Any other escape is read as the character it escapes.
QString unescapeText(const QString& value)
{
    QString result;
    result.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            c = value.at(++i);
            if (c == u'n' || c == u'N') {
                c = u'\n';
            }
        }
        result += c;
    }
    return result;
}

// YYYYMMDD, or YYYYMMDDTHHMMSS with or without Z; with `dateOnly`, only the first.
std::optional<DateValue> parseDate(const QString& text, bool dateOnly)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([0-9]{4})([0-9]{2})([0-9]{2})(?:T([0-9]{2})([0-9]{2})([0-9]{2})Z?)?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    DateValue result;
    result.date = QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!result.date.isValid()) {
        return std::nullopt;
    }
    if (match.hasCaptured(4)) {
        if (dateOnly) {
            return std::nullopt;
        }
        const int hour = match.captured(4).toInt();
        const int minute = match.captured(5).toInt();
        const int second = match.captured(6).toInt();
        // A leap second is a valid time in iCalendar.
        if (!QTime(hour, minute, second == 60 ? 59 : second).isValid()) {
            return std::nullopt;
        }
        result.midnight = hour == 0 && minute == 0 && second == 0;
    }
    return result;
}

std::optional<DateValue> parseDate(const ContentLine& property)
{
    const QString type = property.parameters.value(QStringLiteral("VALUE")).toUpper();
    if (!type.isEmpty() && type != QLatin1String("DATE") && type != QLatin1String("DATE-TIME")) {
        return std::nullopt;
    }
    return parseDate(property.value, type == QLatin1String("DATE"));
}

// P3D or P1W (an all-day event's length); nothing else.
std::optional<int> parseDurationDays(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+?P([0-9]{1,4})([DW])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int count = match.captured(1).toInt();
    return match.captured(2) == QLatin1String("W") ? count * 7 : count;
}

// FREQ=YEARLY with COUNT or UNTIL, nothing else: the repetitions, bounded.
struct YearlyRule
{
    int count = 0; // 0 when bounded by `until`
    QDate until;
};

std::optional<YearlyRule> parseRule(const QString& text)
{
    QHash<QString, QString> parts;
    for (const QString& part : text.split(u';')) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0) {
            return std::nullopt;
        }
        const QString key = part.left(equals).toUpper();
        if (parts.contains(key)) {
            return std::nullopt;
        }
        parts.insert(key, part.mid(equals + 1));
    }
    if (parts.value(QStringLiteral("FREQ")).toUpper() != QLatin1String("YEARLY") || parts.size() != 2) {
        return std::nullopt;
    }
    YearlyRule rule;
    if (parts.contains(QStringLiteral("COUNT"))) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
        const QString count = parts.value(QStringLiteral("COUNT"));
        if (!digits.match(count).hasMatch() || count.toInt() < 1) {
            return std::nullopt;
        }
        rule.count = count.toInt();
        return rule;
    }
    if (parts.contains(QStringLiteral("UNTIL"))) {
        const std::optional<DateValue> until = parseDate(parts.value(QStringLiteral("UNTIL")), false);
        if (!until) {
            return std::nullopt;
        }
        rule.until = until->date;
        return rule;
    }
    return std::nullopt;
}

QString excerpt(const QString& text)
{
    const int shown = 40;
    return text.size() <= shown ? text : text.left(shown) + QChar(0x2026);
}

// Reads the unfolded lines one by one, keeping the components open and the
// event being read.
class Reader
{
public:
    Status read(const RawLine& raw);
    Status finish();
    std::vector<ImportedHoliday>& holidays() { return m_holidays; }

private:
    Status readProperty(const ContentLine& property);
    Status finishEvent();
    Status add(const QDate& date, const QString& name, const QString& uid);

    bool m_calendarSeen = false;
    QStringList m_open; // the components open, outermost first
    std::optional<EventDraft> m_event;
    std::vector<ImportedHoliday> m_holidays;
};

Error notACalendar()
{
    //: BEGIN:VCALENDAR is written so in the file: not translated.
    return Error::invalid(
        ICalendar::tr("The file is not an iCalendar calendar: it does not begin with BEGIN:VCALENDAR."));
}

Error invalidDate(const ContentLine& property)
{
    return Error::invalid(ICalendar::tr("Line %1: “%2” is not a valid date.")
                              .arg(QString::number(property.number), excerpt(property.value)));
}

Status Reader::read(const RawLine& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(raw.bytes);
    const bool utf8 = !decoder.hasError();
    const std::optional<ContentLine> line = utf8 ? parseContentLine(raw.number, text) : std::nullopt;
    const bool begin = line && line->name == QLatin1String("BEGIN");
    const bool end = line && line->name == QLatin1String("END");
    const QString component = line ? line->value.toUpper() : QString();
    const QString number = QString::number(raw.number);

    if (!m_calendarSeen) {
        if (!begin || component != QLatin1String("VCALENDAR")) {
            return notACalendar();
        }
        m_calendarSeen = true;
        m_open << component;
        return {};
    }
    if (!utf8) {
        return Error::invalid(ICalendar::tr("Line %1: the text is not UTF-8.").arg(number));
    }
    if (!line || ((begin || end) && component.isEmpty())) {
        return Error::invalid(
            ICalendar::tr("Line %1: “%2” is not a line of the form NAME:value.").arg(number, excerpt(text)));
    }
    if (m_open.isEmpty()) {
        // Another calendar may follow the first one; nothing else may.
        if (begin && component == QLatin1String("VCALENDAR")) {
            m_open << component;
            return {};
        }
        return Error::invalid(
            ICalendar::tr("Line %1: “%2” comes after the end of the calendar.").arg(number, excerpt(text)));
    }
    if (begin) {
        if (component == QLatin1String("VEVENT") && m_open.size() == 1) {
            m_event = EventDraft();
            m_event->line = raw.number;
        }
        m_open << component;
        return {};
    }
    if (end) {
        if (component != m_open.last()) {
            //: %1 is a line number; %2 and %3 name parts of the file (VEVENT, VALARM...): not translated.
            return Error::invalid(ICalendar::tr("Line %1: END:%2 where END:%3 was expected.")
                                      .arg(number, excerpt(component), m_open.last()));
        }
        m_open.removeLast();
        if (m_event && m_open.size() == 1) {
            const Status status = finishEvent();
            m_event.reset();
            return status;
        }
        return {};
    }
    if (m_event && m_open.size() == 2) {
        return readProperty(*line);
    }
    return {};
}

Status Reader::readProperty(const ContentLine& property)
{
    const QString number = QString::number(property.number);
    const QString& name = property.name;
    std::optional<ContentLine>* single = nullptr;
    if (name == QLatin1String("DTSTART")) {
        single = &m_event->start;
    } else if (name == QLatin1String("DTEND")) {
        single = &m_event->end;
    } else if (name == QLatin1String("DURATION")) {
        single = &m_event->duration;
    } else if (name == QLatin1String("SUMMARY")) {
        single = &m_event->summary;
    } else if (name == QLatin1String("UID")) {
        single = &m_event->uid;
    } else if (name == QLatin1String("RRULE")) {
        single = &m_event->rrule;
    } else if (name == QLatin1String("STATUS")) {
        single = &m_event->status;
    } else if (name == QLatin1String("EXDATE")) {
        m_event->exdates.push_back(property);
        return {};
    } else if (name == QLatin1String("RDATE") || name == QLatin1String("EXRULE")
               || name == QLatin1String("RECURRENCE-ID")) {
        //: %1 is a line number; %2 is a keyword of the file (RDATE, RECURRENCE-ID): not translated.
        return Error::invalid(ICalendar::tr("Line %1: %2 is not supported in a calendar of holidays: "
                                            "give each date an event of its own.")
                                  .arg(number, name));
    } else {
        return {};
    }
    if (single->has_value()) {
        //: %1 is a line number; %2 is a keyword of the file (DTSTART, SUMMARY...): not translated.
        return Error::invalid(ICalendar::tr("Line %1: the event has a second %2.").arg(number, name));
    }
    *single = property;
    return {};
}

// How many days the event covers: DTEND (exclusive) or DURATION, or one day.
Result<qint64> eventDays(const EventDraft& event, const DateValue& start)
{
    if (event.end && event.duration) {
        return Error::invalid(ICalendar::tr("Line %1: the event has both an end (DTEND) and a duration.")
                                  .arg(QString::number(event.duration->number)));
    }
    qint64 days = 1;
    if (event.end) {
        const std::optional<DateValue> end = parseDate(*event.end);
        if (!end) {
            return invalidDate(*event.end);
        }
        // The end is exclusive: an all-day event ends on the day after its last.
        const QDate after = end->midnight ? end->date : end->date.addDays(1);
        if (after < start.date) {
            return Error::invalid(ICalendar::tr("Line %1: the event ends before it starts.")
                                      .arg(QString::number(event.end->number)));
        }
        days = std::max<qint64>(1, start.date.daysTo(after));
    } else if (event.duration) {
        const std::optional<int> length = parseDurationDays(event.duration->value);
        if (!length) {
            return Error::invalid(
                ICalendar::tr("Line %1: “%2” is not a duration in whole days or weeks.")
                    .arg(QString::number(event.duration->number), excerpt(event.duration->value)));
        }
        days = std::max(1, *length);
    }
    if (days > ICalendar::maxEventDays) {
        return Error::invalid(
            ICalendar::tr("Line %1: the event lasts more than %2 days: "
                          "that is not a public holiday.")
                .arg(QString::number(event.line), QString::number(ICalendar::maxEventDays)));
    }
    return days;
}

// The first days of the event's occurrences. The first is always DTSTART; a
// yearly rule adds the same day of later years. EXDATE removes occurrences,
// which still count towards COUNT. Stops early past the limit of holidays.
Result<QList<QDate>> occurrences(const EventDraft& event, const QDate& start, qint64 days)
{
    QSet<QDate> excluded;
    for (const ContentLine& exdate : event.exdates) {
        for (const QString& value : exdate.value.split(u',')) {
            ContentLine one = exdate;
            one.value = value;
            const std::optional<DateValue> date = parseDate(one);
            if (!date) {
                return invalidDate(one);
            }
            excluded << date->date;
        }
    }
    std::optional<YearlyRule> rule;
    if (event.rrule) {
        rule = parseRule(event.rrule->value);
        if (!rule) {
            //: %1 is a line number; COUNT, UNTIL and %2 are written so in the file: not translated.
            return Error::invalid(ICalendar::tr("Line %1: only a yearly repetition with COUNT or UNTIL "
                                                "can be read, not “%2”.")
                                      .arg(QString::number(event.rrule->number),
                                           excerpt(QLatin1String("RRULE:") + event.rrule->value)));
        }
    }
    QList<QDate> starts;
    int count = 0;
    for (int year = start.year(); year <= 9999; ++year) {
        const bool first = year == start.year();
        if (!first
            && (!rule || (rule->count > 0 && count >= rule->count)
                || (rule->until.isValid() && year > rule->until.year()))) {
            break;
        }
        // 29 February repeats in leap years only (RFC 5545, 3.3.10).
        const QDate next(year, start.month(), start.day());
        if (!next.isValid() || (!first && rule->until.isValid() && next > rule->until)) {
            continue;
        }
        ++count;
        if (!excluded.contains(next)) {
            starts << next;
        }
        if (static_cast<qint64>(starts.size()) * days > ICalendar::maxHolidays) {
            break; // too many: Reader::add() refuses the file
        }
    }
    return starts;
}

Status Reader::finishEvent()
{
    const EventDraft& event = *m_event;
    if (!event.start) {
        //: %1 is a line number; DTSTART, in the file, is not translated.
        return Error::invalid(ICalendar::tr("Line %1: the event has no start date (DTSTART).")
                                  .arg(QString::number(event.line)));
    }
    const QString name = event.summary ? unescapeText(event.summary->value).trimmed() : QString();
    if (name.isEmpty()) {
        return Error::invalid(
            ICalendar::tr("Line %1: the event has no name (SUMMARY).").arg(QString::number(event.line)));
    }
    const std::optional<DateValue> start = parseDate(*event.start);
    if (!start) {
        return invalidDate(*event.start);
    }
    const Result<qint64> days = eventDays(event, *start);
    if (!days) {
        return days.error();
    }
    const Result<QList<QDate>> starts = occurrences(event, start->date, *days);
    if (!starts) {
        return starts.error();
    }
    if (event.status && event.status->value.toUpper() == QLatin1String("CANCELLED")) {
        return {};
    }
    const QString uid = event.uid ? unescapeText(event.uid->value).trimmed() : QString();
    for (const QDate& first : *starts) {
        for (qint64 day = 0; day < *days; ++day) {
            const Status status = add(first.addDays(day), name, uid);
            if (status.isError()) {
                return status;
            }
        }
    }
    return {};
}

Status Reader::add(const QDate& date, const QString& name, const QString& uid)
{
    if (m_holidays.size() >= static_cast<std::size_t>(ICalendar::maxHolidays)) {
        return Error::invalid(ICalendar::tr("The file gives more than %L1 days of holidays: "
                                            "too many for a calendar of public holidays.")
                                  .arg(ICalendar::maxHolidays));
    }
    m_holidays.push_back({date, name, uid});
    return {};
}

Status Reader::finish()
{
    if (!m_calendarSeen) {
        return notACalendar();
    }
    if (!m_open.isEmpty()) {
        return Error::invalid(ICalendar::tr("The file ends before END:%1.").arg(m_open.last()));
    }
    return {};
}

} // namespace

Result<std::vector<ImportedHoliday>> ICalendar::readHolidays(const QByteArray& bytes)
{
    if (bytes.size() > maxFileSize) {
        return Error::invalid(
            tr("The file is larger than %L1 MiB: too large for a calendar of public holidays.")
                .arg(maxFileSize / (1024 * 1024)));
    }
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    Reader reader;
    for (const RawLine& line : unfold(data)) {
        const Status status = reader.read(line);
        if (status.isError()) {
            return status;
        }
    }
    const Status status = reader.finish();
    if (status.isError()) {
        return status;
    }

    // The first of the same day under the same name stays, with its UID.
    std::vector<ImportedHoliday> holidays = std::move(reader.holidays());
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const ImportedHoliday& a, const ImportedHoliday& b) {
                         return a.date != b.date ? a.date < b.date : a.name < b.name;
                     });
    const auto same = [](const ImportedHoliday& a, const ImportedHoliday& b) {
        return a.date == b.date && a.name == b.name;
    };
    holidays.erase(std::unique(holidays.begin(), holidays.end(), same), holidays.end());
    return holidays;
}

} // namespace Masar
