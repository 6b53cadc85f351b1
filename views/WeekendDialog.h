#pragma once

#include "FormDialog.h"

#include <QDate>
#include <QList>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace Masar {

// The days of a calendar's weekend, always or from a day on (weekends
// change: a change must not rewrite the deadlines of the past).
class WeekendDialog : public FormDialog
{
    Q_OBJECT

public:
    WeekendDialog(const QString& calendarName, const QList<Qt::DayOfWeek>& days, const QDate& today,
                  QWidget* parent = nullptr);

    QList<Qt::DayOfWeek> days() const;
    // Null: always.
    QDate from() const;

protected:
    void retranslateUi() override;

private:
    QString m_calendarName;
    QLabel* m_introLabel;
    QWidget* m_daysBox;
    QList<QCheckBox*> m_dayCheckBoxes; // Monday first
    QCheckBox* m_fromCheckBox;
    QDateEdit* m_fromEdit;
    QLabel* m_daysLabel;
};

} // namespace Masar
