#pragma once

#include "core/LocaleStyle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace Masar {

class Clock;

// The interface language and how dates and numbers are written, with a
// preview of today's date as the choices would write it. Accepting applies
// them to the whole application at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const Clock& clock, QWidget* parent = nullptr);

    QString language() const;
    LocaleStyle style() const;

    // Applies the choices (LanguageManager) and closes.
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updatePreview();

    const Clock& m_clock;
    QLabel* m_languageLabel;
    QComboBox* m_languageComboBox;
    QLabel* m_regionLabel;
    QComboBox* m_regionComboBox;
    QLabel* m_digitsLabel;
    QComboBox* m_digitsComboBox;
    QCheckBox* m_hijriCheckBox;
    QLabel* m_previewTitleLabel;
    QLabel* m_previewLabel;
    QDialogButtonBox* m_buttonBox;
};

} // namespace Masar
