#include "MainWindow.h"

#include "DashboardWindow.h"
#include "DeskActions.h"
#include "DeskDialogs.h"
#include "DeskStatusBar.h"
#include "DocumentOpener.h"
#include "EditSession.h"
#include "LanguageManager.h"
#include "ListExportRunner.h"
#include "MessageBox.h"
#include "OverdueNoticeBar.h"
#include "PendingDeadlines.h"
#include "PrintDialog.h"
#include "PrintRunner.h"
#include "ProblemBar.h"
#include "RegistrationRunner.h"
#include "RequestDetail.h"
#include "RequestFilterBar.h"
#include "RequestListView.h"
#include "RequestSelection.h"
#include "Preferences.h"
#include "StepRunner.h"
#include "WelcomePage.h"
#include "core/Clock.h"
#include "itemmodels/RequestListModel.h"
#include "services/OverdueNotice.h"
#include "services/RequestList.h"
#include "services/RequestReader.h"
#include "services/Users.h"
#include "storage/Database.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QHeaderView>
#include <QIcon>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Masar {

using Id = DeskActions::Id;

MainWindow::MainWindow(Database& database, const User& user, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_actions(new DeskActions(user, this))
    , m_stack(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(user, m_stack))
    , m_deskPage(new QWidget(m_stack))
    , m_filterBar(new RequestFilterBar(user.name, clock, m_deskPage))
    , m_splitter(new QSplitter(Qt::Horizontal, m_deskPage))
    , m_model(new RequestListModel(database, clock, this))
    , m_listView(new RequestListView(m_model, m_splitter))
    , m_detail(new RequestDetail(m_splitter))
    , m_overdueNotice(new OverdueNoticeBar(this))
    , m_problemBar(new ProblemBar(this))
    , m_statusBar(new DeskStatusBar(database, user, clock, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    m_stack->setObjectName(QStringLiteral("pages"));
    m_deskPage->setObjectName(QStringLiteral("deskPage"));
    m_splitter->setObjectName(QStringLiteral("deskSplitter"));
    m_model->setObjectName(QStringLiteral("requestListModel"));
    setStatusBar(m_statusBar);
    buildDesk();
    createJobs();
    connectActions();
    connectDesk();
    start();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDesk()
{
    // The desk: filters, then the list beside the request.
    m_splitter->addWidget(m_listView);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 520});
    auto* desk = new QVBoxLayout(m_deskPage);
    desk->addWidget(m_filterBar);
    desk->addWidget(m_overdueNotice);
    desk->addWidget(m_splitter, 1);
    // The welcome, for a register with nothing in it yet.
    m_stack->addWidget(m_welcomePage);
    m_stack->addWidget(m_deskPage);
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_problemBar);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setTabOrder(m_filterBar->findEdit(), m_listView);
    setTabOrder(m_listView, m_detail);
}

void MainWindow::createJobs()
{
    EditSession::Desk desk;
    desk.reload = [this](const QString& reference) {
        refresh();
        return selectRequest(reference);
    };
    desk.show = [this](const QString& reference) {
        if (selectRequest(reference)) {
            m_selection->showCurrent();
        }
    };
    m_edits = new EditSession(m_database, m_clock, m_user, m_detail, desk, this);
    m_selection = new RequestSelection(m_database, m_clock, m_user, m_listView, m_detail, m_edits, this);
    connect(m_selection, &RequestSelection::readFailed, this, &MainWindow::showReadProblem);
    m_steps = new StepRunner(
        m_database, m_clock, m_user,
        [this](const QString& reference) {
            refresh();
            if (!reference.isEmpty() && !selectRequest(reference)) {
                m_detail->clear();
            }
        },
        this);
    m_registration = new RegistrationRunner(
        m_database, m_clock, m_user,
        [this](const QString& reference) {
            m_stack->setCurrentWidget(m_deskPage);
            refresh();
            return !reference.isEmpty() && selectRequest(reference);
        },
        this);
    m_documents = new DocumentOpener(m_database, this);
    m_export = new ListExportRunner(m_database.path(), m_clock, this);
    m_printRunner = new PrintRunner(m_database, m_clock, m_user, this);
    m_dialogs = new DeskDialogs(m_database, m_clock, m_user, this);
    connect(m_dialogs, &DeskDialogs::usersChanged, this, &MainWindow::reloadUsers);
    connect(m_dialogs, &DeskDialogs::deadlinesChanged, this, &MainWindow::refresh);
    m_pendingDeadlines = new PendingDeadlines(m_database, m_clock, m_statusBar->progressLabel(), this);
    connect(m_pendingDeadlines, &PendingDeadlines::finished, this, [this](bool computed) {
        if (computed) {
            refresh();
            if (m_dashboard) {
                m_dashboard->refresh(); // counted while deadlines were missing
            }
        }
        showOverdueNotice();
    });
    auto* bar = m_statusBar;
    connect(m_registration, &RegistrationRunner::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_edits, &EditSession::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_steps, &StepRunner::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_documents, &DocumentOpener::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_export, &ListExportRunner::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_pendingDeadlines, &PendingDeadlines::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_selection, &RequestSelection::statusMessage, bar, &QStatusBar::showMessage);
    connect(m_printRunner, &PrintRunner::finished, this, [this](const QString& message) {
        if (!message.isEmpty()) {
            m_statusBar->showMessage(message, 10000);
        }
    });
}

void MainWindow::connectActions()
{
    const auto on = [this](Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(Id::NewIncoming, [this] { m_registration->registerRequest(Direction::Incoming); });
    on(Id::NewOutgoing, [this] { m_registration->registerRequest(Direction::Outgoing); });
    on(Id::Save, [this] { m_edits->save(); });
    on(Id::ExportList, [this] { m_export->start(m_filterBar->filter()); });
    on(Id::Print, [this] { print(); });
    on(Id::Quit, [this] { close(); });
    on(Id::Find, [this] { find(); });
    on(Id::Next, [this] { m_selection->move(1); });
    on(Id::Previous, [this] { m_selection->move(-1); });
    on(Id::Reassign, [this] { reassignSelected(); });
    on(Id::Refresh, [this] { refresh(); });
    on(Id::Dashboard, [this] { showDashboard(); });
    on(Id::Users, [this] { m_dialogs->showUsers(); });
    on(Id::Calendars, [this] { m_dialogs->showCalendars(); });
    on(Id::Letterhead, [this] { m_dialogs->showLetterhead(); });
    on(Id::Preferences, [this] { m_dialogs->showPreferences(); });
    on(Id::Workflow, [this] { m_dialogs->showWorkflow(m_actions->title(Id::Workflow)); });
    on(Id::About, [this] { m_dialogs->showAbout(); });
    connect(m_welcomePage, &WelcomePage::registerRequested, m_actions->action(Id::NewIncoming),
            &QAction::trigger);
    connect(m_welcomePage, &WelcomePage::loadDemoRequested, m_registration, &RegistrationRunner::loadDemo);
}

void MainWindow::connectDesk()
{
    connect(m_filterBar, &RequestFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_overdueNotice, &OverdueNoticeBar::showAllRequested, this, &MainWindow::showRequests);
    connect(m_overdueNotice, &OverdueNoticeBar::referenceActivated, this, [this](const QString& reference) {
        if (!selectRequest(reference)) {
            showRequests(m_overdueNotice->news().filter);
            selectRequest(reference);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_model, &RequestListModel::readFailed, this,
            [this](const QString& message) { showReadProblem(message); });
    connect(m_problemBar, &ProblemBar::retryRequested, this, &MainWindow::refresh);
    connect(m_detail, &RequestDetail::stepRequested, this, &MainWindow::takeStep);
    connect(m_detail, &RequestDetail::saveRequested, m_edits, &EditSession::save);
    connect(m_detail, &RequestDetail::discardRequested, m_edits, &EditSession::discard);
    connect(m_detail, &RequestDetail::modifiedChanged, m_actions->action(Id::Save), &QAction::setEnabled);
    connect(m_detail, &RequestDetail::openDocumentRequested, this, [this](const QString& name) {
        if (m_detail->request()) {
            m_documents->open(m_detail->request()->reference, name);
        }
    });
    connect(m_detail, &RequestDetail::saveDocumentRequested, this, [this](const QString& name) {
        if (m_detail->request()) {
            m_documents->saveCopy(m_detail->request()->reference, name);
        }
    });
}

void MainWindow::start()
{
    reloadUsers();
    setWindowIcon(QIcon(QStringLiteral(":/icons/masar.svg")));
    resize(1280, 800);
    restoreWindowState();
    const int atRiskDays = DashboardWindow::atRiskDays();
    m_model->setAtRiskDays(atRiskDays);
    m_filterBar->setAtRiskDays(atRiskDays);
    recount();
    applyFilter();
    retranslateUi();
    // Once the window is up: the deadlines left to compute, then the notice of what became overdue.
    m_pendingDeadlines->start();
}

void MainWindow::showOverdueNotice()
{
    Result<OverdueNews> news = OverdueNotice(m_database, m_clock).take(m_user);
    if (!news) {
        m_statusBar->showMessage(news.error().message());
        return;
    }
    m_overdueNotice->setNews(*news);
}

void MainWindow::applyFilter()
{
    const qint64 current = m_listView->currentId();
    if (Status status = m_model->setFilter(m_filterBar->filter()); !status.ok()) {
        m_statusBar->showMessage(status.message());
        return;
    }
    m_selection->select(current);
}

void MainWindow::refresh()
{
    m_selection->forgetDeadlineRules(); // they may have changed since
    m_problemBar->setProblem(QString());

    recount();
    reloadUsers();
    const qint64 current = m_listView->currentId();
    if (Status status = m_model->reload(); !status.ok()) {
        showReadProblem(status.message());
        return;
    }
    m_selection->select(current);
    // The request shown is read again, unless it holds edits not saved yet.
    if (m_listView->currentIndex().isValid() && !m_detail->isModified()) {
        m_selection->showCurrent();
    }
}

void MainWindow::showReadProblem(const QString& message)
{
    QString text = m_problemBar->problem();
    if (!text.isEmpty()) {
        text += QLatin1Char('\n');
    }
    //: %1 what went wrong, from the database.
    text += tr("The register could not be read: %1 What is shown may be out of date. Check that its file is "
               "still there and reachable, then try again.")
                .arg(message);
    m_problemBar->setProblem(text);
}

bool MainWindow::selectRequest(const QString& reference)
{
    if (!m_selection->select(reference)) {
        return false;
    }
    m_stack->setCurrentWidget(m_deskPage);
    return true;
}

void MainWindow::find()
{
    m_stack->setCurrentWidget(m_deskPage);
    m_filterBar->findEdit()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->findEdit()->selectAll();
}

void MainWindow::print()
{
    if (m_printRunner->isRunning()) {
        return; // one at a time
    }
    const QStringList selected = m_listView->selectedReferences();
    const QString reference = selected.size() == 1 ? selected.first() : QString();
    const LanguageManager& language = LanguageManager::instance();
    auto* dialog
        = new PrintDialog(reference, m_model->rowCount(), language.language(), language.style(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reference] {
        m_printRunner->start(dialog->choice(), reference, m_model->filter()); // the requests listed
    });
    dialog->open();
}

void MainWindow::takeStep(Step step)
{
    // A step changes the request: edits not saved are dealt with first.
    if (m_edits->confirmLeave() && m_detail->request()) {
        m_steps->take(*m_detail->request(), step);
    }
}

void MainWindow::reassignSelected()
{
    if (m_edits->confirmLeave()) {
        m_steps->reassign(*m_listView);
    }
}

void MainWindow::reloadUsers()
{
    Result<std::vector<User>> users = Users(m_database, m_clock).list();
    if (!users) {
        showReadProblem(users.error().message());
        return;
    }
    m_filterBar->setUsers(*users);
    m_detail->setUsers(*users);
}

void MainWindow::recount()
{
    // What changes only when requests are added: the register's size and
    // the countries the filter offers; not read again for each filter.
    Result<QStringList> countries = RequestList(m_database).countriesInUse();
    if (countries) {
        m_filterBar->setCountries(*countries);
    } else {
        showReadProblem(countries.error().message());
    }
    const Result<int> total = RequestReader(m_database).count(RequestFilter());
    if (!total) {
        m_total.reset(); // not known: never taken for an empty register
        showReadProblem(total.error().message());
        return;
    }
    m_total = *total;
}

void MainWindow::updateCounts()
{
    m_statusBar->setCount(m_model->rowCount(), !m_model->filter().isEmpty(), m_total);
    const bool empty = m_total && *m_total == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcomePage) : m_deskPage);
}

void MainWindow::showDashboard()
{
    if (m_dashboard) {
        m_dashboard->refresh();
    } else {
        m_dashboard = new DashboardWindow(m_database.path(), m_clock, this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &DashboardWindow::filterChosen, this, &MainWindow::showRequests);
        connect(m_dashboard, &DashboardWindow::atRiskDaysChanged, this, &MainWindow::setAtRiskDays);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::setAtRiskDays(int days)
{
    m_model->setAtRiskDays(days);
    m_filterBar->setAtRiskDays(days);
    applyFilter();
}

void MainWindow::showRequests(const RequestFilter& filter)
{
    if (!m_edits->confirmLeave()) {
        return;
    }
    m_filterBar->setFilter(filter);
    applyFilter();
    m_stack->setCurrentWidget(m_deskPage);
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void MainWindow::saveWindowState() const
{
    Preferences::setValue(QStringLiteral("window/geometry"), saveGeometry());
    Preferences::setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    Preferences::setValue(QStringLiteral("window/listHeader"), m_listView->horizontalHeader()->saveState());
    Preferences::setValue(QStringLiteral("window/filter"), m_filterBar->state());
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(Preferences::value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(Preferences::value(QStringLiteral("window/splitter")).toByteArray());
    m_listView->restoreColumns(Preferences::value(QStringLiteral("window/listHeader")).toByteArray());
    m_filterBar->restoreState(Preferences::value(QStringLiteral("window/filter")).toMap());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_edits->confirmLeave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Masar — mutual legal assistance requests"));
    m_actions->retranslate();
    // Names sort anew in the new language: the list is read again, and the
    // request shown stays selected.
    const qint64 current = m_listView->currentId();
    m_model->retranslate();
    if (current != 0 && m_listView->currentId() != current) {
        m_selection->selectQuietly(current);
    }
    updateCounts();
}

} // namespace Masar
