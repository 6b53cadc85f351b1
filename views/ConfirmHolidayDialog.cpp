#include "ConfirmHolidayDialog.h"

#include "LanguageManager.h"
#include "core/Iso8601.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace Masar {

ConfirmHolidayDialog::ConfirmHolidayDialog(const QString& holidayName, const QDate& computed, QWidget* parent)
    : FormDialog(parent)
    , m_holidayName(holidayName)
    , m_computed(computed)
    , m_introLabel(new QLabel(this))
    , m_announcedCombo(new QComboBox(this))
    , m_announcedLabel(addRow("announcedDateLabel", m_announcedCombo))
{
    setObjectName(QStringLiteral("confirmHolidayDialog"));
    m_introLabel->setObjectName(QStringLiteral("confirmHolidayIntroLabel"));
    m_announcedCombo->setObjectName(QStringLiteral("announcedDateCombo"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    for (int shift = -maxShift; shift <= maxShift; ++shift) {
        m_announcedCombo->addItem(QString(), Iso8601::formatDate(computed.addDays(shift)));
    }
    m_announcedCombo->setCurrentIndex(maxShift);
    form()->insertRow(0, m_introLabel);
    retranslateUi();
    resize(520, sizeHint().height());
}

QDate ConfirmHolidayDialog::announced() const
{
    QDate date;
    Iso8601::parseDate(m_announcedCombo->currentData().toString(), &date);
    return date;
}

bool ConfirmHolidayDialog::setAnnounced(const QDate& date)
{
    const int index = m_announcedCombo->findData(Iso8601::formatDate(date));
    if (index < 0) {
        return false;
    }
    m_announcedCombo->setCurrentIndex(index);
    return true;
}

void ConfirmHolidayDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Confirm or move a holiday"));
    const LanguageManager& languages = LanguageManager::instance();
    //: %1 a holiday ("Eid al-Fitr"), %2 the date computed.
    m_introLabel->setText(tr("%1 was computed from the Islamic civil calendar to begin on %2. Choose the day "
                             "it was announced to begin on: its other days move with it, and it is no longer "
                             "provisional.")
                              .arg(m_holidayName, languages.date(m_computed)));
    m_announcedLabel->setText(tr("&Announced to begin on:"));
    for (int i = 0; i < m_announcedCombo->count(); ++i) {
        QDate date;
        Iso8601::parseDate(m_announcedCombo->itemData(i).toString(), &date);
        const int shift = int(m_computed.daysTo(date));
        //: A day of the week and a date: "Friday, 20 March 2026".
        QString text = tr("%1, %2").arg(QLocale().dayName(date.dayOfWeek()), languages.date(date));
        if (shift == 0) {
            //: A day offered for a holiday: the one computed.
            text = tr("%1 (as computed)").arg(text);
        } else if (shift > 0) {
            text = tr("%1 (%n day(s) later)", nullptr, shift).arg(text);
        } else {
            text = tr("%1 (%n day(s) earlier)", nullptr, -shift).arg(text);
        }
        m_announcedCombo->setItemText(i, text);
    }
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Confirm"));
}

} // namespace Masar
