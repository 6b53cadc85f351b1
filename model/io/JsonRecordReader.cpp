#include "JsonRecordReader.h"

#include "RequestFields.h"
#include "core/Iso8601.h"
#include "domain/Workflow.h"

#include <QHash>
#include <QJsonArray>

namespace Masar {

namespace {

// Where a member of a request object goes: its place in RequestFields::all(),
// or one of the lists; any other member is not a field of the format.
constexpr int listMember = -1;
constexpr int unknownMember = -2;

int memberOf(const QString& key)
{
    static const QHash<QString, int> members = [] {
        QHash<QString, int> map;
        const std::vector<RequestField>& fields = RequestFields::all();
        for (std::size_t i = 0; i < fields.size(); ++i) {
            map.insert(QLatin1String(fields[i].key), int(i));
        }
        for (const char* list : {"measures", "persons", "links", "history", "documents"}) {
            map.insert(QLatin1String(list), listMember);
        }
        return map;
    }();
    return members.value(key, unknownMember);
}

} // namespace

QString JsonRecordReader::Item::field(const QString& key) const
{
    return list ? QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(index).arg(key) : key;
}

bool JsonRecordReader::text(const QJsonObject& object, const Item& item, const char* key, QString* out,
                            bool nullable)
{
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || (nullable && value.isNull())) {
        out->clear();
        return true;
    }
    if (!value.isString()) {
        problem(item.field(QLatin1String(key)),
                nullable ? tr("must be a string or null") : tr("must be a string"));
        return false;
    }
    *out = value.toString();
    return true;
}

void JsonRecordReader::date(const QJsonObject& object, const Item& item, const char* key, QDate* out)
{
    QString value;
    if (text(object, item, key, &value) && !value.isEmpty() && !Iso8601::parseDate(value, out)) {
        problem(item.field(QLatin1String(key)), tr("“%1” is not a date of the form YYYY-MM-DD").arg(value));
    }
}

void JsonRecordReader::timestamp(const QJsonObject& object, const Item& item, const char* key, QDateTime* out)
{
    QString value;
    if (text(object, item, key, &value, false) && !value.isEmpty() && !Iso8601::parseTimestamp(value, out)) {
        problem(item.field(QLatin1String(key)),
                tr("“%1” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ").arg(value));
    }
}

void JsonRecordReader::onlyKeys(const QJsonObject& object, const Item& item, const QSet<QString>& keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key())) {
            problem(item.field(it.key()), tr("is not a field of the format"));
        }
    }
}

std::vector<QJsonObject> JsonRecordReader::objects(const QJsonObject& object, const char* key)
{
    std::vector<QJsonObject> result;
    const QJsonValue value = object.value(QLatin1StringView(key));
    if (value.isUndefined() || value.isNull()) {
        return result;
    }
    if (!value.isArray()) {
        problem(QLatin1String(key), tr("must be a list"));
        return result;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            problem(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), tr("must be an object"));
            continue;
        }
        result.push_back(array.at(i).toObject());
    }
    return result;
}

void JsonRecordReader::readRequest(const QJsonObject& object, Request* request)
{
    // One pass over the members, each to its field (looking each field up
    // in the object would search its members once a field).
    std::vector<QJsonValue> values(RequestFields::all().size(), QJsonValue(QJsonValue::Undefined));
    QStringList unknown;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const int member = memberOf(key);
        if (member >= 0) {
            values[std::size_t(member)] = it.value();
        } else if (member == unknownMember) {
            unknown << key;
        }
    }
    readFields(values, request);
    readMeasures(object, request);
    readPersons(object, request);
    readLinks(object, request);
    readHistory(object, request);
    readDocuments(object, request);
    for (const QString& key : unknown) {
        problem(key, tr("is not a field of the format"));
    }
}

void JsonRecordReader::readFields(const std::vector<QJsonValue>& values, Request* request)
{
    bool stateGiven = false;
    const std::vector<RequestField>& fields = RequestFields::all();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const RequestField& field = fields[i];
        const QJsonValue& value = values[i];
        const QString key = QLatin1String(field.key);
        if (value.isUndefined() || value.isNull()) {
            if (field.kind == RequestField::Kind::Direction) {
                problem(key, tr("is required"));
            }
            continue;
        }
        if (field.kind == RequestField::Kind::List) {
            QStringList codes;
            bool strings = value.isArray();
            for (const QJsonValue item : value.toArray()) {
                strings = strings && item.isString();
                codes << item.toString();
            }
            if (!strings) {
                problem(key, tr("must be a list of codes"));
                continue;
            }
            RequestFields::setList(field, *request, codes);
            continue;
        }
        if (!value.isString()) {
            problem(key, tr("must be a string"));
            continue;
        }
        const QString message = RequestFields::set(field, *request, value.toString());
        if (!message.isEmpty()) {
            problem(key, message);
        }
        stateGiven = stateGiven || field.kind == RequestField::Kind::State;
    }
    if (!stateGiven) {
        request->state = Workflow::initialState(request->direction);
    }
}

void JsonRecordReader::readMeasures(const QJsonObject& object, Request* request)
{
    static const QSet<QString> keys
        = {QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("note")};
    const std::vector<QJsonObject> measures = objects(object, "measures");
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const Item item {"measures", i};
        Measure measure;
        text(measures[i], item, "type", &measure.type);
        text(measures[i], item, "status", &measure.status);
        if (measure.status.isEmpty()) {
            measure.status = QStringLiteral("pending");
        }
        text(measures[i], item, "note", &measure.note);
        onlyKeys(measures[i], item, keys);
        request->measures.push_back(measure);
    }
}

void JsonRecordReader::readPersons(const QJsonObject& object, Request* request)
{
    static const QSet<QString> keys = {QStringLiteral("name"), QStringLiteral("role"),
                                       QStringLiteral("nationality"), QStringLiteral("birth_date")};
    const std::vector<QJsonObject> persons = objects(object, "persons");
    for (std::size_t i = 0; i < persons.size(); ++i) {
        const Item item {"persons", i};
        Person person;
        text(persons[i], item, "name", &person.name);
        text(persons[i], item, "role", &person.role);
        text(persons[i], item, "nationality", &person.nationality);
        date(persons[i], item, "birth_date", &person.birthDate);
        onlyKeys(persons[i], item, keys);
        request->persons.push_back(person);
    }
}

void JsonRecordReader::readLinks(const QJsonObject& object, Request* request)
{
    static const QSet<QString> keys = {QStringLiteral("reference"), QStringLiteral("kind")};
    const std::vector<QJsonObject> links = objects(object, "links");
    for (std::size_t i = 0; i < links.size(); ++i) {
        const Item item {"links", i};
        Link link;
        text(links[i], item, "reference", &link.reference);
        text(links[i], item, "kind", &link.kind);
        onlyKeys(links[i], item, keys);
        request->links.push_back(link);
    }
}

void JsonRecordReader::readHistory(const QJsonObject& object, Request* request)
{
    const std::vector<QJsonObject> history = objects(object, "history");
    for (std::size_t i = 0; i < history.size(); ++i) {
        request->history.push_back(historyEntry(history[i], {"history", i}));
    }
}

HistoryEntry JsonRecordReader::historyEntry(const QJsonObject& object, const Item& item)
{
    static const QSet<QString> keys
        = {QStringLiteral("at"), QStringLiteral("step"),   QStringLiteral("from"), QStringLiteral("to"),
           QStringLiteral("by"), QStringLiteral("reason"), QStringLiteral("data")};
    HistoryEntry entry;
    timestamp(object, item, "at", &entry.at);
    QString step;
    if (text(object, item, "step", &step, false)) {
        if (const std::optional<Step> known = fromKey<Step>(step)) {
            entry.step = *known;
        } else {
            problem(item.field(QStringLiteral("step")), tr("“%1” is not a step").arg(step));
        }
    }
    QString from;
    if (text(object, item, "from", &from) && !from.isEmpty()) {
        entry.from = fromKey<State>(from);
        if (!entry.from) {
            problem(item.field(QStringLiteral("from")), tr("“%1” is not a state").arg(from));
        }
    }
    QString to;
    if (text(object, item, "to", &to, false)) {
        if (const std::optional<State> known = fromKey<State>(to)) {
            entry.to = *known;
        } else {
            problem(item.field(QStringLiteral("to")), tr("“%1” is not a state").arg(to));
        }
    }
    text(object, item, "by", &entry.actor, false);
    text(object, item, "reason", &entry.reason);
    const QJsonValue data = object.value(QLatin1StringView("data"));
    if (data.isObject()) {
        entry.data = data.toObject();
    } else if (!data.isUndefined() && !data.isNull()) {
        problem(item.field(QStringLiteral("data")), tr("must be an object"));
    }
    onlyKeys(object, item, keys);
    return entry;
}

void JsonRecordReader::readDocuments(const QJsonObject& object, Request* request)
{
    static const QSet<QString> keys
        = {QStringLiteral("name"),          QStringLiteral("media_type"), QStringLiteral("size"),
           QStringLiteral("sha256"),        QStringLiteral("added_at"),   QStringLiteral("added_by"),
           QStringLiteral("content_base64")};
    const std::vector<QJsonObject> documents = objects(object, "documents");
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const QJsonObject& json = documents[i];
        const Item item {"documents", i};
        Document document;
        text(json, item, "name", &document.name, false);
        text(json, item, "media_type", &document.mediaType);
        if (document.mediaType.isEmpty()) {
            document.mediaType = QStringLiteral("application/octet-stream");
        }
        timestamp(json, item, "added_at", &document.addedAt);
        text(json, item, "added_by", &document.addedBy, false);
        QString content;
        if (text(json, item, "content_base64", &content, false)) {
            const auto decoded
                = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                problem(item.field(QStringLiteral("content_base64")), tr("is not valid Base64"));
            }
            document.content = *decoded;
        }
        const QJsonValue size = json.value(QLatin1StringView("size"));
        if (!size.isUndefined() && size.toInteger(-1) != document.content.size()) {
            problem(item.field(QStringLiteral("size")),
                    tr("says %1 bytes but the content has %2")
                        .arg(size.toInteger(-1))
                        .arg(document.content.size()));
        }
        QString sha256;
        text(json, item, "sha256", &sha256);
        document.size = document.content.size();
        document.sha256 = Document::checksum(document.content);
        if (!sha256.isEmpty() && sha256.toLower() != document.sha256) {
            problem(item.field(QStringLiteral("sha256")),
                    tr("does not match the content (the file may be damaged)"));
        }
        onlyKeys(json, item, keys);
        request->documents.push_back(document);
    }
}

void JsonRecordReader::readUser(const QJsonObject& object, User* user)
{
    static const QSet<QString> keys = {QStringLiteral("name"), QStringLiteral("display_name"),
                                       QStringLiteral("role"), QStringLiteral("active")};
    const Item item;
    text(object, item, "name", &user->name, false);
    if (user->name.isEmpty()) {
        problem(QStringLiteral("name"), tr("is required"));
    }
    text(object, item, "display_name", &user->displayName);
    QString role;
    text(object, item, "role", &role, false);
    if (const std::optional<Role> known = fromKey<Role>(role)) {
        user->role = *known;
    } else {
        problem(QStringLiteral("role"),
                tr("“%1” is not one of: %2").arg(role, codesOf<Role>().keys().join(QLatin1String(", "))));
    }
    const QJsonValue active = object.value(QLatin1StringView("active"));
    if (active.isBool()) {
        user->active = active.toBool();
    } else if (!active.isUndefined()) {
        problem(QStringLiteral("active"), tr("must be true or false"));
    }
    onlyKeys(object, item, keys);
}

} // namespace Masar
