#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Masar {

// Everything that differs between the SQL engines Masar runs on, in one place.
// The rest of the model writes standard SQL (upserts as ON CONFLICT, which
// SQLite and PostgreSQL share) and asks the dialect for the rest.
class SqlDialect
{
public:
    // What an open found in the file, before anything was written to it.
    enum class Content {
        Empty, // no tables: a new database
        Masar, // ours, at some schema version
        Foreign // anything else
    };
    struct Probe
    {
        Content content = Content::Empty;
        int version = 0;
        // False when only opening the database can tell (probeFile).
        bool certain = true;
    };

    virtual ~SqlDialect();

    virtual QString driver() const = 0;
    // The statement that opens a write transaction, taking the write lock at once.
    virtual QString beginWrite() const = 0;
    // The statement that opens a read transaction: one consistent snapshot.
    virtual QString beginRead() const = 0;
    // DDL fragments.
    virtual QString idColumnType() const = 0;
    virtual QString blobType() const = 0;
    // Appended to an INSERT whose new id is wanted; insertedId() reads it back.
    virtual QString returningId() const = 0;
    virtual Result<qint64> insertedId(QSqlQuery& query) const = 0;
    // Statements that make a table refuse UPDATE and DELETE.
    virtual QStringList appendOnlyTable(const QString& table) const = 0;

    // Connection options for QSqlDatabase::setConnectOptions.
    virtual QString connectOptions(bool readOnly) const = 0;
    // What a file's first bytes say it holds, read as a plain file: nothing is
    // created beside it, not even a lock file. Not certain where the header
    // may lag behind a write-ahead log; then probe() says.
    virtual Result<Probe> probeFile(const QString& path) const = 0;
    // Reads what kind of database the connection holds; writes nothing.
    virtual Result<Probe> probe(QSqlDatabase& db) const = 0;
    // Checks that the database is not damaged; writes nothing. The cheap check
    // runs on every open and takes the same time on any size of register; the
    // full one reads every page and every foreign key.
    enum class Check { Cheap, Full };
    virtual Status checkIntegrity(QSqlDatabase& db, Check check) const = 0;
    // Per-connection settings, once the database is known to be ours or empty.
    virtual Status configure(QSqlDatabase& db, bool readOnly) const = 0;
    // Marks the database as Masar's at a schema version (inside the migration transaction).
    virtual QStringList stampVersion(int version) const = 0;

    // The order of our references by direction, year and number: "IN-2025-9999"
    // before "IN-2025-10000" (numbers are zero-padded to four digits and may
    // grow longer), as expressions of the column, for ORDER BY and an index.
    virtual QString referenceOrder(const QString& column) const = 0;
    // The column, written so that the planner cannot read an index of it
    // for ordering (it sorts the rows found instead), with the same values.
    virtual QString unindexed(const QString& column) const = 0;
    // Whole days from one date to another, as an expression of two date
    // expressions (YYYY-MM-DD); negative when `to` is earlier.
    virtual QString daysBetween(const QString& from, const QString& to) const = 0;
    // The local calendar date (YYYY-MM-DD) of a stored UTC timestamp, as
    // Clock::today() and the deadline engine see it.
    virtual QString localDate(const QString& timestamp) const = 0;

    // Quick find: the statements that create the word index over requests
    // (references, authorities, summary) and persons (names) and keep it up
    // to date, and the statements that fill it from the rows already there.
    virtual QStringList searchIndex() const = 0;
    virtual QStringList rebuildSearchIndex() const = 0;
    // Version 5 of the word index: its text read faster (the same text, so
    // the index itself stays), and its insert triggers made to pause.
    virtual QStringList upgradeSearchIndex() const = 0;
    // Inside a write transaction, and undone before it ends: pause indexing
    // the requests and persons inserted, then index at once those from the
    // given ids on (bind the first request's id, then the first person's)
    // and resume. Indexing each row as it comes costs an import of many
    // rows twice what indexing them together does.
    virtual QString pauseSearchIndex() const = 0;
    virtual QStringList resumeSearchIndex() const = 0;
    // A condition on requests (alias r) true when the request matches the
    // words of `text`, each as a prefix, in any order, with the values to
    // bind for its placeholders; empty when `text` has no words.
    virtual QString searchCondition(const QString& text, QVariantList* values) const = 0;

    static const SqlDialect& sqlite();
};

} // namespace Masar
