#include "DocumentLanguage.h"

#include "LocaleText.h"
#include "Translations.h"

#include <QTranslator>

namespace Masar {

namespace {

thread_local const DocumentLanguage* currentLanguage = nullptr;

} // namespace

DocumentLanguage::DocumentLanguage(const QString& code, const LocaleStyle& style)
    : m_code(Translations::isLanguage(code) ? code : QStringLiteral("en"))
    , m_style(style)
    , m_locale(LocaleText::numberLocale(m_code, style))
    , m_catalog(std::make_shared<QTranslator>())
{
    if (!m_catalog->load(QStringLiteral(":/i18n/masar_%1.qm").arg(m_code))) {
        m_catalog.reset();
    }
}

bool DocumentLanguage::rightToLeft() const
{
    // The same message as the interface's (LanguageManager), which Qt reads too.
    return translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                     "Translate as RTL for a language written right to left, LTR otherwise.")
        == QLatin1String("RTL");
}

QString DocumentLanguage::date(const QDate& date) const
{
    Scope scope(*this);
    return LocaleText::date(date, m_code, m_style);
}

QString DocumentLanguage::number(qint64 value) const
{
    return m_locale.toString(value);
}

QString DocumentLanguage::translate(const char* context, const char* source, const char* disambiguation,
                                    int n) const
{
    QString text;
    if (m_catalog) {
        text = m_catalog->translate(context, source, disambiguation, n);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
    }
    return text;
}

const DocumentLanguage* DocumentLanguage::current()
{
    return currentLanguage;
}

DocumentLanguage::Scope::Scope(const DocumentLanguage& language)
    : m_previous(currentLanguage)
{
    Translations::routeDocuments();
    currentLanguage = &language;
}

DocumentLanguage::Scope::~Scope()
{
    currentLanguage = m_previous;
}

} // namespace Masar
