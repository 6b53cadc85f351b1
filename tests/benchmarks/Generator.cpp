#include "Generator.h"

#include "Random.h"
#include "RowMaker.h"
#include "core/Clock.h"
#include "services/Users.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace Masar::Benchmark {

namespace {

constexpr qint64 requestsPerTransaction = 50000;
constexpr int firstYear = 1986;
constexpr int years = 40;

QVariant nullable(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant nullable(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

// A statement prepared once and run for every row.
class Prepared
{
public:
    Prepared(const QSqlDatabase& db, const QString& sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(std::initializer_list<QVariant> values)
    {
        if (!m_prepared) {
            return Sql::error(m_query.lastError());
        }
        int i = 0;
        for (const QVariant& value : values) {
            m_query.bindValue(i++, value);
        }
        if (!m_query.exec()) {
            return Error::storage(QStringLiteral("%1: %2").arg(m_sql, m_query.lastError().text()));
        }
        return Status();
    }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

// How many requests each year gets: the register grows, four times as many
// requests in the last year as in the first.
std::vector<qint64> requestsPerYear(qint64 count)
{
    std::vector<double> weights;
    double total = 0;
    for (int y = 0; y < years; ++y) {
        weights.push_back(1.0 + 3.0 * y / (years - 1));
        total += weights.back();
    }
    std::vector<qint64> result;
    qint64 given = 0;
    for (int y = 0; y < years; ++y) {
        const qint64 n
            = y == years - 1 ? count - given : qint64(double(count) * weights[std::size_t(y)] / total);
        result.push_back(n);
        given += n;
    }
    return result;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    Result<QSqlQuery> query = Sql::exec(db, sql, values);
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::storage(QStringLiteral("no answer to %1").arg(sql));
    }
    return query->value(0);
}

// What the import entry of each request records: the generator's version.
QString importData()
{
    return QStringLiteral("{\"source\":\"masar-benchmark\",\"generator\":%1}").arg(Generator::version);
}

// The dashboard's side of a request, drawn apart (its own random numbers) so
// that the rest of the register is the one earlier versions made.
struct DashboardSide
{
    QString nextDeadline; // open requests: around today
    QString deadlineKind;
    QString resultsStep; // when results were sent (incoming) or received (outgoing)
    QString resultsFrom;
    QString resultsTo;
    QString resultsAt;
    QString resultsOn; // requests.results_on: the local day of resultsAt (ResultsDay)
};

QString deadlineKindOf(const QString& state)
{
    static const QHash<QString, QString> kinds = {
        {QStringLiteral("received"), QStringLiteral("acknowledgement")},
        {QStringLiteral("registered"), QStringLiteral("decision")},
        {QStringLiteral("under_review"), QStringLiteral("decision")},
        {QStringLiteral("consultation"), QStringLiteral("decision")},
        {QStringLiteral("awaiting_information"), QStringLiteral("reply_by")},
        {QStringLiteral("information_requested"), QStringLiteral("reply_by")},
        {QStringLiteral("postponed"), QStringLiteral("review")},
        {QStringLiteral("postponed_abroad"), QStringLiteral("review")},
        {QStringLiteral("sent"), QStringLiteral("chase")},
        {QStringLiteral("acknowledged"), QStringLiteral("chase")},
        {QStringLiteral("in_execution_abroad"), QStringLiteral("chase")},
    };
    return kinds.value(state, QStringLiteral("execution"));
}

DashboardSide dashboardSide(Random& random, const RequestRow& r)
{
    DashboardSide side;
    const QDate today = RowMaker::today();
    const bool incoming = r.direction == QLatin1String("incoming");
    if (r.state != QLatin1String("closed") && random.chance(0.95)) {
        // A fifth overdue, a tenth due within a week, the rest later.
        const int band = random.weighted({20, 10, 70});
        const int days = band == 0 ? -random.between(1, 200)
            : band == 1            ? random.between(0, 7)
                                   : random.between(8, 120);
        side.nextDeadline = today.addDays(days).toString(Qt::ISODate);
        side.deadlineKind = deadlineKindOf(r.state);
    }
    const bool executed
        = r.disposition == QLatin1String("executed") || r.disposition == QLatin1String("partially_executed");
    const QDate opened = incoming ? r.receivedOn : r.sentOn;
    if (incoming
        && (r.state == QLatin1String("results_sent") || (r.state == QLatin1String("closed") && executed))) {
        side.resultsStep = QStringLiteral("send_results");
        side.resultsFrom = QStringLiteral("executed");
        side.resultsTo = QStringLiteral("results_sent");
    } else if (!incoming && opened.isValid()
               && (r.state == QLatin1String("results_received")
                   || r.state == QLatin1String("results_forwarded")
                   || (r.state == QLatin1String("closed") && executed))) {
        side.resultsStep = QStringLiteral("receive_results");
        side.resultsFrom = QStringLiteral("in_execution_abroad");
        side.resultsTo = QStringLiteral("results_received");
    }
    if (!side.resultsStep.isEmpty()) {
        const QDate at = std::min(opened.addDays(random.between(20, 400)), RowMaker::lastDay());
        const QDateTime sent(at, QTime(10, 0), Qt::UTC);
        side.resultsAt = sent.toString(Qt::ISODate);
        side.resultsOn = sent.toLocalTime().date().toString(Qt::ISODate);
    }
    return side;
}

bool removeDatabaseFiles(const QString& path)
{
    bool ok = true;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix)) {
            ok = QFile::remove(path + suffix) && ok;
        }
    }
    return ok;
}

} // namespace

QString Generator::markerUser()
{
    return QStringLiteral("benchmark");
}

Generator::Generator(const QString& path, qint64 count)
    : m_path(path)
    , m_count(count)
{
}

Result<qint64> Generator::existingCount(const QString& path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!database) {
        return database.error();
    }
    const QSqlDatabase db = (*database)->connection();
    Result<QVariant> marker
        = scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), {markerUser()});
    if (!marker) {
        return marker.error();
    }
    if (marker->toInt() != 1) {
        return Error::invalid(QStringLiteral("%1 is a Masar register that masar-benchmark did not make")
                                  .arg(QDir::toNativeSeparators(path)));
    }
    Result<QVariant> made = scalar(db, QStringLiteral("SELECT data FROM history ORDER BY id LIMIT 1"));
    if (made && made->toString() != importData()) {
        return qint64(-1); // made by an earlier version, without what later ones measure
    }
    Result<QVariant> count = scalar(db, QStringLiteral("SELECT count(*) FROM requests"));
    if (!count) {
        return count.error();
    }
    return count->toLongLong();
}

Result<Generated> Generator::run(const std::function<void(qint64)>& progress)
{
    if (QFileInfo::exists(m_path)) {
        Result<qint64> existing = existingCount(m_path);
        if (!existing) {
            return Error::invalid(QStringLiteral("%1; it is left as it is (give another --db)")
                                      .arg(existing.error().message()));
        }
        if (*existing == m_count) {
            Generated reused;
            reused.requests = m_count;
            reused.reused = true;
            return reused;
        }
        if (!removeDatabaseFiles(m_path)) {
            return Error::storage(QStringLiteral("cannot replace %1").arg(QDir::toNativeSeparators(m_path)));
        }
    }
    return generate(progress);
}

Result<Generated> Generator::generate(const std::function<void(qint64)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        return opened.error();
    }
    Database& database = **opened;
    const QSqlDatabase db = database.connection();

    // The users, through the model.
    const FixedClock clock(RowMaker::today().startOfDay(Qt::UTC));
    Users users(database, clock);
    if (Result<bool> boot = users.bootstrap(markerUser()); !boot) {
        return boot.error();
    }
    std::vector<qint64> staffIds;
    {
        WriteTransaction transaction(db, database.dialect());
        if (Status status = transaction.begin(); !status.ok()) {
            return status;
        }
        for (const StaffMember& member : RowMaker::staff()) {
            const Role role = fromKey<Role>(QLatin1String(member.role)).value_or(Role::Clerk);
            Result<User> user = users.insertWithin(QString::fromUtf8(member.name), role,
                                                   QString::fromUtf8(member.displayName),
                                                   member.lastYear >= RowMaker::lastDay().year());
            if (!user) {
                return user.error();
            }
            staffIds.push_back(user->id);
        }
        if (Status status = transaction.commit(); !status.ok()) {
            return status;
        }
    }

    // A bulk load: a large page cache for the indexes, and no wait for the
    // disk at each commit (a crash would only lose a generated file).
    for (const char* pragma : {"PRAGMA cache_size = -262144", "PRAGMA synchronous = OFF"}) {
        if (Result<QSqlQuery> query = Sql::exec(db, QString::fromLatin1(pragma)); !query) {
            return query.error();
        }
    }

    Prepared insertRequest(
        db,
        QStringLiteral(
            "INSERT INTO requests (id, reference, direction, state, disposition, foreign_reference,"
            " requesting_country, requested_country, requesting_authority, requested_authority,"
            " executing_authority, executing_reference, eurojust_reference, interpol_reference,"
            " legal_basis_detail, channel, priority, urgency_reason, confidentiality, received_on,"
            " requested_by, sent_on, assignee_id, summary, results_on)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Prepared insertBasis(
        db,
        QStringLiteral(
            "INSERT INTO request_legal_bases (request_id, position, legal_basis) VALUES (?, 0, ?)"));
    Prepared insertOffence(
        db, QStringLiteral("INSERT INTO request_offences (request_id, position, offence) VALUES (?, ?, ?)"));
    Prepared insertMeasure(
        db, QStringLiteral("INSERT INTO measures (request_id, type, status, note) VALUES (?, ?, ?, '')"));
    Prepared insertPerson(db,
                          QStringLiteral("INSERT INTO persons (request_id, name, role, nationality, "
                                         "birth_date) VALUES (?, ?, ?, ?, ?)"));
    Prepared insertHistory(
        db,
        QStringLiteral("INSERT INTO history (request_id, at, actor, step, from_state, to_state, reason, data)"
                       " VALUES (?, ?, ?, 'import', NULL, ?, '', ?)"));
    const QString importedAt = QStringLiteral("2026-01-05T08:00:00Z");
    Prepared insertResults(
        db,
        QStringLiteral("INSERT INTO history (request_id, at, actor, step, from_state, to_state, reason, data)"
                       " VALUES (?, ?, ?, ?, ?, ?, '', '{}')"));
    Prepared setDeadline(
        db, QStringLiteral("UPDATE requests SET next_deadline = ?, deadline_kind = ? WHERE id = ?"));
    const QString generatorData = importData();

    Random random(seed);
    RowMaker maker(random);
    Random dashboardRandom(seed + 1);
    Generated generated;
    qint64 id = 0;
    std::unique_ptr<WriteTransaction> transaction;
    const std::vector<qint64> perYear = requestsPerYear(m_count);
    for (int y = 0; y < years; ++y) {
        const int year = firstYear + y;
        const QDate first(year, 1, 1);
        const int days = first.daysInYear();
        // The days of the year's requests, in order: ids follow the calendar.
        std::vector<int> dayOfYear;
        dayOfYear.reserve(std::size_t(perYear[std::size_t(y)]));
        for (qint64 i = 0; i < perYear[std::size_t(y)]; ++i) {
            dayOfYear.push_back(random.below(days));
        }
        std::sort(dayOfYear.begin(), dayOfYear.end());
        int numberIn = 0;
        int numberOut = 0;
        for (int day : dayOfYear) {
            if (!transaction) {
                transaction = std::make_unique<WriteTransaction>(db, database.dialect());
                if (Status status = transaction->begin(); !status.ok()) {
                    return status;
                }
            }
            const bool incoming = random.chance(0.62);
            const RequestRow r
                = maker.make(incoming, first.addDays(day), incoming ? ++numberIn : ++numberOut);
            ++id;
            const DashboardSide side = dashboardSide(dashboardRandom, r);
            Status status = insertRequest.run({
                id,
                r.reference,
                r.direction,
                r.state,
                nullable(r.disposition),
                nullable(r.foreignReference),
                r.requestingCountry,
                r.requestedCountry,
                nullable(r.requestingAuthority),
                nullable(r.requestedAuthority),
                nullable(r.executingAuthority),
                nullable(r.executingReference),
                nullable(r.eurojustReference),
                nullable(r.interpolReference),
                nullable(r.legalBasisDetail),
                r.channel,
                r.priority,
                nullable(r.urgencyReason),
                r.confidentiality,
                nullable(r.receivedOn),
                nullable(r.requestedBy),
                nullable(r.sentOn),
                staffIds[std::size_t(r.assignee)],
                r.summary,
                nullable(side.resultsOn),
            });
            if (status.ok()) {
                status = insertBasis.run({id, r.legalBasis});
            }
            for (int i = 0; status.ok() && i < r.offences.size(); ++i) {
                status = insertOffence.run({id, i, r.offences.at(i)});
            }
            if (status.ok()) {
                status = insertMeasure.run({id, r.measureType, r.measureStatus});
            }
            for (std::size_t i = 0; status.ok() && i < r.persons.size(); ++i) {
                const PersonRow& p = r.persons[i];
                status
                    = insertPerson.run({id, p.name, p.role, nullable(p.nationality), nullable(p.birthDate)});
                ++generated.persons;
            }
            if (status.ok()) {
                status = insertHistory.run({id, importedAt, markerUser(), r.state, generatorData});
            }
            if (status.ok() && !side.resultsStep.isEmpty()) {
                status = insertResults.run(
                    {id, side.resultsAt, markerUser(), side.resultsStep, side.resultsFrom, side.resultsTo});
            }
            if (status.ok() && !side.nextDeadline.isEmpty()) {
                status = setDeadline.run({side.nextDeadline, side.deadlineKind, id});
            }
            if (!status.ok()) {
                return status;
            }
            if (id % requestsPerTransaction == 0) {
                if (Status committed = transaction->commit(); !committed.ok()) {
                    return committed;
                }
                transaction.reset();
                if (progress) {
                    progress(id);
                }
            }
        }
    }
    if (transaction) {
        if (Status committed = transaction->commit(); !committed.ok()) {
            return committed;
        }
        transaction.reset();
    }
    // Everything into the database file, so that its size is the register's.
    if (Result<QSqlQuery> checkpoint = Sql::exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        !checkpoint) {
        return checkpoint.error();
    }
    if (progress) {
        progress(id);
    }
    generated.requests = id;
    generated.seconds = double(timer.nsecsElapsed()) / 1e9;
    return generated;
}

} // namespace Masar::Benchmark
