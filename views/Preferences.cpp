#include "Preferences.h"

#include "core/LocaleText.h"

#include <QSettings>

namespace Masar {

namespace {

const QString languageKey = QStringLiteral("interface/language");
const QString regionKey = QStringLiteral("dates/arabicRegion");
const QString digitsKey = QStringLiteral("dates/digits");
const QString hijriKey = QStringLiteral("dates/hijri");

} // namespace

QString Preferences::language()
{
    return QSettings().value(languageKey).toString();
}

void Preferences::setLanguage(const QString& code)
{
    QSettings().setValue(languageKey, code);
}

LocaleStyle Preferences::localeStyle()
{
    const QSettings settings;
    LocaleStyle style;
    const QString region = settings.value(regionKey).toString();
    if (LocaleText::arabicRegions().contains(region)) {
        style.arabicRegion = region;
    } else if (QLocale::system().language() == QLocale::Arabic
               && LocaleText::arabicRegions().contains(
                   QLocale::territoryToCode(QLocale::system().territory()))) {
        // Before any choice: the Arabic of the system's country, when it is one of ours.
        style.arabicRegion = QLocale::territoryToCode(QLocale::system().territory());
    }
    const int digits = settings.value(digitsKey, int(LocaleStyle::Digits::Regional)).toInt();
    if (digits >= int(LocaleStyle::Digits::Regional) && digits <= int(LocaleStyle::Digits::Latin)) {
        style.digits = LocaleStyle::Digits(digits);
    }
    style.hijri = settings.value(hijriKey, false).toBool();
    return style;
}

void Preferences::setLocaleStyle(const LocaleStyle& style)
{
    QSettings settings;
    settings.setValue(regionKey, style.arabicRegion);
    settings.setValue(digitsKey, int(style.digits));
    settings.setValue(hijriKey, style.hijri);
}

QVariant Preferences::value(const QString& key)
{
    return QSettings().value(key);
}

void Preferences::setValue(const QString& key, const QVariant& value)
{
    QSettings().setValue(key, value);
}

} // namespace Masar
