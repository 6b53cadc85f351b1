#pragma once

#include "FormDialog.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace Masar {

// A public holiday to add to a calendar: its day and its name.
class HolidayDialog : public FormDialog
{
    Q_OBJECT

public:
    HolidayDialog(const QString& calendarName, const QDate& initial, QWidget* parent = nullptr);

    QDate date() const;
    QString name() const;

protected:
    void retranslateUi() override;

private:
    QString m_calendarName;
    QLabel* m_introLabel;
    QDateEdit* m_dateEdit;
    QLineEdit* m_nameEdit;
    QLabel* m_dateLabel;
    QLabel* m_nameLabel;
};

} // namespace Masar
