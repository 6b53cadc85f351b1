#include "MainWindow.h"

#include "CalendarsDialog.h"
#include "DashboardWindow.h"
#include "DeadlineDelegate.h"
#include "FileDialog.h"
#include "LanguageManager.h"
#include "LanguageMenu.h"
#include "LetterheadDialog.h"
#include "MessageBox.h"
#include "OverdueNoticeBar.h"
#include "PreferencesDialog.h"
#include "PrintDialog.h"
#include "PrintRunner.h"
#include "ProblemBar.h"
#include "RegisterDialog.h"
#include "RequestDetail.h"
#include "RequestFilterBar.h"
#include "Preferences.h"
#include "StepDialog.h"
#include "UsersDialog.h"
#include "WorkflowPanel.h"
#include "core/Clock.h"
#include "core/Iso8601.h"
#include "core/LocaleText.h"
#include "deadlines/DeadlineEngine.h"
#include "deadlines/DeadlineStatus.h"
#include "demo/DemoData.h"
#include "io/ListExportJob.h"
#include "io/SavedFile.h"
#include "itemmodels/RequestListModel.h"
#include "services/DeadlineRecomputeJob.h"
#include "services/DeadlineRecomputer.h"
#include "services/DeadlinePolicy.h"
#include "services/LetterheadStore.h"
#include "services/OverdueNotice.h"
#include "services/RequestList.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace Masar {

MainWindow::MainWindow(Database& database, const User& user, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_user(user)
    , m_clock(clock)
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_requestMenu(menuBar()->addMenu(QString()))
    , m_settingsMenu(menuBar()->addMenu(QString()))
    , m_languageMenu(new LanguageMenu(this))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_newIncomingAction(new QAction(this))
    , m_newOutgoingAction(new QAction(this))
    , m_findAction(new QAction(this))
    , m_saveAction(new QAction(this))
    , m_exportListAction(new QAction(this))
    , m_printAction(new QAction(this))
    , m_nextAction(new QAction(this))
    , m_previousAction(new QAction(this))
    , m_refreshAction(new QAction(this))
    , m_reassignAction(new QAction(this))
    , m_quitAction(new QAction(this))
    , m_preferencesAction(new QAction(this))
    , m_usersAction(new QAction(this))
    , m_calendarsAction(new QAction(this))
    , m_letterheadAction(new QAction(this))
    , m_workflowAction(new QAction(this))
    , m_aboutAction(new QAction(this))
    , m_stack(new QStackedWidget(this))
    , m_welcomePage(new QWidget(m_stack))
    , m_welcomeTitleLabel(new QLabel(m_welcomePage))
    , m_welcomeTextLabel(new QLabel(m_welcomePage))
    , m_registerFirstButton(new QPushButton(m_welcomePage))
    , m_loadDemoButton(new QPushButton(m_welcomePage))
    , m_deskPage(new QWidget(m_stack))
    , m_filterBar(new RequestFilterBar(user.name, clock, m_deskPage))
    , m_splitter(new QSplitter(Qt::Horizontal, m_deskPage))
    , m_listView(new QTableView(m_splitter))
    , m_model(new RequestListModel(database, clock, this))
    , m_detail(new RequestDetail(m_splitter))
    , m_countLabel(new QLabel(this))
    , m_todayLabel(new QLabel(this))
    , m_deadlineProgressLabel(new QLabel(this))
    , m_overdueNotice(new OverdueNoticeBar(this))
    , m_problemBar(new ProblemBar(this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    const std::pair<QObject*, const char*> names[] = {
        {m_fileMenu, "fileMenu"},
        {m_requestMenu, "requestMenu"},
        {m_settingsMenu, "settingsMenu"},
        {m_helpMenu, "helpMenu"},
        {m_newIncomingAction, "newIncomingAction"},
        {m_newOutgoingAction, "newOutgoingAction"},
        {m_findAction, "findAction"},
        {m_saveAction, "saveAction"},
        {m_exportListAction, "exportListAction"},
        {m_printAction, "printAction"},
        {m_nextAction, "nextRequestAction"},
        {m_previousAction, "previousRequestAction"},
        {m_refreshAction, "refreshAction"},
        {m_reassignAction, "reassignAction"},
        {m_quitAction, "quitAction"},
        {m_preferencesAction, "preferencesAction"},
        {m_usersAction, "usersAction"},
        {m_calendarsAction, "calendarsAction"},
        {m_letterheadAction, "letterheadAction"},
        {m_workflowAction, "workflowAction"},
        {m_aboutAction, "aboutAction"},
        {m_stack, "pages"},
        {m_welcomePage, "welcomePage"},
        {m_welcomeTitleLabel, "welcomeTitleLabel"},
        {m_welcomeTextLabel, "welcomeTextLabel"},
        {m_registerFirstButton, "registerFirstButton"},
        {m_loadDemoButton, "loadDemoButton"},
        {m_deskPage, "deskPage"},
        {m_splitter, "deskSplitter"},
        {m_listView, "requestListView"},
        {m_model, "requestListModel"},
        {m_countLabel, "countLabel"},
        {m_todayLabel, "todayLabel"},
        {m_deadlineProgressLabel, "deadlineProgressLabel"},
        {m_userLabel, "userLabel"},
        {m_databaseLabel, "databaseLabel"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }

    // Actions and their keys.
    m_newIncomingAction->setShortcut(QKeySequence::New);
    m_newOutgoingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_findAction->setShortcut(QKeySequence::Find);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_printAction->setShortcut(QKeySequence::Print);
    m_saveAction->setEnabled(false);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    const bool mayCreate = Workflow::checkCreation(Direction::Incoming, user.role).ok();
    m_newIncomingAction->setEnabled(mayCreate);
    m_newOutgoingAction->setEnabled(Workflow::checkCreation(Direction::Outgoing, user.role).ok());
    m_registerFirstButton->setEnabled(mayCreate);

    m_fileMenu->addAction(m_newIncomingAction);
    m_fileMenu->addAction(m_newOutgoingAction);
    m_fileMenu->addAction(m_saveAction);
    m_fileMenu->addAction(m_exportListAction);
    m_fileMenu->addAction(m_printAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_requestMenu->addAction(m_findAction);
    m_requestMenu->addAction(m_nextAction);
    m_requestMenu->addAction(m_previousAction);
    m_requestMenu->addAction(m_reassignAction);
    m_requestMenu->addAction(m_refreshAction);
    m_settingsMenu->addMenu(m_languageMenu);
    m_settingsMenu->addAction(m_usersAction);
    m_settingsMenu->addAction(m_calendarsAction);
    // Calendars and deadline rules are an administrator's (the model refuses anyone else).
    m_calendarsAction->setVisible(user.role == Role::Administrator);
    m_calendarsAction->setEnabled(user.role == Role::Administrator);
    // So is the letterhead of printed documents.
    m_settingsMenu->addAction(m_letterheadAction);
    m_letterheadAction->setVisible(LetterheadStore::mayChange(user.role));
    m_letterheadAction->setEnabled(LetterheadStore::mayChange(user.role));
    m_settingsMenu->addAction(m_preferencesAction);
    m_helpMenu->addAction(m_workflowAction);
    m_helpMenu->addAction(m_aboutAction);

    // The supervisor's dashboard, in a window of its own.
    m_dashboardAction = new QAction(this);
    m_dashboardAction->setObjectName(QStringLiteral("dashboardAction"));
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_requestMenu->addSeparator();
    m_requestMenu->addAction(m_dashboardAction);
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);

    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_newIncomingAction);
    toolBar->addAction(m_newOutgoingAction);
    toolBar->widgetForAction(m_newIncomingAction)->setObjectName(QStringLiteral("newIncomingButton"));
    toolBar->widgetForAction(m_newOutgoingAction)->setObjectName(QStringLiteral("newOutgoingButton"));

    connect(m_newIncomingAction, &QAction::triggered, this,
            [this]() { registerRequest(Direction::Incoming); });
    connect(m_newOutgoingAction, &QAction::triggered, this,
            [this]() { registerRequest(Direction::Outgoing); });
    connect(m_registerFirstButton, &QPushButton::clicked, m_newIncomingAction, &QAction::trigger);
    connect(m_loadDemoButton, &QPushButton::clicked, this, &MainWindow::loadDemoData);
    connect(m_findAction, &QAction::triggered, this, [this]() {
        m_stack->setCurrentWidget(m_deskPage);
        m_filterBar->findEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->findEdit()->selectAll();
    });
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveEdits);
    connect(m_nextAction, &QAction::triggered, this, [this]() { moveSelection(1); });
    connect(m_previousAction, &QAction::triggered, this, [this]() { moveSelection(-1); });
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_exportListAction, &QAction::triggered, this, &MainWindow::exportList);
    connect(m_printAction, &QAction::triggered, this, &MainWindow::print);
    connect(m_reassignAction, &QAction::triggered, this, &MainWindow::reassignSelected);
    // Supervisors select many requests to reassign them at once.
    m_reassignAction->setVisible(
        Workflow::find(Direction::Incoming, Step::Reassign)->allowsRole(m_user.role));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_usersAction, &QAction::triggered, this, &MainWindow::showUsers);
    connect(m_calendarsAction, &QAction::triggered, this, &MainWindow::showCalendars);
    connect(m_letterheadAction, &QAction::triggered, this, &MainWindow::showLetterhead);
    connect(m_workflowAction, &QAction::triggered, this, &MainWindow::showWorkflow);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // The welcome, for a register with nothing in it yet.
    QFont titleFont = m_welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_welcomeTitleLabel->setFont(titleFont);
    m_welcomeTextLabel->setWordWrap(true);
    m_welcomeTextLabel->setFixedWidth(560);
    m_welcomeTextLabel->setAlignment(Qt::AlignCenter);
    auto* welcomeColumn = new QVBoxLayout;
    welcomeColumn->addStretch();
    welcomeColumn->addWidget(m_welcomeTitleLabel, 0, Qt::AlignHCenter);
    welcomeColumn->addWidget(m_welcomeTextLabel);
    welcomeColumn->addSpacing(16);
    welcomeColumn->addWidget(m_registerFirstButton, 0, Qt::AlignHCenter);
    welcomeColumn->addWidget(m_loadDemoButton, 0, Qt::AlignHCenter);
    welcomeColumn->addStretch();
    auto* welcome = new QHBoxLayout(m_welcomePage);
    welcome->addStretch();
    welcome->addLayout(welcomeColumn);
    welcome->addStretch();
    m_registerFirstButton->setDefault(true);

    // The desk: filters, then the list beside the request.
    m_listView->setSortingEnabled(true);
    m_listView->setModel(m_model); // reads nothing yet: applyFilter() does, once
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_listView->setAlternatingRowColors(true);
    m_listView->setWordWrap(false);
    m_listView->setTabKeyNavigation(false);
    m_listView->verticalHeader()->hide();
    // Rows of one height, never measured: the list may hold a million.
    m_listView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_listView->verticalHeader()->setDefaultSectionSize(m_listView->fontMetrics().height() + 8);
    m_listView->horizontalHeader()->setSectionsMovable(true);
    // The deadline where a supervisor looks first, beside the reference; the
    // user's own order, when saved, is put back over it.
    m_listView->horizontalHeader()->moveSection(int(RequestList::Column::NextDeadline),
                                                int(RequestList::Column::Reference) + 1);
    // Wide enough for a date and "overdue by 12 days", beside the delegate's icon.
    const QDate sample(2026, 12, 28);
    m_listView->horizontalHeader()->resizeSection(
        int(RequestList::Column::NextDeadline),
        m_listView->fontMetrics().horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat)
                                                    + QStringLiteral(" — ")
                                                    + DeadlineStatus::describe(sample, sample.addDays(12)))
            + 3 * m_listView->style()->pixelMetric(QStyle::PM_SmallIconSize));
    m_listView->horizontalHeader()->setHighlightSections(false);
    m_listView->horizontalHeader()->setSortIndicator(int(m_model->sortColumn()), m_model->sortOrder());
    // The next deadline in colour with an icon, beside the model's words.
    m_listView->setItemDelegateForColumn(int(RequestList::Column::NextDeadline),
                                         new DeadlineDelegate(m_listView));
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

    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_deadlineProgressLabel);
    m_deadlineProgressLabel->hide();
    statusBar()->addPermanentWidget(m_todayLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_filterBar, &RequestFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_overdueNotice, &OverdueNoticeBar::showAllRequested, this, &MainWindow::showRequests);
    connect(m_overdueNotice, &OverdueNoticeBar::referenceActivated, this, [this](const QString& reference) {
        if (!selectRequest(reference)) {
            showRequests(m_overdueNotice->news().filter);
            selectRequest(reference);
        }
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_model, &RequestListModel::readFailed, this,
            [this](const QString& message) { showReadProblem(message); });
    connect(m_problemBar, &ProblemBar::retryRequested, this, &MainWindow::refresh);
    connect(m_detail, &RequestDetail::stepRequested, this, &MainWindow::takeStep);
    connect(m_detail, &RequestDetail::saveRequested, this, &MainWindow::saveEdits);
    connect(m_detail, &RequestDetail::discardRequested, this, &MainWindow::discardEdits);
    connect(m_detail, &RequestDetail::modifiedChanged, m_saveAction, &QAction::setEnabled);
    connect(m_detail, &RequestDetail::openDocumentRequested, this,
            [this](const QString& name) { exportDocument(name, true); });
    connect(m_detail, &RequestDetail::saveDocumentRequested, this,
            [this](const QString& name) { exportDocument(name, false); });

    reloadUsers();
    setWindowIcon(QIcon(QStringLiteral(":/icons/masar.svg")));
    resize(1280, 800);
    restoreSettings();
    const int atRiskDays = DashboardWindow::atRiskDays();
    m_model->setAtRiskDays(atRiskDays);
    m_filterBar->setAtRiskDays(atRiskDays);
    recount();
    applyFilter();
    retranslateUi();
    // Once the window is up: deadlines left to compute (counted now, so that a
    // change made later is computed by whoever made it), then the notice of
    // what became overdue.
    const Result<int> pending = DeadlineRecomputer::pending(m_database);
    const bool compute = pending && *pending > 0 && !m_database.isReadOnly();
    QTimer::singleShot(0, this, [this, compute] { startDeadlineWork(compute); });
}

void MainWindow::startDeadlineWork(bool compute)
{
    if (!compute) {
        showOverdueNotice();
        return;
    }
    m_deadlineJob = new DeadlineRecomputeJob(m_database.path(), m_clock, this);
    m_deadlineJob->setObjectName(QStringLiteral("deadlineRefreshJob"));
    connect(m_deadlineJob, &DeadlineRecomputeJob::progress, this, [this](int done, int total) {
        //: In the status bar while the deadlines of a register are brought up to date.
        m_deadlineProgressLabel->setText(
            tr("Computing deadlines: %1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_deadlineJob, &DeadlineRecomputeJob::finished, this, [this] {
        m_deadlineProgressLabel->clear();
        m_deadlineProgressLabel->hide();
        if (!m_deadlineJob->error().isEmpty()) {
            statusBar()->showMessage(m_deadlineJob->error());
        }
        refresh();
        if (m_dashboard) {
            m_dashboard->refresh(); // counted while deadlines were missing
        }
        showOverdueNotice();
    });
    m_deadlineProgressLabel->setText(tr("Computing deadlines…"));
    m_deadlineProgressLabel->show();
    m_deadlineJob->start();
}

void MainWindow::showOverdueNotice()
{
    Result<OverdueNews> news = OverdueNotice(m_database, m_clock).take(m_user);
    if (!news) {
        statusBar()->showMessage(news.error().message());
        return;
    }
    m_overdueNotice->setNews(*news);
}

MainWindow::~MainWindow() = default;

void MainWindow::applyFilter()
{
    const qint64 current = m_model->idAt(m_listView->currentIndex().row());
    if (Status status = m_model->setFilter(m_filterBar->filter()); !status.ok()) {
        statusBar()->showMessage(status.message());
        return;
    }
    selectId(current);
}

const DeadlineEngine* MainWindow::deadlineEngine()
{
    if (!m_deadlineEngine) {
        Result<std::shared_ptr<const DeadlineEngine>> engine = DeadlinePolicy(m_database, m_clock).engine();
        if (!engine) {
            statusBar()->showMessage(engine.error().message());
            return nullptr;
        }
        m_deadlineEngine = engine.take();
    }
    return m_deadlineEngine.get();
}

void MainWindow::refresh()
{
    m_deadlineEngine.reset(); // rules and calendars may have changed since
    m_problemBar->setProblem(QString());

    recount();
    reloadUsers();
    const qint64 current = m_model->idAt(m_listView->currentIndex().row());
    if (Status status = m_model->reload(); !status.ok()) {
        showReadProblem(status.message());
        return;
    }
    selectId(current);
    // The request shown is read again, unless it holds edits not saved yet.
    if (m_listView->currentIndex().isValid() && !m_detail->isModified()) {
        showCurrent();
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

void MainWindow::selectId(qint64 id)
{
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    if (row < 0) {
        // Out of the list now; edits not saved stay on screen.
        if (!m_detail->isModified()) {
            m_detail->clear();
        }
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    m_listView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_listView->scrollTo(index);
}

bool MainWindow::selectRequest(const QString& reference)
{
    Result<std::optional<qint64>> id = RequestReader(m_database).idOf(reference);
    if (!id || !*id || m_model->rowOf(**id) < 0) {
        return false;
    }
    m_stack->setCurrentWidget(m_deskPage);
    selectId(**id);
    return true;
}

void MainWindow::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_listView->currentIndex().row();
    const int next = std::clamp(current < 0 ? 0 : current + delta, 0, rows - 1);
    selectId(m_model->idAt(next));
}

void MainWindow::exportList()
{
    if (m_exportJob) {
        return; // one at a time
    }
    const QString path = FileDialog::saveFile(
        this, tr("Export the list as CSV"), tr("requests-%1.csv").arg(Iso8601::formatDate(m_clock.today())));
    if (path.isEmpty()) {
        return;
    }
    QPointer<QProgressDialog> progress = new QProgressDialog(this);
    progress->setObjectName(QStringLiteral("exportProgressDialog"));
    progress->setWindowTitle(tr("Export the list as CSV"));
    progress->setLabelText(tr("Writing the list…"));
    progress->setCancelButtonText(tr("Stop"));
    progress->setRange(0, 0);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_exportJob = new ListExportJob(m_database.path(), m_filterBar->filter(),
                                    RequestExport::Format::CsvWithDeadline, path, this);
    m_exportJob->setObjectName(QStringLiteral("listExportJob"));
    connect(progress, &QProgressDialog::canceled, m_exportJob, &ListExportJob::cancel);
    connect(m_exportJob, &ListExportJob::progress, progress, [progress](int done, int total) {
        progress->setRange(0, total);
        progress->setValue(done);
    });
    connect(m_exportJob, &ListExportJob::finished, this, [this, progress, path] {
        if (progress) {
            progress->close();
        }
        if (m_exportJob->error().isEmpty()) {
            //: %Ln requests, %1 the file.
            statusBar()->showMessage(tr("%Ln request(s) written to %1.", nullptr, m_exportJob->written())
                                         .arg(QDir::toNativeSeparators(path)),
                                     10000);
        } else {
            MessageBox::warning(this, tr("Export the list as CSV"), m_exportJob->error());
        }
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
    });
    progress->show();
    m_exportJob->start();
}

void MainWindow::print()
{
    if (!m_printRunner) {
        m_printRunner = new PrintRunner(m_database, m_clock, m_user, this);
        connect(m_printRunner, &PrintRunner::finished, this, [this](const QString& message) {
            if (!message.isEmpty()) {
                statusBar()->showMessage(message, 10000);
            }
        });
    }
    if (m_printRunner->isRunning()) {
        return; // one at a time
    }
    const QStringList selected = selectedReferences();
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

QStringList MainWindow::selectedReferences() const
{
    QStringList references;
    const QModelIndexList rows = m_listView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const RequestListRow* row = m_model->rowAt(index.row())) {
            references << row->reference;
        }
    }
    return references;
}

void MainWindow::reassignSelected()
{
    if (!confirmLeave()) {
        return;
    }
    if (m_listView->selectionModel()->selectedRows().size() > RequestService::mostRequestsAtOnce) {
        MessageBox::warning(this, tr("Reassign"),
                            tr("At most %Ln requests can be reassigned at once.", nullptr,
                               RequestService::mostRequestsAtOnce));
        return;
    }
    const QStringList references = selectedReferences();
    if (references.isEmpty()) {
        statusBar()->showMessage(tr("Select the requests to reassign first."), 8000);
        return;
    }
    Result<Request> first = RequestReader(m_database).get(references.first(), RequestReader::Detail::Header);
    if (!first) {
        statusBar()->showMessage(first.error().message());
        return;
    }
    Request shown = *first;
    if (references.size() > 1) {
        shown.assignee.clear(); // any user may be the new one of some of them
    }
    std::optional<std::vector<User>> assignable = assignableUsers(labelOf(Step::Reassign));
    if (!assignable) {
        return;
    }
    auto take = [this, references](const StepInput& input) -> Status {
        return RequestService(m_database, m_clock)
            .takeStepOnEach(m_user, references, Step::Reassign, input)
            .status();
    };
    auto* dialog = new StepDialog(shown, *Workflow::find(shown.direction, Step::Reassign), *assignable,
                                  m_clock, take, this);
    dialog->setReferences(references);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, references]() {
        refresh();
        statusBar()->showMessage(tr("%Ln request(s) reassigned.", nullptr, int(references.size())), 8000);
    });
    dialog->open();
}

void MainWindow::showCurrent()
{
    if (m_returning) {
        return;
    }
    const RequestListRow* row = m_model->rowAt(m_listView->currentIndex().row());
    const qint64 target = row ? row->id : 0;
    const std::optional<Request>& shown = m_detail->request();
    if (shown && m_detail->isModified()) {
        const qint64 editedId = shown->id;
        if (target == editedId) {
            return; // the request being edited, selected again
        }
        if (!confirmLeave()) {
            // Back to the edited request, once the view has finished
            // handling the click or key that moved away from it.
            QTimer::singleShot(0, this, [this, editedId]() {
                m_returning = true;
                selectId(editedId);
                m_returning = false;
            });
            return;
        }
        // Saving or discarding reads the list again: select where the user asked to go.
        m_returning = true;
        selectId(target);
        m_returning = false;
        row = m_model->rowAt(m_model->rowOf(target));
    }
    if (!row) {
        m_detail->clear();
        return;
    }
    Result<Request> request = RequestReader(m_database).get(row->reference);
    if (!request) {
        m_detail->clear();
        showReadProblem(request.error().message());
        return;
    }
    m_detail->setRequest(*request, Workflow::available(request->direction, request->state, m_user.role),
                         m_clock.today());
    m_detail->setDeadline(deadlineEngine() ? deadlineEngine()->next(*request) : std::nullopt);
}

bool MainWindow::confirmLeave()
{
    if (!m_detail->isModified() || !m_detail->request()) {
        return true;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to request %1 are not saved. Save them now?").arg(m_detail->request()->reference),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return saveEdits();
    case QMessageBox::Discard:
        discardEdits();
        return true;
    default:
        return false;
    }
}

bool MainWindow::saveEdits()
{
    const std::optional<Request>& stored = m_detail->request();
    if (!stored || !m_detail->isModified()) {
        return true;
    }
    Result<StepOutcome> outcome
        = RequestService(m_database, m_clock)
              .amend(m_user, stored->reference, m_detail->edited(), stored->revision());
    if (!outcome && outcome.error().kind() == Error::Kind::Unchanged) {
        discardEdits(); // edited back to what it was: nothing to save
        return true;
    }
    if (!outcome) {
        // Problems shown on their fields, as the model words them; the others in a box.
        const std::vector<FieldProblem>& problems = outcome.error().fieldProblems();
        if (problems.empty()) {
            MessageBox::warning(this, tr("Not saved"), outcome.error().fullText());
            return false;
        }
        if (const std::vector<FieldProblem> elsewhere = m_detail->showProblems(problems);
            !elsewhere.empty()) {
            MessageBox::warning(this, tr("Not saved"),
                                RequestService::notAmended(stored->reference, elsewhere).fullText());
        }
        statusBar()->showMessage(tr("Nothing was saved: correct the fields marked."), 8000);
        return false;
    }
    const QString reference = stored->reference;
    m_detail->clear();
    refresh();
    QString message = selectRequest(reference)
        ? tr("Request %1 was saved.").arg(reference)
        : tr("Request %1 was saved; the current filter does not show it.").arg(reference);
    statusBar()->showMessage(message, 10000);
    if (!outcome->warnings.isEmpty()) {
        MessageBox::warning(this, tr("Saved"), outcome->warnings.join(QLatin1Char('\n')));
    }
    return true;
}

void MainWindow::discardEdits()
{
    const std::optional<Request>& stored = m_detail->request();
    if (!stored) {
        return;
    }
    const QString reference = stored->reference;
    m_detail->clear();
    if (!selectRequest(reference)) {
        return;
    }
    showCurrent();
}

void MainWindow::registerRequest(Direction direction)
{
    auto check = [this](const Request& draft) {
        return RequestService(m_database, m_clock).checkNew(m_user, draft);
    };
    auto create = [this](const Request& draft) {
        return RequestService(m_database, m_clock).create(m_user, draft);
    };
    auto* dialog = new RegisterDialog(direction, m_clock, check, create, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString reference = dialog->reference();
        m_stack->setCurrentWidget(m_deskPage);
        refresh();
        if (!selectRequest(reference)) {
            // Registered, but the filter hides it: say so rather than seem to lose it.
            statusBar()->showMessage(
                tr("Request %1 was registered; the current filter does not show it.").arg(reference));
        } else {
            statusBar()->showMessage(tr("Request %1 was registered.").arg(reference), 8000);
        }
    });
    dialog->open();
}

void MainWindow::takeStep(Step step)
{
    // A step changes the request: edits not saved are dealt with first.
    if (!confirmLeave()) {
        return;
    }
    const std::optional<Request>& request = m_detail->request();
    if (!request) {
        return;
    }
    const Transition* row = Workflow::find(request->direction, step);
    if (!row) {
        return;
    }
    std::optional<std::vector<User>> assignable = assignableUsers(labelOf(step));
    if (!assignable) {
        return;
    }
    const QString reference = request->reference;
    const qint64 revision = request->revision();
    auto warnings = std::make_shared<QStringList>();
    auto take = [this, reference, step, revision, warnings](const StepInput& given) -> Status {
        StepInput input = given;
        input.revision = revision; // refused if someone changed the request since it was shown
        Result<StepOutcome> outcome
            = RequestService(m_database, m_clock).takeStep(m_user, reference, step, input);
        if (!outcome) {
            return outcome.error();
        }
        *warnings = outcome->warnings;
        return Status();
    };
    auto* dialog = new StepDialog(*request, *row, *assignable, m_clock, take, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, reference, step, warnings]() {
        refresh();
        if (!selectRequest(reference)) {
            m_detail->clear();
        }
        statusBar()->showMessage(tr("%1: %2 done.").arg(reference, labelOf(step)), 8000);
        if (!warnings->isEmpty()) {
            // What the model found worth a second look ("may be the same request"): not only for a moment.
            MessageBox::warning(this, labelOf(step), warnings->join(QLatin1Char('\n')));
        }
    });
    dialog->open();
}

std::optional<std::vector<User>> MainWindow::assignableUsers(const QString& title)
{
    Result<std::vector<User>> users = Users(m_database, m_clock).assignable();
    if (!users) {
        MessageBox::warning(this, title,
                            tr("The users of the register cannot be read: %1").arg(users.error().message()));
        return std::nullopt;
    }
    return users.take();
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

void MainWindow::exportDocument(const QString& name, bool open)
{
    const std::optional<Request>& request = m_detail->request();
    if (!request) {
        return;
    }
    Result<QByteArray> content = RequestReader(m_database).documentContent(request->reference, name);
    if (!content) {
        MessageBox::warning(this, tr("Document"), content.error().message());
        return;
    }
    QString path;
    if (open) {
        // A private folder (owner only) of this window, removed with it: the
        // register's documents are not left lying about in the temporary folder.
        if (!m_openedDocuments) {
            m_openedDocuments = std::make_unique<QTemporaryDir>(
                QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                    .filePath(QStringLiteral("masar-XXXXXX")));
        }
        if (!m_openedDocuments->isValid()) {
            MessageBox::warning(this, tr("Document"), m_openedDocuments->errorString());
            m_openedDocuments.reset();
            return;
        }
        const QString folder = m_openedDocuments->path();
        path = QDir(folder).filePath(QFileInfo(name).fileName());
    } else {
        path = FileDialog::saveFile(this, tr("Save a copy of %1").arg(name), name);
        if (path.isEmpty()) {
            return;
        }
    }
    if (Status written = SavedFile::write(path, *content); !written.ok()) {
        MessageBox::warning(this, tr("Document"), written.message());
        return;
    }
    if (open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    } else {
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(LocaleText::isolated(path)), 8000);
    }
}

void MainWindow::loadDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> loaded = DemoData::load(m_database, m_user, m_clock);
    // The letterhead of printed documents too, unless the register has one.
    const Result<bool> letterhead
        = loaded ? DemoData::setLetterhead(m_database, m_user, m_clock) : Result<bool>(false);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        MessageBox::warning(this, tr("Demonstration data"), loaded.error().fullText());
        return;
    }
    if (!letterhead) {
        MessageBox::warning(this, tr("Demonstration data"), letterhead.error().fullText());
    }
    reloadUsers();
    refresh();
    statusBar()->showMessage(tr("Loaded %n demonstration request(s).", nullptr, *loaded), 8000);
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
    const int shown = m_model->rowCount();
    if (m_model->filter().isEmpty()) {
        m_countLabel->setText(tr("%Ln request(s)", nullptr, shown));
    } else {
        //: %1 is "N requests shown", %2 the register's size as a number.
        m_countLabel->setText(
            m_total
                ? tr("%1 of %2").arg(tr("%Ln request(s) shown", nullptr, shown), QLocale().toString(*m_total))
                : tr("%Ln request(s) shown", nullptr, shown));
    }
    const bool empty = m_total && *m_total == 0;
    m_stack->setCurrentWidget(empty ? m_welcomePage : m_deskPage);
}

void MainWindow::showWorkflow()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("workflowDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(m_workflowAction->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    auto* panel = new WorkflowPanel(dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(QStringLiteral("workflowButtonBox"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(1100, 640);
    dialog->open();
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
    if (!confirmLeave()) {
        return;
    }
    m_filterBar->setFilter(filter);
    applyFilter();
    m_stack->setCurrentWidget(m_deskPage);
    setWindowState(windowState() & ~Qt::WindowMinimized);
    raise();
    activateWindow();
}

void MainWindow::saveSettings() const
{
    Preferences::setValue(QStringLiteral("window/geometry"), saveGeometry());
    Preferences::setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    Preferences::setValue(QStringLiteral("window/listHeader"), m_listView->horizontalHeader()->saveState());
    Preferences::setValue(QStringLiteral("window/filter"), m_filterBar->state());
}

void MainWindow::restoreSettings()
{
    restoreGeometry(Preferences::value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(Preferences::value(QStringLiteral("window/splitter")).toByteArray());
    QHeaderView* header = m_listView->horizontalHeader();
    if (!header->restoreState(Preferences::value(QStringLiteral("window/listHeader")).toByteArray())) {
        header->resizeSection(0, 130);
    }
    m_filterBar->restoreState(Preferences::value(QStringLiteral("window/filter")).toMap());
    // The header's sort indicator says how the list was sorted last; the
    // model takes it for its first read.
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeave()) {
        event->ignore();
        return;
    }
    saveSettings();
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
    m_fileMenu->setTitle(tr("&File"));
    m_requestMenu->setTitle(tr("&Request"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newIncomingAction->setText(tr("&Register an incoming request…"));
    m_newOutgoingAction->setText(tr("&Start an outgoing request…"));
    m_findAction->setText(tr("&Find…"));
    m_saveAction->setText(tr("&Save the request"));
    m_nextAction->setText(tr("&Next request"));
    m_previousAction->setText(tr("&Previous request"));
    m_refreshAction->setText(tr("Re&load the list"));
    m_reassignAction->setText(tr("Reassign the selected requests…"));
    m_exportListAction->setText(tr("&Export the list as CSV…"));
    m_printAction->setText(tr("&Print…"));
    m_quitAction->setText(tr("&Quit"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_usersAction->setText(tr("&Users…"));
    m_calendarsAction->setText(tr("&Calendars and deadlines…"));
    m_letterheadAction->setText(tr("Letter&head…"));
    m_workflowAction->setText(tr("The &workflow…"));
    m_dashboardAction->setText(tr("&Dashboard…"));
    m_aboutAction->setText(tr("&About Masar…"));
    m_welcomeTitleLabel->setText(tr("Welcome to Masar"));
    if (m_registerFirstButton->isEnabled()) {
        m_welcomeTextLabel->setText(
            tr("The register is empty. Register the first request that has arrived; an administrator can "
               "also load a set of demonstration requests to show how Masar works."));
    } else if (m_user.role == Role::Administrator) {
        m_welcomeTextLabel->setText(
            tr("The register is empty. Officers register requests; as %1 you add the people who work "
               "with Masar (Settings ▸ Users), or load a set of demonstration requests to see how Masar "
               "works.")
                .arg(labelOf(m_user.role)));
    } else {
        m_welcomeTextLabel->setText(
            tr("The register is empty: there is nothing to read yet. Officers register requests as they "
               "arrive."));
    }
    m_loadDemoButton->setVisible(DemoData::mayLoad(m_user.role));
    m_registerFirstButton->setText(tr("&Register the first request"));
    m_loadDemoButton->setText(tr("Load &demonstration data"));
    // Names sort anew in the new language: the list is read again, and the
    // request shown stays selected.
    const qint64 current = m_model->idAt(m_listView->currentIndex().row());
    m_model->retranslate();
    if (current != 0 && m_model->idAt(m_listView->currentIndex().row()) != current) {
        m_returning = true;
        selectId(current);
        m_returning = false;
    }
    m_todayLabel->setText(LanguageManager::instance().date(m_clock.today()));
    m_userLabel->setText(
        tr("Signed in as %1 (%2)").arg(LocaleText::isolated(m_user.name), labelOf(m_user.role)));
    m_databaseLabel->setText(tr("Database: %1 (schema %2)")
                                 .arg(LocaleText::isolated(QDir::toNativeSeparators(m_database.path())),
                                      QLocale().toString(m_database.schemaVersion())));
    updateCounts();
}

void MainWindow::showPreferences()
{
    // Window-modal, not blocking: it applies its choices itself when accepted.
    auto* dialog = new PreferencesDialog(m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUsers()
{
    auto* dialog = new UsersDialog(m_database, m_user, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UsersDialog::usersChanged, this, &MainWindow::reloadUsers);
    dialog->open();
}

void MainWindow::showCalendars()
{
    if (m_user.role != Role::Administrator) {
        return;
    }
    auto* dialog = new CalendarsDialog(m_database, m_user, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Deadlines were computed again: the list and the request shown read them anew.
    connect(dialog, &CalendarsDialog::deadlinesChanged, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::showLetterhead()
{
    if (!LetterheadStore::mayChange(m_user.role)) {
        return;
    }
    auto* dialog = new LetterheadDialog(m_database, m_user, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Masar"),
        tr("<h3>Masar %1</h3><p>Tracks requests for mutual legal assistance in criminal matters, "
           "incoming and outgoing, from the day a request arrives to the day it closes.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MASAR_VERSION)));
}

} // namespace Masar
