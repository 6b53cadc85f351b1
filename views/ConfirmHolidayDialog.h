#pragma once

#include "FormDialog.h"

#include <QDate>

class QComboBox;
class QLabel;

namespace Masar {

// The day a provisional Islamic holiday was announced to begin on, chosen
// among the days around the one computed (at most five before or after):
// its other days move with it.
class ConfirmHolidayDialog : public FormDialog
{
    Q_OBJECT

public:
    static constexpr int maxShift = 5;

    ConfirmHolidayDialog(const QString& holidayName, const QDate& computed, QWidget* parent = nullptr);

    QDate computed() const { return m_computed; }
    QDate announced() const;
    // Chooses the day announced; false when it is not offered.
    bool setAnnounced(const QDate& date);

protected:
    void retranslateUi() override;

private:
    QString m_holidayName;
    QDate m_computed;
    QLabel* m_introLabel;
    QComboBox* m_announcedCombo;
    QLabel* m_announcedLabel;
};

} // namespace Masar
