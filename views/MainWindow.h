#pragma once

#include "domain/Codes.h"
#include "services/RequestFilter.h"
#include "services/User.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QSplitter;
class QStackedWidget;

namespace Masar {

class Clock;
class DashboardWindow;
class Database;
class DeskActions;
class DeskDialogs;
class DeskStatusBar;
class DocumentOpener;
class EditSession;
class ListExportRunner;
class OverdueNoticeBar;
class PendingDeadlines;
class PrintRunner;
class ProblemBar;
class RegistrationRunner;
class RequestDetail;
class RequestFilterBar;
class RequestListModel;
class RequestListView;
class RequestSelection;
class StepRunner;
class WelcomePage;

// The officer's desk: the list of requests with its filters and quick find,
// the selected request in full beside it, and the steps that may be taken
// on it. Every rule is the model's; the window asks and shows. It lays out
// and wires small objects that each do one job: the list and the request
// shown beside it (RequestListView, RequestSelection), its edits
// (EditSession), new requests (RegistrationRunner), steps (StepRunner),
// documents (DocumentOpener), the export of the list (ListExportRunner),
// printing (PrintRunner), the deadlines left to compute (PendingDeadlines),
// the dialogs of the Settings and Help menus (DeskDialogs); its actions and
// menus (DeskActions), welcome (WelcomePage) and status bar (DeskStatusBar).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, const User& user, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Reads the list again (after a change made elsewhere), keeping the selection.
    void refresh();
    // Selects a request in the list; false when the list does not show it.
    bool selectRequest(const QString& reference);
    RequestListModel* listModel() const { return m_model; }
    // Shows the requests of a filter made elsewhere (a number of the
    // dashboard) in the list, and comes to the front.
    void showRequests(const RequestFilter& filter);
    // The days ahead a deadline is at risk, in the list's marks and filter.
    void setAtRiskDays(int days);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    // The parts of the constructor.
    void buildDesk();
    void createJobs();
    void connectActions();
    void connectDesk();
    void start();

    void applyFilter();
    void find();
    void takeStep(Step step);
    // Reassigns the requests selected in the list (supervisors), all or none.
    void reassignSelected();
    // File ▸ Print: the summary of the selected request or the report of the list as filtered.
    void print();
    void recount();
    // Says, until the next successful reading, that the register could not be read.
    void showReadProblem(const QString& message);
    // Reads the users again for the filter and the request's history; says so when it cannot.
    void reloadUsers();
    void updateCounts();
    void showDashboard();
    void saveWindowState() const;
    void restoreWindowState();
    void retranslateUi();
    void showOverdueNotice();

    Database& m_database;
    User m_user;
    const Clock& m_clock;
    std::optional<int> m_total; // the register's size; none when it could not be read

    DeskActions* m_actions;
    QStackedWidget* m_stack;
    WelcomePage* m_welcomePage;
    QWidget* m_deskPage;
    RequestFilterBar* m_filterBar;
    QSplitter* m_splitter;
    RequestListModel* m_model;
    RequestListView* m_listView;
    RequestDetail* m_detail;
    OverdueNoticeBar* m_overdueNotice;
    ProblemBar* m_problemBar;
    DeskStatusBar* m_statusBar;
    EditSession* m_edits = nullptr;
    RequestSelection* m_selection = nullptr;
    StepRunner* m_steps = nullptr;
    RegistrationRunner* m_registration = nullptr;
    DocumentOpener* m_documents = nullptr;
    ListExportRunner* m_export = nullptr;
    PrintRunner* m_printRunner = nullptr;
    DeskDialogs* m_dialogs = nullptr;
    PendingDeadlines* m_pendingDeadlines = nullptr;
    QPointer<DashboardWindow> m_dashboard; // while open
};

} // namespace Masar
