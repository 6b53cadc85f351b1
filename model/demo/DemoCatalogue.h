#pragma once

#include "core/Result.h"
#include "domain/Request.h"
#include "domain/StepInput.h"
#include "services/User.h"

#include <QCoreApplication>
#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace Masar {

// One step of a demo request's path, as the catalogue gives it.
struct DemoStep
{
    int day = 0; // days after the request was received (incoming) or drafted (outgoing)
    Step step = Step::AddNote;
    QString actor; // empty: the request's assignee, or a supervisor when the step needs one
    QString reason;
    std::map<StepField, QString> values; // a value "@key" names another demo request
    std::optional<int> dateInDays; // the step's date field, this many days after the step
    std::optional<DocumentInput> document;
};

// One request of the catalogue and the path it has gone through.
struct DemoEntry
{
    QString key;
    QString label; // "demo request 3 (ma-tanger-financing)", for messages
    int daysAgo = 0; // when it was received (incoming) or drafted (outgoing)
    std::optional<int> requestedWithinDays; // the requested-by date, counted from that day
    Request draft; // without dates; a link "@key" names another demo request
    std::vector<DemoStep> path;
};

// The demo catalogue (resources/demo/demo-requests.json, format "masar-demo",
// version 1): the demo users, and requests in the JSON exchange format (without
// dates) each with the path of workflow steps it has gone through. Dates are
// relative to the day the catalogue is loaded; "{YYYY}" and "{YY}" in
// references and texts stand for the year of the receipt or of the step.
class DemoCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DemoCatalogue)

public:
    static constexpr int version = 1;
    static QString formatName() { return QStringLiteral("masar-demo"); }
    // A request's events (its creation and steps) on one day: at most this many.
    static constexpr int maxEventsPerDay = 5;

    QString homeCountry;
    std::vector<User> users;
    std::vector<DemoEntry> entries;

    // Reads and checks a catalogue: its format, every entry and step, the
    // users, the order of the days and of the requests named by "@key".
    // Whether the steps are allowed is the workflow's to say, when they are taken.
    static Result<DemoCatalogue> parse(const QByteArray& json);

    // The index of the entry with this key, or -1.
    int indexOf(const QString& key) const;
    const User* user(const QString& name) const;
    // "{YYYY}" and "{YY}" replaced by the year of `date`.
    static QString withYear(QString text, const QDate& date);
};

} // namespace Masar
