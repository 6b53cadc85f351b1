#pragma once

#include "core/Error.h"
#include "services/User.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Masar {

class Clock;
class Database;
class RequestDetail;

// The edits of the request shown in the detail, until they are saved or
// discarded: saves them at the revision they were made on (refused when
// someone changed the request meanwhile), marks refused fields where they
// are, and asks (through MessageBox) what to do with unsaved edits before
// they would be left.
class EditSession : public QObject
{
    Q_OBJECT

public:
    // What the session asks of the desk around it.
    struct Desk
    {
        // Reads the register again and selects `reference` in the list;
        // false when the list does not show it.
        std::function<bool(const QString& reference)> reload;
        // Selects `reference` in the list and shows it as stored.
        std::function<void(const QString& reference)> show;
    };

    EditSession(Database& database, const Clock& clock, const User& user, RequestDetail* detail, Desk desk,
                QWidget* window);

    // The request shown holds edits not saved yet.
    bool isModified() const;
    // Saves the edits; false when they were refused (they stay, the refusal shown).
    bool save();
    // Drops the edits and shows the request as stored.
    void discard();
    // Asks what to do with unsaved edits (save, discard, or stay); false: stay.
    bool confirmLeave();

signals:
    // What happened, for the status bar; `timeout` in milliseconds, 0: until replaced.
    void statusMessage(const QString& text, int timeout);

private:
    // Shows why the edits were refused: on their fields where they have one.
    void showRefusal(const QString& reference, const Error& error);

    Database& m_database;
    const Clock& m_clock;
    User m_user;
    RequestDetail* m_detail;
    Desk m_desk;
    QWidget* m_window;
};

} // namespace Masar
