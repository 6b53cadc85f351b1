// The workflow table as an item model: checked by QAbstractItemModelTester,
// and showing exactly the table's rows.
#include "domain/Workflow.h"
#include "itemmodels/WorkflowTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Masar;

class TestWorkflowTableModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester();
    void showsTheRowsOfTheDirection_data();
    void showsTheRowsOfTheDirection();
    void retranslateRefreshesHeadersAndData();
};

void TestWorkflowTableModel::passesTheModelTester()
{
    WorkflowTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDirection(Direction::Outgoing);
    model.setDirection(Direction::Incoming);
    model.retranslate();
}

void TestWorkflowTableModel::showsTheRowsOfTheDirection_data()
{
    QTest::addColumn<Direction>("direction");
    QTest::newRow("incoming") << Direction::Incoming;
    QTest::newRow("outgoing") << Direction::Outgoing;
}

void TestWorkflowTableModel::showsTheRowsOfTheDirection()
{
    QFETCH(Direction, direction);
    WorkflowTableModel model;
    model.setDirection(direction);
    QStringList expected;
    for (const Transition& row : Workflow::table()) {
        if (row.appliesTo(direction)) {
            expected << labelOf(row.step);
        }
    }
    QStringList shown;
    for (int r = 0; r < model.rowCount(); ++r) {
        shown << model.index(r, WorkflowTableModel::StepColumn).data().toString();
    }
    QCOMPARE(shown, expected);

    // The refusal row says who, what and where it leads.
    const int refusal = int(
        shown.indexOf(labelOf(direction == Direction::Incoming ? Step::Refuse : Step::RecordRefusalAbroad)));
    QVERIFY(refusal >= 0);
    QVERIFY(model.index(refusal, WorkflowTableModel::ToColumn)
                .data()
                .toString()
                .contains(Codes::dispositions().label(QStringLiteral("refused"))));
    QCOMPARE(model.index(refusal, WorkflowTableModel::ReasonColumn).data().toString(),
             QStringLiteral("required"));
    QCOMPARE(model.index(refusal, WorkflowTableModel::ClockColumn).data().toString(),
             labelOf(ClockEffect::Stop));
    const int withdraw = int(shown.indexOf(labelOf(Step::Withdraw)));
    QCOMPARE(model.index(withdraw, WorkflowTableModel::FromColumn).data().toString(),
             QStringLiteral("any open state"));
}

void TestWorkflowTableModel::retranslateRefreshesHeadersAndData()
{
    WorkflowTableModel model;
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(data.count(), 1);
    QCOMPARE(data.first().at(1).toModelIndex().row(), model.rowCount() - 1);
}

QTEST_GUILESS_MAIN(TestWorkflowTableModel)
#include "tst_workflowtablemodel.moc"
