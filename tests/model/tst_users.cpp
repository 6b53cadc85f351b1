// Users: the first administrator, who may add users, valid names, and who is
// acting when nobody says.
#include "TestDatabase.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Masar;
using namespace Masar::Test;

class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void bootstrapCreatesOneAdministratorOnce();
    void onlyAnAdministratorAddsUsers_data();
    void onlyAnAdministratorAddsUsers();
    void namesAreChecked_data();
    void namesAreChecked();
    void inactiveUsersCannotAct();
    void defaultActorName();
};

void TestUsers::bootstrapCreatesOneAdministratorOnce()
{
    TestDatabase t; // bootstraps "admin"
    Users users(t.db(), t.clock());
    Result<bool> again = users.bootstrap(QStringLiteral("someone"));
    QVERIFY(again);
    QVERIFY(!*again);
    QVERIFY(!users.find(QStringLiteral("someone")));
    QCOMPARE(users.find(QStringLiteral("admin"))->role, Role::Administrator);
    QCOMPARE(*users.count(), 5);
}

void TestUsers::onlyAnAdministratorAddsUsers_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << QStringLiteral("admin") << true;
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << false;
    QTest::newRow("officer") << QStringLiteral("officer") << false;
    QTest::newRow("clerk") << QStringLiteral("clerk") << false;
}

void TestUsers::onlyAnAdministratorAddsUsers()
{
    QFETCH(QString, actor);
    QFETCH(bool, allowed);
    TestDatabase t;
    Users users(t.db(), t.clock());
    Result<User> added
        = users.add(t.user(actor), QStringLiteral("nadia"), Role::Officer, QStringLiteral("نادية"));
    QCOMPARE(added.ok(), allowed);
    if (allowed) {
        QCOMPARE(users.find(QStringLiteral("nadia"))->displayName, QStringLiteral("نادية"));
    } else {
        QCOMPARE(added.error().kind(), Error::Kind::Forbidden);
        QVERIFY(!users.find(QStringLiteral("nadia")));
    }
}

void TestUsers::namesAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("latin") << QStringLiteral("k.benali") << true;
    QTest::newRow("arabic") << QStringLiteral("سلمى") << true;
    QTest::newRow("mail style") << QStringLiteral("l.martin@justice.gouv.fr") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("karim benali") << false;
    QTest::newRow("quote") << QStringLiteral("o'brien") << false;
    QTest::newRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestUsers::namesAreChecked()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    TestDatabase t;
    Result<User> added = Users(t.db(), t.clock()).add(t.user(QStringLiteral("admin")), name, Role::Clerk);
    QCOMPARE(added.ok(), valid);
    if (!valid) {
        QCOMPARE(added.error().kind(), Error::Kind::Invalid);
    }
    // The same name twice is a conflict.
    if (valid) {
        QCOMPARE(
            Users(t.db(), t.clock()).add(t.user(QStringLiteral("admin")), name, Role::Clerk).error().kind(),
            Error::Kind::Conflict);
    }
}

void TestUsers::inactiveUsersCannotAct()
{
    TestDatabase t;
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("UPDATE users SET active = 0 WHERE name = 'officer2'")));
    Users users(t.db(), t.clock());
    QVERIFY(users.actor(QStringLiteral("officer")));
    Result<User> gone = users.actor(QStringLiteral("officer2"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().kind(), Error::Kind::Forbidden);
    QCOMPARE(users.actor(QStringLiteral("nobody")).error().kind(), Error::Kind::NotFound);
}

void TestUsers::defaultActorName()
{
    const QByteArray masar = qgetenv("MASAR_USER");
    const QByteArray user = qgetenv("USER");
    const QByteArray logname = qgetenv("LOGNAME");
    qputenv("MASAR_USER", "amina");
    qputenv("USER", "karim");
    QCOMPARE(Users::defaultActorName(), QStringLiteral("amina"));
    qunsetenv("MASAR_USER");
    QCOMPARE(Users::defaultActorName(), QStringLiteral("karim"));
    qunsetenv("USER");
    qputenv("LOGNAME", "salma");
    QCOMPARE(Users::defaultActorName(), QStringLiteral("salma"));
    qunsetenv("LOGNAME");
    // With none of them set (services, containers), the system account's name.
    QCOMPARE(Users::defaultActorName(), QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
    qputenv("MASAR_USER", masar);
    qputenv("USER", user);
    qputenv("LOGNAME", logname);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
