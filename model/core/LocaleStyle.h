#pragma once

#include <QString>

namespace Masar {

// How dates and numbers are written on screen and on paper, besides the
// interface language. A setting of the user's.
struct LocaleStyle
{
    enum class Digits {
        Regional, // as the region writes them
        ArabicIndic, // ٠١٢٣
        Latin // 0123
    };

    // The country whose Arabic is followed: its Gregorian month names (Egypt
    // يناير, Levant and Iraq كانون الثاني, Tunisia جانفي, Morocco يوليوز...) and
    // its digits. One of LocaleText::arabicRegions().
    QString arabicRegion = QStringLiteral("EG");
    Digits digits = Digits::Regional;
    // The Hijri date (Islamic civil calendar) beside the Gregorian one.
    bool hijri = false;

    bool operator==(const LocaleStyle& other) const
    {
        return arabicRegion == other.arabicRegion && digits == other.digits && hijri == other.hijri;
    }
};

} // namespace Masar
