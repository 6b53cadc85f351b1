#pragma once

#include "domain/Codes.h"
#include "services/User.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Masar {

class Clock;
class Database;

// Adds requests to the register: a new one through RegisterDialog (refusals
// shown on their fields, likely duplicates before registering), or the
// demonstration set at once, with its letterhead, for those who may load it.
class RegistrationRunner : public QObject
{
    Q_OBJECT

public:
    // Reads the register again and selects `reference` in the list; false
    // when the list does not show it (an empty reference: none to select).
    using Reload = std::function<bool(const QString& reference)>;

    RegistrationRunner(Database& database, const Clock& clock, const User& user, Reload reload,
                       QWidget* window);

    // Opens the form of a new request of `direction`.
    void registerRequest(Direction direction);
    // Loads the demonstration requests, and their letterhead unless the register has one.
    void loadDemo();

signals:
    // What happened, for the status bar; `timeout` in milliseconds, 0: until replaced.
    void statusMessage(const QString& text, int timeout);

private:
    Database& m_database;
    const Clock& m_clock;
    User m_user;
    Reload m_reload;
    QWidget* m_window;
};

} // namespace Masar
