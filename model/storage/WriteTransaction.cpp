#include "WriteTransaction.h"

#include "Sql.h"
#include "SqlDialect.h"

namespace Masar {

WriteTransaction::WriteTransaction(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::begin()
{
    Q_ASSERT(!m_open);
    Result<QSqlQuery> query = Sql::exec(m_db, m_dialect.beginWrite());
    if (!query) {
        return query.error();
    }
    m_open = true;
    return Status();
}

Status WriteTransaction::commit()
{
    Q_ASSERT(m_open);
    Result<QSqlQuery> query = Sql::exec(m_db, QStringLiteral("COMMIT"));
    if (!query) {
        rollback();
        return query.error();
    }
    m_open = false;
    return Status();
}

void WriteTransaction::rollback()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    // A failed rollback leaves nothing more to do: SQLite has already rolled
    // back (or will when the connection closes). Said in the log all the same.
    if (Result<QSqlQuery> ended = Sql::exec(m_db, QStringLiteral("ROLLBACK")); !ended) {
        qWarning("Masar: ROLLBACK: %s", qPrintable(ended.error().message()));
    }
}

} // namespace Masar
