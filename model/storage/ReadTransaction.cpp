#include "ReadTransaction.h"

#include "Sql.h"
#include "SqlDialect.h"

namespace Masar {

ReadTransaction::ReadTransaction(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

ReadTransaction::~ReadTransaction()
{
    end();
}

Status ReadTransaction::begin()
{
    Q_ASSERT(!m_open);
    Result<QSqlQuery> query = Sql::exec(m_db, m_dialect.beginRead());
    if (!query) {
        return query.error();
    }
    m_open = true;
    return Status();
}

void ReadTransaction::end()
{
    if (!m_open) {
        return;
    }
    m_open = false;
    // Nothing was written: ending a read transaction cannot lose anything.
    // Should it fail, the next transaction on this connection says why; the log says it now.
    if (Result<QSqlQuery> ended = Sql::exec(m_db, QStringLiteral("ROLLBACK")); !ended) {
        qWarning("Masar: ROLLBACK: %s", qPrintable(ended.error().message()));
    }
}

} // namespace Masar
