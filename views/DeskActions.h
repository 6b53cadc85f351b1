#pragma once

#include "services/User.h"

#include <QObject>

#include <array>

class QAction;
class QMainWindow;
class QMenu;

namespace Masar {

class LanguageMenu;

// The desk's actions, with their keys and their names, in the window's
// menus and tool bar: each offered to the user as the model allows it
// (creating requests, reassigning, the calendars and the letterhead).
// The window connects them to what they do.
class DeskActions : public QObject
{
    Q_OBJECT

public:
    enum class Id {
        NewIncoming,
        NewOutgoing,
        Save,
        ExportList,
        Print,
        Quit,
        Find,
        Next,
        Previous,
        Reassign,
        Refresh,
        Dashboard,
        Users,
        Calendars,
        Letterhead,
        Preferences,
        Workflow,
        About,
    };
    static constexpr int count = int(Id::About) + 1;

    // Adds the menus and the tool bar to `window`; the actions are the window's children.
    DeskActions(const User& user, QMainWindow* window);

    QAction* action(Id id) const { return m_actions[std::size_t(id)]; }
    // The text of the action without its mnemonic and ellipsis, as a dialog's title.
    QString title(Id id) const;
    // The names of the menus and actions in the current language.
    void retranslate();

private:
    void setShortcuts();
    void fillMenus(QMainWindow* window);
    void offerTo(const User& user);
    static QString textOf(Id id);

    std::array<QAction*, count> m_actions {};
    QMenu* m_fileMenu;
    QMenu* m_requestMenu;
    QMenu* m_settingsMenu;
    LanguageMenu* m_languageMenu;
    QMenu* m_helpMenu;
};

} // namespace Masar
