#pragma once

#include "services/User.h"

#include <QObject>

#include <memory>

namespace Masar {

class Clock;
class Database;
class DeadlineEngine;
class EditSession;
class RequestDetail;
class RequestListView;

// Keeps the detail with the list: the request of the current row is read
// and shown in full, with its next deadline and the steps the user may
// take; moving away from a request with unsaved edits asks first (through
// the edit session), and "Cancel" goes back to the edited request.
class RequestSelection : public QObject
{
    Q_OBJECT

public:
    RequestSelection(Database& database, const Clock& clock, const User& user, RequestListView* list,
                     RequestDetail* detail, EditSession* edits, QObject* parent);

    // Makes the row of `id` current; out of the list, the detail is cleared
    // unless it holds edits not saved yet.
    void select(qint64 id);
    // Selects `reference`; false when the list does not show it.
    bool select(const QString& reference);
    // Selects `id` without asking about unsaved edits (going back to the edited request).
    void selectQuietly(qint64 id);
    // Moves the current row by `delta` rows, within the list.
    void move(int delta);
    // Shows the request of the current row, read anew.
    void showCurrent();
    // Rules and calendars may have changed: they are read again when next needed.
    void forgetDeadlineRules();

signals:
    // The request could not be read; the message says why.
    void readFailed(const QString& message);
    // What went wrong elsewhere, for the status bar; `timeout` in milliseconds, 0: until replaced.
    void statusMessage(const QString& text, int timeout);

private:
    // Asks about the edits before `target` is shown; false: the edited request stays.
    bool mayLeaveFor(qint64 target);
    // The deadline engine of the register's rules and calendars, read when
    // first needed; null (said) when unreadable.
    const DeadlineEngine* deadlineEngine();

    Database& m_database;
    const Clock& m_clock;
    User m_user;
    RequestListView* m_list;
    RequestDetail* m_detail;
    EditSession* m_edits;
    bool m_returning = false; // selecting the edited request again after "Cancel"
    std::shared_ptr<const DeadlineEngine> m_deadlineEngine;
};

} // namespace Masar
