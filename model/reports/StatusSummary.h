#pragma once

#include "PrintContext.h"
#include "PrintDocument.h"
#include "domain/Request.h"

#include <QCoreApplication>

namespace Masar {

class DocumentLanguage;

// The status summary of one request, as sent to a prosecutor or a foreign
// central authority: references, parties, legal basis, offences and
// measures, state and next deadline, the timeline of steps. Persons, who are
// personal data, only when asked for.
class StatusSummary
{
    Q_DECLARE_TR_FUNCTIONS(Masar::StatusSummary)

public:
    struct Options
    {
        bool withPersons = false;
    };

    // `request` read with its lists and history (RequestReader::Detail::Full).
    static PrintDocument build(const Request& request, const Options& options,
                               const DocumentLanguage& language, const PrintContext& context);

private:
    // The sections of the summary, in their order.
    static PrintSection references(const Request& r);
    static PrintSection parties(const Request& r, const DocumentLanguage& language);
    static PrintSection legalBasis(const Request& r);
    static PrintSection standing(const Request& r, const DocumentLanguage& language,
                                 const PrintContext& context);
    static PrintSection measures(const Request& r);
    static PrintSection persons(const Request& r, const Options& options, const DocumentLanguage& language);
    static PrintSection timeline(const Request& r, const DocumentLanguage& language,
                                 const PrintContext& context);
};

} // namespace Masar
