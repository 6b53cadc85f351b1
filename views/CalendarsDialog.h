#pragma once

#include "services/User.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;

namespace Masar {

class CalendarsPanel;
class Clock;
class Database;
class DeadlineRulesPanel;
class RecomputeDialog;

// Settings ▸ Calendars and deadlines, for an administrator: the calendars
// deadlines count with, and the deadline rules. After each change the open
// deadlines it may move are computed again (RecomputeDialog), and which
// moved is shown.
class CalendarsDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarsDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent = nullptr);

    CalendarsPanel* calendarsPanel() const { return m_calendarsPanel; }
    DeadlineRulesPanel* rulesPanel() const { return m_rulesPanel; }
    // The computation under way or last done, if any.
    RecomputeDialog* recomputeDialog() const { return m_recompute; }

    void done(int result) override;

signals:
    // Emitted on closing when deadlines were computed again: lists showing
    // them read them again.
    void deadlinesChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void recompute(const QString& what);
    void retranslateUi();

    Database& m_database;
    const Clock& m_clock;
    bool m_changed = false;
    QString m_lastChange;
    RecomputeDialog* m_recompute = nullptr;

    QTabWidget* m_tabs;
    CalendarsPanel* m_calendarsPanel;
    DeadlineRulesPanel* m_rulesPanel;
    QLabel* m_messageLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace Masar
