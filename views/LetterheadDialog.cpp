#include "LetterheadDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ObjectName.h"
#include "services/LetterheadStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Masar {

namespace {

constexpr int previewSize = 96;

} // namespace

LetterheadDialog::LetterheadDialog(Database& database, const User& actor, const Clock& clock, QWidget* parent)
    : FormDialog(parent)
    , m_introLabel(new QLabel(this))
    , m_logoGroup(new QGroupBox(this))
    , m_logoPreviewLabel(new QLabel(m_logoGroup))
    , m_logoInfoLabel(new QLabel(m_logoGroup))
    , m_chooseLogoButton(new QPushButton(m_logoGroup))
    , m_removeLogoButton(new QPushButton(m_logoGroup))
{
    setObjectName(QStringLiteral("letterheadDialog"));
    m_introLabel->setObjectName(QStringLiteral("letterheadIntroLabel"));
    m_logoGroup->setObjectName(QStringLiteral("logoGroup"));
    m_logoPreviewLabel->setObjectName(QStringLiteral("logoPreviewLabel"));
    m_logoInfoLabel->setObjectName(QStringLiteral("logoInfoLabel"));
    m_chooseLogoButton->setObjectName(QStringLiteral("chooseLogoButton"));
    m_removeLogoButton->setObjectName(QStringLiteral("removeLogoButton"));

    m_introLabel->setWordWrap(true);
    m_introLabel->setTextFormat(Qt::PlainText);
    form()->addRow(m_introLabel);
    for (const QString& language : Letterhead::languages()) {
        addLanguage(language);
    }

    m_logoPreviewLabel->setFixedSize(previewSize + 8, previewSize + 8);
    m_logoPreviewLabel->setAlignment(Qt::AlignCenter);
    m_logoPreviewLabel->setFrameShape(QFrame::StyledPanel);
    m_logoInfoLabel->setWordWrap(true);
    m_logoInfoLabel->setTextFormat(Qt::PlainText);
    auto* logoButtons = new QHBoxLayout;
    logoButtons->addWidget(m_chooseLogoButton);
    logoButtons->addWidget(m_removeLogoButton);
    logoButtons->addStretch();
    auto* logoText = new QVBoxLayout;
    logoText->addWidget(m_logoInfoLabel);
    logoText->addLayout(logoButtons);
    logoText->addStretch();
    auto* logoLayout = new QHBoxLayout(m_logoGroup);
    logoLayout->addWidget(m_logoPreviewLabel);
    logoLayout->addLayout(logoText, 1);
    form()->addRow(m_logoGroup);
    connect(m_chooseLogoButton, &QPushButton::clicked, this, &LetterheadDialog::chooseLogo);
    connect(m_removeLogoButton, &QPushButton::clicked, this, &LetterheadDialog::removeLogo);

    Result<Letterhead> stored = LetterheadStore(database, clock).read();
    if (stored) {
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
            const Letterhead::Lines lines = stored->linesIn(it.key());
            it->ministryEdit->setText(lines.ministry);
            it->departmentEdit->setText(lines.department);
        }
        m_logo = stored->logo;
        m_logoMediaType = stored->logoMediaType;
    } else {
        // Nothing read, nothing to save over.
        m_readError = stored.error().fullText();
        buttons()->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    setApply([this, &database, actor, &clock]() {
        return LetterheadStore(database, clock).change(actor, letterhead());
    });
    retranslateUi();
    resize(640, sizeHint().height());
}

void LetterheadDialog::addLanguage(const QString& language)
{
    LanguageFields fields;
    fields.group = new QGroupBox(this);
    fields.ministryLabel = new QLabel(fields.group);
    fields.ministryEdit = new QLineEdit(fields.group);
    fields.departmentLabel = new QLabel(fields.group);
    fields.departmentEdit = new QLineEdit(fields.group);
    fields.group->setObjectName(ObjectName::of(QStringLiteral("letterheadGroup"), language));
    fields.ministryLabel->setObjectName(ObjectName::of(QStringLiteral("ministryLabel"), language));
    fields.ministryEdit->setObjectName(ObjectName::of(QStringLiteral("ministryEdit"), language));
    fields.departmentLabel->setObjectName(ObjectName::of(QStringLiteral("departmentLabel"), language));
    fields.departmentEdit->setObjectName(ObjectName::of(QStringLiteral("departmentEdit"), language));
    // Each field is written in its own language, whatever the interface's:
    // Arabic right to left even in a French window, French left to right in an Arabic one.
    const Qt::LayoutDirection direction = QLocale(language).textDirection();
    for (QLineEdit* edit : {fields.ministryEdit, fields.departmentEdit}) {
        edit->setLayoutDirection(direction);
        edit->setMaxLength(LetterheadStore::longestLine);
    }
    fields.ministryLabel->setBuddy(fields.ministryEdit);
    fields.departmentLabel->setBuddy(fields.departmentEdit);
    auto* layout = new QFormLayout(fields.group);
    layout->addRow(fields.ministryLabel, fields.ministryEdit);
    layout->addRow(fields.departmentLabel, fields.departmentEdit);
    form()->addRow(fields.group);
    m_fields.insert(language, fields);
}

Letterhead LetterheadDialog::letterhead() const
{
    Letterhead letterhead;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const Letterhead::Lines lines {it->ministryEdit->text().trimmed(),
                                       it->departmentEdit->text().trimmed()};
        if (!lines.isEmpty()) {
            letterhead.lines.insert(it.key(), lines);
        }
    }
    letterhead.logo = m_logo;
    letterhead.logoMediaType = m_logoMediaType;
    return letterhead;
}

void LetterheadDialog::chooseLogo()
{
    const QString path
        = FileDialog::openFile(this, tr("Choose the logo"), tr("PNG or JPEG images (*.png *.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    Result<QByteArray> read = LetterheadStore::readLogoFile(path);
    if (!read) {
        MessageBox::warning(this, windowTitle(), read.error().fullText());
        return;
    }
    m_logo = read.take();
    m_logoMediaType = LetterheadStore::logoMediaType(m_logo).value();
    showLogo();
}

void LetterheadDialog::removeLogo()
{
    m_logo.clear();
    m_logoMediaType.clear();
    showLogo();
}

void LetterheadDialog::showLogo()
{
    m_removeLogoButton->setEnabled(!m_logo.isEmpty());
    if (m_logo.isEmpty()) {
        m_logoPreviewLabel->setPixmap(QPixmap());
        m_logoPreviewLabel->setText(QString());
        m_logoInfoLabel->setText(tr("No logo: documents are printed without one."));
        return;
    }
    //: %1 “PNG” or “JPEG”, %2 a size (“8.4 kB”).
    m_logoInfoLabel->setText(
        tr("%1 image, %2")
            .arg(m_logoMediaType.section(QLatin1Char('/'), 1).toUpper(),
                 QLocale().formattedDataSize(m_logo.size(), 1, QLocale::DataSizeTraditionalFormat)));
    QPixmap pixmap;
    if (pixmap.loadFromData(m_logo)) {
        m_logoPreviewLabel->setPixmap(
            pixmap.scaled(previewSize, previewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    } else {
        m_logoPreviewLabel->setPixmap(QPixmap());
        //: In the logo's place, when its image cannot be read.
        m_logoPreviewLabel->setText(tr("Cannot be shown"));
    }
}

void LetterheadDialog::retranslateUi()
{
    FormDialog::retranslateUi();
    setWindowTitle(tr("Letterhead"));
    m_introLabel->setText(m_readError.isEmpty() ? tr(
                              "Printed summaries and status reports carry these lines and the logo at "
                              "their head, in the language of the document. A language left empty prints "
                              "no name.")
                                                : m_readError);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (it.key() == QLatin1String("ar")) {
            it->group->setTitle(tr("Arabic"));
        } else if (it.key() == QLatin1String("fr")) {
            it->group->setTitle(tr("French"));
        } else {
            it->group->setTitle(tr("English"));
        }
        it->ministryLabel->setText(tr("&Ministry:"));
        it->departmentLabel->setText(tr("&Department:"));
    }
    m_logoGroup->setTitle(tr("Logo"));
    m_chooseLogoButton->setText(tr("&Choose…"));
    m_removeLogoButton->setText(tr("&Remove"));
    buttons()->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    showLogo();
}

} // namespace Masar
