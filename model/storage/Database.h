#pragma once

#include "SqlDialect.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Masar {

// One connection to a Masar register. Each thread that needs the database
// opens its own Database (a named Qt SQL connection); one object is used by
// one thread only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Database)

public:
    enum class OpenMode {
        ExistingOnly, // refuse when there is no database at the path yet
        CreateIfMissing // create and initialise a new database
    };

    // Opens the database at `path`: checks that it is a Masar database (a file
    // that is not is refused and left untouched), configures the connection
    // and upgrades an older schema. A file whose permissions forbid writing is
    // opened read-only.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);

    // The embedded default: masar.sqlite under the application's data folder.
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // Reads the whole database and checks every page and foreign key (slow on
    // a large register; opening does only a cheap check).
    Status checkIntegrity() const;
    const SqlDialect& dialect() const { return m_dialect; }
    const QString& path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // True when this open created the database.
    bool isNew() const { return m_new; }

private:
    Database(const QString& path, const QString& connectionName, const SqlDialect& dialect);

    // The error that refuses a file (not ours, or of a newer schema), if any.
    static Status refusal(const SqlDialect::Probe& probe, const QString& nativePath);
    Status openConnection(bool readOnly);
    Status initialise(OpenMode mode, bool exists);

    QString m_path;
    QString m_connectionName;
    const SqlDialect& m_dialect;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_new = false;
};

} // namespace Masar
