#include "Users.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>
#include <pwd.h>
#include <unistd.h>

namespace Masar {

namespace {

const QString selectUser = QStringLiteral("SELECT id, name, display_name, role, active FROM users");

User readUser(const QSqlQuery& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.name = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = fromKey<Role>(query.value(3).toString()).value_or(Role::Clerk);
    user.active = query.value(4).toBool();
    return user;
}

} // namespace

Users::Users(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

bool Users::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QString Users::defaultActorName()
{
    for (const char* variable : {"MASAR_USER", "USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) {
            return value;
        }
    }
    if (const passwd* account = getpwuid(geteuid())) {
        return QString::fromLocal8Bit(account->pw_name);
    }
    return QString();
}

Result<User> Users::find(const QString& name) const
{
    Result<QSqlQuery> query
        = Sql::exec(m_database.connection(), selectUser + QStringLiteral(" WHERE name = ?"), {name});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error::notFound(tr("There is no user “%1”.").arg(name));
    }
    return readUser(*query);
}

Result<User> Users::actor(const QString& name) const
{
    Result<User> user = find(name);
    if (user && !user->active) {
        return Error::forbidden(tr("The user “%1” is no longer active.").arg(name));
    }
    return user;
}

Result<std::vector<User>> Users::list() const
{
    Result<QSqlQuery> query
        = Sql::exec(m_database.connection(), selectUser + QStringLiteral(" ORDER BY name"));
    if (!query) {
        return query.error();
    }
    std::vector<User> users;
    while (query->next()) {
        users.push_back(readUser(*query));
    }
    return users;
}

Result<User> Users::holder(const QString& name) const
{
    Result<User> user = find(name);
    if (!user) {
        return user.error().kind() == Error::Kind::NotFound ? Error::invalid(user.error().message())
                                                            : user.error();
    }
    if (!user->active) {
        return Error::invalid(tr("The user “%1” is no longer active.").arg(name));
    }
    if (!canHoldRequests(user->role)) {
        return Error::invalid(tr("Requests are assigned to officers and supervisors; “%1” is: %2.")
                                  .arg(name, labelOf(user->role)));
    }
    return user;
}

Result<int> Users::count() const
{
    Result<QSqlQuery> query
        = Sql::exec(m_database.connection(), QStringLiteral("SELECT count(*) FROM users"));
    if (!query) {
        return query.error();
    }
    query->next();
    return query->value(0).toInt();
}

Result<std::vector<User>> Users::assignable() const
{
    Result<std::vector<User>> all = list();
    if (!all) {
        return all;
    }
    std::vector<User> users;
    std::copy_if(all->begin(), all->end(), std::back_inserter(users), canBeAssigned);
    return users;
}

Result<User> Users::add(const User& actor, const QString& name, Role role, const QString& displayName)
{
    if (actor.role != Role::Administrator) {
        return Error::forbidden(
            tr("Only an administrator may add users. You are: %1.").arg(labelOf(actor.role)));
    }
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Result<User> existing = find(name);
    if (existing) {
        return Error::conflict(tr("There is already a user “%1”.").arg(name));
    }
    if (existing.error().kind() != Error::Kind::NotFound) {
        return existing.error();
    }
    Result<User> user = insertWithin(name, role, displayName, true);
    if (!user) {
        return user;
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return user;
}

Result<bool> Users::bootstrap(const QString& name)
{
    WriteTransaction transaction(m_database.connection(), m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    Result<int> users = count();
    if (!users) {
        return users.error();
    }
    if (*users > 0) {
        return false;
    }
    Result<User> user = insertWithin(name, Role::Administrator, QString(), true);
    if (!user) {
        return user.error();
    }
    if (Status status = transaction.commit(); !status.ok()) {
        return status;
    }
    return true;
}

Result<User> Users::insertWithin(const QString& name, Role role, const QString& displayName, bool active)
{
    if (!isValidName(name)) {
        return Error::invalid(tr("“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, "
                                 "underscores or @.")
                                  .arg(name));
    }
    const SqlDialect& dialect = m_database.dialect();
    Result<QSqlQuery> query = Sql::exec(
        m_database.connection(),
        QStringLiteral(
            "INSERT INTO users (name, display_name, role, active, created_at) VALUES (?, ?, ?, ?, ?)")
            + dialect.returningId(),
        {name, Sql::nonNull(displayName.trimmed()), keyOf(role), active ? 1 : 0,
         Sql::formatTimestamp(m_clock.nowUtc())});
    if (!query) {
        return query.error();
    }
    Result<qint64> id = dialect.insertedId(*query);
    if (!id) {
        return id.error();
    }
    User user;
    user.id = *id;
    user.name = name;
    user.displayName = displayName.trimmed();
    user.role = role;
    user.active = active;
    return user;
}

} // namespace Masar
