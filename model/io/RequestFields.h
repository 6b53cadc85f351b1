#pragma once

#include "domain/Request.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace Masar {

// One of a request's own fields as it is named and written in the exchange
// formats (JSON version 1 and CSV).
struct RequestField
{
    enum class Kind {
        Direction, // a direction code, never null
        State, // a state code, never null
        Text, // a string, null when empty
        RequiredText, // a string, never null
        Date, // "YYYY-MM-DD" or null
        List // a list of codes (JSON array; CSV cell separated by ';')
    };

    const char* key;
    const char* label; // marked for translation in context Masar::RequestField
    Kind kind;
    QString Request::*text = nullptr;
    QDate Request::*date = nullptr;
    QStringList Request::*list = nullptr;
};

// The table of those fields, in the order they are written. One table serves
// both formats, so that they cannot drift apart.
class RequestFields
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestFields)

public:
    static const std::vector<RequestField>& all();
    static const RequestField* find(const QString& key);
    static QString label(const RequestField& field);

    // The value as text (a list joined with ';'); empty when absent.
    static QString get(const RequestField& field, const Request& request);
    static QStringList getList(const RequestField& field, const Request& request);
    // Sets the value from text; returns the problem in words, or an empty string.
    static QString set(const RequestField& field, Request& request, const QString& value);
    static void setList(const RequestField& field, Request& request, const QStringList& values);

    // Measures as one line of text: "bank_records;witness_hearing:done", each a
    // type, or type:status when not pending; ',' separates them as well as ';'.
    static QString formatMeasures(const std::vector<Measure>& measures);
    static std::vector<Measure> parseMeasures(const QString& text);
};

} // namespace Masar
