// The edits of the request shown, on their own: saved at the revision
// shown, refused ones kept and marked on their fields, an edit back to what
// was stored is nothing to save, a change made meanwhile by someone else
// refuses them, and leaving asks first (Save, Discard or Cancel).
#include "EditSession.h"
#include "MessageBox.h"
#include "RequestDetail.h"
#include "TestDatabase.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// A detail showing a request and its session, the desk around them a record of what was asked of it.
struct Editing
{
    Editing(TestDatabase& t, const QString& user, const QString& reference)
        : session(t.db(), t.clock(), t.user(user), &detail, desk(), &detail)
        , messages(&session, &EditSession::statusMessage)
        , m_t(t)
        , m_user(user)
    {
        show(reference);
        detail.show();
    }

    EditSession::Desk desk()
    {
        EditSession::Desk calls;
        calls.reload = [this](const QString& reference) {
            reloaded << reference;
            show(reference);
            return listed;
        };
        calls.show = [this](const QString& reference) {
            shown << reference;
            show(reference);
        };
        return calls;
    }

    void show(const QString& reference)
    {
        Result<Request> request = RequestReader(m_t.db()).get(reference);
        QVERIFY(request);
        detail.setRequest(*request,
                          Workflow::available(request->direction, request->state, m_t.user(m_user).role),
                          m_t.clock().today());
    }

    void type(const QString& objectName, const QString& text)
    {
        auto* edit = detail.findChild<QLineEdit*>(objectName);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    QString lastMessage() const { return messages.isEmpty() ? QString() : messages.last().at(0).toString(); }

    RequestDetail detail;
    EditSession session;
    QSignalSpy messages;
    QStringList reloaded;
    QStringList shown;
    bool listed = true; // whether the list shows the request saved

private:
    TestDatabase& m_t;
    QString m_user;
};

} // namespace

class TestEditSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesTheEditsAndShowsTheRequestAgain();
    void saysWhenTheFilterHidesTheRequestSaved();
    void keepsRefusedEditsMarkedOnTheirFields();
    void refusesEditsOfARequestChangedMeanwhile();
    void editedBackIsNothingToSave();
    void showsTheWarningsOfASave();
    void asksBeforeEditsAreLeft();
};

void TestEditSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestEditSession::savesTheEditsAndShowsTheRequestAgain()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    QVERIFY(!e.session.isModified());
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("RB/2026/118"));
    QVERIFY(e.session.isModified());

    QVERIFY(e.session.save());
    Result<Request> after = RequestReader(t.db()).get(request->reference);
    QCOMPARE(after->foreignReference, QStringLiteral("RB/2026/118"));
    QCOMPARE(after->history.back().step, Step::Amend);
    QCOMPARE(e.reloaded, QStringList {request->reference});
    QCOMPARE(e.lastMessage(), QStringLiteral("Request %1 was saved.").arg(request->reference));
    QVERIFY(!e.session.isModified());
    // Nothing left to save.
    QVERIFY(e.session.save());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->history.size(), after->history.size());
}

void TestEditSession::saysWhenTheFilterHidesTheRequestSaved()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    e.listed = false;
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("RB/2026/119"));
    QVERIFY(e.session.save());
    QCOMPARE(
        e.lastMessage(),
        QStringLiteral("Request %1 was saved; the current filter does not show it.").arg(request->reference));
}

void TestEditSession::keepsRefusedEditsMarkedOnTheirFields()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    auto* requested = e.detail.findChild<QComboBox*>(QStringLiteral("requestedCountryEditor"));
    requested->setCurrentIndex(requested->findData(request->requestingCountry));
    QVERIFY(e.session.isModified());

    QVERIFY(!e.session.save());
    auto* error = e.detail.findChild<QLabel*>(QStringLiteral("requestedCountryError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("is the same as the requesting country"));
    QCOMPARE(e.lastMessage(), QStringLiteral("Nothing was saved: correct the fields marked."));
    QVERIFY(e.session.isModified()); // the edit is kept
    QVERIFY(e.reloaded.isEmpty());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->requestedCountry, request->requestedCountry);
}

void TestEditSession::refusesEditsOfARequestChangedMeanwhile()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> request
        = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("MINE-1"));

    // Meanwhile, on another desk, a colleague edits it too.
    Request theirs = *RequestReader(t.db()).get(request->reference);
    theirs.foreignReference = QStringLiteral("THEIRS-1");
    QVERIFY(service.amend(t.user(QStringLiteral("officer2")), request->reference, theirs, theirs.revision()));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!e.session.save());
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("officer2")), qPrintable(MessageBox::lastText()));
    QCOMPARE(RequestReader(t.db()).get(request->reference)->foreignReference, QStringLiteral("THEIRS-1"));
    QVERIFY(e.session.isModified());
    QVERIFY(e.reloaded.isEmpty());
}

void TestEditSession::editedBackIsNothingToSave()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("X"));
    e.type(QStringLiteral("foreignReferenceEditor"), request->foreignReference);
    QVERIFY(e.session.isModified());

    QVERIFY(e.session.save());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->history.size(), request->history.size());
    // Discarded: shown again as stored.
    QCOMPARE(e.shown, QStringList {request->reference});
    QVERIFY(e.reloaded.isEmpty());
    QVERIFY(!e.session.isModified());
}

void TestEditSession::showsTheWarningsOfASave()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    Result<Request> first = service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    Request other = TestDatabase::incomingDraft();
    other.foreignReference = QStringLiteral("OTHER-7");
    Result<Request> second = service.create(t.user(QStringLiteral("officer")), other);
    QVERIFY(first && second);
    Editing e(t, QStringLiteral("officer"), second->reference);
    // The first's foreign reference: likely the same request.
    e.type(QStringLiteral("foreignReferenceEditor"), first->foreignReference);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(e.session.save());
    QVERIFY2(MessageBox::lastText().contains(first->reference), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("may be the same request")),
             qPrintable(MessageBox::lastText()));
}

void TestEditSession::asksBeforeEditsAreLeft()
{
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    Editing e(t, QStringLiteral("officer"), request->reference);
    // Nothing edited: nothing asked.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(e.session.confirmLeave());
    MessageBox::setNextAnswer(QMessageBox::NoButton);

    // Cancel: the edits stay.
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("LATER-1"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!e.session.confirmLeave());
    QVERIFY2(MessageBox::lastText().contains(request->reference), qPrintable(MessageBox::lastText()));
    QVERIFY(e.session.isModified());

    // Discard: shown as stored, nothing written.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(e.session.confirmLeave());
    QCOMPARE(e.shown, QStringList {request->reference});
    QVERIFY(!e.session.isModified());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->foreignReference, request->foreignReference);

    // Save: written.
    e.type(QStringLiteral("foreignReferenceEditor"), QStringLiteral("NOW-1"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(e.session.confirmLeave());
    QCOMPARE(RequestReader(t.db()).get(request->reference)->foreignReference, QStringLiteral("NOW-1"));
    QCOMPARE(e.reloaded, QStringList {request->reference});
}

QTEST_MAIN(TestEditSession)
#include "tst_editsession.moc"
