#pragma once

#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <vector>

namespace Masar {

class Database;

// The users table.
class Users
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Users)

public:
    Users(Database& database, const Clock& clock = Clock::system());

    // The user with this name, or NotFound.
    Result<User> find(const QString& name) const;
    // The user with this name if active, or an error that says why not.
    Result<User> actor(const QString& name) const;
    Result<std::vector<User>> list() const;
    // The users requests may be assigned to (canBeAssigned).
    Result<std::vector<User>> assignable() const;
    // The user with this name when requests may be assigned to them, or an
    // error (Invalid) that says why not.
    Result<User> holder(const QString& name) const;
    Result<int> count() const;

    // Creates a user; only an administrator may.
    Result<User> add(const User& actor, const QString& name, Role role,
                     const QString& displayName = QString());
    // Creates the first administrator of an empty register; does nothing when
    // there are users already. Returns whether it created one.
    Result<bool> bootstrap(const QString& name);

    // Creates a user inside a write transaction the caller holds (an import
    // that brings its users), checking the name only.
    Result<User> insertWithin(const QString& name, Role role, const QString& displayName, bool active);

    static bool isValidName(const QString& name);
    // Who is acting when nobody says: $MASAR_USER, else the login name of the
    // account running the program (from the system when $USER is not set).
    static QString defaultActorName();

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
