#pragma once

#include "FormDialog.h"
#include "services/Letterhead.h"
#include "services/User.h"

#include <QMap>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Masar {

class Clock;
class Database;

// Settings ▸ Letterhead, for an administrator: the ministry's name and the
// line under it in each language documents are printed in, and the logo.
// OK saves the whole letterhead in one change (LetterheadStore); a
// refusal is shown and the form stays open; Cancel saves nothing.
class LetterheadDialog : public FormDialog
{
    Q_OBJECT

public:
    LetterheadDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent = nullptr);

    // The letterhead as the form shows it now.
    Letterhead letterhead() const;

protected:
    void retranslateUi() override;

private:
    struct LanguageFields
    {
        QGroupBox* group;
        QLabel* ministryLabel;
        QLineEdit* ministryEdit;
        QLabel* departmentLabel;
        QLineEdit* departmentEdit;
    };

    void addLanguage(const QString& language);
    void chooseLogo();
    void removeLogo();
    // Shows the logo held, scaled to the preview, and what it is.
    void showLogo();

    QMap<QString, LanguageFields> m_fields;
    QByteArray m_logo;
    QString m_logoMediaType;
    QString m_readError;

    QLabel* m_introLabel;
    QGroupBox* m_logoGroup;
    QLabel* m_logoPreviewLabel;
    QLabel* m_logoInfoLabel;
    QPushButton* m_chooseLogoButton;
    QPushButton* m_removeLogoButton;
};

} // namespace Masar
