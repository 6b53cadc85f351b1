#include "PreferencesDialog.h"

#include "LanguageManager.h"
#include "core/Clock.h"
#include "core/LocaleText.h"
#include "core/Translations.h"
#include "domain/Codes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Masar {

PreferencesDialog::PreferencesDialog(const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_clock(clock)
    , m_languageLabel(new QLabel(this))
    , m_languageComboBox(new QComboBox(this))
    , m_regionLabel(new QLabel(this))
    , m_regionComboBox(new QComboBox(this))
    , m_digitsLabel(new QLabel(this))
    , m_digitsComboBox(new QComboBox(this))
    , m_hijriCheckBox(new QCheckBox(this))
    , m_previewTitleLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageComboBox->setObjectName(QStringLiteral("languageComboBox"));
    m_regionLabel->setObjectName(QStringLiteral("arabicRegionLabel"));
    m_regionComboBox->setObjectName(QStringLiteral("arabicRegionComboBox"));
    m_digitsLabel->setObjectName(QStringLiteral("digitsLabel"));
    m_digitsComboBox->setObjectName(QStringLiteral("digitsComboBox"));
    m_hijriCheckBox->setObjectName(QStringLiteral("hijriCheckBox"));
    m_previewTitleLabel->setObjectName(QStringLiteral("previewTitleLabel"));
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_buttonBox->setObjectName(QStringLiteral("preferencesButtonBox"));
    m_languageLabel->setBuddy(m_languageComboBox);
    m_regionLabel->setBuddy(m_regionComboBox);
    m_digitsLabel->setBuddy(m_digitsComboBox);

    const LanguageManager& manager = LanguageManager::instance();
    for (const QString& code : Translations::languages()) {
        // Each language in its own words, so that anyone can find theirs.
        m_languageComboBox->addItem(LanguageManager::nativeName(code), code);
    }
    m_languageComboBox->setCurrentIndex(m_languageComboBox->findData(manager.language()));
    for (const QString& region : LocaleText::arabicRegions()) {
        m_regionComboBox->addItem(QString(), region);
    }
    m_regionComboBox->setCurrentIndex(m_regionComboBox->findData(manager.style().arabicRegion));
    for (LocaleStyle::Digits digits :
         {LocaleStyle::Digits::Regional, LocaleStyle::Digits::ArabicIndic, LocaleStyle::Digits::Latin}) {
        m_digitsComboBox->addItem(QString(), int(digits));
    }
    m_digitsComboBox->setCurrentIndex(m_digitsComboBox->findData(int(manager.style().digits)));
    m_hijriCheckBox->setChecked(manager.style().hijri);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);
    QFont previewFont = m_previewLabel->font();
    previewFont.setPointSizeF(previewFont.pointSizeF() * 1.2);
    m_previewLabel->setFont(previewFont);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageComboBox);
    form->addRow(m_regionLabel, m_regionComboBox);
    form->addRow(m_digitsLabel, m_digitsComboBox);
    form->addRow(QString(), m_hijriCheckBox);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_previewTitleLabel);
    layout->addWidget(m_previewLabel);
    layout->addStretch();
    layout->addWidget(m_buttonBox);

    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    for (QComboBox* combo : {m_languageComboBox, m_regionComboBox, m_digitsComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updatePreview);
    }
    connect(m_hijriCheckBox, &QCheckBox::toggled, this, &PreferencesDialog::updatePreview);
    retranslateUi();
}

QString PreferencesDialog::language() const
{
    return m_languageComboBox->currentData().toString();
}

LocaleStyle PreferencesDialog::style() const
{
    LocaleStyle style;
    style.arabicRegion = m_regionComboBox->currentData().toString();
    style.digits = LocaleStyle::Digits(m_digitsComboBox->currentData().toInt());
    style.hijri = m_hijriCheckBox->isChecked();
    return style;
}

void PreferencesDialog::accept()
{
    LanguageManager& manager = LanguageManager::instance();
    manager.setStyle(style());
    manager.setLanguage(language());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_regionLabel->setText(tr("Arabic &dates as written in:"));
    for (int i = 0; i < m_regionComboBox->count(); ++i) {
        const QString region = m_regionComboBox->itemData(i).toString();
        // The country, and its name for January: what the choice changes.
        const QString january = QLocale(QLocale::Arabic, QLocale::codeToTerritory(region)).monthName(1);
        m_regionComboBox->setItemText(i, tr("%1 (%2)").arg(Codes::countryName(region), january));
    }
    m_digitsLabel->setText(tr("Arabic d&igits:"));
    m_digitsComboBox->setItemText(0, tr("As written in that country"));
    m_digitsComboBox->setItemText(1, tr("Arabic-Indic (%1)").arg(QStringLiteral("٠١٢٣٤٥٦٧٨٩")));
    m_digitsComboBox->setItemText(2, tr("Latin (%1)").arg(QStringLiteral("0123456789")));
    m_hijriCheckBox->setText(tr("Show the &Hijri date beside the Gregorian one"));
    m_previewTitleLabel->setText(tr("Today's date will read:"));
    updatePreview();
}

void PreferencesDialog::updatePreview()
{
    const QString code = language();
    const LocaleStyle chosen = style();
    m_previewLabel->setText(LocaleText::date(m_clock.today(), code, chosen));
}

} // namespace Masar
