// The list and the request shown beside it, on their own: the list's
// columns and selection, the request of the current row shown with its
// deadline, moving within the list, leaving unsaved edits only once asked
// ("Cancel" goes back to the edited request), and a request that cannot be
// read said rather than shown empty.
#include "EditSession.h"
#include "MessageBox.h"
#include "RequestDetail.h"
#include "RequestListView.h"
#include "RequestSelection.h"
#include "TestDatabase.h"
#include "itemmodels/RequestListModel.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTest>

using namespace Masar;
using namespace Masar::Test;

namespace {

// The list and the detail of a desk, the edit session between them.
struct Desk
{
    explicit Desk(TestDatabase& t, const QString& user = QStringLiteral("officer"))
        : model(t.db(), t.clock())
        , list(&model, &window)
        , detail(&window)
        , edits(t.db(), t.clock(), t.user(user), &detail, calls(), &window)
        , selection(t.db(), t.clock(), t.user(user), &list, &detail, &edits, &window)
    {
        QVERIFY(model.setFilter(RequestFilter()).ok());
        window.show();
    }

    EditSession::Desk calls()
    {
        EditSession::Desk desk;
        desk.reload = [this](const QString& reference) {
            return model.reload().ok() && selection.select(reference);
        };
        desk.show = [this](const QString& reference) {
            if (selection.select(reference)) {
                selection.showCurrent();
            }
        };
        return desk;
    }

    QString shown() const { return detail.request() ? detail.request()->reference : QString(); }
    QString current() const { return list.currentIndex().data(RequestListModel::ReferenceRole).toString(); }

    QWidget window;
    RequestListModel model;
    RequestListView list;
    RequestDetail detail;
    EditSession edits;
    RequestSelection selection;
};

} // namespace

class TestRequestSelection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsWithTheDeadlineBesideTheReference();
    void showsTheRequestOfTheCurrentRow();
    void movesWithinTheList();
    void goesBackToTheEditedRequestOnCancel();
    void savesOrDiscardsBeforeMovingOn();
    void saysWhenTheRequestCannotBeRead();

private:
    std::unique_ptr<TestDatabase> m_t;
    QStringList m_references;
};

void TestRequestSelection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestRequestSelection::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_references.clear();
    RequestService service(m_t->db(), m_t->clock());
    for (const Request& draft :
         {TestDatabase::incomingDraft(), TestDatabase::outgoingDraft(), TestDatabase::incomingDraft()}) {
        Result<Request> created = service.create(m_t->user(QStringLiteral("officer")), draft);
        QVERIFY(created);
        m_references << created->reference;
    }
}

void TestRequestSelection::listsWithTheDeadlineBesideTheReference()
{
    Desk desk(*m_t);
    QHeaderView* header = desk.list.horizontalHeader();
    QCOMPARE(header->visualIndex(int(RequestList::Column::NextDeadline)),
             header->visualIndex(int(RequestList::Column::Reference)) + 1);
    auto* delegate = qobject_cast<QStyledItemDelegate*>(
        desk.list.itemDelegateForColumn(int(RequestList::Column::NextDeadline)));
    QVERIFY(delegate);
    QCOMPARE(delegate->objectName(), QStringLiteral("deadlineDelegate"));
    QCOMPARE(desk.list.selectionMode(), QAbstractItemView::ExtendedSelection);

    desk.list.selectionModel()->select(desk.model.index(0, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    desk.list.selectionModel()->select(desk.model.index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(desk.list.selectedCount(), 2);
    QCOMPARE(desk.list.selectedReferences(),
             (QStringList {desk.model.rowAt(0)->reference, desk.model.rowAt(2)->reference}));

    // A saved header that cannot be read: the first column's width, and the
    // model sorted as the header says.
    desk.list.sortByColumn(int(RequestList::Column::NextDeadline), Qt::DescendingOrder);
    desk.list.restoreColumns(QByteArray("not a header"));
    QCOMPARE(header->sectionSize(0), 130);
    QCOMPARE(desk.model.sortColumn(), RequestList::Column::NextDeadline);
    QCOMPARE(desk.model.sortOrder(), Qt::DescendingOrder);
}

void TestRequestSelection::showsTheRequestOfTheCurrentRow()
{
    Desk desk(*m_t);
    QCOMPARE(desk.shown(), QString());
    QVERIFY(desk.selection.select(m_references[0]));
    QCOMPARE(desk.current(), m_references[0]);
    QCOMPARE(desk.shown(), m_references[0]);
    auto* deadline = desk.detail.findChild<QLabel*>(QStringLiteral("deadlineLabel"));
    QCOMPARE(deadline->text(),
             QStringLiteral("Next deadline (acknowledgement): 9 March 2026 — due in 7 day(s)"));
    QVERIFY(!desk.selection.select(QStringLiteral("IN-1999-000001")));
    QCOMPARE(desk.shown(), m_references[0]);
    // Out of the list: nothing shown.
    desk.selection.select(qint64(0));
    QCOMPARE(desk.shown(), QString());
}

void TestRequestSelection::movesWithinTheList()
{
    Desk desk(*m_t);
    desk.selection.move(1); // from nothing: the first
    QCOMPARE(desk.list.currentIndex().row(), 0);
    desk.selection.move(-1);
    QCOMPARE(desk.list.currentIndex().row(), 0);
    desk.selection.move(1);
    QCOMPARE(desk.list.currentIndex().row(), 1);
    desk.selection.move(10);
    QCOMPARE(desk.list.currentIndex().row(), 2);
    QCOMPARE(desk.shown(), desk.current());
}

void TestRequestSelection::goesBackToTheEditedRequestOnCancel()
{
    Desk desk(*m_t);
    QVERIFY(desk.selection.select(m_references[0]));
    auto* summary = desk.detail.findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor"));
    summary->selectAll();
    QTest::keyClicks(summary, QStringLiteral("Corrected summary"));
    QVERIFY(desk.edits.isModified());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(desk.selection.select(m_references[1]));
    QVERIFY(MessageBox::lastText().contains(m_references[0]));
    QCOMPARE(desk.shown(), m_references[0]);
    QTRY_COMPARE(desk.current(), m_references[0]);
    QCOMPARE(desk.list.selectedReferences(), QStringList {m_references[0]});
    QCOMPARE(summary->toPlainText(), QStringLiteral("Corrected summary"));
    // Selected again: nothing asked.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    desk.selection.showCurrent();
    QVERIFY(desk.edits.isModified());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestRequestSelection::savesOrDiscardsBeforeMovingOn()
{
    Desk desk(*m_t);
    QVERIFY(desk.selection.select(m_references[0]));
    auto edit = [&desk](const QString& text) {
        auto* summary = desk.detail.findChild<QPlainTextEdit*>(QStringLiteral("summaryEditor"));
        summary->selectAll();
        QTest::keyClicks(summary, text);
    };
    edit(QStringLiteral("Not kept"));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(desk.selection.select(m_references[1]));
    QCOMPARE(desk.shown(), m_references[1]);
    QCOMPARE(desk.current(), m_references[1]);

    edit(QStringLiteral("Kept"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(desk.selection.select(m_references[2]));
    QCOMPARE(desk.shown(), m_references[2]);
    QCOMPARE(desk.current(), m_references[2]);
    QVERIFY(desk.selection.select(m_references[1]));
    QCOMPARE(desk.detail.request()->summary, QStringLiteral("Kept"));
}

void TestRequestSelection::saysWhenTheRequestCannotBeRead()
{
    Desk desk(*m_t);
    QSignalSpy failed(&desk.selection, &RequestSelection::readFailed);
    // The list reads its rows; reading a whole request needs its history too.
    QVERIFY(Sql::exec(m_t->db().connection(), QStringLiteral("ALTER TABLE history RENAME TO history_away")));
    QVERIFY(desk.selection.select(m_references[0]));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("history")),
             qPrintable(failed.first().at(0).toString()));
    QCOMPARE(desk.shown(), QString());
}

QTEST_MAIN(TestRequestSelection)
#include "tst_requestselection.moc"
