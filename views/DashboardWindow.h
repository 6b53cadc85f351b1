#pragma once

#include "services/DashboardFigures.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace Masar {

class Clock;
class DashboardChart;
class DashboardTable;

// The supervisor's dashboard: open requests by state, overdue and due soon
// by assignee and partner, how long requests have been open, and the days to
// results, as of the clock's today. The figures are worked out off the GUI
// thread, on a connection of their own to the register at `databasePath`;
// the window says so meanwhile and never waits. Every number shows its
// requests: filterChosen() carries the filter of the number clicked.
class DashboardWindow : public QWidget
{
    Q_OBJECT

public:
    // The days ahead a deadline is at risk, as the user last chose them here:
    // the list marks and filters with the same number.
    static int atRiskDays();

    DashboardWindow(const QString& databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    // Works the figures out again (the window does on opening and when the
    // number of days changes).
    void refresh();
    bool isComputing() const { return m_computing; }
    // The figures shown, once worked out.
    const std::optional<DashboardFigures>& figures() const { return m_figures; }

signals:
    void filterChosen(const RequestFilter& filter);
    void atRiskDaysChanged(int days);
    // Each time figures (or an error) arrive.
    void computed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Outcome;
    // Runs on a thread of the pool, with a connection of its own.
    static Outcome compute(const QString& path, const QDate& today, int days);
    void showOutcome(int generation, const Outcome& outcome);
    void layOut();
    void connectSignals();
    // Fills the tables and charts from the figures, in the current language.
    void showFigures();
    // The three numbers at the top, or dashes while there are none.
    void showSummary(const QString& dueSoon);
    void showDeadlines(DashboardTable* table, const QString& header,
                       const std::vector<DashboardFigures::DeadlineCounts>& rows, bool countries,
                       const QString& dueSoon);
    void showStates();
    void showAgeing();
    void showResults();
    // Incoming and outgoing, the sets of the charts' bars.
    static QStringList directionNames();
    void showStatus();
    void retranslateUi();

    QString m_databasePath;
    const Clock& m_clock;
    std::optional<DashboardFigures> m_figures;
    QString m_error;
    bool m_computing = false;
    int m_generation = 0; // of the computation whose figures are awaited

    QLabel* m_daysLabel;
    QSpinBox* m_daysSpinBox;
    QTimer* m_daysTimer;
    QPushButton* m_refreshButton;
    QLabel* m_statusLabel;
    QPushButton* m_openButton;
    QPushButton* m_overdueButton;
    QPushButton* m_dueSoonButton;
    QTabWidget* m_tabs;
    QWidget* m_deadlinesPage;
    QLabel* m_assigneeLabel;
    DashboardTable* m_assigneeTable;
    QLabel* m_partnerLabel;
    DashboardTable* m_partnerTable;
    QWidget* m_statesPage;
    DashboardChart* m_stateChart;
    DashboardTable* m_stateTable;
    QWidget* m_ageingPage;
    DashboardChart* m_ageingChart;
    DashboardTable* m_ageingTable;
    QLabel* m_ageingNoteLabel;
    QWidget* m_resultsPage;
    DashboardTable* m_resultsTable;
    QLabel* m_resultsNoteLabel;
};

} // namespace Masar
