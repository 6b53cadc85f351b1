#include "LanguageManager.h"

#include "Preferences.h"
#include "core/LocaleText.h"
#include "core/Translations.h"

#include <QtGlobal>

namespace Masar {

namespace {

// Qt reads the layout direction from this entry of the installed catalogs:
// Masar's Arabic catalog says RTL, the others LTR.
[[maybe_unused]] const struct
{
    const char* source;
    const char* comment;
} layoutDirection
    = QT_TRANSLATE_NOOP3("QGuiApplication", "QT_LAYOUT_DIRECTION",
                         "Translate as RTL for a language written right to left, LTR otherwise.");

} // namespace

LanguageManager& LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

void LanguageManager::start(const QString& requested)
{
    m_style = Preferences::localeStyle();
    QString language = requested;
    if (!Translations::isLanguage(language)) {
        language = Preferences::language();
    }
    if (!Translations::isLanguage(language)) {
        language = Translations::systemLanguage();
    }
    m_language = language;
    install();
}

void LanguageManager::setLanguage(const QString& code)
{
    if (!Translations::isLanguage(code) || code == m_language) {
        return;
    }
    m_language = code;
    Preferences::setLanguage(code);
    install();
    emit languageChanged(code);
}

void LanguageManager::setStyle(const LocaleStyle& style)
{
    if (style == m_style) {
        return;
    }
    m_style = style;
    Preferences::setLocaleStyle(style);
    // Installing again sends every window a LanguageChange: dates and numbers are written anew.
    install();
}

QString LanguageManager::date(const QDate& date) const
{
    return LocaleText::date(date, m_language, m_style);
}

QString LanguageManager::nativeName(const QString& code)
{
    if (code == QLatin1String("ar")) {
        return QStringLiteral("العربية");
    }
    if (code == QLatin1String("fr")) {
        return QStringLiteral("Français");
    }
    return QStringLiteral("English");
}

void LanguageManager::install()
{
    Translations::install(m_language, m_style);
}

} // namespace Masar
