// masar-hold-lock DATABASE MILLISECONDS
// Takes the write lock of an SQLite database, prints "locked" when it holds
// it, keeps it for the given time, then releases it. Tests use it as "another
// program" writing at the same time.
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: masar-hold-lock DATABASE MILLISECONDS\n");
        return 1;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hold"));
        db.setDatabaseName(arguments.at(1));
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.lastError().text()));
            return 2;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
            return 2;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::msleep(arguments.at(2).toULong());
        query.exec(QStringLiteral("ROLLBACK"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("hold"));
    return 0;
}
