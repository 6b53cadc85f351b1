#include "RequestFilterFields.h"

#include "core/Iso8601.h"
#include "io/JsonWriter.h"

#include <iterator>

namespace Masar {

namespace {

using F = RequestFilterField;
using Kind = RequestFilterFieldInfo::Kind;

// In the order of RequestFilterField (checked below). The keys are those of
// the dashboard's JSON, version 1; each option is its key with "-" for "_",
// but for --state, older than the others.
constexpr RequestFilterFieldInfo table[] = {
    {F::Direction, "direction", "direction", "D",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests of this direction: incoming or outgoing."),
     Kind::Code},
    {F::States, "states", "state", "S",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests in these states (comma-separated), or “open” for all but closed."),
     Kind::CodeSet},
    {F::OpenOnly, "open_only", "open-only", nullptr,
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields", "Only open requests: in any state but closed."),
     Kind::Flag},
    {F::Country, "country", "country", "CC",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests with this requesting or requested country."),
     Kind::Country},
    {F::PartnerCountry, "partner_country", "partner-country", "CC",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests with this partner: the requesting country of an incoming request, the "
                       "requested country of an outgoing one."),
     Kind::Country},
    {F::Assignee, "assignee", "assignee", "U",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields", "Only requests assigned to this user."), Kind::User},
    {F::Unassigned, "unassigned", "unassigned", nullptr,
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields", "Only requests assigned to nobody."), Kind::Flag},
    {F::Priority, "priority", "priority", "P",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields", "Only requests of this priority: normal or urgent."),
     Kind::Code},
    {F::Find, "find", "find", "WORDS",
     QT_TRANSLATE_NOOP(
         "Masar::RequestFilterFields",
         "Only requests with words beginning with these in a reference, an authority, the summary or "
         "a person’s name."),
     Kind::Words},
    {F::DeadlineFrom, "deadline_from", "deadline-from", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests whose next deadline falls on this day or later."),
     Kind::Date},
    {F::DeadlineUntil, "deadline_until", "deadline-until", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests whose next deadline falls on this day or earlier."),
     Kind::Date},
    {F::OpenedFrom, "opened_from", "opened-from", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests received (incoming) or sent (outgoing) on this day or later."),
     Kind::Date},
    {F::OpenedUntil, "opened_until", "opened-until", "YYYY-MM-DD",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests received (incoming) or sent (outgoing) on this day or earlier."),
     Kind::Date},
    {F::NotSent, "not_sent", "not-sent", nullptr,
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields", "Only outgoing requests not sent yet."), Kind::Flag},
    {F::TookStep, "took_step", "took-step", "STEP",
     QT_TRANSLATE_NOOP("Masar::RequestFilterFields",
                       "Only requests whose history records this step (a key of masar-cli workflow)."),
     Kind::Code},
};

constexpr bool inOrder()
{
    for (std::size_t i = 0; i < std::size(table); ++i) {
        if (table[i].field != RequestFilterField(i)) {
            return false;
        }
    }
    return true;
}

// Every field, in a switch without default: the build names a field added
// to RequestFilterField and missing here; the assertion below then asks for
// its row in the table.
constexpr bool isField(int value)
{
    switch (RequestFilterField(value)) {
    case F::Direction:
    case F::States:
    case F::OpenOnly:
    case F::Country:
    case F::PartnerCountry:
    case F::Assignee:
    case F::Unassigned:
    case F::Priority:
    case F::Find:
    case F::DeadlineFrom:
    case F::DeadlineUntil:
    case F::OpenedFrom:
    case F::OpenedUntil:
    case F::NotSent:
    case F::TookStep:
        return true;
    }
    return false;
}

static_assert(inOrder(), "the table's rows follow RequestFilterField");
static_assert(isField(int(std::size(table)) - 1) && !isField(int(std::size(table))),
              "every RequestFilterField has its row in the table");

// A condition read from plain data, before it is set in a filter.
struct Plain
{
    bool held = false; // false: the filter does not hold the condition
    QString text; // Code, Country, User, Words
    QStringList codes; // CodeSet
    QDate date; // Date
};

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(Iso8601::formatDate(date)) : QVariant();
}

QVariant trueOrNull(bool flag)
{
    return flag ? QVariant(true) : QVariant();
}

// Sets a condition read by RequestFilterFields::setValue.
void assign(RequestFilter* f, RequestFilterField field, const Plain& v)
{
    switch (field) {
    case F::Direction:
        f->direction = v.held ? fromKey<Direction>(v.text) : std::nullopt;
        return;
    case F::States:
        f->states.clear();
        for (const QString& key : v.codes) {
            f->states.push_back(*fromKey<State>(key));
        }
        return;
    case F::OpenOnly:
        f->openOnly = v.held;
        return;
    case F::Country:
        f->country = v.text;
        return;
    case F::PartnerCountry:
        f->partnerCountry = v.text;
        return;
    case F::Assignee:
        f->assignee = v.text;
        return;
    case F::Unassigned:
        f->unassigned = v.held;
        return;
    case F::Priority:
        f->priority = v.text;
        return;
    case F::Find:
        f->text = v.text;
        return;
    case F::DeadlineFrom:
        f->deadlineFrom = v.date;
        return;
    case F::DeadlineUntil:
        f->deadlineUntil = v.date;
        return;
    case F::OpenedFrom:
        f->openedFrom = v.date;
        return;
    case F::OpenedUntil:
        f->openedUntil = v.date;
        return;
    case F::NotSent:
        f->notSent = v.held;
        return;
    case F::TookStep:
        f->tookStep = v.held ? fromKey<Step>(v.text) : std::nullopt;
        return;
    }
}

} // namespace

const std::vector<RequestFilterFieldInfo>& RequestFilterFields::all()
{
    static const std::vector<Info> fields(std::begin(table), std::end(table));
    return fields;
}

const RequestFilterFieldInfo& RequestFilterFields::info(RequestFilterField field)
{
    return all()[std::size_t(field)];
}

std::optional<RequestFilterField> RequestFilterFields::fromKey(const QString& key)
{
    for (const Info& row : table) {
        if (key == QLatin1String(row.key)) {
            return row.field;
        }
    }
    return std::nullopt;
}

const CodeList* RequestFilterFields::codes(RequestFilterField field)
{
    switch (field) {
    case F::Direction:
        return &codesOf<Direction>();
    case F::States:
        return &codesOf<State>();
    case F::Priority:
        return &Codes::priorities();
    case F::TookStep:
        return &codesOf<Step>();
    case F::OpenOnly:
    case F::Country:
    case F::PartnerCountry:
    case F::Assignee:
    case F::Unassigned:
    case F::Find:
    case F::DeadlineFrom:
    case F::DeadlineUntil:
    case F::OpenedFrom:
    case F::OpenedUntil:
    case F::NotSent:
        return nullptr;
    }
    return nullptr;
}

QString RequestFilterFields::help(RequestFilterField field)
{
    return QCoreApplication::translate("Masar::RequestFilterFields", info(field).help);
}

QVariant RequestFilterFields::value(const RequestFilter& f, RequestFilterField field)
{
    switch (field) {
    case F::Direction:
        return f.direction ? QVariant(keyOf(*f.direction)) : QVariant();
    case F::States: {
        QStringList keys;
        for (State state : f.states) {
            keys << keyOf(state);
        }
        return keys.isEmpty() ? QVariant() : QVariant(keys);
    }
    case F::OpenOnly:
        return trueOrNull(f.openOnly);
    case F::Country:
        return textOrNull(f.country);
    case F::PartnerCountry:
        return textOrNull(f.partnerCountry);
    case F::Assignee:
        return textOrNull(f.assignee);
    case F::Unassigned:
        return trueOrNull(f.unassigned);
    case F::Priority:
        return textOrNull(f.priority);
    case F::Find:
        return textOrNull(f.text.trimmed());
    case F::DeadlineFrom:
        return dateOrNull(f.deadlineFrom);
    case F::DeadlineUntil:
        return dateOrNull(f.deadlineUntil);
    case F::OpenedFrom:
        return dateOrNull(f.openedFrom);
    case F::OpenedUntil:
        return dateOrNull(f.openedUntil);
    case F::NotSent:
        return trueOrNull(f.notSent);
    case F::TookStep:
        return f.tookStep ? QVariant(keyOf(*f.tookStep)) : QVariant();
    }
    return QVariant();
}

Status RequestFilterFields::setValue(RequestFilter* filter, RequestFilterField field, const QVariant& value)
{
    const Kind kind = info(field).kind;
    Plain v;
    if (value.isNull()) {
        assign(filter, field, v);
        return Status();
    }
    if (kind == Kind::CodeSet ? !value.canConvert<QStringList>() : !value.canConvert<QString>()) {
        //: A value of a filter, read from the settings or a file, that is neither text nor a list of texts.
        return Error::invalid(tr("The value is of the wrong type."));
    }
    const QString text = value.toString().trimmed();
    const CodeList* list = codes(field);
    switch (kind) {
    case Kind::Flag:
        if (value.typeId() != QMetaType::Bool && text != QLatin1String("true")
            && text != QLatin1String("false")) {
            return Error::invalid(tr("“%1” is neither true nor false.").arg(text));
        }
        v.held = value.toBool();
        break;
    case Kind::CodeSet:
        for (const QString& part : value.toStringList()) {
            const QString key = part.trimmed();
            if (!key.isEmpty() && !list->contains(key)) {
                return Error::invalid(
                    tr("“%1” is not one of: %2.").arg(key, list->keys().join(QLatin1String(", "))));
            }
            if (!key.isEmpty()) {
                v.codes << key;
            }
        }
        v.held = !v.codes.isEmpty();
        break;
    case Kind::Code:
        if (!text.isEmpty() && !list->contains(text)) {
            return Error::invalid(
                tr("“%1” is not one of: %2.").arg(text, list->keys().join(QLatin1String(", "))));
        }
        v.text = text;
        break;
    case Kind::Country:
        v.text = text.toUpper();
        if (!text.isEmpty() && !Codes::isCountry(v.text)) {
            return Error::invalid(tr("“%1” is not an ISO 3166-1 country code.").arg(text));
        }
        break;
    case Kind::User:
    case Kind::Words:
        v.text = text;
        break;
    case Kind::Date:
        if (!text.isEmpty() && !Iso8601::parseDate(text, &v.date)) {
            return Error::invalid(tr("“%1” is not a date of the form YYYY-MM-DD.").arg(text));
        }
        break;
    }
    v.held = v.held || !v.text.isEmpty() || v.date.isValid();
    assign(filter, field, v);
    return Status();
}

void RequestFilterFields::copy(RequestFilterField field, const RequestFilter& from, RequestFilter* to)
{
    switch (field) {
    case F::Direction:
        to->direction = from.direction;
        return;
    case F::States:
        to->states = from.states;
        return;
    case F::OpenOnly:
        to->openOnly = from.openOnly;
        return;
    case F::Country:
        to->country = from.country;
        return;
    case F::PartnerCountry:
        to->partnerCountry = from.partnerCountry;
        return;
    case F::Assignee:
        to->assignee = from.assignee;
        return;
    case F::Unassigned:
        to->unassigned = from.unassigned;
        return;
    case F::Priority:
        to->priority = from.priority;
        return;
    case F::Find:
        to->text = from.text;
        return;
    case F::DeadlineFrom:
        to->deadlineFrom = from.deadlineFrom;
        return;
    case F::DeadlineUntil:
        to->deadlineUntil = from.deadlineUntil;
        return;
    case F::OpenedFrom:
        to->openedFrom = from.openedFrom;
        return;
    case F::OpenedUntil:
        to->openedUntil = from.openedUntil;
        return;
    case F::NotSent:
        to->notSent = from.notSent;
        return;
    case F::TookStep:
        to->tookStep = from.tookStep;
        return;
    }
}

QVariantMap RequestFilterFields::toMap(const RequestFilter& filter)
{
    QVariantMap map;
    for (const Info& row : table) {
        if (const QVariant v = value(filter, row.field); !v.isNull()) {
            map.insert(QLatin1String(row.key), v);
        }
    }
    return map;
}

RequestFilter RequestFilterFields::fromMap(const QVariantMap& map, QStringList* problems)
{
    RequestFilter filter;
    for (const Info& row : table) {
        const auto it = map.constFind(QLatin1String(row.key));
        if (it == map.cend()) {
            continue;
        }
        if (const Status read = setValue(&filter, row.field, *it); !read.ok() && problems) {
            //: A condition of a filter that could not be read: its key, then the problem.
            *problems << tr("%1: %2").arg(QLatin1String(row.key), read.message());
        }
    }
    return filter;
}

void RequestFilterFields::writeJson(JsonWriter& json, const RequestFilter& filter)
{
    json.beginObject();
    for (const Info& row : table) {
        const QVariant v = value(filter, row.field);
        if (v.isNull()) {
            continue;
        }
        json.key(QLatin1String(row.key));
        if (row.kind == Kind::Flag) {
            json.value(true);
        } else if (row.kind == Kind::CodeSet) {
            json.inlineStrings(v.toStringList());
        } else {
            json.string(v.toString());
        }
    }
    json.endObject();
}

} // namespace Masar
