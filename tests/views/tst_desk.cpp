// The officer's desk driven as a user would, by object names, offscreen:
// registering through the form, refusals shown on their fields, duplicates
// shown before registering, a step with its reason through the dialog and
// its line in the history, keys, the welcome and what the window remembers.
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ObjectName.h"
#include "RegisterDialog.h"
#include "StepDialog.h"
#include "TestDatabase.h"
#include "deadlines/DeadlineStatus.h"
#include "itemmodels/RequestListModel.h"
#include "services/LetterheadStore.h"
#include "services/RequestList.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

class TestDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void registersThroughTheForm();
    void marksRefusedFieldsBeforeSaving();
    void showsLikelyDuplicatesBeforeRegistering();
    void takesAStepWithAReasonAndShowsItInTheHistory();
    void offersOnlyTheStepsOfTheRole();
    void editsAndSavesTheDetails();
    void marksRefusedEditsOnTheirFields();
    void asksBeforeLeavingUnsavedEdits();
    void attachesADocumentAndSavesACopy();
    void showsTheNextDeadlineAndWhy();
    void tellsOnStartWhatBecameOverdue();
    void computesQueuedDeadlinesOnStartOffTheGuiThread();
    void reassignsTheSelectedRequests();
    void exportsTheListAsCsv();
    void marksOverdueRowsAndFiltersThem();
    void findsAndMovesByKeyboard();
    void remembersTheFilter();
    void welcomesOnAnEmptyRegisterAndLoadsDemoData();

private:
    static QPushButton* okButton(QDialog* dialog);
    static void choose(QComboBox* combo, const QString& key);
};

QPushButton* TestDesk::okButton(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

void TestDesk::choose(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    QVERIFY2(index >= 0, qPrintable(key));
    combo->setCurrentIndex(index);
}

void TestDesk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesk::init()
{
    QSettings().clear();
}

void TestDesk::registersThroughTheForm()
{
    TestDatabase t;
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto* form = window.findChild<QDialog*>(QStringLiteral("registerDialog"));
    QVERIFY(form);
    QTRY_VERIFY(form->isVisible());
    choose(form->findChild<QComboBox*>(QStringLiteral("requestingCountryEditor")), QStringLiteral("TN"));
    choose(form->findChild<QComboBox*>(QStringLiteral("requestedCountryEditor")), QStringLiteral("FR"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor")),
                     QStringLiteral("PT/2026/881"));
    QTest::keyClicks(form->findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor")),
                     QStringLiteral("Gel des avoirs, association de Sousse"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());

    // In the register, selected in the list, shown beside it.
    Result<std::vector<Request>> all = RequestReader(t.db()).list(RequestFilter());
    QCOMPARE(int(all->size()), 2);
    const Request& created = all->back();
    QCOMPARE(created.foreignReference, QStringLiteral("PT/2026/881"));
    QCOMPARE(created.requestingCountry, QStringLiteral("TN"));
    QCOMPARE(created.receivedOn, t.clock().today());
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->currentIndex().data(RequestListModel::ReferenceRole).toString(), created.reference);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailTitleLabel"))->text(), created.reference);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(), QStringLiteral("2 request(s)"));
}

void TestDesk::marksRefusedFieldsBeforeSaving()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    window.findChild<QAction*>(QStringLiteral("newIncomingAction"))->trigger();
    auto* form = window.findChild<RegisterDialog*>(QStringLiteral("registerDialog"));
    QVERIFY(form);
    choose(form->findChild<QComboBox*>(QStringLiteral("requestingCountryEditor")), QStringLiteral("MA"));
    choose(form->findChild<QComboBox*>(QStringLiteral("requestedCountryEditor")), QStringLiteral("MA"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor")),
                     QStringLiteral("RB-1"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);

    QVERIFY(form->isVisible());
    QCOMPARE(form->markedFields(), QStringList {QStringLiteral("requested_country")});
    auto* error = form->findChild<QLabel*>(QStringLiteral("requestedCountryError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("is the same as the requesting country"));
    QVERIFY(!form->findChild<QLabel*>(QStringLiteral("requestingCountryError"))->isVisible());
    QCOMPARE(t.rows(QStringLiteral("requests")), 0);
    // Nothing typed is lost: the reference is still there to correct the rest.
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor"))->text(),
             QStringLiteral("RB-1"));

    choose(form->findChild<QComboBox*>(QStringLiteral("requestedCountryEditor")), QStringLiteral("BE"));
    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());
    QCOMPARE(t.rows(QStringLiteral("requests")), 1);
}

void TestDesk::showsLikelyDuplicatesBeforeRegistering()
{
    TestDatabase t;
    Result<Request> first = RequestService(t.db(), t.clock())
                                .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(first);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    window.findChild<QAction*>(QStringLiteral("newIncomingAction"))->trigger();
    auto* form = window.findChild<QDialog*>(QStringLiteral("registerDialog"));
    const Request again = TestDatabase::incomingDraft();
    choose(form->findChild<QComboBox*>(QStringLiteral("requestingCountryEditor")), again.requestingCountry);
    choose(form->findChild<QComboBox*>(QStringLiteral("requestedCountryEditor")), again.requestedCountry);
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor")),
                     again.foreignReference);
    QTest::mouseClick(okButton(form), Qt::LeftButton);

    auto* duplicates = form->findChild<QLabel*>(QStringLiteral("duplicatesLabel"));
    QVERIFY(duplicates->isVisible());
    QVERIFY2(duplicates->text().contains(first->reference), qPrintable(duplicates->text()));
    QCOMPARE(okButton(form)->text(), QStringLiteral("Register anyway"));
    QCOMPARE(t.rows(QStringLiteral("requests")), 1);

    QTest::mouseClick(okButton(form), Qt::LeftButton);
    QTRY_VERIFY(!form->isVisible());
    QCOMPARE(t.rows(QStringLiteral("requests")), 2);
}

void TestDesk::takesAStepWithAReasonAndShowsItInTheHistory()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));

    auto* returnButton = window.findChild<QPushButton*>(QStringLiteral("stepButtonReturnDeficient"));
    QVERIFY(returnButton);
    QTest::mouseClick(returnButton, Qt::LeftButton);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    // Without its reason the model refuses, and the dialog says so and stays.
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("stepErrorLabel"));
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("reason")), qPrintable(error->text()));
    Result<Request> unchanged = RequestReader(t.db()).get(request->reference);
    QCOMPARE(unchanged->state, State::Received);

    QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("No translation of the letter rogatory"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("stepDialog")) == nullptr
                || !window.findChild<QDialog*>(QStringLiteral("stepDialog"))->isVisible());

    Result<Request> after = RequestReader(t.db()).get(request->reference);
    QCOMPARE(after->state, State::Closed);
    QCOMPARE(after->disposition, QStringLiteral("returned"));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    auto* history = window.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    tabs->setCurrentWidget(history);
    QCOMPARE(history->rowCount(), 2);
    // Newest first: when, who, step, from, to, reason.
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("officer"));
    // The step over the states it moved the request between; the note read whole (it stretches).
    QCOMPARE(history->columnCount(), 4);
    QCOMPARE(history->item(0, 2)->text(),
             QStringLiteral("%1\n%2 → %3")
                 .arg(labelOf(Step::ReturnDeficient), labelOf(State::Received), labelOf(State::Closed)));
    QCOMPARE(history->item(0, 3)->text(), QStringLiteral("No translation of the letter rogatory"));
    QCOMPARE(history->item(0, 3)->toolTip(), history->item(0, 3)->text());
    QVERIFY(history->horizontalHeader()->stretchLastSection());
    // A closed request offers its reopening to a supervisor only.
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("stepButtonReturnDeficient")));
}

void TestDesk::offersOnlyTheStepsOfTheRole()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    const Role roles[] = {Role::Officer, Role::Supervisor, Role::Clerk};
    for (Role role : roles) {
        const QString name = role == Role::Clerk ? QStringLiteral("clerk") : keyOf(role);
        MainWindow window(t.db(), t.user(name), t.clock());
        window.show();
        QVERIFY(window.selectRequest(request->reference));
        QStringList offered;
        for (QObject* o : window.findChild<QWidget*>(QStringLiteral("stepBar"))->findChildren<QObject*>()) {
            if (o->objectName().startsWith(QLatin1String("stepButton"))
                || o->objectName().startsWith(QLatin1String("stepAction"))) {
                offered << o->objectName();
            }
        }
        QStringList expected;
        bool mayAmend = false;
        for (const Transition* row : Workflow::available(Direction::Incoming, State::Received, role)) {
            // Amending is no button: the tabs are editable instead.
            if (row->step == Step::Amend) {
                mayAmend = true;
            } else {
                const QString prefix
                    = row->changesState() ? QStringLiteral("stepButton") : QStringLiteral("stepAction");
                expected << ObjectName::of(prefix, keyOf(row->step));
            }
        }
        QCOMPARE(!window.findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor"))->isReadOnly(), mayAmend);
        QCOMPARE(mayAmend, role != Role::Clerk);
        offered.sort();
        expected.sort();
        QCOMPARE(offered, expected);
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("newIncomingAction"))->isEnabled(),
                 role != Role::Clerk);
    }
}

void TestDesk::editsAndSavesTheDetails()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.selectRequest(request->reference));
    auto* save = window.findChild<QAction*>(QStringLiteral("saveAction"));
    QVERIFY(!save->isEnabled());

    auto* foreign = window.findChild<QLineEdit*>(QStringLiteral("foreignReferenceEditor"));
    foreign->selectAll();
    QTest::keyClicks(foreign, QStringLiteral("RB/2026/118"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("modifiedLabel"))->isVisible());
    QVERIFY(save->isEnabled());
    // A person, added in the persons tab.
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    tabs->setCurrentIndex(1);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("addPersonsButton")), Qt::LeftButton);
    auto* persons = window.findChild<QTableWidget*>(QStringLiteral("personsTable"));
    QCOMPARE(persons->rowCount(), 2);
    persons->item(1, 0)->setText(QStringLiteral("Samira Haddad"));
    auto* role = qobject_cast<QComboBox*>(persons->cellWidget(1, 1));
    choose(role, QStringLiteral("witness"));

    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    Result<Request> after = RequestReader(t.db()).get(request->reference);
    QCOMPARE(after->foreignReference, QStringLiteral("RB/2026/118"));
    QCOMPARE(int(after->persons.size()), 2);
    QCOMPARE(after->persons[1].name, QStringLiteral("Samira Haddad"));
    QCOMPARE(after->persons[1].role, QStringLiteral("witness"));
    QCOMPARE(after->history.back().step, Step::Amend);
    QVERIFY(!window.findChild<QLabel*>(QStringLiteral("modifiedLabel"))->isVisible());
    QVERIFY(!save->isEnabled());
    auto* history = window.findChild<QTableWidget*>(QStringLiteral("historyTable"));
    QCOMPARE(history->item(0, 2)->text(), labelOf(Step::Amend));
    QVERIFY2(history->item(0, 3)->text().contains(QLatin1String("Persons")),
             qPrintable(history->item(0, 3)->text()));
}

void TestDesk::marksRefusedEditsOnTheirFields()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    const QByteArray before = [&t]() {
        t.close();
        const QByteArray hash = TestDatabase::fileHash(t.path());
        t.reopen();
        return hash;
    }();
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    auto* requested = window.findChild<QComboBox*>(QStringLiteral("requestedCountryEditor"));
    choose(requested, request->requestingCountry);
    window.findChild<QAction*>(QStringLiteral("saveAction"))->trigger();

    auto* error = window.findChild<QLabel*>(QStringLiteral("requestedCountryError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("is the same as the requesting country"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("modifiedLabel"))->isVisible());
    QCOMPARE(requested->currentData().toString(), request->requestingCountry); // the edit is kept
    window.findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
    QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("requestedCountryEditor"))->currentData().toString(),
             request->requestedCountry);
    t.close();
    QCOMPARE(TestDatabase::fileHash(t.path()), before);
    t.reopen();
}

void TestDesk::asksBeforeLeavingUnsavedEdits()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft());
    QVERIFY(first && second);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    auto shownReference = [&window]() {
        return window.findChild<QLabel*>(QStringLiteral("detailTitleLabel"))->text();
    };
    auto edit = [&window](const QString& text) {
        auto* summary = window.findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor"));
        summary->selectAll();
        QTest::keyClicks(summary, text);
    };
    QVERIFY(window.selectRequest(first->reference));
    edit(QStringLiteral("Corrected summary"));

    // Cancel: the edited request stays, with its edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(window.selectRequest(second->reference));
    QVERIFY(MessageBox::lastText().contains(first->reference));
    QCOMPARE(shownReference(), first->reference);
    QTRY_COMPARE(list->currentIndex().data(RequestListModel::ReferenceRole).toString(), first->reference);
    QCOMPARE(window.findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor"))->toPlainText(),
             QStringLiteral("Corrected summary"));
    // The same with the mouse: the edited request is the one highlighted afterwards.
    const QModelIndex other = list->model()->index(
        window.listModel()->rowOf(RequestReader(t.db()).idOf(second->reference)->value()), 0);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(other).center());
    QTRY_COMPARE(list->currentIndex().data(RequestListModel::ReferenceRole).toString(), first->reference);
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(list->selectionModel()->selectedRows().first().data(RequestListModel::ReferenceRole).toString(),
             first->reference);
    QCOMPARE(shownReference(), first->reference);

    // Discard: on to the other request, nothing written.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.selectRequest(second->reference));
    QCOMPARE(shownReference(), second->reference);
    QCOMPARE(RequestReader(t.db()).get(first->reference)->summary, first->summary);

    // Save: written, then on to the other request.
    edit(QStringLiteral("Second thoughts"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(window.selectRequest(first->reference));
    QCOMPARE(shownReference(), first->reference);
    QCOMPARE(RequestReader(t.db()).get(second->reference)->summary, QStringLiteral("Second thoughts"));

    // Closing the window asks too.
    edit(QStringLiteral("Not yet"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
    QCOMPARE(RequestReader(t.db()).get(first->reference)->summary, first->summary);
}

void TestDesk::attachesADocumentAndSavesACopy()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    QTemporaryDir files;
    const QByteArray content = QByteArray("%PDF-1.4\n\0\xff binary \r body", 24);
    const QString scan = files.filePath(QStringLiteral("commission-rogatoire.pdf"));
    {
        QFile file(scan);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget*>(QStringLiteral("documentsTab")));
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("attachDocumentButton")), Qt::LeftButton);
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("stepDialog"));
    QVERIFY(dialog);
    FileDialog::setNextPath(scan);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("documentEditor")), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QPushButton*>(QStringLiteral("documentEditor"))->text(),
             QStringLiteral("commission-rogatoire.pdf"));
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<QDialog*>(QStringLiteral("stepDialog"))
                || !window.findChild<QDialog*>(QStringLiteral("stepDialog"))->isVisible());

    // Name, size, date, who, SHA-256.
    auto* documents = window.findChild<QTableWidget*>(QStringLiteral("documentsTable"));
    QCOMPARE(documents->rowCount(), 1);
    QCOMPARE(documents->item(0, 0)->text(), QStringLiteral("commission-rogatoire.pdf"));
    QCOMPARE(documents->item(0, 1)->text(), QLocale().formattedDataSize(content.size()));
    QCOMPARE(documents->item(0, 3)->text(), QStringLiteral("officer"));
    QCOMPARE(documents->item(0, 4)->text(), Document::checksum(content));

    // A copy, byte for byte.
    documents->selectRow(0);
    const QString copy = files.filePath(QStringLiteral("copy.pdf"));
    FileDialog::setNextPath(copy);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("saveDocumentButton")), Qt::LeftButton);
    QFile saved(copy);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), content);
}

void TestDesk::showsTheNextDeadlineAndWhy()
{
    // Received Monday 2 March 2026 by Spain: acknowledge within 5 working days, Monday 9 March.
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    auto* deadline = window.findChild<QLabel*>(QStringLiteral("deadlineLabel"));
    QVERIFY(deadline->isVisible());
    // Today is 2 March 2026 (the test clock): 7 days left, said in words.
    QCOMPARE(deadline->text(),
             QStringLiteral("Next deadline (acknowledgement): 9 March 2026 — due in 7 day(s)"));
    const QStringList why = deadline->toolTip().split(QLatin1Char('\n'));
    QVERIFY2(why.contains(QStringLiteral("7 March 2026: weekend.")), qPrintable(deadline->toolTip()));
    QCOMPARE(why.last(), QStringLiteral("Due: 9 March 2026."));
    // Ten days later it is overdue.
    t.clock().advanceDays(10);
    window.refresh();
    QCOMPARE(deadline->text(),
             QStringLiteral("Next deadline (acknowledgement): 9 March 2026 — overdue by 3 day(s)"));
}

void TestDesk::tellsOnStartWhatBecameOverdue()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    // Two requests received on 2 March: acknowledgement by 9 March.
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(first && second);
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    {
        // The officer looks on 2 March: nothing yet.
        MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
        window.show();
        auto* notice = window.findChild<QWidget*>(QStringLiteral("overdueNotice"));
        QVERIFY(notice);
        QTest::qWait(50);
        QVERIFY(!notice->isVisible());
    }
    // And again on 12 March: both became overdue on the 10th.
    t.clock().advanceDays(10);
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    auto* notice = window.findChild<QWidget*>(QStringLiteral("overdueNotice"));
    QTRY_VERIFY(notice->isVisible());
    const QString text = window.findChild<QLabel*>(QStringLiteral("overdueNoticeText"))->text();
    QVERIFY2(
        text.contains(QStringLiteral("2 request(s) became overdue since you last looked on 2 March 2026"))
            && text.contains(first->reference) && text.contains(second->reference),
        qPrintable(text));
    // "Show them" lists those two only.
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("overdueNoticeShowButton")),
                      Qt::LeftButton);
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    QCOMPARE(list->model()->rowCount(), 2);
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("overdueNoticeCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!notice->isVisible());
}

void TestDesk::computesQueuedDeadlinesOnStartOffTheGuiThread()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    // As after an upgrade: the deadline not computed yet, the request queued.
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("UPDATE requests SET next_deadline = NULL, deadline_kind = NULL")));
    QVERIFY(Sql::exec(t.db().connection(),
                      QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests")));
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QTRY_COMPARE(t.rows(QStringLiteral("deadline_queue")), 0);
    Result<QSqlQuery> stored
        = Sql::exec(t.db().connection(), QStringLiteral("SELECT next_deadline FROM requests"));
    QVERIFY(stored && stored->next());
    QCOMPARE(stored->value(0).toString(), QStringLiteral("2026-03-09"));
    QTRY_VERIFY(!window.findChild<QLabel*>(QStringLiteral("deadlineProgressLabel"))->isVisible());
}

void TestDesk::reassignsTheSelectedRequests()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    }
    {
        // Officers do not reassign.
        MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("reassignAction"))->isVisible());
    }
    MainWindow window(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    QCOMPARE(list->model()->rowCount(), 3);
    list->selectionModel()->select(list->model()->index(0, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    list->selectionModel()->select(list->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.findChild<QAction*>(QStringLiteral("reassignAction"))->trigger();
    auto* dialog = window.findChild<StepDialog*>();
    QVERIFY(dialog);
    QVERIFY2(dialog->windowTitle().contains(QStringLiteral("2 request(s)")),
             qPrintable(dialog->windowTitle()));
    auto* assignee = dialog->findChild<QComboBox*>(QStringLiteral("assigneeEditor"));
    QVERIFY(assignee);
    assignee->setCurrentIndex(assignee->findData(QStringLiteral("officer2")));
    dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))->setPlainText(QStringLiteral("Congé"));
    dialog->accept();
    QTRY_VERIFY(!window.findChild<StepDialog*>());
    Result<std::vector<Request>> all = RequestReader(t.db()).list({});
    QStringList assignees;
    for (const Request& r : *all) {
        assignees << r.assignee;
    }
    assignees.sort();
    QCOMPARE(
        assignees,
        (QStringList {QStringLiteral("officer"), QStringLiteral("officer2"), QStringLiteral("officer2")}));
}

void TestDesk::exportsTheListAsCsv()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    // The list as filtered: the incoming requests only.
    auto* direction = window.findChild<QComboBox*>(QStringLiteral("directionFilter"));
    choose(direction, QStringLiteral("incoming"));
    emit direction->activated(direction->currentIndex()); // as a choice by the user
    QCOMPARE(window.listModel()->rowCount(), 2);
    const QString path = t.folder() + QStringLiteral("/list.csv");
    FileDialog::setNextPath(path);
    window.findChild<QAction*>(QStringLiteral("exportListAction"))->trigger();
    QTRY_VERIFY(QFile::exists(path));
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("2 request(s) written")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // the header and two requests
    QVERIFY(lines.first().contains("next_deadline"));
}

void TestDesk::marksOverdueRowsAndFiltersThem()
{
    // Registered in January with a clock of then: overdue at the test's today,
    // 2 March 2026. One registered today is due in a week; the draft has no deadline.
    TestDatabase t;
    FixedClock january(QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
    Request old = TestDatabase::incomingDraft();
    old.receivedOn = january.today();
    old.foreignReference = QStringLiteral("OLD-1");
    Result<Request> overdue = RequestService(t.db(), january).create(t.user(QStringLiteral("officer")), old);
    QVERIFY(overdue);
    Result<Request> soon = RequestService(t.db(), t.clock())
                               .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(soon);
    QVERIFY(RequestService(t.db(), t.clock())
                .create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    const Result<Request> stored = RequestReader(t.db()).get(overdue->reference);
    QVERIFY(stored && stored->nextDeadline.isValid());
    const qint64 late = stored->nextDeadline.daysTo(t.clock().today());
    QVERIFY(late > 0);

    {
        MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
        window.show();
        auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
        const int column = int(RequestList::Column::NextDeadline);
        QCOMPARE(list->model()->headerData(column, Qt::Horizontal).toString(),
                 QStringLiteral("Next deadline"));
        QCOMPARE(list->model()->rowCount(), 3);
        // The state in words, not only in the colour the delegate adds.
        const QModelIndex late1 = list->model()->index(window.listModel()->rowOf(overdue->id), column);
        QVERIFY2(late1.data().toString().endsWith(QStringLiteral(" — overdue by %1 day(s)").arg(late)),
                 qPrintable(late1.data().toString()));
        QCOMPARE(late1.data(RequestListModel::DeadlineStatusRole).toInt(),
                 int(DeadlineStatus::Level::Overdue));
        QVERIFY(late1.data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QLatin1String("Next deadline (acknowledgement): ")));
        const QModelIndex soon1 = list->model()->index(window.listModel()->rowOf(soon->id), column);
        QVERIFY2(soon1.data().toString().endsWith(QStringLiteral(" — due in 7 day(s)")),
                 qPrintable(soon1.data().toString()));
        auto* delegate = qobject_cast<QStyledItemDelegate*>(list->itemDelegateForColumn(column));
        QVERIFY(delegate);
        QCOMPARE(delegate->objectName(), QStringLiteral("deadlineDelegate"));

        // "Overdue" leaves only the overdue request; the count says so.
        auto* deadline = window.findChild<QComboBox*>(QStringLiteral("deadlineFilter"));
        QVERIFY(deadline);
        QCOMPARE(deadline->itemText(1), QStringLiteral("Overdue"));
        QCOMPARE(deadline->itemText(2), QStringLiteral("Due within 7 day(s)"));
        choose(deadline, QStringLiteral("overdue"));
        emit deadline->activated(deadline->currentIndex());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(RequestListModel::ReferenceRole).toString(),
                 overdue->reference);
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("countLabel"))->text(),
                 QStringLiteral("1 request(s) shown of 3"));
        // Due within the week: the one due on 9 March.
        choose(deadline, QStringLiteral("due_soon"));
        emit deadline->activated(deadline->currentIndex());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(RequestListModel::ReferenceRole).toString(),
                 soon->reference);
        choose(deadline, QStringLiteral("overdue"));
        emit deadline->activated(deadline->currentIndex());
        window.close();
    }
    // Remembered with the rest of the filter.
    MainWindow again(t.db(), t.user(QStringLiteral("officer")), t.clock());
    again.show();
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("deadlineFilter"))->currentData().toString(),
             QStringLiteral("overdue"));
    QCOMPARE(again.listModel()->rowCount(), 1);
    QCOMPARE(again.listModel()->idAt(0), overdue->id);
}

void TestDesk::findsAndMovesByKeyboard()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Request special = TestDatabase::incomingDraft();
    special.summary = QStringLiteral("Surveillance d’un compte à Nouakchott");
    special.requestingCountry = QStringLiteral("MR");
    special.foreignReference = QStringLiteral("NKT-7");
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), special));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    QCOMPARE(list->model()->rowCount(), 3);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto* find = window.findChild<QLineEdit*>(QStringLiteral("findEdit"));
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClicks(find, QStringLiteral("nouakch"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("countLabel"))
                ->text()
                .startsWith(QLatin1String("1 request(s) shown")));

    find->clear();
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 3);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("detailTitleLabel"))->text(),
             list->currentIndex().data(RequestListModel::ReferenceRole).toString());
}

void TestDesk::remembersTheFilter()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    {
        MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
        window.show();
        auto* direction = window.findChild<QComboBox*>(QStringLiteral("directionFilter"));
        choose(direction, keyOf(Direction::Outgoing));
        emit direction->activated(direction->currentIndex());
        QCOMPARE(window.listModel()->rowCount(), 1);
        window.findChild<QTableView*>(QStringLiteral("requestListView"))->sortByColumn(5, Qt::AscendingOrder);
        window.close();
    }
    MainWindow again(t.db(), t.user(QStringLiteral("officer")), t.clock());
    again.show();
    QCOMPARE(again.findChild<QComboBox*>(QStringLiteral("directionFilter"))->currentData().toString(),
             keyOf(Direction::Outgoing));
    QCOMPARE(again.listModel()->rowCount(), 1);
    QCOMPARE(int(again.listModel()->sortColumn()), 5);
    QCOMPARE(again.listModel()->sortOrder(), Qt::AscendingOrder);
}

void TestDesk::welcomesOnAnEmptyRegisterAndLoadsDemoData()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("admin")), t.clock());
    window.show();
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("welcomePage"));
    // An administrator does not register requests, but may load the demo data.
    QVERIFY(!window.findChild<QPushButton*>(QStringLiteral("registerFirstButton"))->isEnabled());
    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("loadDemoButton")), Qt::LeftButton);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("deskPage"));
    QVERIFY(window.listModel()->rowCount() >= 30);
    QCOMPARE(window.listModel()->rowCount(), t.rows(QStringLiteral("requests")));
    // And the demo letterhead, the register having none.
    Result<Letterhead> letterhead = LetterheadStore(t.db()).read();
    QVERIFY(letterhead);
    QCOMPARE(letterhead->linesIn(QStringLiteral("en")).ministry, QStringLiteral("Ministry of Justice"));
    QVERIFY(!letterhead->logo.isEmpty());

    // For anyone else, loading into a register with requests is refused, and said.
    TestDatabase other;
    QVERIFY(RequestService(other.db(), other.clock())
                .create(other.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    MainWindow officer(other.db(), other.user(QStringLiteral("officer")), other.clock());
    officer.show();
    QCOMPARE(officer.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget()->objectName(),
             QStringLiteral("deskPage"));
}

QTEST_MAIN(TestDesk)
#include "tst_desk.moc"
