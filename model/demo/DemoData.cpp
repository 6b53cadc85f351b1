#include "DemoData.h"

#include "DemoCatalogue.h"
#include "core/Iso8601.h"
#include "domain/Workflow.h"
#include "services/LetterheadStore.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <memory>

namespace Masar {

namespace {

// The scratch register's administrator, who only adds the demo users there;
// it acts in no history and is not brought into the register.
const char* const rehearsalAdministrator = "demo-loader";

// One thing that happens to a demo request: its creation or one of its steps.
struct Event
{
    QDateTime at; // UTC
    std::size_t entry;
    int step; // index in the entry's path; -1: the creation
};

// When each event happens. Every day is before today, and each event is
// between 08:00 and 09:59 UTC (office hours from the Atlantic to the Gulf), a
// time already past the day before today in every time zone: nothing is dated
// in the future. Events are spread over the hour by request and by day; a
// request's events on one day follow each other 12 minutes apart. The same
// catalogue and day give the same times.
std::vector<Event> schedule(const DemoCatalogue& catalogue, const QDate& today)
{
    std::vector<Event> events;
    for (std::size_t i = 0; i < catalogue.entries.size(); ++i) {
        const DemoEntry& entry = catalogue.entries[i];
        const QDate first = today.addDays(-entry.daysAgo);
        std::map<int, int> onDay;
        const auto at = [&](int day) {
            const int k = onDay[day]++; // below DemoCatalogue::maxEventsPerDay
            const int minute = int((i * 13 + std::size_t(day) * 7) % 60) + k * 12;
            const int second = int((i * 17 + std::size_t(day) * 29 + std::size_t(k) * 23) % 60);
            return QDateTime(first.addDays(day), QTime(8, 0).addSecs(minute * 60 + second), Qt::UTC);
        };
        events.push_back({at(0), i, -1});
        for (std::size_t s = 0; s < entry.path.size(); ++s) {
            events.push_back({at(entry.path[s].day), i, int(s)});
        }
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
        return std::tie(a.at, a.entry, a.step) < std::tie(b.at, b.entry, b.step);
    });
    return events;
}

// Takes every demo request through its path in a scratch register, as people
// would have, event after event, with the clock set to each event's time.
class Rehearsal
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DemoData)

public:
    explicit Rehearsal(const DemoCatalogue& catalogue)
        : m_catalogue(catalogue)
        , m_clock(QDateTime())
        , m_references(catalogue.entries.size())
        , m_assignees(catalogue.entries.size())
    {
    }

    // The requests as they ended, with their histories, ready to import.
    Result<std::vector<ImportRecord>> run(const std::vector<Event>& events);

private:
    Status open(const QDateTime& start);
    Status create(std::size_t index);
    Status take(std::size_t index, std::size_t step);
    const User* actorFor(const DemoEntry& entry, const DemoStep& step, const QString& assignee) const;
    // A value "@key" as the reference the request of that key was given.
    QString resolve(const QString& value) const;

    const DemoCatalogue& m_catalogue;
    QTemporaryDir m_dir; // outlives the database in it
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::vector<QString> m_references;
    std::vector<QString> m_assignees;
};

Status Rehearsal::open(const QDateTime& start)
{
    if (!m_dir.isValid()) {
        return Error::storage(
            tr("The demo data could not be prepared: no temporary folder could be made (%1).")
                .arg(m_dir.errorString()));
    }
    m_clock.set(start);
    Result<std::unique_ptr<Database>> opened = Database::open(
        m_dir.filePath(QStringLiteral("rehearsal.sqlite")), Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    m_database = opened.take();
    Users users(*m_database, m_clock);
    const QString administrator = QLatin1String(rehearsalAdministrator);
    if (Result<bool> created = users.bootstrap(administrator); !created) {
        return created.error();
    }
    Result<User> admin = users.find(administrator);
    if (!admin) {
        return admin.error();
    }
    for (const User& user : m_catalogue.users) {
        if (Result<User> added = users.add(*admin, user.name, user.role, user.displayName); !added) {
            return added.error();
        }
    }
    return Status();
}

QString Rehearsal::resolve(const QString& value) const
{
    if (!value.startsWith(QLatin1Char('@'))) {
        return value;
    }
    const int index = m_catalogue.indexOf(value.mid(1));
    return index < 0 ? value : m_references[std::size_t(index)];
}

const User* Rehearsal::actorFor(const DemoEntry& entry, const DemoStep& step, const QString& assignee) const
{
    if (!step.actor.isEmpty()) {
        return m_catalogue.user(step.actor);
    }
    // The request's holder, unless the step is for supervisors only.
    const User* holder = m_catalogue.user(assignee);
    const Transition* row = Workflow::find(entry.draft.direction, step.step);
    if (holder && (!row || row->allowsRole(holder->role))) {
        return holder;
    }
    for (const User& user : m_catalogue.users) {
        if (user.role == Role::Supervisor) {
            return &user;
        }
    }
    return holder;
}

Status Rehearsal::create(std::size_t index)
{
    const DemoEntry& entry = m_catalogue.entries[index];
    const QDate first = m_clock.today();
    Request draft = entry.draft;
    if (draft.direction == Direction::Incoming) {
        draft.receivedOn = first;
    }
    if (entry.requestedWithinDays) {
        draft.requestedBy = first.addDays(*entry.requestedWithinDays);
    }
    draft.foreignReference = DemoCatalogue::withYear(draft.foreignReference, first);
    draft.eurojustReference = DemoCatalogue::withYear(draft.eurojustReference, first);
    draft.interpolReference = DemoCatalogue::withYear(draft.interpolReference, first);
    for (Link& link : draft.links) {
        link.reference = resolve(link.reference);
    }
    // Whoever holds a request logged or drafted it.
    const User* actor = m_catalogue.user(draft.assignee);
    Result<Request> created = RequestService(*m_database, m_clock).create(*actor, draft);
    if (!created) {
        const Error& error = created.error();
        return Error(error.kind(),
                     tr("The demo data was not loaded: %1 could not be created.").arg(entry.label),
                     QStringList(error.message()) + error.details());
    }
    m_references[index] = created->reference;
    m_assignees[index] = created->assignee;
    return Status();
}

Status Rehearsal::take(std::size_t index, std::size_t s)
{
    const DemoEntry& entry = m_catalogue.entries[index];
    const DemoStep& step = entry.path[s];
    const QDate today = m_clock.today();
    StepInput input;
    input.reason = DemoCatalogue::withYear(step.reason, today);
    for (const auto& [field, value] : step.values) {
        input.values[field] = DemoCatalogue::withYear(resolve(value), today);
    }
    if (step.dateInDays) {
        input.date = Iso8601::formatDate(today.addDays(*step.dateInDays));
    }
    if (step.document) {
        DocumentInput document = *step.document;
        document.content = DemoCatalogue::withYear(QString::fromUtf8(document.content), today).toUtf8();
        input.document = document;
    }
    // The catalogue names only its own users, and has a supervisor (DemoCatalogue::parse).
    const User* actor = actorFor(entry, step, m_assignees[index]);
    Q_ASSERT(actor);
    Result<StepOutcome> outcome
        = RequestService(*m_database, m_clock).takeStep(*actor, m_references[index], step.step, input);
    if (!outcome) {
        const Error& error = outcome.error();
        return Error(error.kind(),
                     tr("The demo data was not loaded: %1, step %2 (%3), was refused.")
                         .arg(entry.label)
                         .arg(s + 1)
                         .arg(keyOf(step.step)),
                     QStringList(error.message()) + error.details());
    }
    if (step.step == Step::Reassign) {
        m_assignees[index] = input.values.at(StepField::Assignee);
    }
    return Status();
}

Result<std::vector<ImportRecord>> Rehearsal::run(const std::vector<Event>& events)
{
    if (Status status = open(events.front().at.addSecs(-60)); !status.ok()) {
        return status;
    }
    for (const Event& event : events) {
        m_clock.set(event.at);
        const Status status
            = event.step < 0 ? create(event.entry) : take(event.entry, std::size_t(event.step));
        if (!status.ok()) {
            return status;
        }
    }
    Result<std::vector<Request>> requests
        = RequestReader(*m_database).list(RequestFilter(), RequestReader::Detail::FullWithContent);
    if (!requests) {
        return requests.error();
    }
    std::vector<ImportRecord> records;
    for (Request& request : *requests) {
        records.push_back({tr("demo request %1").arg(request.reference), std::move(request)});
    }
    return records;
}

} // namespace

Result<QByteArray> DemoData::readCatalogue()
{
    QFile file(catalogueResource());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            tr("The demo catalogue %1 cannot be read: %2").arg(catalogueResource(), file.errorString()));
    }
    return file.readAll();
}

Result<Letterhead> DemoData::letterhead()
{
    QFile file(logoResource());
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::notFound(
            tr("The demo logo %1 cannot be read: %2").arg(logoResource(), file.errorString()));
    }
    Letterhead letterhead;
    letterhead.lines.insert(
        QStringLiteral("ar"),
        {QStringLiteral("وزارة العدل"), QStringLiteral("السلطة المركزية للتعاون القضائي الدولي")});
    letterhead.lines.insert(QStringLiteral("fr"),
                            {QStringLiteral("Ministère de la Justice"),
                             QStringLiteral("Autorité centrale pour l'entraide judiciaire")});
    letterhead.lines.insert(QStringLiteral("en"),
                            {QStringLiteral("Ministry of Justice"),
                             QStringLiteral("Central authority for mutual legal assistance")});
    letterhead.logo = file.readAll();
    letterhead.logoMediaType = QStringLiteral("image/png");
    return letterhead;
}

Result<bool> DemoData::setLetterhead(Database& database, const User& actor, const Clock& clock)
{
    if (!mayLoad(actor.role)) {
        return Error::forbidden(
            tr("Only an administrator may set the demo letterhead. You are: %1.").arg(labelOf(actor.role)));
    }
    LetterheadStore settings(database, clock);
    Result<Letterhead> current = settings.read();
    if (!current) {
        return current.error();
    }
    if (!current->isEmpty()) {
        return false;
    }
    Result<Letterhead> demo = letterhead();
    if (!demo) {
        return demo.error();
    }
    if (Status status = settings.change(actor, *demo); !status.ok()) {
        return status;
    }
    return true;
}

bool DemoData::mayLoad(Role role)
{
    return role == Role::Administrator;
}

Result<bool> DemoData::canLoad(const Database& database)
{
    Result<int> count = RequestReader(database).count(RequestFilter());
    if (!count) {
        return count.error();
    }
    return *count == 0;
}

Result<std::vector<User>> DemoData::users()
{
    Result<QByteArray> json = readCatalogue();
    if (!json) {
        return json.error();
    }
    Result<DemoCatalogue> catalogue = DemoCatalogue::parse(*json);
    if (!catalogue) {
        return catalogue.error();
    }
    return catalogue->users;
}

Result<int> DemoData::load(Database& database, const User& actor, const Clock& clock)
{
    Result<QByteArray> json = readCatalogue();
    if (!json) {
        return json.error();
    }
    return load(database, actor, clock, *json);
}

Result<int> DemoData::load(Database& database, const User& actor, const Clock& clock, const QByteArray& json)
{
    if (!mayLoad(actor.role)) {
        return Error::forbidden(
            tr("Only an administrator may load the demo data, as it adds the demo users. You are: %1.")
                .arg(labelOf(actor.role)));
    }
    Result<int> existing = RequestReader(database).count(RequestFilter());
    if (!existing) {
        return existing.error();
    }
    if (*existing > 0) {
        return Error::notAllowed(tr("The demo data is loaded only into a register without requests; "
                                    "this one has %n request(s).",
                                    nullptr, *existing));
    }
    Result<DemoCatalogue> catalogue = DemoCatalogue::parse(json);
    if (!catalogue) {
        return catalogue.error();
    }
    const std::vector<Event> events = schedule(*catalogue, clock.today());
    if (events.back().at > clock.nowUtc()) {
        return Error::invalid(tr(
            "The demo data would be dated after the present time: the clock's date is ahead of its time."));
    }
    Result<std::vector<ImportRecord>> records = Rehearsal(*catalogue).run(events);
    if (!records) {
        return records.error();
    }
    // One transaction: the requests, their histories and documents, and the
    // demo users that are missing.
    return RequestService(database, clock).importRequests(actor, records.take(), catalogue->users);
}

} // namespace Masar
