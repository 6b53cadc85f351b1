#pragma once

#include "FormDialog.h"
#include "deadlines/DeadlineRules.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Masar {

// The period of a kind of deadline, for a legal basis or for all others.
class RuleDialog : public FormDialog
{
    Q_OBJECT

public:
    // Starts from the rule that counts now.
    explicit RuleDialog(const DeadlineRule& rule, QWidget* parent = nullptr);

    DeadlineKind kind() const { return m_kind; }
    // Empty: all others.
    QString legalBasis() const;
    Period period() const;
    QString source() const;

protected:
    void retranslateUi() override;

private:
    DeadlineKind m_kind;
    QLabel* m_kindValueLabel;
    QComboBox* m_legalBasisCombo;
    QSpinBox* m_lengthSpinBox;
    QComboBox* m_unitCombo;
    QLineEdit* m_sourceEdit;
    QLabel* m_kindLabel;
    QLabel* m_legalBasisLabel;
    QLabel* m_lengthLabel;
    QLabel* m_unitLabel;
    QLabel* m_sourceLabel;
};

} // namespace Masar
