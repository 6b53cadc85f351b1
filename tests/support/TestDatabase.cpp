#include "TestDatabase.h"

#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QTest>

namespace Masar::Test {

TestDatabase::TestDatabase()
    : m_path(m_dir.filePath(QStringLiteral("register.sqlite")))
    , m_clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC))
{
    reopen();
    Users users(*m_database, m_clock);
    Result<bool> created = users.bootstrap(QStringLiteral("admin"));
    if (!created || !*created) {
        qFatal("cannot create the test administrator");
    }
    const User admin = *users.find(QStringLiteral("admin"));
    m_users.push_back(admin);
    const std::pair<const char*, Role> others[] = {{"officer", Role::Officer},
                                                   {"officer2", Role::Officer},
                                                   {"supervisor", Role::Supervisor},
                                                   {"clerk", Role::Clerk}};
    for (const auto& [name, role] : others) {
        Result<User> user = users.add(admin, QLatin1String(name), role);
        if (!user) {
            qFatal("cannot create a test user: %s", qPrintable(user.error().message()));
        }
        m_users.push_back(*user);
    }
}

const User& TestDatabase::user(const QString& name) const
{
    for (const User& user : m_users) {
        if (user.name == name) {
            return user;
        }
    }
    qFatal("no test user %s", qPrintable(name));
}

void TestDatabase::close()
{
    m_database.reset();
}

void TestDatabase::reopen()
{
    m_database.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        qFatal("cannot open the test database: %s", qPrintable(opened.error().message()));
    }
    m_database = opened.take();
}

Request TestDatabase::incomingDraft()
{
    Request r;
    r.direction = Direction::Incoming;
    r.requestingCountry = QStringLiteral("MA");
    r.requestedCountry = QStringLiteral("ES");
    r.foreignReference = QStringLiteral("RB/2026/117");
    r.requestingAuthority = QStringLiteral("Ministère de la Justice, Rabat");
    r.legalBasis = {QStringLiteral("untoc"), QStringLiteral("arab-ct-1998")};
    r.channel = QStringLiteral("central_authority");
    r.receivedOn = QDate(2026, 3, 2);
    r.summary = QStringLiteral("Financement présumé d'une cellule ; comptes bancaires à Valence.");
    r.offences = {QStringLiteral("terrorist_financing")};
    r.measures = {{QStringLiteral("bank_records"), QStringLiteral("pending"), QString()}};
    r.persons
        = {{QStringLiteral("Youssef El Amrani"), QStringLiteral("suspect"), QStringLiteral("MA"), QDate()}};
    return r;
}

QString TestDatabase::createIncomingTo(const QString& country, const QDate& received,
                                       const QString& requestedAuthority)
{
    Request draft = incomingDraft();
    draft.requestingCountry = QStringLiteral("ES");
    draft.requestedCountry = country;
    draft.requestedAuthority = requestedAuthority;
    draft.persons.clear();
    draft.foreignReference.clear();
    draft.receivedOn = received;
    Result<Request> created = RequestService(db(), clock()).create(user(QStringLiteral("officer")), draft);
    if (!created) {
        qWarning() << created.error().fullText();
        return QString();
    }
    return created->reference;
}

Request TestDatabase::outgoingDraft()
{
    Request r;
    r.direction = Direction::Outgoing;
    r.requestingCountry = QStringLiteral("ES");
    r.requestedCountry = QStringLiteral("TN");
    r.requestingAuthority = QStringLiteral("Audiencia Nacional, Juzgado Central de Instrucción nº 3");
    r.legalBasis = {QStringLiteral("bilateral")};
    r.legalBasisDetail = QStringLiteral("Convenio hispano-tunecino de 2001, art. 5");
    r.channel = QStringLiteral("central_authority");
    r.summary = QStringLiteral("Audition d'un témoin à Sfax.");
    r.measures = {{QStringLiteral("witness_hearing"), QStringLiteral("pending"), QString()}};
    return r;
}

int TestDatabase::rows(const QString& table)
{
    Result<QSqlQuery> query
        = Sql::exec(m_database->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!query || !query->next()) {
        qFatal("cannot count %s", qPrintable(table));
    }
    return query->value(0).toInt();
}

QByteArray TestDatabase::fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace Masar::Test
