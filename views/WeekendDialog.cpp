#include "WeekendDialog.h"

#include "core/LocaleText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Masar {

WeekendDialog::WeekendDialog(const QString& calendarName, const QList<Qt::DayOfWeek>& days,
                             const QDate& today, QWidget* parent)
    : FormDialog(parent)
    , m_calendarName(calendarName)
    , m_introLabel(new QLabel(this))
    , m_daysBox(new QWidget(this))
    , m_fromCheckBox(new QCheckBox(this))
    , m_fromEdit(new QDateEdit(today, this))
    , m_daysLabel(addRow("weekendDaysLabel", m_daysBox))
{
    setObjectName(QStringLiteral("weekendDialog"));
    m_introLabel->setObjectName(QStringLiteral("weekendIntroLabel"));
    m_daysBox->setObjectName(QStringLiteral("weekendDaysBox"));
    m_fromCheckBox->setObjectName(QStringLiteral("weekendFromCheckBox"));
    m_fromEdit->setObjectName(QStringLiteral("weekendFromEdit"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    auto* grid = new QGridLayout(m_daysBox);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* box = new QCheckBox(m_daysBox);
        box->setObjectName(QStringLiteral("weekendDayCheckBox%1").arg(day));
        box->setChecked(days.contains(Qt::DayOfWeek(day)));
        grid->addWidget(box, (day - 1) / 4, (day - 1) % 4);
        m_dayCheckBoxes << box;
    }
    m_fromEdit->setCalendarPopup(true);
    m_fromEdit->setEnabled(false);
    form()->insertRow(0, m_introLabel);
    form()->addRow(m_fromCheckBox, m_fromEdit);
    connect(m_fromCheckBox, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    retranslateUi();
    resize(520, sizeHint().height());
}

QList<Qt::DayOfWeek> WeekendDialog::days() const
{
    QList<Qt::DayOfWeek> days;
    for (int i = 0; i < m_dayCheckBoxes.size(); ++i) {
        if (m_dayCheckBoxes.at(i)->isChecked()) {
            days << Qt::DayOfWeek(Qt::Monday + i);
        }
    }
    return days;
}

QDate WeekendDialog::from() const
{
    return m_fromCheckBox->isChecked() ? m_fromEdit->date() : QDate();
}

void WeekendDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Set the weekend"));
    m_introLabel->setText(
        tr("The days of the week on which the administration of %1 does not work. From a day "
           "on, the rule before ends the day before, and earlier deadlines keep their days.")
            .arg(LocaleText::isolated(m_calendarName)));
    m_daysLabel->setText(tr("Weekend days:"));
    for (int i = 0; i < m_dayCheckBoxes.size(); ++i) {
        m_dayCheckBoxes.at(i)->setText(QLocale().dayName(Qt::Monday + i));
    }
    m_fromCheckBox->setText(tr("&From:"));
    m_fromCheckBox->setToolTip(tr("Unchecked, the weekend is these days always."));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Set"));
}

} // namespace Masar
