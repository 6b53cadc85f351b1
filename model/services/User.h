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
};

// Requests are held by officers and supervisors, never by clerks or administrators.
inline bool canHoldRequests(Role role)
{
    return role == Role::Officer || role == Role::Supervisor;
}

} // namespace Masar
