#pragma once

#include "PrintChoice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;

namespace Masar {

// File ▸ Print: the status summary of the selected request or the status
// report of the list as filtered, its language (the interface's by default),
// the Hijri date, persons or not, the grouping; then preview, PDF, HTML or CSV.
class PrintDialog : public QDialog
{
    Q_OBJECT

public:
    // `reference`: the selected request, empty for none (only the report
    // can be printed then); `listed`: how many requests the list shows.
    PrintDialog(const QString& reference, int listed, const QString& language, const LocaleStyle& style,
                QWidget* parent = nullptr);

    PrintChoice choice() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    void finish(PrintChoice::Output output);

    QString m_reference;
    int m_listed;
    LocaleStyle m_style;
    PrintChoice::Output m_output = PrintChoice::Output::Preview;
    QLabel* m_documentLabel;
    QRadioButton* m_summaryRadio;
    QRadioButton* m_reportRadio;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QCheckBox* m_hijriCheckBox;
    QCheckBox* m_personsCheckBox;
    QLabel* m_groupingLabel;
    QComboBox* m_groupingCombo;
    QLabel* m_noteLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_previewButton;
    QPushButton* m_pdfButton;
    QPushButton* m_htmlButton;
    QPushButton* m_csvButton;
};

} // namespace Masar
