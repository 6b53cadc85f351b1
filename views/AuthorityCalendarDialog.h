#pragma once

#include "FormDialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Masar {

// A calendar for one authority of a country (Libya has two governments
// issuing their own holidays): it counts for the requests whose authority's
// name contains the name given.
class AuthorityCalendarDialog : public FormDialog
{
    Q_OBJECT

public:
    // `country`: the one chosen first.
    explicit AuthorityCalendarDialog(const QString& country, QWidget* parent = nullptr);

    QString country() const;
    QString authority() const;
    QString code() const;

protected:
    void retranslateUi() override;

private:
    void fillCountries();
    void suggestCode();

    QLabel* m_introLabel;
    QComboBox* m_countryCombo;
    QLineEdit* m_authorityEdit;
    QLineEdit* m_codeEdit;
    QLabel* m_countryLabel;
    QLabel* m_authorityLabel;
    QLabel* m_codeLabel;
    bool m_codeEdited = false;
};

} // namespace Masar
