#include "LocaleText.h"

#include <QCalendar>

namespace Masar {

namespace {

QLocale::Territory territoryOf(const QString& region)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    return territory == QLocale::AnyTerritory ? QLocale::Egypt : territory;
}

bool writesLatinDigits(const QLocale& locale)
{
    return locale.zeroDigit() == QLatin1String("0");
}

} // namespace

QStringList LocaleText::arabicRegions()
{
    return {QStringLiteral("EG"), QStringLiteral("IQ"), QStringLiteral("JO"), QStringLiteral("LB"),
            QStringLiteral("LY"), QStringLiteral("MR"), QStringLiteral("MA"), QStringLiteral("TN")};
}

QLocale LocaleText::locale(const QString& language, const LocaleStyle& style)
{
    if (language == QLatin1String("ar")) {
        return QLocale(QLocale::Arabic, territoryOf(style.arabicRegion));
    }
    if (language == QLatin1String("fr")) {
        return QLocale(QLocale::French, QLocale::France);
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QLocale LocaleText::numberLocale(const QString& language, const LocaleStyle& style)
{
    const QLocale regional = locale(language, style);
    if (language != QLatin1String("ar") || style.digits == LocaleStyle::Digits::Regional) {
        return regional;
    }
    const bool latin = style.digits == LocaleStyle::Digits::Latin;
    if (writesLatinDigits(regional) == latin) {
        return regional;
    }
    // Arabic as written where those digits are used.
    return QLocale(QLocale::Arabic, latin ? QLocale::Morocco : QLocale::Egypt);
}

QString LocaleText::isolated(const QString& text)
{
    // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode bidi algorithm).
    return QChar(0x2068) + text + QChar(0x2069);
}

QString LocaleText::withDigits(const QString& text, LocaleStyle::Digits digits)
{
    if (digits == LocaleStyle::Digits::Regional) {
        return text;
    }
    QString result = text;
    for (QChar& c : result) {
        const ushort u = c.unicode();
        if (digits == LocaleStyle::Digits::Latin && u >= 0x0660 && u <= 0x0669) {
            c = QChar(u - 0x0660 + '0');
        } else if (digits == LocaleStyle::Digits::ArabicIndic && u >= '0' && u <= '9') {
            c = QChar(u - '0' + 0x0660);
        }
    }
    return result;
}

QString LocaleText::date(const QDate& date, const QString& language, const LocaleStyle& style)
{
    if (!date.isValid()) {
        return QString();
    }
    const QLocale regional = locale(language, style);
    const QString format = QStringLiteral("d MMMM yyyy");
    QString text = regional.toString(date, format);
    if (style.hijri) {
        const QString hijri = regional.toString(date, format, QCalendar(QCalendar::System::IslamicCivil));
        //: %1 is the Hijri date, %2 the Gregorian one: "11 ربيع الآخر 1445 هـ الموافق 26 أكتوبر 2023 م".
        text = tr("%2 (%1 AH)").arg(hijri, text);
    }
    return language == QLatin1String("ar") ? withDigits(text, style.digits) : text;
}

} // namespace Masar
