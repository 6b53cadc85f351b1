#include "DeskActions.h"

#include "LanguageMenu.h"
#include "domain/Workflow.h"
#include "services/LetterheadStore.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace Masar {

namespace {

using Id = DeskActions::Id;

// The actions' object names, in the order of DeskActions::Id.
const char* const objectNames[DeskActions::count] = {
    "newIncomingAction",     "newOutgoingAction", "saveAction",       "exportListAction",
    "printAction",           "quitAction",        "findAction",       "nextRequestAction",
    "previousRequestAction", "reassignAction",    "refreshAction",    "dashboardAction",
    "usersAction",           "calendarsAction",   "letterheadAction", "preferencesAction",
    "workflowAction",        "aboutAction",
};

} // namespace

DeskActions::DeskActions(const User& user, QMainWindow* window)
    : QObject(window)
    , m_fileMenu(window->menuBar()->addMenu(QString()))
    , m_requestMenu(window->menuBar()->addMenu(QString()))
    , m_settingsMenu(window->menuBar()->addMenu(QString()))
    , m_languageMenu(new LanguageMenu(window))
    , m_helpMenu(window->menuBar()->addMenu(QString()))
{
    setObjectName(QStringLiteral("deskActions"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_requestMenu->setObjectName(QStringLiteral("requestMenu"));
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    for (int i = 0; i < count; ++i) {
        m_actions[std::size_t(i)] = new QAction(window);
        m_actions[std::size_t(i)]->setObjectName(QLatin1String(objectNames[i]));
    }
    setShortcuts();
    fillMenus(window);
    offerTo(user);
    retranslate();
}

void DeskActions::setShortcuts()
{
    action(Id::NewIncoming)->setShortcut(QKeySequence::New);
    action(Id::NewOutgoing)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action(Id::Find)->setShortcut(QKeySequence::Find);
    action(Id::Save)->setShortcut(QKeySequence::Save);
    action(Id::Print)->setShortcut(QKeySequence::Print);
    action(Id::Next)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    action(Id::Previous)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    action(Id::Refresh)->setShortcut(QKeySequence::Refresh);
    action(Id::Dashboard)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    action(Id::Quit)->setShortcut(QKeySequence::Quit);
    action(Id::Quit)->setMenuRole(QAction::QuitRole);
    action(Id::Preferences)->setShortcut(QKeySequence::Preferences);
    action(Id::Preferences)->setMenuRole(QAction::PreferencesRole);
    action(Id::About)->setMenuRole(QAction::AboutRole);
}

void DeskActions::fillMenus(QMainWindow* window)
{
    m_fileMenu->addActions({action(Id::NewIncoming), action(Id::NewOutgoing), action(Id::Save),
                            action(Id::ExportList), action(Id::Print)});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(Id::Quit));
    m_requestMenu->addActions({action(Id::Find), action(Id::Next), action(Id::Previous), action(Id::Reassign),
                               action(Id::Refresh)});
    // The supervisor's dashboard, in a window of its own.
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(action(Id::Dashboard));
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsMenu->addActions(
        {action(Id::Users), action(Id::Calendars), action(Id::Letterhead), action(Id::Preferences)});
    m_helpMenu->addActions({action(Id::Workflow), action(Id::About)});

    auto* toolBar = window->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(action(Id::NewIncoming));
    toolBar->addAction(action(Id::NewOutgoing));
    toolBar->widgetForAction(action(Id::NewIncoming))->setObjectName(QStringLiteral("newIncomingButton"));
    toolBar->widgetForAction(action(Id::NewOutgoing))->setObjectName(QStringLiteral("newOutgoingButton"));
}

void DeskActions::offerTo(const User& user)
{
    // Saving is offered once the request shown holds edits.
    action(Id::Save)->setEnabled(false);
    action(Id::NewIncoming)->setEnabled(Workflow::checkCreation(Direction::Incoming, user.role).ok());
    action(Id::NewOutgoing)->setEnabled(Workflow::checkCreation(Direction::Outgoing, user.role).ok());
    // Supervisors select many requests to reassign them at once.
    action(Id::Reassign)
        ->setVisible(Workflow::find(Direction::Incoming, Step::Reassign)->allowsRole(user.role));
    // Calendars and deadline rules are an administrator's (the model refuses anyone else).
    action(Id::Calendars)->setVisible(user.role == Role::Administrator);
    action(Id::Calendars)->setEnabled(user.role == Role::Administrator);
    // So is the letterhead of printed documents.
    action(Id::Letterhead)->setVisible(LetterheadStore::mayChange(user.role));
    action(Id::Letterhead)->setEnabled(LetterheadStore::mayChange(user.role));
}

QString DeskActions::title(Id id) const
{
    return action(id)->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

void DeskActions::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_requestMenu->setTitle(tr("&Request"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    for (int i = 0; i < count; ++i) {
        m_actions[std::size_t(i)]->setText(textOf(Id(i)));
    }
}

QString DeskActions::textOf(Id id)
{
    switch (id) {
    case Id::NewIncoming:
        return tr("&Register an incoming request…");
    case Id::NewOutgoing:
        return tr("&Start an outgoing request…");
    case Id::Save:
        return tr("&Save the request");
    case Id::ExportList:
        return tr("&Export the list as CSV…");
    case Id::Print:
        return tr("&Print…");
    case Id::Quit:
        return tr("&Quit");
    case Id::Find:
        return tr("&Find…");
    case Id::Next:
        return tr("&Next request");
    case Id::Previous:
        return tr("&Previous request");
    case Id::Reassign:
        return tr("Reassign the selected requests…");
    case Id::Refresh:
        return tr("Re&load the list");
    case Id::Dashboard:
        return tr("&Dashboard…");
    case Id::Users:
        return tr("&Users…");
    case Id::Calendars:
        return tr("&Calendars and deadlines…");
    case Id::Letterhead:
        return tr("Letter&head…");
    case Id::Preferences:
        return tr("&Preferences…");
    case Id::Workflow:
        return tr("The &workflow…");
    case Id::About:
        return tr("&About Masar…");
    }
    return QString();
}

} // namespace Masar
