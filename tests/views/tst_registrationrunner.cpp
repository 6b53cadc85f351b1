// New requests, on their own: one registered through the form (the desk
// reads the register again and selects it, or says the filter hides it),
// and the demonstration data, for an administrator only.
#include "MessageBox.h"
#include "RegisterDialog.h"
#include "RegistrationRunner.h"
#include "TestDatabase.h"
#include "services/LetterheadStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// A window with its runner; what the runner asked of the desk, recorded.
struct Desk
{
    Desk(TestDatabase& t, const QString& user)
        : runner(
            t.db(), t.clock(), t.user(user),
            [this](const QString& reference) {
                reloaded << reference;
                return listed;
            },
            &window)
        , messages(&runner, &RegistrationRunner::statusMessage)
    {
        window.show();
    }

    QWidget window;
    RegistrationRunner runner;
    QSignalSpy messages;
    QStringList reloaded;
    bool listed = true; // whether the list shows the request registered
};

void choose(QComboBox* combo, const QString& key)
{
    combo->setCurrentIndex(combo->findData(key));
}

// Fills in the form of an incoming request and presses OK.
void registerOne(QWidget& window)
{
    auto* form = window.findChild<RegisterDialog*>(QStringLiteral("registerDialog"));
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    choose(form->findChild<QComboBox*>(QStringLiteral("requestingCountryEditor")), QStringLiteral("TN"));
    choose(form->findChild<QComboBox*>(QStringLiteral("requestedCountryEditor")), QStringLiteral("FR"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor")),
                     QStringLiteral("PT/2026/881"));
    QTest::mouseClick(form->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<RegisterDialog*>(QStringLiteral("registerDialog")));
}

} // namespace

class TestRegistrationRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registersAndSelectsTheNewRequest();
    void saysWhenTheFilterHidesTheNewRequest();
    void loadsTheDemonstrationData();
    void refusesTheDemonstrationDataToOthers();
};

void TestRegistrationRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRegistrationRunner::registersAndSelectsTheNewRequest()
{
    TestDatabase t;
    Desk desk(t, QStringLiteral("officer"));
    desk.runner.registerRequest(Direction::Incoming);
    registerOne(desk.window);
    QCOMPARE(t.rows(QStringLiteral("requests")), 1);
    QCOMPARE(desk.reloaded.size(), 1);
    QVERIFY2(desk.reloaded.first().startsWith(QStringLiteral("IN-")), qPrintable(desk.reloaded.first()));
    QCOMPARE(desk.messages.count(), 1);
    QCOMPARE(desk.messages.first().at(0).toString(),
             QStringLiteral("Request %1 was registered.").arg(desk.reloaded.first()));
    QCOMPARE(desk.messages.first().at(1).toInt(), 8000);
}

void TestRegistrationRunner::saysWhenTheFilterHidesTheNewRequest()
{
    TestDatabase t;
    Desk desk(t, QStringLiteral("officer"));
    desk.listed = false;
    desk.runner.registerRequest(Direction::Incoming);
    registerOne(desk.window);
    QCOMPARE(desk.messages.count(), 1);
    QCOMPARE(desk.messages.first().at(0).toString(),
             QStringLiteral("Request %1 was registered; the current filter does not show it.")
                 .arg(desk.reloaded.first()));
    QCOMPARE(desk.messages.first().at(1).toInt(), 0); // until read
}

void TestRegistrationRunner::loadsTheDemonstrationData()
{
    TestDatabase t;
    Desk desk(t, QStringLiteral("admin"));
    desk.runner.loadDemo();
    const int loaded = t.rows(QStringLiteral("requests"));
    QVERIFY(loaded >= 30);
    QCOMPARE(desk.reloaded, QStringList {QString()});
    QCOMPARE(desk.messages.count(), 1);
    QCOMPARE(desk.messages.first().at(0).toString(),
             QStringLiteral("Loaded %1 demonstration request(s).").arg(loaded));
    // And the demo letterhead, the register having none.
    Result<Letterhead> letterhead = LetterheadStore(t.db()).read();
    QVERIFY(letterhead);
    QCOMPARE(letterhead->linesIn(QStringLiteral("en")).ministry, QStringLiteral("Ministry of Justice"));
}

void TestRegistrationRunner::refusesTheDemonstrationDataToOthers()
{
    TestDatabase t;
    Desk desk(t, QStringLiteral("officer"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    desk.runner.loadDemo();
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Demonstration data")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(t.rows(QStringLiteral("requests")), 0);
    QVERIFY(desk.reloaded.isEmpty());
    QCOMPARE(desk.messages.count(), 0);
}

QTEST_MAIN(TestRegistrationRunner)
#include "tst_registrationrunner.moc"
