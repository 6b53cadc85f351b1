#pragma once

#include "domain/Request.h"
#include "domain/RequestValidator.h"
#include "services/User.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <vector>

namespace Masar {

// Reads one record of the JSON exchange format (RequestJson): a request or
// a user, collecting every problem with the field it is in ("summary",
// "persons[2].role"). A field's name is made only when it has a problem: a
// file of many requests is read field by field, and nearly all are fine.
class JsonRecordReader
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestJson)

public:
    std::vector<FieldProblem> problems;

    void problem(const QString& field, const QString& message) { problems.push_back({field, message}); }

    // Problems in the order of the format's fields, then of the lists, then
    // the members that are not fields of the format.
    void readRequest(const QJsonObject& object, Request* request);
    void readUser(const QJsonObject& object, User* user);

private:
    // An item of one of the request's lists ("persons", 2), or the record
    // itself (no list).
    struct Item
    {
        const char* list = nullptr;
        std::size_t index = 0;

        QString field(const QString& key) const;
    };

    // A string, or null/absent as an empty string; a problem for any other type.
    bool text(const QJsonObject& object, const Item& item, const char* key, QString* out,
              bool nullable = true);
    void date(const QJsonObject& object, const Item& item, const char* key, QDate* out);
    void timestamp(const QJsonObject& object, const Item& item, const char* key, QDateTime* out);
    void onlyKeys(const QJsonObject& object, const Item& item, const QSet<QString>& keys);
    // The objects of a list field, or nothing (with a problem) when it is not a list of objects.
    std::vector<QJsonObject> objects(const QJsonObject& object, const char* key);

    void readFields(const std::vector<QJsonValue>& values, Request* request);
    void readMeasures(const QJsonObject& object, Request* request);
    void readPersons(const QJsonObject& object, Request* request);
    void readLinks(const QJsonObject& object, Request* request);
    void readHistory(const QJsonObject& object, Request* request);
    void readDocuments(const QJsonObject& object, Request* request);
    HistoryEntry historyEntry(const QJsonObject& object, const Item& item);
};

} // namespace Masar
