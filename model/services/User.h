#pragma once

#include "domain/Codes.h"

#include <QString>

namespace Masar {

// Someone who uses Masar. Every write in the model takes the acting user.
struct User
{
    qint64 id = 0;
    QString name; // the login name, unique
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;

    // The name people see: the display name, else the login name.
    static QString shownName(const QString& name, const QString& displayName)
    {
        return displayName.isEmpty() ? name : displayName;
    }
    QString shownName() const { return shownName(name, displayName); }
};

// Requests are held by officers and supervisors, never by clerks or administrators.
inline bool canHoldRequests(Role role)
{
    return role == Role::Officer || role == Role::Supervisor;
}

// Whether requests may be assigned to the user now (RequestService says why not).
inline bool canBeAssigned(const User& user)
{
    return user.active && canHoldRequests(user.role);
}

} // namespace Masar
