#pragma once

#include "RequestFilter.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Masar {

class Database;

// What became overdue since a user last looked.
struct OverdueNews
{
    QDate since; // the day they last looked; null the first time
    int count = 0;
    QStringList references; // the first few, most overdue first
    RequestFilter filter; // the requests behind the count
};

// The short notice the desk shows on start: the requests whose deadline
// passed since the user last looked at their deadlines. Officers hear of
// the requests they hold, supervisors of all; the others of none.
class OverdueNotice
{
    Q_DECLARE_TR_FUNCTIONS(Masar::OverdueNotice)

public:
    static constexpr int shownReferences = 5;

    OverdueNotice(Database& database, const Clock& clock = Clock::system());

    // The news for `user`, and today recorded as the day they looked (not in
    // a read-only register). Nothing the first time: there is no "since".
    Result<OverdueNews> take(const User& user);
    // The requests whose deadline passed from `since` to yesterday.
    static RequestFilter becameOverdue(const User& user, const QDate& since, const QDate& today);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
