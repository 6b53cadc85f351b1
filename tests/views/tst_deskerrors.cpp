// Errors that are never lost on the desk: a register that cannot be read is
// never shown as an empty one, users that cannot be read are said, a step's
// warnings reach the user, and a step on a request someone else changed
// meanwhile is refused with who and when.
#include "MainWindow.h"
#include "MessageBox.h"
#include "ObjectName.h"
#include "StepDialog.h"
#include "TestDatabase.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestDeskErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void unreadableRegisterIsNotAnEmptyOne();
    void unreadableUsersAreSaid();
    void stepWarningsReachTheUser();
    void stepOnARequestChangedMeanwhileIsRefused();
    void historySaysWhoWasReassignedToWhom();

private:
    static Status rename(TestDatabase& t, const QString& from, const QString& to);
    static QDialog* openStep(MainWindow& window, const QString& step);
};

void TestDeskErrors::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskErrors::init()
{
    QSettings().clear();
}

Status TestDeskErrors::rename(TestDatabase& t, const QString& from, const QString& to)
{
    // What a damaged or half-upgraded register looks like to the window: a table it cannot read.
    return Sql::exec(t.db().connection(), QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to))
        .status();
}

QDialog* TestDeskErrors::openStep(MainWindow& window, const QString& step)
{
    auto* button = window.findChild<QPushButton*>(ObjectName::of(QStringLiteral("stepButton"), step));
    if (!button) {
        return nullptr;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
    return dialog && QTest::qWaitFor([dialog] { return dialog->isVisible(); }) ? dialog : nullptr;
}

void TestDeskErrors::unreadableRegisterIsNotAnEmptyOne()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* bar = window.findChild<QWidget*>(QStringLiteral("problemBar"));
    auto* text = window.findChild<QLabel*>(QStringLiteral("problemBarText"));
    QVERIFY(stack && bar && text);
    QVERIFY(!bar->isVisible());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("deskPage"));

    QVERIFY(rename(t, QStringLiteral("requests"), QStringLiteral("requests_away")).ok());
    window.refresh();
    // Said, in words, with what to do; never the welcome of an empty register.
    QVERIFY(bar->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("could not be read")), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QStringLiteral("requests")), qPrintable(text->text()));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("deskPage"));

    // Readable again: "Try again" reads it and the bar goes.
    QVERIFY(rename(t, QStringLiteral("requests_away"), QStringLiteral("requests")).ok());
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("problemBarRetryButton")),
                      Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("deskPage"));
}

void TestDeskErrors::unreadableUsersAreSaid()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    QVERIFY(rename(t, QStringLiteral("users"), QStringLiteral("users_away")).ok());

    // Reassigning needs the users: it says why it cannot, and no dialog with an empty list opens.
    auto* record = window.findChild<QAction*>(QStringLiteral("stepActionReassign"));
    QVERIFY(record);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    record->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("users of the register cannot be read")),
             qPrintable(MessageBox::lastText()));
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
    QVERIFY(!dialog || !dialog->isVisible());

    // Reading the register again says it too, until it can be read.
    window.refresh();
    auto* text = window.findChild<QLabel*>(QStringLiteral("problemBarText"));
    QVERIFY(text->isVisible());
    QVERIFY2(text->text().contains(QStringLiteral("users")), qPrintable(text->text()));
    QVERIFY(rename(t, QStringLiteral("users_away"), QStringLiteral("users")).ok());
    window.refresh();
    QVERIFY(!text->isVisible());
}

void TestDeskErrors::stepWarningsReachTheUser()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(first && second);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(second->reference));

    QDialog* dialog = openStep(window, QStringLiteral("register"));
    QVERIFY(dialog);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    // The same words as masar-cli prints, in a box that waits to be read.
    QVERIFY2(MessageBox::lastText().contains(first->reference), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("may be the same request")),
             qPrintable(MessageBox::lastText()));
    Result<Request> registered = RequestReader(t.db()).get(second->reference);
    QCOMPARE(registered->state, State::Registered);
}

void TestDeskErrors::stepOnARequestChangedMeanwhileIsRefused()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> request
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    QDialog* dialog = openStep(window, QStringLiteral("register"));
    QVERIFY(dialog);

    // Meanwhile, on another desk, a colleague returns it as deficient.
    StepInput input;
    input.reason = QStringLiteral("Unsigned letter");
    QVERIFY(service.takeStep(t.user(QStringLiteral("officer2")), request->reference, Step::ReturnDeficient,
                             input));

    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("stepErrorLabel"));
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("officer2")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(labelOf(Step::ReturnDeficient)), qPrintable(error->text()));
    Result<Request> stored = RequestReader(t.db()).get(request->reference);
    QCOMPARE(stored->state, State::Closed);
    QCOMPARE(stored->history.size(), std::size_t(2));
}

void TestDeskErrors::historySaysWhoWasReassignedToWhom()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> request
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    QVERIFY(Users(t.db(), t.clock())
                .add(t.user(QStringLiteral("admin")), QStringLiteral("karim"), Role::Officer,
                     QStringLiteral("Karim Mansour")));
    StepInput input;
    input.set(StepField::Assignee, QStringLiteral("karim"));
    QVERIFY(
        service.takeStep(t.user(QStringLiteral("supervisor")), request->reference, Step::Reassign, input));

    MainWindow window(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    auto* history = window.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QVERIFY(history);
    // Newest first; the note says from whom to whom, by the names people see.
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("supervisor"));
    QCOMPARE(history->item(0, 3)->text(), QStringLiteral("Reassigned from officer to Karim Mansour"));
}

QTEST_MAIN(TestDeskErrors)
#include "tst_deskerrors.moc"
