#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace Masar {

class SqlDialect;

// Several reads that must see one state of the database (an export): they
// run in one read transaction, ended when the object goes out of scope.
// Other programs may write meanwhile; they are not seen. Keep it short: in
// WAL mode an open reader holds back checkpoints.
class ReadTransaction
{
public:
    ReadTransaction(QSqlDatabase db, const SqlDialect& dialect);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    Status begin();
    void end();

private:
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    bool m_open = false;
};

} // namespace Masar
