#pragma once

#include "domain/Codes.h"
#include "domain/Request.h"
#include "services/User.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace Masar {

class Clock;
class Database;
class RequestListView;

// Takes a workflow step through StepDialog: one step on the request shown
// (at the revision shown, so that a change made meanwhile by someone else is
// refused), or the reassignment of the requests selected in the list, all or
// none. Shows what the model found worth a second look once the step is
// taken. Unsaved edits are the caller's to deal with first.
class StepRunner : public QObject
{
    Q_OBJECT

public:
    // Reads the register again once a step is taken, and shows `reference`
    // (nothing shown when the list does not show it; empty: the selection as it was).
    using Reload = std::function<void(const QString& reference)>;

    StepRunner(Database& database, const Clock& clock, const User& user, Reload reload, QWidget* window);

    // Asks for what `step` takes on `request`, then takes it.
    void take(const Request& request, Step step);
    // Asks for the new assignee of the requests selected in `list`, then reassigns them.
    void reassign(const RequestListView& list);
    // The users requests may be assigned to; a warning titled `title` when they cannot be read.
    std::optional<std::vector<User>> assignableUsers(const QString& title) const;

signals:
    // What happened, for the status bar; `timeout` in milliseconds, 0: until replaced.
    void statusMessage(const QString& text, int timeout);

private:
    void reassign(const QStringList& references);

    Database& m_database;
    const Clock& m_clock;
    User m_user;
    Reload m_reload;
    QWidget* m_window;
};

} // namespace Masar
