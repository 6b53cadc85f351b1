#pragma once

#include "StatusReport.h"
#include "core/LocaleStyle.h"
#include "services/RequestFilter.h"

#include <QString>

#include <optional>

namespace Masar {

// What is to be printed, and how: the options the window's print dialog and
// `masar-cli report` choose, and all that PrintDelivery needs of them.
struct PrintOrder
{
    enum class Document {
        Summary, // of one request
        StatusReport // of the requests of a filter
    };
    enum class Output { Printer, Pdf, Html, Csv };

    Document document = Document::Summary;
    Output output = Output::Pdf;
    QString reference; // a summary's request
    bool withPersons = false; // a summary: the persons asked for (personal data)
    RequestFilter filter; // a report's requests
    StatusReport::Grouping grouping = StatusReport::Grouping::State; // a report's
    QString language = QStringLiteral("en"); // of the document, not of the screen
    LocaleStyle style;
    std::optional<int> atRiskDays; // "due in N days"; none: the print context's

    // The print log's key of each output ("printer", "pdf", "html", "csv"),
    // named here once: the log's records and a file's extension read it.
    static QString formatKey(Output output);
    // The output of a key, or none.
    static std::optional<Output> outputOf(const QString& key);
};

} // namespace Masar
