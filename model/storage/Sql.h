#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace Masar {

// Runs SQL with bound values and turns every failure into a translated Error.
// No statement in Masar is built from user text: values always go through
// bindings.
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(Masar::Sql)

public:
    static Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                                  const QVariantList& values = {});

    // The storage error for a failure reported by the driver, in words for the user.
    static Error error(const QSqlError& error);

    // Values to bind: empty text and invalid dates become NULL...
    static QVariant text(const QString& value);
    // ...or, for a NOT NULL column, empty text stays an empty string (Qt binds a
    // null QString as NULL).
    static QVariant nonNull(const QString& value);
    static QVariant nonNull(const QByteArray& value);
    static QVariant date(const QDate& value);
    static QVariant timestamp(const QDateTime& value);

    // Values read back.
    static QDate toDate(const QVariant& value);
    static QDateTime toTimestamp(const QVariant& value);
    static QString formatTimestamp(const QDateTime& value);
};

} // namespace Masar
