#pragma once

#include "RequestReader.h"
#include "RequestWriter.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace Masar {

class Database;
class Users;

// Brings requests from another register or a spreadsheet in, all or nothing:
// every record and every reference between them is checked first, every
// problem is reported with its record and field, and only then is anything
// written, in one transaction. Used through RequestService::importRequests.
class RequestImporter
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestImporter)

public:
    RequestImporter(Database& database, const Clock& clock);

    // `users`: the users the file says its requests are assigned to; those
    // missing from the register are created when the actor is an administrator.
    Result<int> run(const User& actor, std::vector<ImportRecord> records, const std::vector<User>& users);

private:
    QStringList checkRecords(const std::vector<ImportRecord>& records) const;
    Status resolveUsers(const User& actor, const std::vector<User>& users, Users& directory,
                        QStringList* problems);
    Status resolveReferences(const std::vector<ImportRecord>& records, Users& directory,
                             std::vector<std::optional<qint64>>* assignees, QStringList* problems);
    Status numberUnreferenced(std::vector<ImportRecord>& records);
    Status write(const User& actor, std::vector<ImportRecord>& records,
                 const std::vector<std::optional<qint64>>& assignees);
    Status writeLinks(const std::vector<ImportRecord>& records, const QHash<QString, qint64>& byReference);

    Database& m_database;
    const Clock& m_clock;
    RequestReader m_reader;
    RequestWriter m_writer;
    // Users looked up or created during this import, by name.
    QHash<QString, std::optional<User>> m_users;
};

} // namespace Masar
