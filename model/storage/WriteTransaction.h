#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace Masar {

class SqlDialect;

// One write, all or nothing. begin() takes the write lock at once (waiting up
// to the busy timeout); anything not committed is rolled back when the object
// goes out of scope.
class WriteTransaction
{
public:
    WriteTransaction(QSqlDatabase db, const SqlDialect& dialect);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    bool m_open = false;
};

} // namespace Masar
