// The main window, driven by object names, offscreen.
#include "LetterheadDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "StepDialog.h"
#include "TestDatabase.h"
#include "domain/Workflow.h"
#include "services/RequestService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSizeGrip>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Masar;
using namespace Masar::Test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void everyWidgetHasAnObjectName();
    void objectNamesAreInLowerCamelCase();
    void showsTheRegister();
    void switchesDirection();
    void aboutGoesThroughTheMessageBoxSeam();
    void retranslatesOnLanguageChange();
};

namespace {

// Every widget we create has an object name. The insides of Qt's composite
// widgets (a table's viewport and scroll bars, a combo box's popup) are Qt's.
void checkObjectNames(QWidget* parent, QStringList* unnamed)
{
    for (QObject* object : parent->children()) {
        auto* widget = qobject_cast<QWidget*>(object);
        if (!widget || widget->objectName().startsWith(QLatin1String("qt_"))
            || qobject_cast<QSizeGrip*>(widget) || qobject_cast<QLineEdit*>(parent)) {
            continue;
        }
        // The menu bar's overflow popup, which Qt makes when the bar is narrow.
        if (const auto* bar = qobject_cast<QMenuBar*>(parent)) {
            const auto* overflow = bar->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button"));
            if (overflow && overflow->menu() == widget) {
                continue;
            }
        }
        if (widget->objectName().isEmpty()) {
            const auto* menu = qobject_cast<QMenu*>(widget);
            *unnamed << QStringLiteral("%1 in %2%3")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), parent->objectName(),
                                 menu ? QStringLiteral(" (“%1”)").arg(menu->title()) : QString());
        }
        if (!qobject_cast<QAbstractScrollArea*>(widget) && !qobject_cast<QComboBox*>(widget)
            && !qobject_cast<QMenu*>(widget)) {
            checkObjectNames(widget, unnamed);
        }
    }
}

} // namespace

void TestMainWindow::everyWidgetHasAnObjectName()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    checkObjectNames(&window, &unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestMainWindow::objectNamesAreInLowerCamelCase()
{
    // One style for every name, those made from keys too (steps, fields, languages).
    TestDatabase t;
    Result<Request> request = RequestService(t.db(), t.clock())
                                  .create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft());
    QVERIFY(request);
    MainWindow window(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    window.show();
    QVERIFY(window.selectRequest(request->reference));
    std::vector<std::unique_ptr<QWidget>> dialogs;
    for (Step step : {Step::Refuse, Step::Reassign, Step::RecordMeasureResult}) {
        dialogs.push_back(std::make_unique<StepDialog>(*request, *Workflow::find(request->direction, step),
                                                       std::vector<User>(), t.clock(),
                                                       [](const StepInput&) { return Status(); }));
    }
    dialogs.push_back(std::make_unique<LetterheadDialog>(t.db(), t.user(QStringLiteral("admin")), t.clock()));
    static const QRegularExpression camelCase(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    QStringList names;
    QStringList wrong;
    const auto check = [&](QObject* root) {
        for (QObject* object : root->findChildren<QObject*>()) {
            const QString name = object->objectName();
            // Qt's own: "qt_…", "_q_…", a tab bar's scroll buttons.
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")) || name.startsWith(QLatin1Char('_'))
                || qobject_cast<QTabBar*>(object->parent())) {
                continue;
            }
            names << name;
            if (!camelCase.match(name).hasMatch()) {
                wrong << name;
            }
        }
    };
    check(&window);
    for (const auto& dialog : dialogs) {
        check(dialog.get());
    }
    QVERIFY(names.contains(QStringLiteral("stepButtonRegister")));
    QVERIFY(names.contains(QStringLiteral("refusalGroundsEditor")));
    QVERIFY(names.contains(QStringLiteral("ministryEditAr")));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String(", "))));
}

void TestMainWindow::showsTheRegister()
{
    TestDatabase t;
    RequestService service(t.db(), t.clock());
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::incomingDraft()));
    QVERIFY(service.create(t.user(QStringLiteral("officer")), TestDatabase::outgoingDraft()));
    MainWindow window(t.db(), t.user(QStringLiteral("supervisor")), t.clock());
    window.show();
    auto* count = window.findChild<QLabel*>(QStringLiteral("countLabel"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("3 request(s)"));
    auto* list = window.findChild<QTableView*>(QStringLiteral("requestListView"));
    QVERIFY(list && list->isVisible());
    QCOMPARE(list->model()->rowCount(), 3);
    auto* user = window.findChild<QLabel*>(QStringLiteral("userLabel"));
    QVERIFY(user->text().contains(QLatin1String("supervisor")));
    auto* database = window.findChild<QLabel*>(QStringLiteral("databaseLabel"));
    QVERIFY(database->text().contains(QLatin1String("register.sqlite")));
}

void TestMainWindow::switchesDirection()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    window.findChild<QAction*>(QStringLiteral("workflowAction"))->trigger();
    auto* dialog = window.findChild<QDialog*>(QStringLiteral("workflowDialog"));
    QVERIFY(dialog);
    auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("directionComboBox"));
    auto* table = dialog->findChild<QTableView*>(QStringLiteral("workflowTableView"));
    QVERIFY(combo && table);
    auto rowsOf = [](Direction direction) {
        int rows = 0;
        for (const Transition& row : Workflow::table()) {
            rows += row.appliesTo(direction) ? 1 : 0;
        }
        return rows;
    };
    QCOMPARE(table->model()->rowCount(), rowsOf(Direction::Incoming));
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), 1);
    QCOMPARE(table->model()->rowCount(), rowsOf(Direction::Outgoing));
    QCOMPARE(table->model()->index(0, 0).data().toString(), labelOf(Step::CreateDraft));
    dialog->close();
}

void TestMainWindow::aboutGoesThroughTheMessageBoxSeam()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    about->trigger();
    QVERIFY(MessageBox::lastText().contains(QLatin1String(MASAR_VERSION)));
}

void TestMainWindow::retranslatesOnLanguageChange()
{
    TestDatabase t;
    MainWindow window(t.db(), t.user(QStringLiteral("officer")), t.clock());
    window.show();
    auto* title = window.findChild<QLabel*>(QStringLiteral("welcomeTitleLabel"));
    title->setText(QStringLiteral("stale"));
    window.setWindowTitle(QStringLiteral("stale"));
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&window, &change);
    QTRY_VERIFY(title->text() != QLatin1String("stale"));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Masar")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
