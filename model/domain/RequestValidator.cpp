#include "RequestValidator.h"

#include "Workflow.h"

#include <QSet>

namespace Masar {

namespace {

// A field's name as problems give it ("summary", "persons[2].role"), made
// only when there is a problem to report: a file of many requests is
// checked field by field, and nearly every field is fine.
class Field
{
public:
    Field(const QString& name) // NOLINT: a plain name converts
        : m_name(name)
    {
    }
    Field(const char* list, std::size_t index, const char* field)
        : m_list(list)
        , m_index(index)
        , m_field(field)
    {
    }

    QString name() const
    {
        return m_list
            ? QStringLiteral("%1[%2].%3").arg(QLatin1String(m_list)).arg(m_index).arg(QLatin1String(m_field))
            : m_name;
    }

private:
    QString m_name;
    const char* m_list = nullptr;
    std::size_t m_index = 0;
    const char* m_field = nullptr;
};

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestValidator)

public:
    std::vector<FieldProblem> problems;

    void add(const Field& field, const QString& message) { problems.push_back({field.name(), message}); }

    void required(const Field& field, const QString& value)
    {
        if (value.trimmed().isEmpty()) {
            add(field, tr("is required"));
        }
    }

    void line(const Field& field, const QString& value)
    {
        if (value.size() > RequestValidator::maxLineLength) {
            add(field, tr("is longer than %n characters", nullptr, RequestValidator::maxLineLength));
        }
    }

    void text(const Field& field, const QString& value)
    {
        if (value.size() > RequestValidator::maxTextLength) {
            add(field, tr("is longer than %n characters", nullptr, RequestValidator::maxTextLength));
        }
    }

    void code(const Field& field, const QString& value, const CodeList& list)
    {
        if (value.isEmpty()) {
            add(field, tr("is required"));
        } else if (!list.contains(value)) {
            add(field, tr("“%1” is not one of: %2").arg(value, list.keys().join(QLatin1String(", "))));
        }
    }

    void codes(const Field& field, const QStringList& values, const CodeList& list)
    {
        QSet<QString> seen;
        for (const QString& value : values) {
            if (!list.contains(value)) {
                add(field, tr("“%1” is not one of: %2").arg(value, list.keys().join(QLatin1String(", "))));
            } else if (seen.contains(value)) {
                add(field, tr("“%1” is given twice").arg(value));
            }
            seen.insert(value);
        }
    }

    void country(const Field& field, const QString& value, bool mandatory)
    {
        if (value.isEmpty()) {
            if (mandatory) {
                add(field, tr("is required"));
            }
        } else if (!Codes::isCountry(value)) {
            add(field, tr("“%1” is not an ISO 3166-1 country code").arg(value));
        }
    }

    void notAfter(const Field& field, const QDate& date, const QDate& today)
    {
        if (date.isValid() && date > today) {
            add(field, tr("is in the future"));
        }
    }
};

QString notAStateOf(State state, Direction direction)
{
    return direction == Direction::Incoming
        ? RequestValidator::tr("“%1” is not a state of incoming requests").arg(keyOf(state))
        : RequestValidator::tr("“%1” is not a state of outgoing requests").arg(keyOf(state));
}

Field at(const char* list, std::size_t index, const char* field)
{
    return Field(list, index, field);
}

// An imported request's reference, state and disposition (a new one is given them).
void checkIdentity(Checker& check, const Request& request)
{
    if (!request.reference.isEmpty()) {
        Direction direction;
        int year = 0;
        int number = 0;
        if (!RequestValidator::parseReference(request.reference, &direction, &year, &number)) {
            check.add(QStringLiteral("reference"),
                      RequestValidator::tr("“%1” is not of the form IN-YYYY-NNNN or OUT-YYYY-NNNN")
                          .arg(request.reference));
        } else if (direction != request.direction) {
            check.add(
                QStringLiteral("reference"),
                RequestValidator::tr("“%1” does not begin with %2 as a reference of this direction must")
                    .arg(request.reference, RequestValidator::referencePrefix(request.direction)));
        }
    }
    if (!Workflow::belongsTo(request.state, request.direction)) {
        check.add(QStringLiteral("state"), notAStateOf(request.state, request.direction));
    }
    if (request.state == State::Closed) {
        check.code(QStringLiteral("disposition"), request.disposition, Codes::dispositions());
    } else if (!request.disposition.isEmpty()) {
        check.add(QStringLiteral("disposition"),
                  RequestValidator::tr("is given but the request is not closed"));
    }
}

// The states, the authorities and the other side's references.
void checkParties(Checker& check, const Request& request)
{
    check.line(QStringLiteral("foreign_reference"), request.foreignReference);
    check.country(QStringLiteral("requesting_country"), request.requestingCountry, true);
    check.country(QStringLiteral("requested_country"), request.requestedCountry, true);
    if (!request.requestingCountry.isEmpty() && request.requestingCountry == request.requestedCountry) {
        check.add(QStringLiteral("requested_country"),
                  RequestValidator::tr("is the same as the requesting country"));
    }
    check.line(QStringLiteral("requesting_authority"), request.requestingAuthority);
    check.line(QStringLiteral("requested_authority"), request.requestedAuthority);
    check.line(QStringLiteral("executing_authority"), request.executingAuthority);
    check.line(QStringLiteral("executing_reference"), request.executingReference);
    check.line(QStringLiteral("eurojust_reference"), request.eurojustReference);
    check.line(QStringLiteral("interpol_reference"), request.interpolReference);
}

// The legal basis, and how the request travels and is handled.
void checkHandling(Checker& check, const Request& request)
{
    check.codes(QStringLiteral("legal_basis"), request.legalBasis, Codes::legalBases());
    if (request.legalBasis.contains(QLatin1String("bilateral"))
        && request.legalBasisDetail.trimmed().isEmpty()) {
        check.add(QStringLiteral("legal_basis_detail"),
                  RequestValidator::tr("must name the bilateral treaty and its article"));
    }
    check.line(QStringLiteral("legal_basis_detail"), request.legalBasisDetail);
    check.code(QStringLiteral("channel"), request.channel, Codes::channels());
    check.code(QStringLiteral("priority"), request.priority, Codes::priorities());
    if (request.priority == QLatin1String("urgent") && request.urgencyReason.trimmed().isEmpty()) {
        check.add(QStringLiteral("urgency_reason"),
                  RequestValidator::tr("is required for an urgent request"));
    }
    check.text(QStringLiteral("urgency_reason"), request.urgencyReason);
    check.code(QStringLiteral("confidentiality"), request.confidentiality, Codes::confidentialities());
}

// Whether an outgoing request has been sent, as its state says: from "sent"
// on it has; a draft (or one in translation) has not; a closed one has when
// it closed on its results or on a refusal abroad, and may have or not when
// it was withdrawn (perhaps from its draft).
enum class Sending { NotYet, Done, Either };

Sending sendingOf(const Request& request)
{
    if (request.state == State::Draft || request.state == State::InTranslation) {
        return Sending::NotYet;
    }
    if (request.state != State::Closed) {
        return Sending::Done;
    }
    for (const char* sent : {"executed", "partially_executed", "refused"}) {
        if (request.disposition == QLatin1String(sent)) {
            return Sending::Done;
        }
    }
    return Sending::Either;
}

// An outgoing request's day sent, as its state requires.
void checkSentOn(Checker& check, const Request& request)
{
    const QString field = QStringLiteral("sent_on");
    switch (sendingOf(request)) {
    case Sending::NotYet:
        if (request.sentOn.isValid()) {
            check.add(field,
                      RequestValidator::tr("is given but the request is not sent yet (state “%1”)")
                          .arg(keyOf(request.state)));
        }
        break;
    case Sending::Done:
        if (!request.sentOn.isValid()) {
            check.add(field,
                      request.state == State::Closed
                          ? RequestValidator::tr("is required for an outgoing request closed as “%1”")
                                .arg(request.disposition)
                          : RequestValidator::tr("is required once an outgoing request is sent (state “%1”)")
                                .arg(keyOf(request.state)));
        }
        break;
    case Sending::Either:
        break;
    }
}

void checkDates(Checker& check, const Request& request, const QDate& today)
{
    const bool incoming = request.direction == Direction::Incoming;
    if (incoming) {
        if (!request.receivedOn.isValid()) {
            check.add(QStringLiteral("received_on"),
                      RequestValidator::tr("is required for an incoming request"));
        }
        check.notAfter(QStringLiteral("received_on"), request.receivedOn, today);
        if (request.sentOn.isValid()) {
            check.add(QStringLiteral("sent_on"), RequestValidator::tr("is only for outgoing requests"));
        }
    } else {
        if (request.receivedOn.isValid()) {
            check.add(QStringLiteral("received_on"), RequestValidator::tr("is only for incoming requests"));
        }
        checkSentOn(check, request);
        check.notAfter(QStringLiteral("sent_on"), request.sentOn, today);
    }
    const QDate start = incoming ? request.receivedOn : request.sentOn;
    if (request.requestedBy.isValid() && start.isValid() && request.requestedBy < start) {
        check.add(QStringLiteral("requested_by"),
                  incoming ? RequestValidator::tr("is before the date the request was received")
                           : RequestValidator::tr("is before the date the request was sent"));
    }
}

void checkMeasuresAndPersons(Checker& check, const Request& request, const QDate& today)
{
    for (std::size_t i = 0; i < request.measures.size(); ++i) {
        const Measure& measure = request.measures[i];
        check.code(at("measures", i, "type"), measure.type, Codes::assistanceTypes());
        check.code(at("measures", i, "status"), measure.status, Codes::measureStatuses());
        check.text(at("measures", i, "note"), measure.note);
    }
    for (std::size_t i = 0; i < request.persons.size(); ++i) {
        const Person& person = request.persons[i];
        check.required(at("persons", i, "name"), person.name);
        check.line(at("persons", i, "name"), person.name);
        if (person.role.isEmpty()) {
            check.add(at("persons", i, "role"), RequestValidator::tr("is mandatory for every person"));
        } else {
            check.code(at("persons", i, "role"), person.role, Codes::personRoles());
        }
        check.country(at("persons", i, "nationality"), person.nationality, false);
        check.notAfter(at("persons", i, "birth_date"), person.birthDate, today);
    }
}

void checkLinks(Checker& check, const Request& request)
{
    QSet<QString> linked;
    for (std::size_t i = 0; i < request.links.size(); ++i) {
        const Link& link = request.links[i];
        check.required(at("links", i, "reference"), link.reference);
        check.code(at("links", i, "kind"), link.kind, Codes::linkKinds());
        if (!link.reference.isEmpty() && link.reference == request.reference) {
            check.add(at("links", i, "reference"),
                      RequestValidator::tr("a request cannot be linked to itself"));
        } else if (linked.contains(link.reference)) {
            check.add(at("links", i, "reference"),
                      RequestValidator::tr("“%1” is linked twice").arg(link.reference));
        }
        linked.insert(link.reference);
    }
}

// An imported history: in order, not in the future, in the request's states, ending in its state.
void checkHistory(Checker& check, const Request& request, const QDate& today)
{
    QDateTime previous;
    for (std::size_t i = 0; i < request.history.size(); ++i) {
        const HistoryEntry& entry = request.history[i];
        if (!entry.at.isValid()) {
            check.add(at("history", i, "at"), RequestValidator::tr("is required"));
        } else if (previous.isValid() && entry.at < previous) {
            check.add(at("history", i, "at"), RequestValidator::tr("is earlier than the entry before it"));
        } else if (entry.at.date() > today.addDays(1)) {
            check.add(at("history", i, "at"), RequestValidator::tr("is in the future"));
        }
        previous = entry.at;
        check.required(at("history", i, "by"), entry.actor);
        if (entry.from && !Workflow::belongsTo(*entry.from, request.direction)) {
            check.add(at("history", i, "from"), notAStateOf(*entry.from, request.direction));
        }
        if (!Workflow::belongsTo(entry.to, request.direction)) {
            check.add(at("history", i, "to"), notAStateOf(entry.to, request.direction));
        }
        check.text(at("history", i, "reason"), entry.reason);
    }
    if (!request.history.empty() && request.history.back().to != request.state) {
        check.add(QStringLiteral("history"),
                  RequestValidator::tr("ends in state “%1” but the request is in state “%2”")
                      .arg(keyOf(request.history.back().to), keyOf(request.state)));
    }
}

void checkDocuments(Checker& check, const Request& request)
{
    QSet<QString> names;
    for (std::size_t i = 0; i < request.documents.size(); ++i) {
        const Document& document = request.documents[i];
        check.required(at("documents", i, "name"), document.name);
        check.line(at("documents", i, "name"), document.name);
        if (names.contains(document.name)) {
            check.add(at("documents", i, "name"),
                      RequestValidator::tr("“%1” is given twice").arg(document.name));
        }
        names.insert(document.name);
        check.required(at("documents", i, "added_by"), document.addedBy);
        if (!document.addedAt.isValid()) {
            check.add(at("documents", i, "added_at"), RequestValidator::tr("is required"));
        }
    }
}

} // namespace

QStringList RequestValidator::describe(const QString& label, const std::vector<FieldProblem>& problems)
{
    return Error::describe(problems, label);
}

Error RequestValidator::importRefused(QStringList problems)
{
    const int total = problems.size();
    if (total > maxReportedProblems) {
        problems = problems.mid(0, maxReportedProblems);
        problems << tr("… and %n more problem(s).", nullptr, total - maxReportedProblems);
    }
    return Error::invalid(tr("Nothing was imported: %n problem(s) found.", nullptr, total), problems);
}

QString RequestValidator::referencePrefix(Direction direction)
{
    return direction == Direction::Incoming ? QStringLiteral("IN") : QStringLiteral("OUT");
}

bool RequestValidator::parseReference(const QString& reference, Direction* direction, int* year, int* number)
{
    // IN-YYYY-NNNN or OUT-YYYY-NNNN, the number of 4 to 6 ASCII digits, read
    // by hand: an import of many requests parses each reference several times.
    const bool incoming = reference.startsWith(QLatin1String("IN-"));
    if (!incoming && !reference.startsWith(QLatin1String("OUT-"))) {
        return false;
    }
    const qsizetype start = incoming ? 3 : 4;
    const qsizetype digits = reference.size() - start - 5;
    if (digits < 4 || digits > 6 || reference.at(start + 4) != QLatin1Char('-')) {
        return false;
    }
    auto value = [&reference](qsizetype from, qsizetype count, int* out) {
        int result = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = reference.at(i).unicode();
            if (c < u'0' || c > u'9') {
                return false;
            }
            result = result * 10 + int(c - u'0');
        }
        *out = result;
        return true;
    };
    int y = 0;
    int n = 0;
    if (!value(start, 4, &y) || !value(start + 5, digits, &n)) {
        return false;
    }
    *direction = incoming ? Direction::Incoming : Direction::Outgoing;
    *year = y;
    *number = n;
    return n > 0;
}

QString RequestValidator::formatReference(Direction direction, int year, int number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(referencePrefix(direction))
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(number, 4, 10, QLatin1Char('0'));
}

std::vector<FieldProblem> RequestValidator::validate(const Request& request, const QDate& today, Mode mode)
{
    Checker check;
    if (mode == Mode::Import) {
        checkIdentity(check, request);
    }
    checkParties(check, request);
    checkHandling(check, request);
    checkDates(check, request, today);
    check.text(QStringLiteral("summary"), request.summary);
    check.codes(QStringLiteral("offences"), request.offences, Codes::offences());
    checkMeasuresAndPersons(check, request, today);
    checkLinks(check, request);
    if (mode == Mode::Import) {
        checkHistory(check, request, today);
        checkDocuments(check, request);
    }
    return check.problems;
}

} // namespace Masar
