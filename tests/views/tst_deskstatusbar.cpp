// The desk's status bar: the number of requests listed, of how many when
// filtered, today's date, who is signed in and which register, in the
// language chosen at run time.
#include "DeskStatusBar.h"
#include "LanguageManager.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestDeskStatusBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void countsTheRequestsListed();
    void saysWhoWhereAndWhen();
    void retranslatesOnLanguageChange();

private:
    static QString text(const DeskStatusBar& bar, const char* label);
};

void TestDeskStatusBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestDeskStatusBar::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

QString TestDeskStatusBar::text(const DeskStatusBar& bar, const char* label)
{
    return bar.findChild<QLabel*>(QLatin1String(label))->text();
}

void TestDeskStatusBar::countsTheRequestsListed()
{
    TestDatabase t;
    DeskStatusBar bar(t.db(), t.user(QStringLiteral("officer")), t.clock());
    QCOMPARE(bar.objectName(), QStringLiteral("statusBar"));
    bar.setCount(3, false, 3);
    QCOMPARE(text(bar, "countLabel"), QStringLiteral("3 requests"));
    bar.setCount(1, true, 3);
    QCOMPARE(text(bar, "countLabel"), QStringLiteral("1 request shown of 3"));
    // The register's size unknown (it could not be read): never a made-up one.
    bar.setCount(1, true, std::nullopt);
    QCOMPARE(text(bar, "countLabel"), QStringLiteral("1 request shown"));
    // Work in the background has a place of its own, hidden until it is shown.
    bar.show();
    QCOMPARE(bar.progressLabel()->objectName(), QStringLiteral("deadlineProgressLabel"));
    QVERIFY(!bar.progressLabel()->isVisible());
}

void TestDeskStatusBar::saysWhoWhereAndWhen()
{
    TestDatabase t;
    DeskStatusBar bar(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    QCOMPARE(text(bar, "todayLabel"), LanguageManager::instance().date(t.clock().today()));
    QVERIFY2(text(bar, "userLabel").contains(QLatin1String("supervisor")),
             qPrintable(text(bar, "userLabel")));
    QVERIFY2(text(bar, "databaseLabel").contains(QLatin1String("register.sqlite")),
             qPrintable(text(bar, "databaseLabel")));
}

void TestDeskStatusBar::retranslatesOnLanguageChange()
{
    TestDatabase t;
    DeskStatusBar bar(t.db(), t.user(QStringLiteral("officer")), t.clock());
    bar.show();
    bar.setCount(1, true, 3);
    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(text(bar, "countLabel"), QString::fromUtf8("1 demande affichée sur 3"));
    QVERIFY2(text(bar, "userLabel").startsWith(QString::fromUtf8("Connecté en tant que")),
             qPrintable(text(bar, "userLabel")));
    QCOMPARE(text(bar, "todayLabel"), LanguageManager::instance().date(t.clock().today()));
    QVERIFY2(text(bar, "todayLabel").contains(QStringLiteral("mars")), qPrintable(text(bar, "todayLabel")));
}

QTEST_MAIN(TestDeskStatusBar)
#include "tst_deskstatusbar.moc"
