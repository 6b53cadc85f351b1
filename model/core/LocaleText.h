#pragma once

#include "LocaleStyle.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

namespace Masar {

// Dates and numbers in a language and a style: the only way Masar writes them
// for people (stored data uses Iso8601).
class LocaleText
{
    Q_DECLARE_TR_FUNCTIONS(Masar::LocaleText)

public:
    // The regions whose Arabic may be followed: the eight partner states.
    static QStringList arabicRegions();

    // The locale whose month names a language uses under a style: Arabic of
    // the chosen region, French of France, English of the United Kingdom.
    static QLocale locale(const QString& language, const LocaleStyle& style);
    // The locale numbers (and lists) are written in: the region's, or one of
    // the same language that writes the chosen digits.
    static QLocale numberLocale(const QString& language, const LocaleStyle& style);

    // "26 أكتوبر 2023", or with the Hijri date "11 ربيع الآخر 1445 هـ الموافق 26 أكتوبر 2023 م".
    static QString date(const QDate& date, const QString& language, const LocaleStyle& style);

    // A piece of data (a name, a path, a reference) set inside a sentence of
    // another direction: isolated, so that "/tmp/register.sqlite" stays whole
    // in an Arabic sentence and an Arabic name in a French one.
    static QString isolated(const QString& text);

    // Writes the digits of a text in Arabic-Indic or Latin figures.
    static QString withDigits(const QString& text, LocaleStyle::Digits digits);
};

} // namespace Masar
