#include "RequestJson.h"

#include "JsonControlCharacters.h"
#include "JsonRecordReader.h"
#include "RequestFields.h"
#include "core/Iso8601.h"
#include "domain/RequestValidator.h"
#include "domain/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

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
    m_json.beginObject();
    writeFields(request);
    writeMeasuresAndPersons(request);
    writeLinksAndHistory(request);
    writeDocuments(request);
    m_json.endObject();
}

void RequestJson::Writer::writeFields(const Request& request)
{
    JsonWriter& json = m_json;
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
}

void RequestJson::Writer::writeMeasuresAndPersons(const Request& request)
{
    JsonWriter& json = m_json;
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
}

void RequestJson::Writer::writeLinksAndHistory(const Request& request)
{
    JsonWriter& json = m_json;
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
}

void RequestJson::Writer::writeDocuments(const Request& request)
{
    JsonWriter& json = m_json;
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
}

namespace {

// Problems with control characters in the text of the document
// (JsonControlCharacters), by where they are: a request's or a user's
// field, or a member of the document itself.
struct ControlProblems
{
    std::map<qsizetype, std::vector<FieldProblem>> requests;
    std::map<qsizetype, std::vector<FieldProblem>> users;
    QStringList document;
};

QString controlMessage(const JsonControlCharacters::Found& found)
{
    if (found.character == 0) {
        return found.escaped
            ? RequestJson::tr("holds a NUL character (\\u0000, line %1), which has no place in any field")
                  .arg(found.line)
            : RequestJson::tr("holds a NUL character (line %1), which has no place in any field")
                  .arg(found.line);
    }
    //: %1 a character's code, such as 0009 for a tab. JSON allows it only escaped.
    return RequestJson::tr("holds the control character U+%1 as it is (line %2); JSON allows it only "
                           "escaped (\\t, \\n, \\u%1)")
        .arg(QString::number(found.character, 16).toUpper().rightJustified(4, QLatin1Char('0')))
        .arg(found.line);
}

ControlProblems controlProblems(const QByteArray& data)
{
    ControlProblems result;
    for (const JsonControlCharacters::Found& found : JsonControlCharacters::find(data)) {
        const auto& path = found.path;
        const bool inRecord = path.size() >= 3 && path[1].index >= 0
            && (path[0].key == QLatin1String("requests") || path[0].key == QLatin1String("users"));
        if (inRecord) {
            auto& records = path[0].key == QLatin1String("requests") ? result.requests : result.users;
            records[path[1].index].push_back(
                {JsonControlCharacters::fieldName(path, 2), controlMessage(found)});
        } else if (path.size() >= 2 || (path.size() == 1 && path[0].index < 0)) {
            result.document << RequestJson::tr("field “%1”: %2")
                                   .arg(JsonControlCharacters::fieldName(path, 1), controlMessage(found));
        }
    }
    return result;
}

// The "users" list: who the requests are assigned to.
std::vector<User> readUsers(const QJsonValue& value, const ControlProblems& controls, QStringList* problems)
{
    std::vector<User> users;
    if (value.isUndefined() || value.isNull()) {
        return users;
    }
    if (!value.isArray()) {
        *problems << RequestJson::tr("field “users”: must be a list");
        return users;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString name = object.value(QLatin1StringView("name")).toString();
        const QString label = name.isEmpty() ? RequestJson::tr("user %1").arg(i + 1)
                                             : RequestJson::tr("user %1 (%2)").arg(i + 1).arg(name);
        if (!array.at(i).isObject()) {
            *problems << RequestJson::tr("%1: is not an object").arg(label);
            continue;
        }
        JsonRecordReader reader;
        User user;
        reader.readUser(object, &user);
        if (const auto it = controls.users.find(i); it != controls.users.end()) {
            reader.problems.insert(reader.problems.end(), it->second.begin(), it->second.end());
        }
        *problems << RequestValidator::describe(label, reader.problems);
        users.push_back(user);
    }
    return users;
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
    // Qt's parser lets control characters through; JSON does not.
    const ControlProblems controls = controlProblems(data);
    QStringList problems = controls.document;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("requests") && it.key() != QLatin1String("users")) {
            problems << tr("field “%1”: is not a field of the format").arg(it.key());
        }
    }
    const QJsonArray array = root.value(QStringLiteral("requests")).toArray();
    std::vector<ImportRecord> records;
    records.reserve(std::size_t(array.size()));
    for (int i = 0; i < array.size(); ++i) {
        ImportRecord record;
        const QJsonObject object = array.at(i).toObject();
        const QString reference = object.value(QLatin1StringView("reference")).toString();
        record.label = reference.isEmpty() ? tr("request %1").arg(i + 1)
                                           : tr("request %1 (%2)").arg(i + 1).arg(reference);
        if (!array.at(i).isObject()) {
            problems << tr("%1: is not an object").arg(record.label);
            continue;
        }
        JsonRecordReader reader;
        reader.readRequest(object, &record.request);
        if (const auto found = controls.requests.find(i); found != controls.requests.end()) {
            reader.problems.insert(reader.problems.end(), found->second.begin(), found->second.end());
        }
        problems << RequestValidator::describe(record.label, reader.problems);
        records.push_back(std::move(record));
    }
    std::vector<User> documentUsers = readUsers(root.value(QStringLiteral("users")), controls, &problems);
    if (!problems.isEmpty()) {
        return RequestValidator::importRefused(problems);
    }
    if (users) {
        *users = std::move(documentUsers);
    }
    return records;
}

} // namespace Masar
