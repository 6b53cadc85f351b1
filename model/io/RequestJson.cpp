#include "RequestJson.h"

#include "RequestFields.h"
#include "core/Iso8601.h"
#include "domain/RequestValidator.h"
#include "domain/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Masar {

RequestJson::Writer::Writer(QIODevice* device)
    : m_json(device)
{
}

void RequestJson::Writer::begin()
{
    m_json.beginObject();
    m_json.key(QStringLiteral("format"));
    m_json.string(formatName());
    m_json.key(QStringLiteral("version"));
    m_json.number(version);
    m_json.key(QStringLiteral("requests"));
    m_json.beginArray();
}

QStringList RequestJson::Writer::assignees() const
{
    QStringList names = m_assignees;
    names.sort();
    return names;
}

void RequestJson::Writer::end(const std::vector<User>& users)
{
    m_json.endArray();
    m_json.key(QStringLiteral("users"));
    m_json.beginArray();
    for (const User& user : users) {
        m_json.beginObject();
        m_json.key(QStringLiteral("name"));
        m_json.string(user.name);
        m_json.key(QStringLiteral("display_name"));
        m_json.string(user.displayName);
        m_json.key(QStringLiteral("role"));
        m_json.string(keyOf(user.role));
        m_json.key(QStringLiteral("active"));
        m_json.value(QJsonValue(user.active));
        m_json.endObject();
    }
    m_json.endArray();
    m_json.endObject();
}

void RequestJson::Writer::write(const Request& request)
{
    if (!request.assignee.isEmpty() && !m_assignees.contains(request.assignee)) {
        m_assignees << request.assignee;
    }
    JsonWriter& json = m_json;
    json.beginObject();
    for (const RequestField& field : RequestFields::all()) {
        json.key(QLatin1String(field.key));
        switch (field.kind) {
        case RequestField::Kind::Direction:
        case RequestField::Kind::State:
        case RequestField::Kind::RequiredText:
            json.string(RequestFields::get(field, request));
            break;
        case RequestField::Kind::Text:
        case RequestField::Kind::Date:
            json.stringOrNull(RequestFields::get(field, request));
            break;
        case RequestField::Kind::List:
            json.inlineStrings(RequestFields::getList(field, request));
            break;
        }
    }

    json.key(QStringLiteral("measures"));
    json.beginArray();
    for (const Measure& measure : request.measures) {
        json.beginObject();
        json.key(QStringLiteral("type"));
        json.string(measure.type);
        json.key(QStringLiteral("status"));
        json.string(measure.status);
        json.key(QStringLiteral("note"));
        json.string(measure.note);
        json.endObject();
    }
    json.endArray();

    json.key(QStringLiteral("persons"));
    json.beginArray();
    for (const Person& person : request.persons) {
        json.beginObject();
        json.key(QStringLiteral("name"));
        json.string(person.name);
        json.key(QStringLiteral("role"));
        json.string(person.role);
        json.key(QStringLiteral("nationality"));
        json.stringOrNull(person.nationality);
        json.key(QStringLiteral("birth_date"));
        json.stringOrNull(Iso8601::formatDate(person.birthDate));
        json.endObject();
    }
    json.endArray();

    json.key(QStringLiteral("links"));
    json.beginArray();
    for (const Link& link : request.links) {
        json.beginObject();
        json.key(QStringLiteral("reference"));
        json.string(link.reference);
        json.key(QStringLiteral("kind"));
        json.string(link.kind);
        json.endObject();
    }
    json.endArray();

    json.key(QStringLiteral("history"));
    json.beginArray();
    for (const HistoryEntry& entry : request.history) {
        json.beginObject();
        json.key(QStringLiteral("at"));
        json.string(Iso8601::formatTimestamp(entry.at));
        json.key(QStringLiteral("step"));
        json.string(keyOf(entry.step));
        json.key(QStringLiteral("from"));
        json.stringOrNull(entry.from ? keyOf(*entry.from) : QString());
        json.key(QStringLiteral("to"));
        json.string(keyOf(entry.to));
        json.key(QStringLiteral("by"));
        json.string(entry.actor);
        json.key(QStringLiteral("reason"));
        json.string(entry.reason);
        if (!entry.data.isEmpty()) {
            json.key(QStringLiteral("data"));
            json.value(entry.data);
        }
        json.endObject();
    }
    json.endArray();

    json.key(QStringLiteral("documents"));
    json.beginArray();
    for (const Document& document : request.documents) {
        json.beginObject();
        json.key(QStringLiteral("name"));
        json.string(document.name);
        json.key(QStringLiteral("media_type"));
        json.string(document.mediaType);
        json.key(QStringLiteral("size"));
        json.number(document.size);
        json.key(QStringLiteral("sha256"));
        json.string(document.sha256);
        json.key(QStringLiteral("added_at"));
        json.string(Iso8601::formatTimestamp(document.addedAt));
        json.key(QStringLiteral("added_by"));
        json.string(document.addedBy);
        if (m_contentWritten) {
            json.key(QStringLiteral("content_base64"));
            json.string(QString::fromLatin1(document.content.toBase64()));
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

namespace {

// Reads the parts of one request object, collecting problems.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestJson)

public:
    std::vector<FieldProblem> problems;

    void problem(const QString& field, const QString& message) { problems.push_back({field, message}); }

    // A string, or null/absent as an empty string; a problem for any other type.
    bool text(const QJsonObject& object, const QString& key, const QString& path, QString* out,
              bool nullable = true)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || (nullable && value.isNull())) {
            out->clear();
            return true;
        }
        if (!value.isString()) {
            problem(path, nullable ? tr("must be a string or null") : tr("must be a string"));
            return false;
        }
        *out = value.toString();
        return true;
    }

    void date(const QJsonObject& object, const QString& key, const QString& path, QDate* out)
    {
        QString value;
        if (text(object, key, path, &value) && !value.isEmpty() && !Iso8601::parseDate(value, out)) {
            problem(path, tr("“%1” is not a date of the form YYYY-MM-DD").arg(value));
        }
    }

    void timestamp(const QJsonObject& object, const QString& key, const QString& path, QDateTime* out)
    {
        QString value;
        if (text(object, key, path, &value, false) && !value.isEmpty()
            && !Iso8601::parseTimestamp(value, out)) {
            problem(path, tr("“%1” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ").arg(value));
        }
    }

    void onlyKeys(const QJsonObject& object, const QString& path, const QStringList& keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key())) {
                problem(path.isEmpty() ? it.key() : QStringLiteral("%1.%2").arg(path, it.key()),
                        tr("is not a field of the format"));
            }
        }
    }

    // The objects of a list field, or nothing (with a problem) when it is not a list of objects.
    std::vector<QJsonObject> objects(const QJsonObject& object, const QString& key)
    {
        std::vector<QJsonObject> result;
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            return result;
        }
        if (!value.isArray()) {
            problem(key, tr("must be a list"));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                problem(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be an object"));
                continue;
            }
            result.push_back(array.at(i).toObject());
        }
        return result;
    }

    void readFields(const QJsonObject& object, Request* request);
    void readLists(const QJsonObject& object, Request* request);
};

void RecordReader::readFields(const QJsonObject& object, Request* request)
{
    bool stateGiven = false;
    for (const RequestField& field : RequestFields::all()) {
        const QString key = QLatin1String(field.key);
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (field.kind == RequestField::Kind::Direction) {
                problem(key, tr("is required"));
            }
            continue;
        }
        if (field.kind == RequestField::Kind::List) {
            if (!value.isArray()) {
                problem(key, tr("must be a list of codes"));
                continue;
            }
            QStringList values;
            bool strings = true;
            for (const QJsonValue item : value.toArray()) {
                strings = strings && item.isString();
                values << item.toString();
            }
            if (!strings) {
                problem(key, tr("must be a list of codes"));
                continue;
            }
            RequestFields::setList(field, *request, values);
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

void RecordReader::readLists(const QJsonObject& object, Request* request)
{
    const std::vector<QJsonObject> measures = objects(object, QStringLiteral("measures"));
    for (std::size_t i = 0; i < measures.size(); ++i) {
        const QString path = QStringLiteral("measures[%1]").arg(i);
        Measure measure;
        text(measures[i], QStringLiteral("type"), path + QStringLiteral(".type"), &measure.type);
        text(measures[i], QStringLiteral("status"), path + QStringLiteral(".status"), &measure.status);
        if (measure.status.isEmpty()) {
            measure.status = QStringLiteral("pending");
        }
        text(measures[i], QStringLiteral("note"), path + QStringLiteral(".note"), &measure.note);
        onlyKeys(measures[i], path,
                 {QStringLiteral("type"), QStringLiteral("status"), QStringLiteral("note")});
        request->measures.push_back(measure);
    }

    const std::vector<QJsonObject> persons = objects(object, QStringLiteral("persons"));
    for (std::size_t i = 0; i < persons.size(); ++i) {
        const QString path = QStringLiteral("persons[%1]").arg(i);
        Person person;
        text(persons[i], QStringLiteral("name"), path + QStringLiteral(".name"), &person.name);
        text(persons[i], QStringLiteral("role"), path + QStringLiteral(".role"), &person.role);
        text(persons[i], QStringLiteral("nationality"), path + QStringLiteral(".nationality"),
             &person.nationality);
        date(persons[i], QStringLiteral("birth_date"), path + QStringLiteral(".birth_date"),
             &person.birthDate);
        onlyKeys(persons[i], path,
                 {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("nationality"),
                  QStringLiteral("birth_date")});
        request->persons.push_back(person);
    }

    const std::vector<QJsonObject> links = objects(object, QStringLiteral("links"));
    for (std::size_t i = 0; i < links.size(); ++i) {
        const QString path = QStringLiteral("links[%1]").arg(i);
        Link link;
        text(links[i], QStringLiteral("reference"), path + QStringLiteral(".reference"), &link.reference);
        text(links[i], QStringLiteral("kind"), path + QStringLiteral(".kind"), &link.kind);
        onlyKeys(links[i], path, {QStringLiteral("reference"), QStringLiteral("kind")});
        request->links.push_back(link);
    }

    const std::vector<QJsonObject> history = objects(object, QStringLiteral("history"));
    for (std::size_t i = 0; i < history.size(); ++i) {
        const QString path = QStringLiteral("history[%1]").arg(i);
        const QJsonObject& item = history[i];
        HistoryEntry entry;
        timestamp(item, QStringLiteral("at"), path + QStringLiteral(".at"), &entry.at);
        QString step;
        if (text(item, QStringLiteral("step"), path + QStringLiteral(".step"), &step, false)) {
            if (const std::optional<Step> known = fromKey<Step>(step)) {
                entry.step = *known;
            } else {
                problem(path + QStringLiteral(".step"), tr("“%1” is not a step").arg(step));
            }
        }
        QString from;
        if (text(item, QStringLiteral("from"), path + QStringLiteral(".from"), &from) && !from.isEmpty()) {
            entry.from = fromKey<State>(from);
            if (!entry.from) {
                problem(path + QStringLiteral(".from"), tr("“%1” is not a state").arg(from));
            }
        }
        QString to;
        if (text(item, QStringLiteral("to"), path + QStringLiteral(".to"), &to, false)) {
            if (const std::optional<State> known = fromKey<State>(to)) {
                entry.to = *known;
            } else {
                problem(path + QStringLiteral(".to"), tr("“%1” is not a state").arg(to));
            }
        }
        text(item, QStringLiteral("by"), path + QStringLiteral(".by"), &entry.actor, false);
        text(item, QStringLiteral("reason"), path + QStringLiteral(".reason"), &entry.reason);
        const QJsonValue data = item.value(QStringLiteral("data"));
        if (data.isObject()) {
            entry.data = data.toObject();
        } else if (!data.isUndefined() && !data.isNull()) {
            problem(path + QStringLiteral(".data"), tr("must be an object"));
        }
        onlyKeys(item, path,
                 {QStringLiteral("at"), QStringLiteral("step"), QStringLiteral("from"), QStringLiteral("to"),
                  QStringLiteral("by"), QStringLiteral("reason"), QStringLiteral("data")});
        request->history.push_back(entry);
    }

    const std::vector<QJsonObject> documents = objects(object, QStringLiteral("documents"));
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const QString path = QStringLiteral("documents[%1]").arg(i);
        const QJsonObject& item = documents[i];
        Document document;
        text(item, QStringLiteral("name"), path + QStringLiteral(".name"), &document.name, false);
        text(item, QStringLiteral("media_type"), path + QStringLiteral(".media_type"), &document.mediaType);
        if (document.mediaType.isEmpty()) {
            document.mediaType = QStringLiteral("application/octet-stream");
        }
        timestamp(item, QStringLiteral("added_at"), path + QStringLiteral(".added_at"), &document.addedAt);
        text(item, QStringLiteral("added_by"), path + QStringLiteral(".added_by"), &document.addedBy, false);
        QString content;
        if (text(item, QStringLiteral("content_base64"), path + QStringLiteral(".content_base64"), &content,
                 false)) {
            const auto decoded
                = QByteArray::fromBase64Encoding(content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                problem(path + QStringLiteral(".content_base64"), tr("is not valid Base64"));
            }
            document.content = *decoded;
        }
        const QJsonValue size = item.value(QStringLiteral("size"));
        if (!size.isUndefined() && size.toInteger(-1) != document.content.size()) {
            problem(path + QStringLiteral(".size"),
                    tr("says %1 bytes but the content has %2")
                        .arg(size.toInteger(-1))
                        .arg(document.content.size()));
        }
        QString sha256;
        text(item, QStringLiteral("sha256"), path + QStringLiteral(".sha256"), &sha256);
        const QString actual = Document::checksum(document.content);
        document.size = document.content.size();
        document.sha256 = actual;
        if (!sha256.isEmpty() && sha256.toLower() != actual) {
            problem(path + QStringLiteral(".sha256"),
                    tr("does not match the content (the file may be damaged)"));
        }
        onlyKeys(item, path,
                 {QStringLiteral("name"), QStringLiteral("media_type"), QStringLiteral("size"),
                  QStringLiteral("sha256"), QStringLiteral("added_at"), QStringLiteral("added_by"),
                  QStringLiteral("content_base64")});
        request->documents.push_back(document);
    }
}

// The "users" list: who the requests are assigned to.
std::vector<User> readUsers(const QJsonValue& value, QStringList* problems)
{
    std::vector<User> users;
    if (value.isUndefined() || value.isNull()) {
        return users;
    }
    if (!value.isArray()) {
        *problems << RecordReader::tr("field “users”: must be a list");
        return users;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString label = name.isEmpty() ? RecordReader::tr("user %1").arg(i + 1)
                                             : RecordReader::tr("user %1 (%2)").arg(i + 1).arg(name);
        RecordReader reader;
        User user;
        reader.text(object, QStringLiteral("name"), QStringLiteral("name"), &user.name, false);
        if (user.name.isEmpty()) {
            reader.problem(QStringLiteral("name"), RecordReader::tr("is required"));
        }
        reader.text(object, QStringLiteral("display_name"), QStringLiteral("display_name"),
                    &user.displayName);
        QString role;
        reader.text(object, QStringLiteral("role"), QStringLiteral("role"), &role, false);
        if (const std::optional<Role> known = fromKey<Role>(role)) {
            user.role = *known;
        } else {
            reader.problem(QStringLiteral("role"),
                           RecordReader::tr("“%1” is not one of: %2")
                               .arg(role, codesOf<Role>().keys().join(QLatin1String(", "))));
        }
        const QJsonValue active = object.value(QStringLiteral("active"));
        if (active.isBool()) {
            user.active = active.toBool();
        } else if (!active.isUndefined()) {
            reader.problem(QStringLiteral("active"), RecordReader::tr("must be true or false"));
        }
        reader.onlyKeys(object, QString(),
                        {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("role"),
                         QStringLiteral("active")});
        if (!array.at(i).isObject()) {
            *problems << RecordReader::tr("%1: is not an object").arg(label);
            continue;
        }
        *problems << RequestValidator::describe(label, reader.problems);
        users.push_back(user);
    }
    return users;
}

QStringList requestKeys()
{
    QStringList keys;
    for (const RequestField& field : RequestFields::all()) {
        keys << QLatin1String(field.key);
    }
    keys << QStringLiteral("measures") << QStringLiteral("persons") << QStringLiteral("links")
         << QStringLiteral("history") << QStringLiteral("documents");
    return keys;
}

} // namespace

Result<std::vector<ImportRecord>> RequestJson::read(const QByteArray& data, std::vector<User>* users)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        return Error::invalid(tr("The file is not valid JSON: %1 (line %2, column %3).")
                                  .arg(parseError.errorString())
                                  .arg(line)
                                  .arg(column));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName()) {
        return Error::invalid(tr("The file is JSON but not a Masar requests file (its “format” is not “%1”).")
                                  .arg(formatName()));
    }
    if (root.value(QStringLiteral("version")).toInt(-1) != version) {
        return Error::invalid(tr("The file is of format version %1; this program reads version %2.")
                                  .arg(root.value(QStringLiteral("version")).toVariant().toString())
                                  .arg(version));
    }
    if (!root.value(QStringLiteral("requests")).isArray()) {
        return Error::invalid(tr("The file has no list of “requests”."));
    }
    QStringList problems;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("requests") && it.key() != QLatin1String("users")) {
            problems << tr("field “%1”: is not a field of the format").arg(it.key());
        }
    }
    const QJsonArray array = root.value(QStringLiteral("requests")).toArray();
    const QStringList keys = requestKeys();
    std::vector<ImportRecord> records;
    records.reserve(std::size_t(array.size()));
    for (int i = 0; i < array.size(); ++i) {
        ImportRecord record;
        const QJsonObject object = array.at(i).toObject();
        const QString reference = object.value(QStringLiteral("reference")).toString();
        record.label = reference.isEmpty() ? tr("request %1").arg(i + 1)
                                           : tr("request %1 (%2)").arg(i + 1).arg(reference);
        if (!array.at(i).isObject()) {
            problems << tr("%1: is not an object").arg(record.label);
            continue;
        }
        RecordReader reader;
        reader.readFields(object, &record.request);
        reader.readLists(object, &record.request);
        reader.onlyKeys(object, QString(), keys);
        problems << RequestValidator::describe(record.label, reader.problems);
        records.push_back(std::move(record));
    }
    std::vector<User> documentUsers = readUsers(root.value(QStringLiteral("users")), &problems);
    if (!problems.isEmpty()) {
        return RequestValidator::importRefused(problems);
    }
    if (users) {
        *users = std::move(documentUsers);
    }
    return records;
}

} // namespace Masar
