// The welcome of an empty register: what it says and offers to each role,
// its buttons' signals, and its words in the language chosen at run time.
#include "LanguageManager.h"
#include "TestDatabase.h"
#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void offersEachRoleWhatItMayDo_data();
    void offersEachRoleWhatItMayDo();
    void buttonsSayWhatWasAsked();
    void retranslatesOnLanguageChange();
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestWelcomePage::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestWelcomePage::offersEachRoleWhatItMayDo_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("mayRegister");
    QTest::addColumn<bool>("mayLoadDemo");
    QTest::addColumn<QString>("text");
    QTest::newRow("officer") << QStringLiteral("officer") << true << false
                             << QStringLiteral("Register the first request that has arrived");
    QTest::newRow("administrator") << QStringLiteral("admin") << false << true
                                   << QStringLiteral("as Administrator you add the people who work");
    QTest::newRow("clerk") << QStringLiteral("clerk") << false << false
                           << QStringLiteral("there is nothing to read yet");
}

void TestWelcomePage::offersEachRoleWhatItMayDo()
{
    QFETCH(QString, user);
    QFETCH(bool, mayRegister);
    QFETCH(bool, mayLoadDemo);
    QFETCH(QString, text);
    TestDatabase t;
    WelcomePage page(t.user(user));
    page.show();
    QCOMPARE(page.objectName(), QStringLiteral("welcomePage"));
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("welcomeTitleLabel"))->text(),
             QStringLiteral("Welcome to Masar"));
    const QString said = page.findChild<QLabel*>(QStringLiteral("welcomeTextLabel"))->text();
    QVERIFY2(said.contains(text), qPrintable(said));
    auto* registerFirst = page.findChild<QPushButton*>(QStringLiteral("registerFirstButton"));
    QCOMPARE(registerFirst->isEnabled(), mayRegister);
    QVERIFY(registerFirst->isDefault());
    QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("loadDemoButton"))->isVisible(), mayLoadDemo);
}

void TestWelcomePage::buttonsSayWhatWasAsked()
{
    TestDatabase t;
    WelcomePage officer(t.user(QStringLiteral("officer")));
    officer.show();
    QSignalSpy registering(&officer, &WelcomePage::registerRequested);
    QTest::mouseClick(officer.findChild<QPushButton*>(QStringLiteral("registerFirstButton")), Qt::LeftButton);
    QCOMPARE(registering.count(), 1);

    WelcomePage admin(t.user(QStringLiteral("admin")));
    admin.show();
    QSignalSpy loading(&admin, &WelcomePage::loadDemoRequested);
    QTest::mouseClick(admin.findChild<QPushButton*>(QStringLiteral("loadDemoButton")), Qt::LeftButton);
    QCOMPARE(loading.count(), 1);
}

void TestWelcomePage::retranslatesOnLanguageChange()
{
    TestDatabase t;
    WelcomePage page(t.user(QStringLiteral("admin")));
    page.show();
    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    QTRY_COMPARE(page.findChild<QLabel*>(QStringLiteral("welcomeTitleLabel"))->text(),
                 QStringLiteral("Bienvenue dans Masar"));
    QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("loadDemoButton"))->text(),
             QString::fromUtf8("Charger les données de &démonstration"));
    const QString said = page.findChild<QLabel*>(QStringLiteral("welcomeTextLabel"))->text();
    QVERIFY2(said.contains(QStringLiteral("Administrateur")), qPrintable(said)); // the role, in French too
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
