// The desk's actions and the dialogs of its menus: their names, keys and
// menus, each offered to a role as the model allows, their words in the
// language chosen at run time, and what the Settings and Help menus open.
#include "CalendarsDialog.h"
#include "DeskActions.h"
#include "DeskDialogs.h"
#include "LanguageManager.h"
#include "MessageBox.h"
#include "TestDatabase.h"
#include "UsersDialog.h"

#include <QAction>
#include <QDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Masar;
using namespace Masar::Test;
using Id = DeskActions::Id;

class TestDeskActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void namesKeysAndMenus();
    void offersEachRoleWhatItMayDo_data();
    void offersEachRoleWhatItMayDo();
    void retranslatesInTheLanguageChosen();
    void opensTheDialogsOfItsMenus();
    void opensTheAdministratorsDialogsToAdministratorsOnly();

private:
    static QStringList namesIn(const QMenu* menu);
};

void TestDeskActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    LanguageManager::instance().start(QStringLiteral("en"));
}

void TestDeskActions::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

QStringList TestDeskActions::namesIn(const QMenu* menu)
{
    QStringList names;
    for (const QAction* action : menu->actions()) {
        names << (action->isSeparator() ? QStringLiteral("-")
                      : action->menu()  ? action->menu()->objectName()
                                        : action->objectName());
    }
    return names;
}

void TestDeskActions::namesKeysAndMenus()
{
    TestDatabase t;
    QMainWindow window;
    DeskActions actions(t.user(QStringLiteral("supervisor")), &window);
    QCOMPARE(actions.action(Id::Save)->objectName(), QStringLiteral("saveAction"));
    QCOMPARE(actions.action(Id::Next)->objectName(), QStringLiteral("nextRequestAction"));
    QCOMPARE(actions.action(Id::About)->objectName(), QStringLiteral("aboutAction"));
    QCOMPARE(actions.action(Id::NewIncoming)->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(actions.action(Id::NewOutgoing)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QCOMPARE(actions.action(Id::Find)->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(actions.action(Id::Print)->shortcut(), QKeySequence(QKeySequence::Print));
    QCOMPARE(actions.action(Id::Previous)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QCOMPARE(actions.action(Id::Dashboard)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    QCOMPARE(actions.action(Id::Quit)->menuRole(), QAction::QuitRole);
    QCOMPARE(actions.action(Id::Preferences)->menuRole(), QAction::PreferencesRole);
    QCOMPARE(actions.action(Id::About)->menuRole(), QAction::AboutRole);
    // Saving waits for edits.
    QVERIFY(!actions.action(Id::Save)->isEnabled());

    QStringList menus;
    for (const QAction* action : window.menuBar()->actions()) {
        menus << action->menu()->objectName();
    }
    QCOMPARE(menus,
             (QStringList {QStringLiteral("fileMenu"), QStringLiteral("requestMenu"),
                           QStringLiteral("settingsMenu"), QStringLiteral("helpMenu")}));
    QCOMPARE(namesIn(window.findChild<QMenu*>(QStringLiteral("fileMenu"))),
             QString::fromLatin1("newIncomingAction newOutgoingAction saveAction exportListAction "
                                 "printAction - quitAction")
                 .split(QLatin1Char(' ')));
    QCOMPARE(namesIn(window.findChild<QMenu*>(QStringLiteral("requestMenu"))),
             QString::fromLatin1("findAction nextRequestAction previousRequestAction reassignAction "
                                 "refreshAction - dashboardAction")
                 .split(QLatin1Char(' ')));
    QCOMPARE(
        namesIn(window.findChild<QMenu*>(QStringLiteral("settingsMenu"))),
        QString::fromLatin1("languageMenu usersAction calendarsAction letterheadAction preferencesAction")
            .split(QLatin1Char(' ')));
    QCOMPARE(namesIn(window.findChild<QMenu*>(QStringLiteral("helpMenu"))),
             (QStringList {QStringLiteral("workflowAction"), QStringLiteral("aboutAction")}));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QCOMPARE(toolBar->widgetForAction(actions.action(Id::NewIncoming))->objectName(),
             QStringLiteral("newIncomingButton"));
    QCOMPARE(toolBar->widgetForAction(actions.action(Id::NewOutgoing))->objectName(),
             QStringLiteral("newOutgoingButton"));
    // A dialog's title from an action: no mnemonic, no ellipsis.
    QCOMPARE(actions.title(Id::Workflow), QStringLiteral("The workflow"));
}

void TestDeskActions::offersEachRoleWhatItMayDo_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("registers");
    QTest::addColumn<bool>("reassigns");
    QTest::addColumn<bool>("administers");
    QTest::newRow("officer") << QStringLiteral("officer") << true << false << false;
    QTest::newRow("supervisor") << QStringLiteral("supervisor") << true << true << false;
    QTest::newRow("clerk") << QStringLiteral("clerk") << false << false << false;
    QTest::newRow("administrator") << QStringLiteral("admin") << false << false << true;
}

void TestDeskActions::offersEachRoleWhatItMayDo()
{
    QFETCH(QString, user);
    QFETCH(bool, registers);
    QFETCH(bool, reassigns);
    QFETCH(bool, administers);
    TestDatabase t;
    QMainWindow window;
    DeskActions actions(t.user(user), &window);
    QCOMPARE(actions.action(Id::NewIncoming)->isEnabled(), registers);
    QCOMPARE(actions.action(Id::Reassign)->isVisible(), reassigns);
    for (Id id : {Id::Calendars, Id::Letterhead}) {
        QCOMPARE(actions.action(id)->isVisible(), administers);
        QCOMPARE(actions.action(id)->isEnabled(), administers);
    }
}

void TestDeskActions::retranslatesInTheLanguageChosen()
{
    TestDatabase t;
    QMainWindow window;
    DeskActions actions(t.user(QStringLiteral("officer")), &window);
    auto* file = window.findChild<QMenu*>(QStringLiteral("fileMenu"));
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QCOMPARE(actions.action(Id::Print)->text(), QStringLiteral("&Print…"));
    LanguageManager::instance().setLanguage(QStringLiteral("fr"));
    actions.retranslate();
    QCOMPARE(file->title(), QStringLiteral("&Fichier"));
    QCOMPARE(window.findChild<QMenu*>(QStringLiteral("requestMenu"))->title(), QStringLiteral("&Demande"));
    QVERIFY2(actions.action(Id::Print)->text().contains(QStringLiteral("Imprimer")),
             qPrintable(actions.action(Id::Print)->text()));
    for (int i = 0; i < DeskActions::count; ++i) {
        QVERIFY2(!actions.action(Id(i))->text().isEmpty(), qPrintable(actions.action(Id(i))->objectName()));
    }
}

void TestDeskActions::opensTheDialogsOfItsMenus()
{
    TestDatabase t;
    QWidget window;
    DeskDialogs dialogs(t.db(), t.clock(), t.user(QStringLiteral("officer")), &window);
    window.show();
    dialogs.showWorkflow(QStringLiteral("The workflow"));
    auto* workflow = window.findChild<QDialog*>(QStringLiteral("workflowDialog"));
    QVERIFY(workflow);
    QCOMPARE(workflow->windowTitle(), QStringLiteral("The workflow"));
    QVERIFY(workflow->isVisible());
    QCOMPARE(workflow->windowModality(), Qt::WindowModal); // open(): the desk is never blocked
    workflow->reject();

    dialogs.showPreferences();
    QTRY_VERIFY(window.findChild<QDialog*>(QStringLiteral("preferencesDialog")));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialogs.showAbout();
    QVERIFY(MessageBox::lastText().contains(QLatin1String(MASAR_VERSION)));
}

void TestDeskActions::opensTheAdministratorsDialogsToAdministratorsOnly()
{
    TestDatabase t;
    QWidget window;
    DeskDialogs officer(t.db(), t.clock(), t.user(QStringLiteral("officer")), &window);
    officer.showCalendars();
    officer.showLetterhead();
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("calendarsDialog")));
    QVERIFY(!window.findChild<QDialog*>(QStringLiteral("letterheadDialog")));

    DeskDialogs admin(t.db(), t.clock(), t.user(QStringLiteral("admin")), &window);
    QSignalSpy deadlines(&admin, &DeskDialogs::deadlinesChanged);
    admin.showCalendars();
    auto* calendars = window.findChild<CalendarsDialog*>(QStringLiteral("calendarsDialog"));
    QVERIFY(calendars);
    // Deadlines computed again there: the desk hears of it.
    emit calendars->deadlinesChanged();
    QCOMPARE(deadlines.count(), 1);
    admin.showLetterhead();
    QVERIFY(window.findChild<QDialog*>(QStringLiteral("letterheadDialog")));
    QSignalSpy users(&admin, &DeskDialogs::usersChanged);
    admin.showUsers();
    auto* usersDialog = window.findChild<UsersDialog*>(QStringLiteral("usersDialog"));
    QVERIFY(usersDialog);
    emit usersDialog->usersChanged();
    QCOMPARE(users.count(), 1);
}

QTEST_MAIN(TestDeskActions)
#include "tst_deskactions.moc"
