#include "RuleDialog.h"

#include "domain/Codes.h"
#include "services/DeadlineRuleTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace Masar {

RuleDialog::RuleDialog(const DeadlineRule& rule, QWidget* parent)
    : FormDialog(parent)
    , m_kind(rule.kind)
    , m_kindValueLabel(new QLabel(this))
    , m_legalBasisCombo(new QComboBox(this))
    , m_lengthSpinBox(new QSpinBox(this))
    , m_unitCombo(new QComboBox(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_kindLabel(addRow("ruleKindLabel", m_kindValueLabel))
    , m_legalBasisLabel(addRow("ruleLegalBasisLabel", m_legalBasisCombo))
    , m_lengthLabel(addRow("rulePeriodLabel", m_lengthSpinBox))
    , m_unitLabel(addRow("ruleUnitLabel", m_unitCombo))
    , m_sourceLabel(addRow("ruleSourceLabel", m_sourceEdit))
{
    setObjectName(QStringLiteral("ruleDialog"));
    m_kindValueLabel->setObjectName(QStringLiteral("ruleKindValueLabel"));
    m_legalBasisCombo->setObjectName(QStringLiteral("ruleLegalBasisCombo"));
    m_lengthSpinBox->setObjectName(QStringLiteral("rulePeriodSpinBox"));
    m_unitCombo->setObjectName(QStringLiteral("ruleUnitCombo"));
    m_sourceEdit->setObjectName(QStringLiteral("ruleSourceEdit"));
    m_legalBasisCombo->addItem(QString(), QString());
    for (const QString& basis : Codes::legalBases().keys()) {
        m_legalBasisCombo->addItem(QString(), basis);
    }
    m_legalBasisCombo->setCurrentIndex(qMax(0, m_legalBasisCombo->findData(rule.legalBasis)));
    m_lengthSpinBox->setRange(1, 3650);
    m_lengthSpinBox->setValue(rule.period.length);
    m_unitCombo->addItem(QString(), int(Period::Unit::CalendarDays));
    m_unitCombo->addItem(QString(), int(Period::Unit::WorkingDays));
    m_unitCombo->setCurrentIndex(rule.period.unit == Period::Unit::WorkingDays ? 1 : 0);
    // An administrator's own words are kept; Masar's are not theirs to sign.
    if (!rule.translatable) {
        m_sourceEdit->setText(rule.sourceText);
    }
    retranslateUi();
    resize(560, sizeHint().height());
}

QString RuleDialog::legalBasis() const
{
    return m_legalBasisCombo->currentData().toString();
}

Period RuleDialog::period() const
{
    Period period;
    period.length = m_lengthSpinBox->value();
    period.unit = Period::Unit(m_unitCombo->currentData().toInt());
    return period;
}

QString RuleDialog::source() const
{
    return m_sourceEdit->text().trimmed();
}

void RuleDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Set a deadline rule"));
    m_kindLabel->setText(tr("Deadline:"));
    m_kindValueLabel->setText(DeadlineRules::label(m_kind));
    m_legalBasisLabel->setText(tr("&Legal basis:"));
    for (int i = 0; i < m_legalBasisCombo->count(); ++i) {
        m_legalBasisCombo->setItemText(
            i, DeadlineRuleTable::legalBasisLabel(m_legalBasisCombo->itemData(i).toString()));
    }
    m_lengthLabel->setText(tr("&Period:"));
    m_unitLabel->setText(tr("&Counted in:"));
    for (int i = 0; i < m_unitCombo->count(); ++i) {
        m_unitCombo->setItemText(
            i, DeadlineRuleTable::unitLabel(Period::Unit(m_unitCombo->itemData(i).toInt())));
    }
    m_sourceLabel->setText(tr("&Source:"));
    m_sourceEdit->setPlaceholderText(tr("Where the period comes from, e.g. Circular 2026/4"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Set"));
}

} // namespace Masar
