#include "AuthorityCalendarDialog.h"

#include "domain/Codes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Masar {

AuthorityCalendarDialog::AuthorityCalendarDialog(const QString& country, QWidget* parent)
    : FormDialog(parent)
    , m_introLabel(new QLabel(this))
    , m_countryCombo(new QComboBox(this))
    , m_authorityEdit(new QLineEdit(this))
    , m_codeEdit(new QLineEdit(this))
    , m_countryLabel(addRow("calendarCountryLabel", m_countryCombo))
    , m_authorityLabel(addRow("calendarAuthorityLabel", m_authorityEdit))
    , m_codeLabel(addRow("calendarCodeLabel", m_codeEdit))
{
    setObjectName(QStringLiteral("authorityCalendarDialog"));
    m_introLabel->setObjectName(QStringLiteral("authorityCalendarIntroLabel"));
    m_countryCombo->setObjectName(QStringLiteral("calendarCountryCombo"));
    m_authorityEdit->setObjectName(QStringLiteral("calendarAuthorityEdit"));
    m_codeEdit->setObjectName(QStringLiteral("calendarCodeEdit"));
    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    m_codeEdit->setMaxLength(32);
    form()->insertRow(0, m_introLabel);
    fillCountries();
    m_countryCombo->setCurrentIndex(qMax(0, m_countryCombo->findData(country)));
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &AuthorityCalendarDialog::suggestCode);
    connect(m_authorityEdit, &QLineEdit::textEdited, this, &AuthorityCalendarDialog::suggestCode);
    connect(m_codeEdit, &QLineEdit::textEdited, this, [this]() { m_codeEdited = true; });
    retranslateUi();
    suggestCode();
    resize(520, sizeHint().height());
}

QString AuthorityCalendarDialog::country() const
{
    return m_countryCombo->currentData().toString();
}

QString AuthorityCalendarDialog::authority() const
{
    return m_authorityEdit->text().trimmed();
}

QString AuthorityCalendarDialog::code() const
{
    return m_codeEdit->text().trimmed();
}

void AuthorityCalendarDialog::fillCountries()
{
    const QString current = m_countryCombo->currentData().toString();
    const QSignalBlocker blocker(m_countryCombo);
    m_countryCombo->clear();
    for (const QString& code : Codes::byCountryName(Codes::countries())) {
        m_countryCombo->addItem(Codes::countryWithCode(code), code);
    }
    if (!current.isEmpty()) {
        m_countryCombo->setCurrentIndex(qMax(0, m_countryCombo->findData(current)));
    }
}

void AuthorityCalendarDialog::suggestCode()
{
    if (m_codeEdited) {
        return;
    }
    // "LY-BENGHAZI": the country and the last word of the authority's name, in capitals.
    const QString word
        = authority().section(QLatin1Char(' '), -1).remove(QLatin1Char(',')).toUpper().left(20);
    m_codeEdit->setText(word.isEmpty() ? QString() : QStringLiteral("%1-%2").arg(country(), word));
}

void AuthorityCalendarDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Add an authority's calendar"));
    m_introLabel->setText(
        tr("Where one authority of a country keeps holidays of its own. The calendar counts for "
           "the requests whose authority's name contains the name given here; the others "
           "count with the country's."));
    m_countryLabel->setText(tr("&Country:"));
    m_authorityLabel->setText(tr("&Authority:"));
    m_authorityEdit->setPlaceholderText(tr("A name or part of it, e.g. Benghazi"));
    m_codeLabel->setText(tr("C&ode:"));
    m_codeEdit->setToolTip(tr("How the calendar is named on the command line: 2 to 32 characters, not a "
                              "country's code."));
    fillCountries();
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Add"));
}

} // namespace Masar
