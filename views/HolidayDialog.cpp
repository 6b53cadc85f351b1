#include "HolidayDialog.h"

#include "core/LocaleText.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Masar {

HolidayDialog::HolidayDialog(const QString& calendarName, const QDate& initial, QWidget* parent)
    : FormDialog(parent)
    , m_calendarName(calendarName)
    , m_introLabel(new QLabel(this))
    , m_dateEdit(new QDateEdit(initial, this))
    , m_nameEdit(new QLineEdit(this))
    , m_dateLabel(addRow("holidayDateLabel", m_dateEdit))
    , m_nameLabel(addRow("holidayNameLabel", m_nameEdit))
{
    setObjectName(QStringLiteral("holidayDialog"));
    m_introLabel->setObjectName(QStringLiteral("holidayIntroLabel"));
    m_dateEdit->setObjectName(QStringLiteral("holidayDateEdit"));
    m_nameEdit->setObjectName(QStringLiteral("holidayNameEdit"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    m_dateEdit->setCalendarPopup(true);
    m_nameEdit->setMaxLength(200);
    form()->insertRow(0, m_introLabel);
    retranslateUi();
    resize(460, sizeHint().height());
}

QDate HolidayDialog::date() const
{
    return m_dateEdit->date();
}

QString HolidayDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

void HolidayDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Add a holiday"));
    m_introLabel->setText(tr("A day off in %1: deadlines counted in this calendar pass over it.")
                              .arg(LocaleText::isolated(m_calendarName)));
    m_dateLabel->setText(tr("&Day:"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("As the decision that declares it names it"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Add"));
}

} // namespace Masar
