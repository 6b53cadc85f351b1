#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "services/Letterhead.h"
#include "services/User.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace Masar {

class Database;

// Demo data for a first look at an empty register: about forty invented
// requests of both directions, together in every state of the workflow, some
// of them overdue, with the officers and the supervisor they are assigned to.
//
// Each request is created and taken through its steps by RequestService, as
// people would, with a clock that moves forward through the past months, so
// its history is what the workflow records. RequestService writes each call in
// its own transaction, so this is rehearsed in a scratch register first; the
// result then comes into the register in one import (RequestService::
// importRequests), one transaction: all of it, or nothing.
//
// Dates are relative to the clock's today, so the requests that are overdue
// stay overdue whenever the data is loaded; the same day gives the same data.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DemoData)

public:
    // The catalogue built into the programs (resources/demo/demo-requests.json).
    static QString catalogueResource() { return QStringLiteral(":/demo/demo-requests.json"); }

    // The emblem of the demo letterhead (resources/demo/demo-logo.png).
    static QString logoResource() { return QStringLiteral(":/demo/demo-logo.png"); }

    // Whether a role may load the demo data: an administrator, as it adds users.
    static bool mayLoad(Role role);

    // Whether the register holds no request yet, so that demo data may be loaded.
    static Result<bool> canLoad(const Database& database);

    // The users the demo requests are assigned to (created by load() when missing).
    static Result<std::vector<User>> users();

    // Loads the demo catalogue into a register that has no request, and returns
    // how many requests it loaded. Only an administrator may: it adds users.
    // Refused, with nothing written, when the register has requests, when a
    // demo user's name is taken by someone who may not hold requests, or on
    // any other problem.
    static Result<int> load(Database& database, const User& actor, const Clock& clock);
    // The same with another catalogue (tests).
    static Result<int> load(Database& database, const User& actor, const Clock& clock,
                            const QByteArray& catalogue);

    // The demo letterhead: the ministry of justice and its central authority
    // in Arabic, French and English, under a plain emblem.
    static Result<Letterhead> letterhead();
    // Sets the demo letterhead when the register has none (no line and no
    // logo), and returns whether it did: a letterhead an administrator set is
    // left as it is. A setting of its own, apart from the requests load()
    // brings. Only an administrator may.
    static Result<bool> setLetterhead(Database& database, const User& actor, const Clock& clock);

private:
    static Result<QByteArray> readCatalogue();
};

} // namespace Masar
