#pragma once

#include "RequestFilter.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace Masar {

class CodeList;
class JsonWriter;

// One condition of a filter as it is named and written outside the program:
// in the settings that remember the list's filter, in the dashboard's JSON
// (the same keys) and as an option of masar-cli's commands that take a
// filter (list, export, report status).
struct RequestFilterFieldInfo
{
    // How the value is written as plain data.
    enum class Kind {
        Code, // one code of a list (RequestFilterFields::codes)
        CodeSet, // codes of a list: a JSON array, comma-separated on the command line
        Country, // an ISO 3166-1 alpha-2 code
        User, // a user's login name
        Words, // free text
        Date, // YYYY-MM-DD
        Flag // true, or absent
    };

    RequestFilterField field;
    const char* key; // in the settings and the JSON: "partner_country"
    const char* option; // masar-cli's option, without "--": "partner-country"
    const char* valueName; // the option's value in its help ("CC"); nullptr for a flag
    const char* help; // the option's help, marked in context Masar::RequestFilterFields
    Kind kind;
};

// The table of a filter's conditions, in the order of RequestFilterField,
// and the one place that reads and writes a condition as plain data: a
// string (a code, a country, a user name, words, a date), a list of codes,
// or true; a null QVariant when the filter does not hold the condition.
class RequestFilterFields
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestFilterFields)

public:
    using Info = RequestFilterFieldInfo;

    static const std::vector<Info>& all();
    static const Info& info(RequestFilterField field);
    static std::optional<RequestFilterField> fromKey(const QString& key);
    // The list a Code or CodeSet condition takes its codes from; null for the others.
    static const CodeList* codes(RequestFilterField field);
    // The option's help, translated.
    static QString help(RequestFilterField field);

    // The condition as plain data; null when the filter does not hold it.
    static QVariant value(const RequestFilter& filter, RequestFilterField field);
    // Sets the condition from plain data (a null or empty value clears it);
    // the problem in words when the value is not one the condition takes.
    static Status setValue(RequestFilter* filter, RequestFilterField field, const QVariant& value);

    // Sets `to`'s condition to `from`'s, as it is (unchecked).
    static void copy(RequestFilterField field, const RequestFilter& from, RequestFilter* to);

    // The conditions the filter holds, by key.
    static QVariantMap toMap(const RequestFilter& filter);
    // The filter of a map toMap() wrote, or the dashboard's JSON read as a
    // map; other keys are left alone. A value that does not read is left out,
    // its problem added to `problems`.
    static RequestFilter fromMap(const QVariantMap& map, QStringList* problems);
    // The filter as a JSON object, with the keys and values of toMap():
    // what the dashboard says each of its numbers counts.
    static void writeJson(JsonWriter& json, const RequestFilter& filter);
};

} // namespace Masar
