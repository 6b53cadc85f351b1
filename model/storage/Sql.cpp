#include "Sql.h"

#include "core/Iso8601.h"

namespace Masar {

Result<QSqlQuery> Sql::exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return error(query.lastError());
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return error(query.lastError());
    }
    return query;
}

Error Sql::error(const QSqlError& error)
{
    // SQLite's primary result codes; the driver may report extended ones.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::storage(tr("The database is locked by another program. Nothing was written; try again "
                                 "in a moment."));
    case 8: // SQLITE_READONLY
        return Error::storage(tr("The database is read-only. Nothing was written."));
    case 13: // SQLITE_FULL
        return Error::storage(tr("The disk is full. Nothing was written."));
    case 10: // SQLITE_IOERR
        return Error::storage(tr("The database could not be read or written (%1).").arg(detail));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error::storage(tr("The database file is damaged or is not a database (%1).").arg(detail));
    case 14: // SQLITE_CANTOPEN
        return Error::storage(tr("The database file cannot be opened (%1).").arg(detail));
    default:
        return Error::storage(tr("The database reported an error: %1").arg(detail));
    }
}

QVariant Sql::text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant Sql::nonNull(const QString& value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

QVariant Sql::nonNull(const QByteArray& value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

QVariant Sql::date(const QDate& value)
{
    return value.isValid() ? QVariant(Iso8601::formatDate(value)) : QVariant(QMetaType::fromType<QString>());
}

QVariant Sql::timestamp(const QDateTime& value)
{
    return value.isValid() ? QVariant(formatTimestamp(value)) : QVariant(QMetaType::fromType<QString>());
}

QDate Sql::toDate(const QVariant& value)
{
    QDate date;
    return !value.isNull() && Iso8601::parseDate(value.toString(), &date) ? date : QDate();
}

QDateTime Sql::toTimestamp(const QVariant& value)
{
    QDateTime time;
    return !value.isNull() && Iso8601::parseTimestamp(value.toString(), &time) ? time : QDateTime();
}

QString Sql::formatTimestamp(const QDateTime& value)
{
    return Iso8601::formatTimestamp(value);
}

} // namespace Masar
