#pragma once

#include "PrintRecord.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace Masar {

class Database;

// The log of printed documents. Printing personal data discloses it: the Law
// Enforcement Directive (2016/680) art. 25 asks that who disclosed what, and
// when, be kept. Every program that prints or saves a summary or a status
// report records it here; administrators and supervisors read it. Nothing
// recorded is changed or removed.
class PrintLog
{
    Q_DECLARE_TR_FUNCTIONS(Masar::PrintLog)

public:
    PrintLog(Database& database, const Clock& clock = Clock::system());

    // The keys a record's document and format are one of.
    static QStringList documents() { return {QStringLiteral("summary"), QStringLiteral("status_report")}; }
    static QStringList formats()
    {
        return {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("csv"),
                QStringLiteral("printer")};
    }
    // Whether a role may read the log.
    static bool mayRead(Role role) { return role == Role::Administrator || role == Role::Supervisor; }

    // Records that `actor` printed a document now (the clock's time, in UTC):
    // record.at and record.user are not read. A summary names its request by
    // reference and counts one request; a report names none.
    Status record(const User& actor, const PrintRecord& record);
    // What was printed from `from` to `until`, both included, as days at the
    // office (local time); a null date leaves that end open. Newest first.
    // Administrators and supervisors only.
    Result<std::vector<PrintRecord>> list(const User& actor, const QDate& from, const QDate& until) const;

private:
    // Refuses a record that is not one of a printed document.
    static Status check(const User& actor, const PrintRecord& record);
    // The requests a status report showed, with the record just written (inside its transaction).
    Status recordRequests(const std::vector<qint64>& ids);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
