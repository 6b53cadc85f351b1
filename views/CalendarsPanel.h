#pragma once

#include "services/CalendarOverview.h"
#include "services/User.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Masar {

class Clock;
class Database;

// The calendars deadlines count with: the list of them (countries named by
// the register's requests, and the calendars it keeps), and for the one
// selected its weekend rules and the holidays of a year, with what an
// administrator may change there. Each change is one transaction in the
// model (DeadlinePolicy); changed() follows it, for the deadlines to be
// computed again.
class CalendarsPanel : public QWidget
{
    Q_OBJECT

public:
    CalendarsPanel(Database& database, const User& actor, const Clock& clock, QWidget* parent = nullptr);

    // Selects a calendar by code; false when the list does not have it.
    bool selectCalendar(const QString& code);
    QString currentCode() const;
    void setYear(int year);
    // Reads the list and the calendar shown again.
    void reload();

signals:
    // A change was written: `what` says which, in words.
    void changed(const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showCalendar();
    // The holidays of the year chosen, from the calendar shown.
    void showHolidays();
    void updateButtons();
    // The holiday of the row selected, if any.
    std::optional<ListedHoliday> selectedHoliday() const;
    QString calendarName(const CalendarSummary& summary) const;
    // Shows a refusal through the message box seam; true when `status` is fine.
    bool check(const Status& status, const QString& title);

    void addHoliday();
    void removeHoliday();
    void confirmHoliday();
    void importHolidays();
    void setWeekend();
    void addCalendar();
    void retranslateUi();

    Database& m_database;
    User m_actor;
    const Clock& m_clock;
    std::vector<CalendarSummary> m_calendars;
    std::optional<CalendarDetail> m_detail;
    std::vector<ListedHoliday> m_holidays; // of the year shown, as in the table

    QLabel* m_listLabel;
    QListWidget* m_calendarList;
    QPushButton* m_addCalendarButton;
    QLabel* m_titleLabel;
    QLabel* m_weekendLabel;
    QTableWidget* m_weekendTable;
    QPushButton* m_setWeekendButton;
    QLabel* m_yearLabel;
    QSpinBox* m_yearSpinBox;
    QTableWidget* m_holidaysTable;
    QPushButton* m_addHolidayButton;
    QPushButton* m_removeHolidayButton;
    QPushButton* m_confirmHolidayButton;
    QPushButton* m_importButton;
};

} // namespace Masar
