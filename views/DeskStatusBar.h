#pragma once

#include "services/User.h"

#include <QStatusBar>

#include <optional>

class QLabel;

namespace Masar {

class Clock;
class Database;

// The desk's status bar: how many requests the list shows (of how many),
// and, for good, today's date, who is signed in and which register is open,
// in the current language; a place for the progress of work in the background.
class DeskStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    DeskStatusBar(const Database& database, const User& user, const Clock& clock, QWidget* parent = nullptr);

    // The list shows `shown` requests, of a filter or of the whole register
    // (its size `total`, when known).
    void setCount(int shown, bool filtered, const std::optional<int>& total);
    // Says how work in the background goes; hidden until shown.
    QLabel* progressLabel() const { return m_progressLabel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showCount();

    const Database& m_database;
    User m_user;
    const Clock& m_clock;
    int m_shown = 0;
    bool m_filtered = false;
    std::optional<int> m_total;
    QLabel* m_countLabel;
    QLabel* m_progressLabel;
    QLabel* m_todayLabel;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
};

} // namespace Masar
