#pragma once

#include "core/Clock.h"
#include "domain/Request.h"
#include "services/User.h"
#include "storage/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace Masar::Test {

// A fresh database in a temporary folder, with a fixed clock and one user of
// each role: admin, officer, officer2, supervisor, clerk.
class TestDatabase
{
public:
    TestDatabase();

    Database& db() { return *m_database; }
    FixedClock& clock() { return m_clock; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    // The user of a role created at start ("officer", "supervisor", ...).
    const User& user(const QString& name) const;
    // Closes the connection (e.g. before another process or a raw check).
    void close();
    void reopen();

    // A valid incoming request, ready to be created.
    static Request incomingDraft();
    static Request outgoingDraft();
    // Registers, as the officer, an incoming request from Spain to `country`
    // received on `received` (no persons, no foreign reference): its
    // reference, or empty (with a warning) when it was refused.
    QString createIncomingTo(const QString& country, const QDate& received,
                             const QString& requestedAuthority = QString());

    // Number of rows of a table (tests read the database independently of the model).
    int rows(const QString& table);
    // SHA-256 of a file's bytes.
    static QByteArray fileHash(const QString& path);

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Database> m_database;
    std::vector<User> m_users;
};

} // namespace Masar::Test
