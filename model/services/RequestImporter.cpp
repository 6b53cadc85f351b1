#include "RequestImporter.h"

#include "DeadlinePolicy.h"
#include "Users.h"
#include "deadlines/DeadlineEngine.h"
#include "deadlines/DeadlineRules.h"
#include "domain/RequestValidator.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QSet>

#include <map>
#include <set>

namespace Masar {

RequestImporter::RequestImporter(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
    , m_reader(database)
    , m_writer(database)
{
}

Result<int> RequestImporter::run(const User& actor, std::vector<ImportRecord> records,
                                 const std::vector<User>& users)
{
    if (actor.role != Role::Administrator && actor.role != Role::Supervisor) {
        return Error::forbidden(tr("Only an administrator or a supervisor may import requests. You are: %1.")
                                    .arg(labelOf(actor.role)));
    }
    QStringList problems = checkRecords(records);

    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Users directory(m_database, m_clock);
    m_users.clear();
    if (Status status = resolveUsers(actor, users, directory, &problems); !status.ok()) {
        return status;
    }
    std::vector<std::optional<qint64>> assignees(records.size());
    if (Status status = resolveReferences(records, directory, &assignees, &problems); !status.ok()) {
        return status;
    }
    if (!problems.isEmpty()) {
        return RequestValidator::importRefused(problems);
    }
    if (Status status = numberUnreferenced(records); !status.ok()) {
        return status;
    }
    if (Status status = write(actor, records, assignees); !status.ok()) {
        return status;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return int(records.size());
}

QStringList RequestImporter::checkRecords(const std::vector<ImportRecord>& records) const
{
    const QDate today = m_clock.today();
    QStringList problems;
    QHash<QString, QString> inFile; // reference -> label
    for (const ImportRecord& record : records) {
        problems << RequestValidator::describe(
            record.label, RequestValidator::validate(record.request, today, RequestValidator::Mode::Import));
        const QString& reference = record.request.reference;
        if (reference.isEmpty()) {
            continue;
        }
        if (inFile.contains(reference)) {
            problems << RequestValidator::describe(
                record.label,
                {{QStringLiteral("reference"),
                  tr("“%1” is also the reference of %2").arg(reference, inFile.value(reference))}});
        } else {
            inFile.insert(reference, record.label);
        }
    }
    return problems;
}

Status RequestImporter::resolveUsers(const User& actor, const std::vector<User>& users, Users& directory,
                                     QStringList* problems)
{
    for (const User& user : users) {
        const QString label = tr("user “%1”").arg(user.name);
        if (m_users.contains(user.name)) {
            *problems << tr("%1: is listed twice").arg(label);
            continue;
        }
        Result<User> existing = directory.find(user.name);
        if (existing) {
            // The register's own account wins over what the file says of it.
            m_users.insert(user.name, *existing);
            continue;
        }
        if (existing.error().kind() != Error::Kind::NotFound) {
            return existing.error();
        }
        if (actor.role != Role::Administrator) {
            *problems << tr("%1: is not a user of this register, and only an administrator may import users")
                             .arg(label);
            m_users.insert(user.name, std::nullopt);
            continue;
        }
        Result<User> created = directory.insertWithin(user.name, user.role, user.displayName, user.active);
        if (!created) {
            if (created.error().kind() != Error::Kind::Invalid) {
                return created.error();
            }
            *problems << tr("%1: %2").arg(label, created.error().message());
            m_users.insert(user.name, std::nullopt);
            continue;
        }
        m_users.insert(user.name, *created);
    }
    return Status();
}

Status RequestImporter::resolveReferences(const std::vector<ImportRecord>& records, Users& directory,
                                          std::vector<std::optional<qint64>>* assignees,
                                          QStringList* problems)
{
    QSet<QString> inFile;
    for (const ImportRecord& record : records) {
        inFile.insert(record.request.reference);
    }
    // Which of the file's references, and of those its links name, the
    // register has: looked up together, not one request at a time.
    QStringList named;
    for (const ImportRecord& record : records) {
        if (!record.request.reference.isEmpty()) {
            named << record.request.reference;
        }
        for (const Link& link : record.request.links) {
            if (!inFile.contains(link.reference)) {
                named << link.reference;
            }
        }
    }
    Result<QHash<QString, qint64>> existing = m_reader.idsOf(named);
    if (!existing) {
        return existing.error();
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
        const Request& request = records[i].request;
        auto problem = [&](const QString& field, const QString& message) {
            *problems << RequestValidator::describe(records[i].label, {{field, message}});
        };
        if (!request.reference.isEmpty() && existing->contains(request.reference)) {
            problem(QStringLiteral("reference"),
                    tr("“%1” is already in the register").arg(request.reference));
        }
        if (!request.assignee.isEmpty()) {
            if (!m_users.contains(request.assignee)) {
                Result<User> user = directory.find(request.assignee);
                if (!user && user.error().kind() != Error::Kind::NotFound) {
                    return user.error();
                }
                m_users.insert(request.assignee, user ? std::optional<User>(*user) : std::nullopt);
            }
            // Someone who has left (inactive) may still hold an old request; a clerk
            // or an administrator never holds one.
            const std::optional<User> user = m_users.value(request.assignee);
            if (!user) {
                problem(QStringLiteral("assignee"), tr("there is no user “%1”").arg(request.assignee));
            } else if (!canHoldRequests(user->role)) {
                problem(QStringLiteral("assignee"),
                        tr("requests are assigned to officers and supervisors; “%1” is: %2")
                            .arg(request.assignee, labelOf(user->role)));
            } else {
                (*assignees)[i] = user->id;
            }
        }
        for (std::size_t l = 0; l < request.links.size(); ++l) {
            const QString& target = request.links[l].reference;
            if (!inFile.contains(target) && !existing->contains(target)) {
                problem(QStringLiteral("links[%1].reference").arg(l),
                        tr("there is no request “%1” in the register or the file").arg(target));
            }
        }
    }
    return Status();
}

Status RequestImporter::numberUnreferenced(std::vector<ImportRecord>& records)
{
    // The next number of a direction and year comes after the highest of that
    // year in the file and in the register.
    std::map<std::pair<int, int>, int> lastNumbers;
    for (const ImportRecord& record : records) {
        Direction direction;
        int year = 0;
        int number = 0;
        if (RequestValidator::parseReference(record.request.reference, &direction, &year, &number)) {
            int& last = lastNumbers[{int(direction), year}];
            last = std::max(last, number);
        }
    }
    std::set<std::pair<int, int>> askedRegister;
    for (ImportRecord& record : records) {
        Request& request = record.request;
        if (!request.reference.isEmpty()) {
            continue;
        }
        const QDate start = request.direction == Direction::Incoming ? request.receivedOn : request.sentOn;
        const int year = (start.isValid() ? start : m_clock.today()).year();
        const auto key = std::make_pair(int(request.direction), year);
        if (askedRegister.insert(key).second) {
            Result<int> last = m_writer.lastReferenceNumber(request.direction, year);
            if (!last) {
                return last.error();
            }
            lastNumbers[key] = std::max(lastNumbers[key], *last);
        }
        request.reference = RequestValidator::formatReference(request.direction, year, ++lastNumbers[key]);
    }
    return Status();
}

Status RequestImporter::write(const User& actor, std::vector<ImportRecord>& records,
                              const std::vector<std::optional<qint64>>& assignees)
{
    Result<std::shared_ptr<const DeadlineEngine>> loaded = DeadlinePolicy(m_database, m_clock).engine();
    if (!loaded) {
        return loaded.error();
    }
    const DeadlineEngine& engine = **loaded;
    const QDateTime now = m_clock.nowUtc();
    std::vector<const Request*> requests;
    for (ImportRecord& record : records) {
        Request& request = record.request;
        if (request.history.empty()) {
            HistoryEntry entry;
            entry.at = now;
            entry.step = Step::Import;
            entry.to = request.state;
            entry.actor = actor.name;
            request.history.push_back(entry);
        }
        // Its next deadline, as DeadlineRecomputer::store would compute it,
        // written with its row rather than after it.
        const std::optional<RequestDeadline> next = engine.next(request);
        request.nextDeadline = next ? next->due : QDate();
        request.deadlineKind = next ? DeadlineRules::key(next->kind) : QString();
        requests.push_back(&request);
    }
    // Table by table, in the file's order: the ids one request after another would get.
    Result<std::vector<qint64>> ids = m_writer.insertAll(requests, assignees);
    if (!ids) {
        return ids.error();
    }
    QHash<QString, qint64> byReference;
    std::vector<std::pair<qint64, const HistoryEntry*>> history;
    for (std::size_t i = 0; i < records.size(); ++i) {
        Request& request = records[i].request;
        request.id = (*ids)[i];
        byReference.insert(request.reference, request.id);
        for (const HistoryEntry& entry : request.history) {
            history.emplace_back(request.id, &entry);
        }
    }
    if (Status status = m_writer.appendAllHistory(history); !status.ok()) {
        return status;
    }
    for (ImportRecord& record : records) {
        Request& request = record.request;
        for (Document& document : request.documents) {
            document.size = document.content.size();
            document.sha256 = Document::checksum(document.content);
            if (Status status = m_writer.insertDocument(request.id, document); !status.ok()) {
                return status;
            }
        }
    }
    return writeLinks(records, byReference);
}

Status RequestImporter::writeLinks(const std::vector<ImportRecord>& records,
                                   const QHash<QString, qint64>& byReference)
{
    for (const ImportRecord& record : records) {
        for (const Link& link : record.request.links) {
            qint64 target = byReference.value(link.reference);
            if (target == 0) {
                Result<std::optional<qint64>> existing = m_reader.idOf(link.reference);
                if (!existing) {
                    return existing.error();
                }
                target = existing->value_or(0);
            }
            if (Status status = m_writer.setLink(record.request.id, target, link.kind); !status.ok()) {
                return status;
            }
        }
    }
    return Status();
}

} // namespace Masar
