#include "DemoCatalogue.h"

#include "domain/Codes.h"
#include "domain/RequestValidator.h"
#include "domain/StepField.h"
#include "io/RequestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace Masar {

namespace {

// The request fields the loader sets from the path and the dates.
const QStringList setByLoader
    = {QStringLiteral("reference"),   QStringLiteral("state"),        QStringLiteral("disposition"),
       QStringLiteral("received_on"), QStringLiteral("requested_by"), QStringLiteral("sent_on"),
       QStringLiteral("history"),     QStringLiteral("documents")};

// Reads the parts of one entry, collecting its problems by field.
class EntryReader
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DemoCatalogue)

public:
    std::vector<FieldProblem> problems;

    void problem(const QString& field, const QString& message) { problems.push_back({field, message}); }

    // A whole number of at least `minimum`, or nothing: absent, or with a problem.
    std::optional<int> days(const QJsonObject& object, const QString& key, const QString& path, int minimum,
                            bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                problem(path, tr("is required"));
            }
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < minimum || number > 36500) {
            problem(path, tr("must be a whole number of days, at least %1").arg(minimum));
            return std::nullopt;
        }
        return int(number);
    }

    QString text(const QJsonObject& object, const QString& key, const QString& path)
    {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            problem(path, tr("must be a string"));
        }
        return value.toString();
    }

    void onlyKeys(const QJsonObject& object, const QString& path, const QStringList& keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key())) {
                problem(path.isEmpty() ? it.key() : QStringLiteral("%1.%2").arg(path, it.key()),
                        tr("is not a field of the demo catalogue"));
            }
        }
    }

    DemoStep step(const QJsonObject& object, const QString& path);
    DemoEntry entry(const QJsonObject& object, QJsonObject* request);
};

DemoStep EntryReader::step(const QJsonObject& object, const QString& path)
{
    DemoStep step;
    step.day = days(object, QStringLiteral("day"), path + QStringLiteral(".day"), 0, true).value_or(0);
    const QString key = text(object, QStringLiteral("step"), path + QStringLiteral(".step"));
    if (const std::optional<Step> known = fromKey<Step>(key)) {
        step.step = *known;
    } else {
        problem(path + QStringLiteral(".step"), tr("“%1” is not a step").arg(key));
    }
    step.actor = text(object, QStringLiteral("by"), path + QStringLiteral(".by"));
    step.reason = text(object, QStringLiteral("reason"), path + QStringLiteral(".reason"));
    step.dateInDays
        = days(object, QStringLiteral("date_in_days"), path + QStringLiteral(".date_in_days"), -36500, false);

    const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString fieldPath = QStringLiteral("%1.fields.%2").arg(path, it.key());
        const std::optional<StepField> field = fromKey<StepField>(it.key());
        if (!field || *field == StepField::Document) {
            problem(fieldPath, tr("is not a field of a step"));
        } else if (StepFields::type(*field) == FieldType::Date) {
            problem(fieldPath, tr("is a date: give it with date_in_days, counted from the step"));
        } else if (!it.value().isString()) {
            problem(fieldPath, tr("must be a string"));
        } else {
            step.values[*field] = it.value().toString();
        }
    }

    const QJsonValue document = object.value(QStringLiteral("document"));
    if (document.isObject()) {
        const QJsonObject file = document.toObject();
        const QString filePath = path + QStringLiteral(".document");
        DocumentInput input;
        input.name = text(file, QStringLiteral("name"), filePath + QStringLiteral(".name"));
        input.mediaType = text(file, QStringLiteral("media_type"), filePath + QStringLiteral(".media_type"));
        input.content = text(file, QStringLiteral("text"), filePath + QStringLiteral(".text")).toUtf8();
        onlyKeys(file, filePath,
                 {QStringLiteral("name"), QStringLiteral("media_type"), QStringLiteral("text")});
        step.document = input;
    } else if (!document.isUndefined()) {
        problem(path + QStringLiteral(".document"), tr("must be an object"));
    }
    onlyKeys(object, path,
             {QStringLiteral("day"), QStringLiteral("step"), QStringLiteral("by"), QStringLiteral("reason"),
              QStringLiteral("fields"), QStringLiteral("date_in_days"), QStringLiteral("document")});
    return step;
}

DemoEntry EntryReader::entry(const QJsonObject& object, QJsonObject* request)
{
    DemoEntry entry;
    entry.key = text(object, QStringLiteral("key"), QStringLiteral("key"));
    if (entry.key.isEmpty()) {
        problem(QStringLiteral("key"), tr("is required"));
    }
    const std::optional<int> daysAgo
        = days(object, QStringLiteral("days_ago"), QStringLiteral("days_ago"), 1, true);
    entry.daysAgo = daysAgo.value_or(1);
    entry.requestedWithinDays = days(object, QStringLiteral("requested_within_days"),
                                     QStringLiteral("requested_within_days"), 0, false);
    *request = object.value(QStringLiteral("request")).toObject();
    if (!object.value(QStringLiteral("request")).isObject()) {
        problem(QStringLiteral("request"), tr("must be an object"));
    }
    for (const QString& key : setByLoader) {
        if (request->contains(key)) {
            problem(QStringLiteral("request.") + key, tr("is set from the path and the dates"));
        }
    }

    const QJsonArray path = object.value(QStringLiteral("path")).toArray();
    std::map<int, int> eventsOnDay = {{0, 1}}; // the request's creation
    for (int i = 0; i < path.size(); ++i) {
        const QString stepPath = QStringLiteral("path[%1]").arg(i);
        if (!path.at(i).isObject()) {
            problem(stepPath, tr("must be an object"));
            continue;
        }
        DemoStep step = this->step(path.at(i).toObject(), stepPath);
        if (daysAgo && step.day > entry.daysAgo - 1) {
            problem(stepPath + QStringLiteral(".day"),
                    tr("must be before today: at most %1 days after the first day").arg(entry.daysAgo - 1));
        } else if (!entry.path.empty() && step.day < entry.path.back().day) {
            problem(stepPath + QStringLiteral(".day"), tr("is before the day of the step before it"));
        } else if (++eventsOnDay[step.day] > DemoCatalogue::maxEventsPerDay) {
            problem(stepPath + QStringLiteral(".day"),
                    tr("has more than %n events of the request on one day", nullptr,
                       DemoCatalogue::maxEventsPerDay));
        }
        entry.path.push_back(step);
    }
    onlyKeys(object, QString(),
             {QStringLiteral("key"), QStringLiteral("days_ago"), QStringLiteral("requested_within_days"),
              QStringLiteral("request"), QStringLiteral("path")});
    return entry;
}

// A value "@key" names an entry dated before `day` days ago; returns the problem, if any.
QString namedEarlier(const DemoCatalogue& catalogue, const QString& value, int daysAgo)
{
    if (!value.startsWith(QLatin1Char('@'))) {
        return DemoCatalogue::tr("must name another demo request as @key");
    }
    const int target = catalogue.indexOf(value.mid(1));
    if (target < 0) {
        return DemoCatalogue::tr("there is no demo request “%1”").arg(value.mid(1));
    }
    if (catalogue.entries[std::size_t(target)].daysAgo <= daysAgo) {
        return DemoCatalogue::tr("“%1” comes in later than this").arg(value.mid(1));
    }
    return QString();
}

// The problems of an entry that need the whole catalogue: the home country,
// the users it names, the requests it names.
std::vector<FieldProblem> crossCheck(const DemoCatalogue& catalogue, const DemoEntry& entry)
{
    std::vector<FieldProblem> problems;
    const Request& draft = entry.draft;
    if (draft.direction == Direction::Incoming && draft.requestedCountry != catalogue.homeCountry) {
        problems.push_back({QStringLiteral("request.requested_country"),
                            DemoCatalogue::tr("must be the home country %1").arg(catalogue.homeCountry)});
    }
    if (draft.direction == Direction::Outgoing && draft.requestingCountry != catalogue.homeCountry) {
        problems.push_back({QStringLiteral("request.requesting_country"),
                            DemoCatalogue::tr("must be the home country %1").arg(catalogue.homeCountry)});
    }
    const User* assignee = catalogue.user(draft.assignee);
    if (!assignee || !canHoldRequests(assignee->role)) {
        problems.push_back(
            {QStringLiteral("request.assignee"), DemoCatalogue::tr("must be a demo officer or supervisor")});
    }
    for (std::size_t i = 0; i < draft.links.size(); ++i) {
        const QString problem = namedEarlier(catalogue, draft.links[i].reference, entry.daysAgo);
        if (!problem.isEmpty()) {
            problems.push_back({QStringLiteral("request.links[%1].reference").arg(i), problem});
        }
    }
    for (std::size_t i = 0; i < entry.path.size(); ++i) {
        const DemoStep& step = entry.path[i];
        if (!step.actor.isEmpty() && !catalogue.user(step.actor)) {
            problems.push_back(
                {QStringLiteral("path[%1].by").arg(i), DemoCatalogue::tr("must be a demo user")});
        }
        for (const auto& [field, value] : step.values) {
            if (StepFields::type(field) != FieldType::Reference) {
                continue;
            }
            const QString problem = namedEarlier(catalogue, value, entry.daysAgo - step.day);
            if (!problem.isEmpty()) {
                problems.push_back({QStringLiteral("path[%1].fields.%2").arg(i).arg(keyOf(field)), problem});
            }
        }
    }
    return problems;
}

} // namespace

int DemoCatalogue::indexOf(const QString& key) const
{
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].key == key) {
            return int(i);
        }
    }
    return -1;
}

const User* DemoCatalogue::user(const QString& name) const
{
    for (const User& user : users) {
        if (user.name == name) {
            return &user;
        }
    }
    return nullptr;
}

QString DemoCatalogue::withYear(QString text, const QDate& date)
{
    text.replace(QLatin1String("{YYYY}"), QString::number(date.year()));
    text.replace(QLatin1String("{YY}"),
                 QString::number(date.year() % 100).rightJustified(2, QLatin1Char('0')));
    return text;
}

Result<DemoCatalogue> DemoCatalogue::parse(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error::invalid(
            tr("The demo catalogue is not a JSON object: %1.").arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName()
        || root.value(QStringLiteral("version")).toInt(-1) != version) {
        return Error::invalid(
            tr("The demo catalogue is not of format “%1”, version %2.").arg(formatName()).arg(version));
    }

    DemoCatalogue catalogue;
    QStringList problems;
    EntryReader rootReader;
    catalogue.homeCountry
        = rootReader.text(root, QStringLiteral("home_country"), QStringLiteral("home_country"));
    if (!Codes::isCountry(catalogue.homeCountry)) {
        rootReader.problem(QStringLiteral("home_country"), tr("must be an ISO 3166-1 country code"));
    }
    rootReader.onlyKeys(root, QString(),
                        {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("comment"),
                         QStringLiteral("home_country"), QStringLiteral("users"),
                         QStringLiteral("requests")});
    problems << RequestValidator::describe(QString(), rootReader.problems);

    QJsonArray requests;
    QSet<QString> keys;
    const QJsonArray array = root.value(QStringLiteral("requests")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        EntryReader reader;
        QJsonObject request;
        DemoEntry entry = reader.entry(array.at(i).toObject(), &request);
        entry.label = tr("demo request %1 (%2)").arg(i + 1).arg(entry.key);
        if (!entry.key.isEmpty() && keys.contains(entry.key)) {
            reader.problem(QStringLiteral("key"),
                           tr("“%1” is the key of another demo request").arg(entry.key));
        }
        keys.insert(entry.key);
        problems << RequestValidator::describe(entry.label, reader.problems);
        requests.append(request);
        catalogue.entries.push_back(std::move(entry));
    }
    if (catalogue.entries.empty()) {
        problems << tr("The catalogue has no requests.");
    }
    if (!problems.isEmpty()) {
        return Error::invalid(tr("The demo catalogue has %n problem(s):", nullptr, int(problems.size())),
                              problems);
    }

    // The requests themselves are in the exchange format: its reader checks them.
    QJsonObject exchange {{QStringLiteral("format"), RequestJson::formatName()},
                          {QStringLiteral("version"), RequestJson::version},
                          {QStringLiteral("requests"), requests},
                          {QStringLiteral("users"), root.value(QStringLiteral("users"))}};
    Result<std::vector<ImportRecord>> records
        = RequestJson::read(QJsonDocument(exchange).toJson(QJsonDocument::Compact), &catalogue.users);
    if (!records) {
        return Error::invalid(tr("The demo catalogue has requests or users that are not valid:"),
                              records.error().details());
    }
    for (std::size_t i = 0; i < records->size(); ++i) {
        catalogue.entries[i].draft = std::move((*records)[i].request);
    }
    const bool hasSupervisor = std::any_of(catalogue.users.cbegin(), catalogue.users.cend(),
                                           [](const User& user) { return user.role == Role::Supervisor; });
    if (!hasSupervisor) {
        problems << tr("The catalogue has no supervisor to take the supervisors' steps.");
    }
    for (const DemoEntry& entry : catalogue.entries) {
        problems << RequestValidator::describe(entry.label, crossCheck(catalogue, entry));
    }
    if (!problems.isEmpty()) {
        return Error::invalid(tr("The demo catalogue has %n problem(s):", nullptr, int(problems.size())),
                              problems);
    }
    return catalogue;
}

} // namespace Masar
