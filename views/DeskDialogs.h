#pragma once

#include "services/User.h"

#include <QObject>

class QWidget;

namespace Masar {

class Clock;
class Database;

// The dialogs the desk opens from its Settings and Help menus: each
// window-modal, never blocking the desk, and only for those whose role the
// model lets change what it shows (the calendars and the letterhead are an
// administrator's).
class DeskDialogs : public QObject
{
    Q_OBJECT

public:
    DeskDialogs(Database& database, const Clock& clock, const User& user, QWidget* window);

    void showPreferences();
    void showUsers();
    void showCalendars();
    void showLetterhead();
    // The workflow table, in a dialog titled `title`.
    void showWorkflow(const QString& title);
    void showAbout();

signals:
    // Users were added or changed: the desk reads them again.
    void usersChanged();
    // Deadlines were computed again: the desk reads the list and the request shown anew.
    void deadlinesChanged();

private:
    Database& m_database;
    const Clock& m_clock;
    User m_user;
    QWidget* m_window;
};

} // namespace Masar
