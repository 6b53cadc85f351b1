#include "Schema.h"

#include "ResultsDay.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "WriteTransaction.h"
#include "deadlines/DeadlineRules.h"
#include "domain/Codes.h"
#include "domain/StepField.h"
#include "domain/Workflow.h"

#include <QSet>

#include <vector>

namespace Masar {

namespace {

Status run(QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        Result<QSqlQuery> query = Sql::exec(db, statement);
        if (!query) {
            return query.error();
        }
    }
    return Status();
}

Status seed(QSqlDatabase& db, const QString& table, const QStringList& codes)
{
    // The table name is one of ours, never user text.
    const QString statement
        = QStringLiteral("INSERT INTO %1 (code) VALUES (?) ON CONFLICT DO NOTHING").arg(table);
    for (const QString& code : codes) {
        Result<QSqlQuery> query = Sql::exec(db, statement, {code});
        if (!query) {
            return query.error();
        }
    }
    return Status();
}

template<typename E>
QStringList keysOf()
{
    return codesOf<E>().keys();
}

QStringList deadlineKinds()
{
    QStringList keys;
    for (DeadlineKind kind : DeadlineRules::kinds()) {
        keys << DeadlineRules::key(kind);
    }
    return keys;
}

struct CodeTable
{
    const char* table;
    QStringList codes;
    int since = 1; // the schema version that made the table
};

// Every code list and the table that holds it.
std::vector<CodeTable> codeLists()
{
    return {
        {"directions", keysOf<Direction>()},
        {"roles", keysOf<Role>()},
        {"steps", keysOf<Step>()},
        {"states", keysOf<State>()},
        {"dispositions", Codes::dispositions().keys()},
        {"legal_bases", Codes::legalBases().keys()},
        {"channels", Codes::channels().keys()},
        {"priorities", Codes::priorities().keys()},
        {"confidentialities", Codes::confidentialities().keys()},
        {"assistance_types", Codes::assistanceTypes().keys()},
        {"measure_statuses", Codes::measureStatuses().keys()},
        {"offence_types", Codes::offences().keys()},
        {"person_roles", Codes::personRoles().keys()},
        {"link_kinds", Codes::linkKinds().keys()},
        {"countries", Codes::countries()},
        {"deadline_kinds", deadlineKinds(), 3},
    };
}

// A table's DDL: %ID% and %BLOB% are the dialect's types; the rest is standard SQL.
QString ddl(const SqlDialect& dialect, const char* text)
{
    return QString::fromUtf8(text)
        .trimmed()
        .replace(QLatin1String("%ID%"), dialect.idColumnType())
        .replace(QLatin1String("%BLOB%"), dialect.blobType());
}

// --- Version 1 ---

QStringList codeTables(const SqlDialect& dialect)
{
    // The code lists, so that every code stored is one the program knows.
    const char* const tables[] = {"directions",
                                  "states",
                                  "roles",
                                  "steps",
                                  "dispositions",
                                  "legal_bases",
                                  "channels",
                                  "priorities",
                                  "confidentialities",
                                  "assistance_types",
                                  "measure_statuses",
                                  "offence_types",
                                  "person_roles",
                                  "link_kinds",
                                  "countries"};
    QStringList statements;
    for (const char* table : tables) {
        statements
            << QStringLiteral("CREATE TABLE %1 (\n    code TEXT PRIMARY KEY\n)").arg(QLatin1String(table));
    }
    statements << ddl(dialect, R"sql(
CREATE TABLE direction_states (
    direction TEXT NOT NULL REFERENCES directions (code),
    state TEXT NOT NULL REFERENCES states (code),
    PRIMARY KEY (direction, state)
)
)sql");
    return statements;
}

// Users, and the requests with their own fields.
QStringList requestTables(const SqlDialect& dialect)
{
    QStringList statements;
    statements << ddl(dialect, R"sql(
CREATE TABLE users (
    id %ID%,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
    display_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL REFERENCES roles (code),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
)
)sql");
    statements << ddl(dialect, R"sql(
CREATE TABLE requests (
    id %ID%,
    reference TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL REFERENCES directions (code),
    state TEXT NOT NULL,
    disposition TEXT REFERENCES dispositions (code),
    foreign_reference TEXT,
    requesting_country TEXT NOT NULL REFERENCES countries (code),
    requested_country TEXT NOT NULL REFERENCES countries (code),
    requesting_authority TEXT,
    requested_authority TEXT,
    executing_authority TEXT,
    executing_reference TEXT,
    eurojust_reference TEXT,
    interpol_reference TEXT,
    legal_basis_detail TEXT,
    channel TEXT NOT NULL REFERENCES channels (code),
    priority TEXT NOT NULL REFERENCES priorities (code),
    urgency_reason TEXT,
    confidentiality TEXT NOT NULL REFERENCES confidentialities (code),
    received_on TEXT CHECK (received_on LIKE '____-__-__'),
    requested_by TEXT CHECK (requested_by LIKE '____-__-__'),
    sent_on TEXT CHECK (sent_on LIKE '____-__-__'),
    assignee_id INTEGER REFERENCES users (id),
    summary TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (direction, state) REFERENCES direction_states (direction, state),
    CHECK ((state = 'closed') = (disposition IS NOT NULL)),
    CHECK (requesting_country <> requested_country),
    CHECK ((direction = 'incoming' AND reference LIKE 'IN-%' AND received_on IS NOT NULL AND sent_on IS NULL)
        OR (direction = 'outgoing' AND reference LIKE 'OUT-%' AND received_on IS NULL))
)
)sql");
    return statements;
}

// The lists of a request: legal bases, offences, measures, persons, links.
QStringList requestListTables(const SqlDialect& dialect)
{
    QStringList statements;
    statements << ddl(dialect, R"sql(
CREATE TABLE request_legal_bases (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    legal_basis TEXT NOT NULL REFERENCES legal_bases (code),
    PRIMARY KEY (request_id, legal_basis),
    UNIQUE (request_id, position)
)
)sql");
    statements << ddl(dialect, R"sql(
CREATE TABLE request_offences (
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    offence TEXT NOT NULL REFERENCES offence_types (code),
    PRIMARY KEY (request_id, offence),
    UNIQUE (request_id, position)
)
)sql");
    statements << ddl(dialect, R"sql(
CREATE TABLE measures (
    id %ID%,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    type TEXT NOT NULL REFERENCES assistance_types (code),
    status TEXT NOT NULL REFERENCES measure_statuses (code),
    note TEXT NOT NULL DEFAULT ''
)
)sql");
    statements << ddl(dialect, R"sql(
CREATE TABLE persons (
    id %ID%,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    role TEXT NOT NULL REFERENCES person_roles (code),
    nationality TEXT REFERENCES countries (code),
    birth_date TEXT CHECK (birth_date LIKE '____-__-__')
)
)sql");
    statements << ddl(dialect, R"sql(
CREATE TABLE request_links (
    from_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind TEXT NOT NULL REFERENCES link_kinds (code),
    PRIMARY KEY (from_id, to_id),
    CHECK (from_id <> to_id)
)
)sql");
    return statements;
}

// What is kept of a request's life: its documents and its history.
QStringList recordTables(const SqlDialect& dialect)
{
    QStringList statements;
    // A document's bytes live in the database, so that one file is the whole case record.
    statements << ddl(dialect, R"sql(
CREATE TABLE documents (
    id %ID%,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL,
    content %BLOB% NOT NULL,
    UNIQUE (request_id, name),
    CHECK (length(content) = size)
)
)sql");
    // Who did what and when. The actor is kept as a name, not a key: history
    // outlives user accounts, and imported history names people of the old register.
    statements << ddl(dialect, R"sql(
CREATE TABLE history (
    id %ID%,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    at TEXT NOT NULL CHECK (at LIKE '____-__-__T__:__:__Z'),
    actor TEXT NOT NULL CHECK (length(actor) > 0),
    step TEXT NOT NULL REFERENCES steps (code),
    from_state TEXT REFERENCES states (code),
    to_state TEXT NOT NULL REFERENCES states (code),
    reason TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL DEFAULT '{}'
)
)sql");
    statements << dialect.appendOnlyTable(QStringLiteral("history"));
    return statements;
}

QStringList version1Indexes()
{
    QStringList statements;
    // The list, its filters and the deadline queries.
    statements << QStringLiteral("CREATE INDEX requests_by_state ON requests (state, direction)")
               << QStringLiteral("CREATE INDEX requests_by_direction ON requests (direction, state)")
               << QStringLiteral(
                      "CREATE INDEX requests_by_requesting_country ON requests (requesting_country)")
               << QStringLiteral("CREATE INDEX requests_by_requested_country ON requests (requested_country)")
               << QStringLiteral("CREATE INDEX requests_by_assignee ON requests (assignee_id, state)")
               << QStringLiteral("CREATE INDEX requests_by_received_on ON requests (received_on)")
               << QStringLiteral("CREATE INDEX requests_by_foreign_reference "
                                 "ON requests (requesting_country, foreign_reference)")
               << QStringLiteral("CREATE INDEX history_by_request ON history (request_id, id)")
               << QStringLiteral("CREATE INDEX measures_by_request ON measures (request_id)")
               << QStringLiteral("CREATE INDEX persons_by_request ON persons (request_id)")
               << QStringLiteral("CREATE INDEX persons_by_name ON persons (name)")
               << QStringLiteral("CREATE INDEX links_by_target ON request_links (to_id)")
               << QStringLiteral("CREATE INDEX documents_by_request ON documents (request_id)");
    return statements;
}

// Version 3: each request's next deadline, and the queue of those to compute.
QStringList deadlineColumns()
{
    QStringList statements;
    statements << QStringLiteral("CREATE TABLE deadline_kinds (\n    code TEXT PRIMARY KEY\n)");
    // Each request's next deadline, as the engine computes it from the request,
    // its history, the rules and the calendars below: kept with the request so
    // that the list and the dashboard sort, filter and count in SQL. Both are
    // NULL when the request's stage has no deadline.
    statements << QStringLiteral("ALTER TABLE requests ADD COLUMN next_deadline TEXT "
                                 "CHECK (next_deadline LIKE '____-__-__')")
               << QStringLiteral("ALTER TABLE requests ADD COLUMN deadline_kind TEXT "
                                 "REFERENCES deadline_kinds (code)");
    // The requests whose next deadline is to be computed again: all of them
    // on this upgrade, and those a change of rule or calendar touches. Kept
    // in the database so that work cut short is finished by the next program
    // that opens it.
    statements << QStringLiteral(
        "CREATE TABLE deadline_queue (\n"
        "    request_id INTEGER PRIMARY KEY REFERENCES requests (id) ON DELETE CASCADE\n"
        ")")
               << QStringLiteral("INSERT INTO deadline_queue (request_id) "
                                 "SELECT id FROM requests WHERE state <> 'closed'");
    return statements;
}

// Version 3: the rules and calendars administrators keep.
QStringList policyTables(const SqlDialect& dialect)
{
    QStringList statements;
    // The periods an administrator set, replacing Masar's defaults
    // (DeadlineRules::defaults()): per kind, for one legal basis or, when
    // legal_basis is NULL, for all others.
    statements << ddl(dialect, R"sql(
CREATE TABLE deadline_rules (
    id %ID%,
    kind TEXT NOT NULL REFERENCES deadline_kinds (code),
    legal_basis TEXT REFERENCES legal_bases (code),
    length INTEGER NOT NULL CHECK (length BETWEEN 1 AND 3650),
    unit TEXT NOT NULL CHECK (unit IN ('calendar_days', 'working_days')),
    source TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL CHECK (changed_at LIKE '____-__-__T__:__:__Z'),
    changed_by TEXT NOT NULL CHECK (length(changed_by) > 0)
)
)sql")
               << QStringLiteral("CREATE UNIQUE INDEX deadline_rules_by_kind "
                                 "ON deadline_rules (kind, coalesce(legal_basis, ''))");
    // Calendars an administrator keeps: a country's (authority '') or one
    // authority's of a country (Libya's two governments). A country with no
    // calendar here counts with the locale data's (WorkingCalendar::forCountry).
    statements << ddl(dialect, R"sql(
CREATE TABLE calendars (
    code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 32),
    country TEXT NOT NULL REFERENCES countries (code),
    authority TEXT NOT NULL DEFAULT '',
    UNIQUE (country, authority)
)
)sql");
    // Which days are the weekend, from one date to another (NULL: open
    // ended), as ISO weekday numbers: "5,6" is Friday and Saturday. A calendar
    // with rules here uses them instead of the locale data's weekend.
    statements << ddl(dialect, R"sql(
CREATE TABLE weekend_rules (
    id %ID%,
    calendar TEXT NOT NULL REFERENCES calendars (code) ON DELETE CASCADE,
    valid_from TEXT CHECK (valid_from LIKE '____-__-__'),
    valid_until TEXT CHECK (valid_until LIKE '____-__-__'),
    days TEXT NOT NULL CHECK (length(days) BETWEEN 1 AND 13),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from)
)
)sql");
    // Holidays an administrator added, imported (.ics) or confirmed: a
    // confirmed one names the provisional date it replaces (`replaces`), on
    // which the computed Islamic holiday of that name began.
    statements << ddl(dialect, R"sql(
CREATE TABLE holidays (
    id %ID%,
    calendar TEXT NOT NULL REFERENCES calendars (code) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (day LIKE '____-__-__'),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    origin TEXT NOT NULL CHECK (origin IN ('added', 'imported', 'confirmed')),
    replaces TEXT CHECK (replaces LIKE '____-__-__'),
    changed_at TEXT NOT NULL CHECK (changed_at LIKE '____-__-__T__:__:__Z'),
    changed_by TEXT NOT NULL CHECK (length(changed_by) > 0),
    CHECK ((origin = 'confirmed') = (replaces IS NOT NULL)),
    UNIQUE (calendar, day, name)
)
)sql");
    return statements;
}

// Version 3: what the desk and the dashboard read deadlines by.
QStringList deadlineIndexes()
{
    QStringList statements;
    // The day each user last looked at their deadlines: on start, the
    // desk tells them what became overdue since.
    statements << QStringLiteral("ALTER TABLE users ADD COLUMN deadlines_seen_on TEXT "
                                 "CHECK (deadlines_seen_on LIKE '____-__-__')");
    // Counts the changes of rules and calendars: a computation of queued
    // deadlines under way takes the new ones from its next batch on.
    statements << QStringLiteral("CREATE TABLE deadline_policy_revision (\n"
                                 "    revision INTEGER NOT NULL CHECK (revision >= 0)\n"
                                 ")")
               << QStringLiteral("INSERT INTO deadline_policy_revision (revision) VALUES (0)");
    statements << QStringLiteral("CREATE INDEX weekend_rules_by_calendar ON weekend_rules (calendar)")
               // The list sorted by deadline, overdue and due-soon filters and counts.
               << QStringLiteral("CREATE INDEX requests_by_next_deadline ON requests (next_deadline)");

    // --- The supervisor's dashboard (Dashboard::statements) ---
    // Its deadline and ageing figures read this index alone: open requests
    // are a few percent of a large register, and it holds every column they
    // are counted by, from the next deadline (a range: overdue or due soon)
    // to the partner, the assignee and the days received and sent.
    statements << QStringLiteral(
        "CREATE INDEX requests_open ON requests (next_deadline, state, direction, assignee_id,"
        " requesting_country, requested_country, received_on, sent_on) WHERE state <> 'closed'")
               // When each request's results were first sent (incoming) or
               // received (outgoing): one entry in some ten of the history.
               << QStringLiteral("CREATE INDEX history_results ON history (request_id, step, at)"
                                 " WHERE step IN ('%1', '%2')")
                      .arg(keyOf(Step::SendResults), keyOf(Step::ReceiveResults));
    // --- end of the dashboard's indexes ---
    return statements;
}

} // namespace

Result<int> Schema::upgrade(QSqlDatabase& db, const SqlDialect& dialect, int toVersion)
{
    Q_ASSERT(toVersion <= currentVersion);
    WriteTransaction transaction(db, dialect);
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    // The version as it is now that this connection holds the write lock:
    // another program may have upgraded the database since it was first read.
    Result<SqlDialect::Probe> probe = dialect.probe(db);
    if (!probe) {
        return probe.error();
    }
    if (probe->content == SqlDialect::Content::Foreign) {
        return Error::storage(
            QCoreApplication::translate("Masar::Database", "The file is not a Masar database."));
    }
    const int fromVersion = probe->version;
    if (fromVersion >= toVersion) {
        return fromVersion;
    }
    if (fromVersion < 1 && toVersion >= 1) {
        if (Status status = applyVersion1(db, dialect); !status.ok()) {
            return status;
        }
    }
    if (fromVersion < 2 && toVersion >= 2) {
        if (Status status = applyVersion2(db, dialect); !status.ok()) {
            return status;
        }
    }
    if (fromVersion < 3 && toVersion >= 3) {
        if (Status status = applyVersion3(db, dialect); !status.ok()) {
            return status;
        }
    }
    if (fromVersion < 4 && toVersion >= 4) {
        if (Status status = applyVersion4(db, dialect); !status.ok()) {
            return status;
        }
    }
    if (fromVersion < 5 && toVersion >= 5) {
        if (Status status = applyVersion5(db, dialect); !status.ok()) {
            return status;
        }
    }

    // Codes are added by the program that knows them; none is ever removed.
    if (Status status = seedCodes(db, toVersion); !status.ok()) {
        return status;
    }
    if (Status status = run(db, dialect.stampVersion(toVersion)); !status.ok()) {
        return status;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return fromVersion;
}

Status Schema::applyVersion1(QSqlDatabase& db, const SqlDialect& dialect)
{
    QStringList statements = codeTables(dialect);
    statements << requestTables(dialect) << requestListTables(dialect) << recordTables(dialect)
               << version1Indexes();
    return run(db, statements);
}

Status Schema::applyVersion2(QSqlDatabase& db, const SqlDialect& dialect)
{
    QStringList statements = dialect.searchIndex();
    statements << dialect.rebuildSearchIndex();
    // Every column of the list can be sorted by an index; references by their number.
    statements << QStringLiteral("CREATE INDEX requests_by_reference_order ON requests (%1)")
                      .arg(dialect.referenceOrder(QStringLiteral("reference")))
               << QStringLiteral(
                      "CREATE INDEX requests_by_foreign_reference_alone ON requests (foreign_reference)")
               << QStringLiteral("CREATE INDEX requests_by_requested_by ON requests (requested_by)")
               << QStringLiteral("CREATE INDEX requests_by_priority ON requests (priority, state)");
    return run(db, statements);
}

Status Schema::applyVersion3(QSqlDatabase& db, const SqlDialect& dialect)
{
    return run(db, deadlineColumns() + policyTables(dialect) + deadlineIndexes());
}

Status Schema::applyVersion4(QSqlDatabase& db, const SqlDialect& dialect)
{
    auto ddl = [&dialect](const char* text) {
        return QString::fromUtf8(text)
            .trimmed()
            .replace(QLatin1String("%ID%"), dialect.idColumnType())
            .replace(QLatin1String("%BLOB%"), dialect.blobType());
    };
    QStringList statements;
    // The letterhead of printed documents, set by an administrator: the
    // ministry's name and the line under it in each language a document is
    // printed in. A language without a row prints no name.
    statements << ddl(R"sql(
CREATE TABLE letterhead_lines (
    language TEXT PRIMARY KEY CHECK (language IN ('ar', 'fr', 'en')),
    ministry TEXT NOT NULL CHECK (length(ministry) <= 200),
    department TEXT NOT NULL CHECK (length(department) <= 200),
    changed_at TEXT NOT NULL CHECK (changed_at LIKE '____-__-__T__:__:__Z'),
    changed_by TEXT NOT NULL CHECK (length(changed_by) > 0),
    CHECK (length(ministry) > 0 OR length(department) > 0)
)
)sql");
    // Its logo: one row at most, none when there is no logo.
    statements << ddl(R"sql(
CREATE TABLE letterhead_logo (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    media_type TEXT NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg')),
    content %BLOB% NOT NULL CHECK (length(content) BETWEEN 1 AND 1048576),
    changed_at TEXT NOT NULL CHECK (changed_at LIKE '____-__-__T__:__:__Z'),
    changed_by TEXT NOT NULL CHECK (length(changed_by) > 0)
)
)sql");
    // Every document printed or saved: printing personal data discloses it,
    // and the Law Enforcement Directive (2016/680) art. 25 asks who, when
    // and what. A summary is of one request; a status report of a list, of
    // as many requests as it holds. Append-only, like the history.
    statements << ddl(R"sql(
CREATE TABLE print_log (
    id %ID%,
    printed_at TEXT NOT NULL CHECK (printed_at LIKE '____-__-__T__:__:__Z'),
    user_id INTEGER NOT NULL REFERENCES users (id),
    document TEXT NOT NULL CHECK (document IN ('summary', 'status_report')),
    request_id INTEGER REFERENCES requests (id),
    request_count INTEGER NOT NULL CHECK (request_count >= 0),
    with_persons INTEGER NOT NULL CHECK (with_persons IN (0, 1)),
    language TEXT NOT NULL CHECK (language IN ('ar', 'fr', 'en')),
    format TEXT NOT NULL CHECK (format IN ('pdf', 'html', 'csv', 'printer')),
    CHECK ((document = 'summary') = (request_id IS NOT NULL)),
    CHECK (document <> 'summary' OR request_count = 1)
)
)sql");
    statements << dialect.appendOnlyTable(QStringLiteral("print_log"));
    // The log is read by period, newest first.
    statements << QStringLiteral("CREATE INDEX print_log_by_printed_at ON print_log (printed_at, id)");
    // The requests a status report showed: which references were disclosed,
    // not only how many.
    statements << QStringLiteral("CREATE TABLE print_log_requests (\n"
                                 "    print_id INTEGER NOT NULL REFERENCES print_log (id),\n"
                                 "    request_id INTEGER NOT NULL REFERENCES requests (id),\n"
                                 "    PRIMARY KEY (print_id, request_id)\n"
                                 ")");
    statements << dialect.appendOnlyTable(QStringLiteral("print_log_requests"));
    statements << QStringLiteral(
        "CREATE INDEX print_log_requests_by_request ON print_log_requests (request_id)");
    return run(db, statements);
}

Status Schema::applyVersion5(QSqlDatabase& db, const SqlDialect& dialect)
{
    // The day each request's results came (ResultsDay), filled from the
    // history for the requests already there; kept since by
    // RequestWriter::appendHistory.
    QStringList statements = {
        QStringLiteral(
            "ALTER TABLE requests ADD COLUMN results_on TEXT CHECK (results_on LIKE '____-__-__')"),
        ResultsDay::fillStatement(dialect),
        // The dashboard's days to results (Dashboard::statements).
        ResultsDay::indexStatement(dialect),
    };
    // The word index folds only text that has Arabic in it (the same text,
    // read faster), and an import indexes its rows at once.
    statements << dialect.upgradeSearchIndex();
    return run(db, statements);
}

Result<bool> Schema::hasEveryCode(QSqlDatabase& db)
{
    for (const auto& [table, codes, since] : codeLists()) {
        // The table name is one of ours, never user text.
        Result<QSqlQuery> query
            = Sql::exec(db, QStringLiteral("SELECT code FROM %1").arg(QLatin1String(table)));
        if (!query) {
            return query.error();
        }
        QSet<QString> stored;
        while (query->next()) {
            stored.insert(query->value(0).toString());
        }
        for (const QString& code : codes) {
            if (!stored.contains(code)) {
                return false;
            }
        }
    }
    const QString pairs = QStringLiteral("SELECT 1 FROM direction_states WHERE direction = ? AND state = ?");
    for (Direction direction : allOf<Direction>()) {
        for (State state : Workflow::states(direction)) {
            Result<QSqlQuery> query = Sql::exec(db, pairs, {keyOf(direction), keyOf(state)});
            if (!query) {
                return query.error();
            }
            if (!query->next()) {
                return false;
            }
        }
    }
    return true;
}

Status Schema::addMissingCodes(QSqlDatabase& db, const SqlDialect& dialect)
{
    // Looked at before the write lock is taken, so that opening a register that
    // has every code leaves its file as it was.
    Result<bool> complete = hasEveryCode(db);
    if (!complete) {
        return complete.error();
    }
    if (*complete) {
        return Status();
    }
    WriteTransaction transaction(db, dialect);
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    if (Status status = seedCodes(db, currentVersion); !status.ok()) {
        return status;
    }
    return transaction.commit();
}

Status Schema::seedCodes(QSqlDatabase& db, int version)
{
    for (const auto& [table, codes, since] : codeLists()) {
        if (since > version) {
            continue;
        }
        if (Status status = seed(db, QLatin1String(table), codes); !status.ok()) {
            return status;
        }
    }
    const QString statement = QStringLiteral(
        "INSERT INTO direction_states (direction, state) VALUES (?, ?) ON CONFLICT DO NOTHING");
    for (Direction direction : allOf<Direction>()) {
        for (State state : Workflow::states(direction)) {
            Result<QSqlQuery> query = Sql::exec(db, statement, {keyOf(direction), keyOf(state)});
            if (!query) {
                return query.error();
            }
        }
    }
    return Status();
}

} // namespace Masar
