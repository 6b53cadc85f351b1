#include "Database.h"

#include "Schema.h"
#include "Sql.h"
#include "SqlDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace Masar {

namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("masar-%1").arg(++counter);
}

// The file's mode bits; not WriteUser, which says whether this process may
// write (always, for root).
constexpr QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;

} // namespace

Database::Database(const QString& path, const QString& connectionName, const SqlDialect& dialect)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(dialect)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("masar.sqlite"));
}

Status Database::checkIntegrity() const
{
    QSqlDatabase db = connection();
    return m_dialect.checkIntegrity(db, SqlDialect::Check::Full);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error::storage(tr("“%1” is a folder, not a Masar database.").arg(nativePath));
    }
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::ExistingOnly) {
        return Error::storage(tr("There is no Masar database at “%1”.").arg(nativePath));
    }
    const SqlDialect& dialect = SqlDialect::sqlite();
    if (exists) {
        // Refuse what is plainly not ours before SQLite touches it.
        Result<SqlDialect::Probe> probe = dialect.probeFile(path);
        if (!probe) {
            return Error::storage(tr("“%1” cannot be read: %2").arg(nativePath, probe.error().message()));
        }
        if (Status status = refusal(*probe, nativePath); !status.ok()) {
            return status;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        return Error::storage(
            tr("The folder “%1” cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    if (!QSqlDatabase::isDriverAvailable(dialect.driver())) {
        return Error::storage(tr("The Qt SQL driver %1 is not installed.").arg(dialect.driver()));
    }
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName(), dialect));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver(), database->m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
    }
    if (Status status = database->initialise(mode, exists); !status.ok()) {
        return status;
    }
    return database;
}

Status Database::refusal(const SqlDialect::Probe& probe, const QString& nativePath)
{
    if (probe.content == SqlDialect::Content::Foreign) {
        return Error::storage(tr("“%1” is not a Masar database. It was left unchanged.").arg(nativePath));
    }
    if (probe.content == SqlDialect::Content::Masar && probe.version > Schema::currentVersion) {
        return Error::storage(tr("“%1” was written by a newer version of Masar (schema version %2; this "
                                 "program knows versions up to %3). It was left unchanged; open it with a "
                                 "newer Masar.")
                                  .arg(nativePath)
                                  .arg(probe.version)
                                  .arg(Schema::currentVersion));
    }
    return Status();
}

Status Database::openConnection(bool readOnly)
{
    QSqlDatabase db = connection();
    db.close();
    db.setConnectOptions(m_dialect.connectOptions(readOnly));
    if (!db.open()) {
        return Sql::error(db.lastError());
    }
    return Status();
}

Status Database::initialise(OpenMode mode, bool exists)
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    // A file marked read-only is opened read-only, whoever runs the program
    // (root included): the mark is the owner's decision.
    m_readOnly = exists && !(QFile::permissions(m_path) & anyWrite);

    SqlDialect::Probe probe;
    if (exists) {
        // Look before touching: read-only until the file is known to be ours.
        if (Status status = openConnection(true); !status.ok()) {
            return status;
        }
        QSqlDatabase db = connection();
        Result<SqlDialect::Probe> found = m_dialect.probe(db);
        if (!found) {
            return Error::storage(
                tr("“%1” is not a Masar database or is damaged. It was left unchanged. (%2)")
                    .arg(nativePath, found.error().message()));
        }
        probe = *found;
        if (Status status = refusal(probe, nativePath); !status.ok()) {
            return status;
        }
        if (probe.content == SqlDialect::Content::Empty && mode == OpenMode::ExistingOnly) {
            return Error::storage(
                tr("There is no Masar database at “%1” (the file is empty).").arg(nativePath));
        }
        if (probe.content == SqlDialect::Content::Masar) {
            if (Status status = m_dialect.checkIntegrity(db, SqlDialect::Check::Cheap); !status.ok()) {
                return Error::storage(
                    tr("“%1” cannot be used: %2 It was left unchanged; restore it from a backup.")
                        .arg(nativePath, status.message()));
            }
        }
    }

    if (!m_readOnly) {
        if (Status status = openConnection(false); !status.ok()) {
            return status;
        }
    }
    QSqlDatabase db = connection();
    if (Status status = m_dialect.configure(db, m_readOnly); !status.ok()) {
        return status;
    }
    m_schemaVersion = probe.version;
    if (m_schemaVersion < Schema::currentVersion) {
        if (m_readOnly) {
            return Error::storage(
                tr("“%1” needs to be upgraded to schema version %2 but the file is read-only.")
                    .arg(nativePath)
                    .arg(Schema::currentVersion));
        }
        Result<int> upgradedFrom = Schema::upgrade(db, m_dialect);
        if (!upgradedFrom) {
            return upgradedFrom.error();
        }
        m_new = *upgradedFrom == 0;
        m_schemaVersion = Schema::currentVersion;
    } else if (!m_readOnly) {
        // A register of this schema version written by an earlier Masar lacks
        // the codes added since (a new step): they are added, or the first
        // history entry of that step would be refused.
        if (Status status = Schema::addMissingCodes(db, m_dialect); !status.ok()) {
            return status;
        }
    }
    return Status();
}

} // namespace Masar
