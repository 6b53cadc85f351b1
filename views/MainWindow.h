#pragma once

#include "services/User.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;

namespace Masar {

class Clock;
class Database;
class LanguageMenu;
class WorkflowPanel;

// The main window. For now it shows the register's size and the workflow;
// the officer's desk comes next.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database& database, const User& user, const Clock& clock, QWidget* parent = nullptr);

    // Re-reads the figures shown from the database.
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showAbout();
    void showPreferences();

    Database& m_database;
    User m_user;
    const Clock& m_clock;
    int m_incoming = 0;
    int m_outgoing = 0;
    int m_open = 0;
    QString m_error;

    QMenu* m_fileMenu;
    QMenu* m_settingsMenu;
    LanguageMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_quitAction;
    QAction* m_preferencesAction;
    QAction* m_aboutAction;
    QLabel* m_titleLabel;
    QLabel* m_todayLabel;
    QLabel* m_summaryLabel;
    WorkflowPanel* m_workflowPanel;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
};

} // namespace Masar
