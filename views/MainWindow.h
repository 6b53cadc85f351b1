#pragma once

#include "domain/Codes.h"
#include "services/RequestFilter.h"
#include "services/User.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTemporaryDir;

namespace Masar {

class Clock;
class DashboardWindow;
class Database;
class DeadlineEngine;
class DeadlineRecomputeJob;
class ListExportJob;
class OverdueNoticeBar;
class PrintRunner;
class ProblemBar;
struct RequestFilter;
class LanguageMenu;
class RequestDetail;
class RequestFilterBar;
class RequestListModel;

// The officer's desk: the list of requests with its filters and quick find,
// the selected request in full beside it, and the steps that may be taken
// on it. Every rule is the model's; the window asks and shows.
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
    void applyFilter();
    void showCurrent();
    void selectId(qint64 id);
    void moveSelection(int delta);
    void registerRequest(Direction direction);
    void loadDemoData();
    void takeStep(Step step);
    // Reassigns the requests selected in the list (supervisors), all or none.
    void reassignSelected();
    // Writes the list as it is filtered to a CSV file, off the GUI thread, with progress and a way to stop.
    void exportList();
    // File ▸ Print: the summary of the selected request or the report of the list as filtered.
    void print();
    QStringList selectedReferences() const;
    // Saves the edits of the request shown; false when they were refused (they stay).
    bool saveEdits();
    void discardEdits();
    // Asks what to do with unsaved edits before they would be left; false: stay.
    bool confirmLeave();
    void exportDocument(const QString& name, bool open);
    void recount();
    // Says, until the next successful reading, that the register could not be read.
    void showReadProblem(const QString& message);
    // The users requests may be assigned to; a warning titled `title` when they cannot be read.
    std::optional<std::vector<User>> assignableUsers(const QString& title);
    // Reads the users again for the filter and the request's history; says so when it cannot.
    void reloadUsers();
    void updateCounts();
    void showWorkflow();
    void showDashboard();
    void showAbout();
    void showPreferences();
    void showUsers();
    void showCalendars();
    void showLetterhead();
    void saveSettings() const;
    void restoreSettings();
    void retranslateUi();
    // The deadline engine of the register's rules and calendars, read when
    // first needed and again on reloading the list; null when unreadable.
    const DeadlineEngine* deadlineEngine();
    // Computes the deadlines left to compute (after an upgrade) off the GUI thread, then shows the notice.
    void startDeadlineWork(bool compute);
    void showOverdueNotice();

    Database& m_database;
    User m_user;
    const Clock& m_clock;
    std::optional<int> m_total; // the register's size; none when it could not be read
    bool m_returning = false; // selecting the edited request again after "Cancel"
    QString m_error;
    std::shared_ptr<const DeadlineEngine> m_deadlineEngine;

    QMenu* m_fileMenu;
    QMenu* m_requestMenu;
    QMenu* m_settingsMenu;
    LanguageMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_newIncomingAction;
    QAction* m_newOutgoingAction;
    QAction* m_findAction;
    QAction* m_saveAction;
    QAction* m_exportListAction;
    QAction* m_printAction;
    QAction* m_nextAction;
    QAction* m_previousAction;
    QAction* m_refreshAction;
    QAction* m_reassignAction;
    QAction* m_quitAction;
    QAction* m_preferencesAction;
    QAction* m_usersAction;
    QAction* m_calendarsAction;
    QAction* m_letterheadAction;
    QAction* m_workflowAction;
    QAction* m_aboutAction;

    QStackedWidget* m_stack;
    QWidget* m_welcomePage;
    QLabel* m_welcomeTitleLabel;
    QLabel* m_welcomeTextLabel;
    QPushButton* m_registerFirstButton;
    QPushButton* m_loadDemoButton;
    QWidget* m_deskPage;
    RequestFilterBar* m_filterBar;
    QSplitter* m_splitter;
    QTableView* m_listView;
    RequestListModel* m_model;
    RequestDetail* m_detail;
    QLabel* m_countLabel;
    QLabel* m_todayLabel;
    QLabel* m_deadlineProgressLabel;
    OverdueNoticeBar* m_overdueNotice;
    ProblemBar* m_problemBar;
    DeadlineRecomputeJob* m_deadlineJob = nullptr;
    ListExportJob* m_exportJob = nullptr;
    PrintRunner* m_printRunner = nullptr;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    std::unique_ptr<QTemporaryDir> m_openedDocuments; // copies of documents opened in other programs
    QAction* m_dashboardAction = nullptr;
    QPointer<DashboardWindow> m_dashboard; // while open
};

} // namespace Masar
