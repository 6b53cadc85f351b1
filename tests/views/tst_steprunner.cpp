// Steps through StepDialog, on their own: one on a request as shown (the
// desk reads the register again, the step's warnings reach the user, a
// change made meanwhile refuses it), the reassignment of the requests
// selected in the list, and users that cannot be read said, not an empty list.
#include "MessageBox.h"
#include "RequestListView.h"
#include "StepDialog.h"
#include "StepRunner.h"
#include "TestDatabase.h"
#include "itemmodels/RequestListModel.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// A window with its step runner; what the runner asked of the desk, recorded.
struct Desk
{
    Desk(TestDatabase& t, const QString& user)
        : runner(
            t.db(), t.clock(), t.user(user), [this](const QString& reference) { reloaded << reference; },
            &window)
        , messages(&runner, &StepRunner::statusMessage)
    {
        window.show();
    }

    StepDialog* dialog() const { return window.findChild<StepDialog*>(); }
    QString lastMessage() const { return messages.isEmpty() ? QString() : messages.last().at(0).toString(); }

    QWidget window;
    StepRunner runner;
    QSignalSpy messages;
    QStringList reloaded;
};

void pressOk(QDialog* dialog)
{
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void takesAStepAndReadsTheRegisterAgain();
    void showsTheWarningsOfAStep();
    void refusesAStepOnARequestChangedMeanwhile();
    void reassignsTheRequestsSelected();
    void asksForASelectionBeforeReassigning();
    void saysWhenTheUsersCannotBeRead();
};

void TestStepRunner::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestStepRunner::takesAStepAndReadsTheRegisterAgain()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Desk desk(t, QStringLiteral("officer"));
    desk.runner.take(*request, Step::Register);
    StepDialog* dialog = desk.dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->row().step, Step::Register);
    pressOk(dialog);
    QTRY_VERIFY(!desk.dialog());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->state, State::Registered);
    QCOMPARE(desk.reloaded, QStringList {request->reference});
    QCOMPARE(desk.lastMessage(),
             QStringLiteral("%1: %2 done.").arg(request->reference, labelOf(Step::Register)));
}

void TestStepRunner::showsTheWarningsOfAStep()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(first && second);
    Desk desk(t, QStringLiteral("officer"));
    desk.runner.take(*second, Step::Register);
    QVERIFY(desk.dialog());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    pressOk(desk.dialog());
    QTRY_VERIFY(!desk.dialog());
    // What the model found worth a second look, in a box that waits to be read.
    QVERIFY2(MessageBox::lastText().contains(first->reference), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("may be the same request")),
             qPrintable(MessageBox::lastText()));
}

void TestStepRunner::refusesAStepOnARequestChangedMeanwhile()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> request
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Desk desk(t, QStringLiteral("officer"));
    desk.runner.take(*request, Step::Register);
    QVERIFY(desk.dialog());
    // Meanwhile, on another desk, a colleague returns it as deficient.
    StepInput input;
    input.reason = QStringLiteral("Unsigned letter");
    QVERIFY(service.takeStep(t.user(QStringLiteral("officer2")), request->reference, Step::ReturnDeficient,
                             input));

    pressOk(desk.dialog());
    QVERIFY(desk.dialog()->isVisible());
    const QString error = desk.dialog()->findChild<QLabel*>(QStringLiteral("stepErrorLabel"))->text();
    QVERIFY2(error.contains(QStringLiteral("officer2")), qPrintable(error));
    QCOMPARE(RequestReader(t.db()).get(request->reference)->state, State::Closed);
    QVERIFY(desk.reloaded.isEmpty());
}

void TestStepRunner::reassignsTheRequestsSelected()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    }
    Desk desk(t, QStringLiteral("supervisor"));
    RequestListModel model(t.db(), t.clock());
    QVERIFY(model.setFilter(RequestFilter()).ok());
    RequestListView list(&model, &desk.window);
    list.selectionModel()->select(model.index(0, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list.selectionModel()->select(model.index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    desk.runner.reassign(list);
    StepDialog* dialog = desk.dialog();
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("2 request(s)")),
             qPrintable(dialog->windowTitle()));
    auto* assignee = dialog->findChild<QComboBox*>(QStringLiteral("assigneeEditor"));
    assignee->setCurrentIndex(assignee->findData(QStringLiteral("officer2")));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Congé"));
    dialog->accept();
    QTRY_VERIFY(!desk.dialog());
    QCOMPARE(RequestReader(t.db()).get(model.rowAt(0)->reference)->assignee, QStringLiteral("officer2"));
    QCOMPARE(RequestReader(t.db()).get(model.rowAt(1)->reference)->assignee, QStringLiteral("officer"));
    QCOMPARE(RequestReader(t.db()).get(model.rowAt(2)->reference)->assignee, QStringLiteral("officer2"));
    QCOMPARE(desk.reloaded, QStringList {QString()}); // the selection as it was
    QCOMPARE(desk.lastMessage(), QStringLiteral("2 request(s) reassigned."));
}

void TestStepRunner::asksForASelectionBeforeReassigning()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    Desk desk(t, QStringLiteral("supervisor"));
    RequestListModel model(t.db(), t.clock());
    QVERIFY(model.setFilter(RequestFilter()).ok());
    RequestListView list(&model, &desk.window);
    desk.runner.reassign(list);
    QVERIFY(!desk.dialog());
    QCOMPARE(desk.lastMessage(), QStringLiteral("Select the requests to reassign first."));
}

void TestStepRunner::saysWhenTheUsersCannotBeRead()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    QVERIFY(Sql::exec(t.db().connection(), QStringLiteral("ALTER TABLE users RENAME TO users_away")));
    Desk desk(t, QStringLiteral("supervisor"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    desk.runner.take(*request, Step::Reassign);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("users of the register cannot be read")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!desk.dialog()); // no dialog with an empty list
}

QTEST_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
