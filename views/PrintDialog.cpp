#include "PrintDialog.h"

#include "LanguageManager.h"
#include "core/Translations.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Masar {

PrintDialog::PrintDialog(const QString& reference, int listed, const QString& language,
                         const LocaleStyle& style, QWidget* parent)
    : QDialog(parent)
    , m_reference(reference)
    , m_listed(listed)
    , m_style(style)
    , m_documentLabel(new QLabel(this))
    , m_summaryRadio(new QRadioButton(this))
    , m_reportRadio(new QRadioButton(this))
    , m_languageLabel(new QLabel(this))
    , m_languageCombo(new QComboBox(this))
    , m_hijriCheckBox(new QCheckBox(this))
    , m_personsCheckBox(new QCheckBox(this))
    , m_groupingLabel(new QLabel(this))
    , m_groupingCombo(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_previewButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_htmlButton(new QPushButton(this))
    , m_csvButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("printDialog"));
    const std::pair<QObject*, const char*> names[] = {
        {m_documentLabel, "documentLabel"},
        {m_summaryRadio, "summaryRadioButton"},
        {m_reportRadio, "reportRadioButton"},
        {m_languageLabel, "languageLabel"},
        {m_languageCombo, "languageComboBox"},
        {m_hijriCheckBox, "hijriCheckBox"},
        {m_personsCheckBox, "personsCheckBox"},
        {m_groupingLabel, "groupingLabel"},
        {m_groupingCombo, "groupingComboBox"},
        {m_noteLabel, "noteLabel"},
        {m_buttons, "buttonBox"},
        {m_previewButton, "previewPushButton"},
        {m_pdfButton, "pdfPushButton"},
        {m_htmlButton, "htmlPushButton"},
        {m_csvButton, "csvPushButton"},
    };
    for (const auto& [object, name] : names) {
        object->setObjectName(QLatin1String(name));
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));

    auto* documents = new QButtonGroup(this);
    documents->addButton(m_summaryRadio);
    documents->addButton(m_reportRadio);
    (reference.isEmpty() ? m_reportRadio : m_summaryRadio)->setChecked(true);
    m_summaryRadio->setEnabled(!reference.isEmpty());

    for (const QString& code : Translations::languages()) {
        m_languageCombo->addItem(LanguageManager::nativeName(code), code);
    }
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(language)));
    m_hijriCheckBox->setChecked(style.hijri);
    m_groupingCombo->addItem(QString(), StatusReport::groupingKey(StatusReport::Grouping::State));
    m_groupingCombo->addItem(QString(), StatusReport::groupingKey(StatusReport::Grouping::Country));
    m_noteLabel->setWordWrap(true);

    auto* choices = new QVBoxLayout;
    choices->addWidget(m_summaryRadio);
    choices->addWidget(m_reportRadio);
    auto* form = new QFormLayout;
    form->addRow(m_documentLabel, choices);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(QString(), m_hijriCheckBox);
    form->addRow(QString(), m_personsCheckBox);
    form->addRow(m_groupingLabel, m_groupingCombo);
    m_buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_htmlButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_csvButton, QDialogButtonBox::ActionRole);
    m_previewButton->setDefault(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_buttons);

    connect(m_summaryRadio, &QRadioButton::toggled, this, &PrintDialog::updateEnabled);
    connect(m_personsCheckBox, &QCheckBox::toggled, this, &PrintDialog::updateEnabled);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { finish(PrintChoice::Output::Preview); });
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { finish(PrintChoice::Output::Pdf); });
    connect(m_htmlButton, &QPushButton::clicked, this, [this] { finish(PrintChoice::Output::Html); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { finish(PrintChoice::Output::Csv); });
    retranslate();
}

PrintChoice PrintDialog::choice() const
{
    PrintChoice choice;
    choice.document
        = m_summaryRadio->isChecked() ? PrintChoice::Document::Summary : PrintChoice::Document::Report;
    choice.output = m_output;
    choice.language = m_languageCombo->currentData().toString();
    choice.style = m_style;
    choice.style.hijri = m_hijriCheckBox->isChecked();
    choice.withPersons = choice.document == PrintChoice::Document::Summary && m_personsCheckBox->isChecked();
    choice.grouping = StatusReport::groupingOf(m_groupingCombo->currentData().toString())
                          .value_or(StatusReport::Grouping::State);
    return choice;
}

void PrintDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PrintDialog::finish(PrintChoice::Output output)
{
    m_output = output;
    accept();
}

void PrintDialog::updateEnabled()
{
    const bool summary = m_summaryRadio->isChecked();
    m_personsCheckBox->setEnabled(summary);
    m_groupingLabel->setEnabled(!summary);
    m_groupingCombo->setEnabled(!summary);
    m_csvButton->setEnabled(!summary);
    // Any report may be previewed: its pages are laid out in time proportional
    // to their number (10,000 requests, 341 pages: half a second).
    m_previewButton->setDefault(true);
    m_noteLabel->setVisible(summary && m_personsCheckBox->isChecked());
}

void PrintDialog::retranslate()
{
    setWindowTitle(tr("Print"));
    m_documentLabel->setText(tr("Document:"));
    m_summaryRadio->setText(m_reference.isEmpty() ? tr("Status summary of the selected request")
                                                  : tr("Status summary of %1").arg(m_reference));
    m_reportRadio->setText(tr("Status report of the %Ln request(s) listed", nullptr, m_listed));
    m_languageLabel->setText(tr("&Language of the document:"));
    m_languageLabel->setBuddy(m_languageCombo);
    m_hijriCheckBox->setText(tr("&Hijri date beside the Gregorian one"));
    m_personsCheckBox->setText(tr("Include the &persons named (personal data)"));
    m_groupingLabel->setText(tr("&Group by:"));
    m_groupingLabel->setBuddy(m_groupingCombo);
    m_groupingCombo->setItemText(0, tr("State"));
    m_groupingCombo->setItemText(1, tr("Partner country"));
    m_noteLabel->setText(tr("Names, roles, nationalities and dates of birth will be printed. The printing "
                            "is recorded with your name."));
    m_previewButton->setText(tr("Print pre&view…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_htmlButton->setText(tr("Save as &HTML…"));
    m_csvButton->setText(tr("Save as &CSV…"));
    updateEnabled(); // its tooltip
}

} // namespace Masar
