#pragma once

#include "core/LocaleStyle.h"
#include "reports/StatusReport.h"

#include <QString>

namespace Masar {

// What the user chose to print, and how (PrintDialog).
struct PrintChoice
{
    enum class Document { Summary, Report };
    enum class Output { Preview, Pdf, Html, Csv };

    Document document = Document::Summary;
    Output output = Output::Preview;
    QString language = QStringLiteral("en"); // of the document, not of the screen
    LocaleStyle style;
    bool withPersons = false; // a summary only: personal data
    StatusReport::Grouping grouping = StatusReport::Grouping::State; // a report only
};

} // namespace Masar
