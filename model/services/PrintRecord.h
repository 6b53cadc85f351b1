#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

namespace Masar {

// One document printed or saved, as the print log keeps it (PrintLog).
struct PrintRecord
{
    QDateTime at; // UTC
    QString user; // the login name of who printed it
    QString document; // "summary" (of one request) or "status_report" (of a list)
    QString reference; // the summary's request; empty for a report
    int requests = 0; // how many requests it shows: 1 for a summary
    bool withPersons = false; // whether it shows the persons of the requests
    QString language; // the document's language: "ar", "fr" or "en"
    QString format; // "pdf", "html", "csv" or "printer"
    // The requests a status report showed (as many as `requests`), kept with
    // the record; PrintLog::list does not read them back.
    std::vector<qint64> requestIds;

    bool operator==(const PrintRecord& other) const
    {
        return at == other.at && user == other.user && document == other.document
            && reference == other.reference && requests == other.requests && withPersons == other.withPersons
            && language == other.language && format == other.format;
    }
};

} // namespace Masar
