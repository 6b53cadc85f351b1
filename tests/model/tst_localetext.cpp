// Dates and numbers as people read them: the Arabic of each partner state,
// Arabic-Indic or Latin digits, the Hijri date beside the Gregorian one.
#include "core/LocaleText.h"
#include "domain/Codes.h"

#include <QTest>

using namespace Masar;

namespace {

LocaleStyle style(const char* region, LocaleStyle::Digits digits = LocaleStyle::Digits::Regional,
                  bool hijri = false)
{
    LocaleStyle s;
    s.arabicRegion = QLatin1String(region);
    s.digits = digits;
    s.hijri = hijri;
    return s;
}

} // namespace

class TestLocaleText : public QObject
{
    Q_OBJECT

private slots:
    void arabicMonthNamesFollowTheRegion_data();
    void arabicMonthNamesFollowTheRegion();
    void digitsCanBeChosen_data();
    void digitsCanBeChosen();
    void hijriDateBesideTheGregorian();
    void otherLanguagesIgnoreArabicDigits();
    void numbersFollowTheDigits();
    void isolatedDataKeepsItsDirection();
    void countryNamesInEachLanguage_data();
    void countryNamesInEachLanguage();
    void countriesInTheOrderOfTheirNames();
};

void TestLocaleText::arabicMonthNamesFollowTheRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    // As the official letters of each state write the month (Qt's CLDR data).
    QTest::newRow("Egypt") << QStringLiteral("EG") << QDate(2026, 1, 5) << QStringLiteral("٥ يناير ٢٠٢٦");
    QTest::newRow("Lebanon") << QStringLiteral("LB") << QDate(2026, 1, 5)
                             << QStringLiteral("٥ كانون الثاني ٢٠٢٦");
    QTest::newRow("Iraq") << QStringLiteral("IQ") << QDate(2026, 2, 5) << QStringLiteral("٥ شباط ٢٠٢٦");
    QTest::newRow("Jordan") << QStringLiteral("JO") << QDate(2026, 3, 5) << QStringLiteral("٥ آذار ٢٠٢٦");
    QTest::newRow("Tunisia") << QStringLiteral("TN") << QDate(2026, 1, 5) << QStringLiteral("5 جانفي 2026");
    QTest::newRow("Morocco") << QStringLiteral("MA") << QDate(2026, 8, 5) << QStringLiteral("5 غشت 2026");
    QTest::newRow("Mauritania") << QStringLiteral("MR") << QDate(2026, 8, 5) << QStringLiteral("٥ أغشت ٢٠٢٦");
    QTest::newRow("Libya") << QStringLiteral("LY") << QDate(2026, 8, 5) << QStringLiteral("5 أغسطس 2026");
}

void TestLocaleText::arabicMonthNamesFollowTheRegion()
{
    QFETCH(QString, region);
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(LocaleText::date(date, QStringLiteral("ar"), style(qPrintable(region))), expected);
}

void TestLocaleText::digitsCanBeChosen_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<LocaleStyle::Digits>("digits");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Egypt, Latin digits")
        << QStringLiteral("EG") << LocaleStyle::Digits::Latin << QStringLiteral("26 أكتوبر 2023");
    QTest::newRow("Tunisia, Arabic-Indic digits")
        << QStringLiteral("TN") << LocaleStyle::Digits::ArabicIndic << QStringLiteral("٢٦ أكتوبر ٢٠٢٣");
    QTest::newRow("Egypt as Egypt writes")
        << QStringLiteral("EG") << LocaleStyle::Digits::Regional << QStringLiteral("٢٦ أكتوبر ٢٠٢٣");
}

void TestLocaleText::digitsCanBeChosen()
{
    QFETCH(QString, region);
    QFETCH(LocaleStyle::Digits, digits);
    QFETCH(QString, expected);
    QCOMPARE(LocaleText::date(QDate(2023, 10, 26), QStringLiteral("ar"), style(qPrintable(region), digits)),
             expected);
}

void TestLocaleText::hijriDateBesideTheGregorian()
{
    // Without a catalog the pattern is the English one: "Gregorian (Hijri AH)".
    const QString text = LocaleText::date(QDate(2023, 10, 26), QStringLiteral("ar"),
                                          style("EG", LocaleStyle::Digits::Regional, true));
    QCOMPARE(text, QStringLiteral("٢٦ أكتوبر ٢٠٢٣ (١١ ربيع الآخر ١٤٤٥ AH)"));
    const QString french = LocaleText::date(QDate(2023, 10, 26), QStringLiteral("fr"),
                                            style("EG", LocaleStyle::Digits::Regional, true));
    QVERIFY2(french.startsWith(QLatin1String("26 octobre 2023 (11 ")), qPrintable(french));
    QVERIFY(french.contains(QLatin1String("1445")));
}

void TestLocaleText::otherLanguagesIgnoreArabicDigits()
{
    const LocaleStyle arabicIndic = style("EG", LocaleStyle::Digits::ArabicIndic);
    QCOMPARE(LocaleText::date(QDate(2026, 7, 14), QStringLiteral("fr"), arabicIndic),
             QStringLiteral("14 juillet 2026"));
    QCOMPARE(LocaleText::date(QDate(2026, 7, 14), QStringLiteral("en"), arabicIndic),
             QStringLiteral("14 July 2026"));
    QCOMPARE(LocaleText::date(QDate(), QStringLiteral("en"), arabicIndic), QString());
}

void TestLocaleText::numbersFollowTheDigits()
{
    QCOMPARE(LocaleText::numberLocale(QStringLiteral("ar"), style("EG")).toString(1234567),
             QStringLiteral("١٬٢٣٤٬٥٦٧"));
    QCOMPARE(LocaleText::numberLocale(QStringLiteral("ar"), style("EG", LocaleStyle::Digits::Latin))
                 .toString(1234567),
             QStringLiteral("1.234.567"));
    QCOMPARE(LocaleText::numberLocale(QStringLiteral("ar"), style("MA", LocaleStyle::Digits::ArabicIndic))
                 .toString(1234567),
             QStringLiteral("١٬٢٣٤٬٥٦٧"));
    QCOMPARE(LocaleText::numberLocale(QStringLiteral("fr"), style("EG", LocaleStyle::Digits::ArabicIndic))
                 .toString(1234567),
             QStringLiteral("1\u202f234\u202f567"));
    QCOMPARE(LocaleText::withDigits(QStringLiteral("IN-2026-0042 ٣"), LocaleStyle::Digits::Latin),
             QStringLiteral("IN-2026-0042 3"));
}

void TestLocaleText::isolatedDataKeepsItsDirection()
{
    const QString isolated = LocaleText::isolated(QStringLiteral("/srv/masar/register.sqlite"));
    QCOMPARE(isolated.front(), QChar(0x2068));
    QCOMPARE(isolated.back(), QChar(0x2069));
    QCOMPARE(isolated.mid(1, isolated.size() - 2), QStringLiteral("/srv/masar/register.sqlite"));
}

void TestLocaleText::countryNamesInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("ar MA") << QStringLiteral("ar") << QStringLiteral("MA") << QStringLiteral("المغرب");
    QTest::newRow("ar EG") << QStringLiteral("ar") << QStringLiteral("EG") << QStringLiteral("مصر");
    QTest::newRow("ar ES") << QStringLiteral("ar") << QStringLiteral("ES") << QStringLiteral("إسبانيا");
    QTest::newRow("fr TN") << QStringLiteral("fr") << QStringLiteral("TN") << QStringLiteral("Tunisie");
    QTest::newRow("fr IQ") << QStringLiteral("fr") << QStringLiteral("IQ") << QStringLiteral("Irak");
    QTest::newRow("en LB") << QStringLiteral("en") << QStringLiteral("LB") << QStringLiteral("Lebanon");
}

void TestLocaleText::countryNamesInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QLocale::setDefault(QLocale(language));
    QCOMPARE(Codes::countryName(code), name);
    QCOMPARE(Codes::countryWithCode(code), QStringLiteral("%1 (%2)").arg(name, code));
    QLocale::setDefault(QLocale::c());
}

void TestLocaleText::countriesInTheOrderOfTheirNames()
{
    const QStringList codes
        = {QStringLiteral("MA"), QStringLiteral("DE"), QStringLiteral("EG"), QStringLiteral("ES")};
    // French: Allemagne, Égypte (É with the E's), Espagne, Maroc.
    QLocale::setDefault(QLocale(QStringLiteral("fr")));
    QCOMPARE(Codes::byCountryName(codes),
             (QStringList {QStringLiteral("DE"), QStringLiteral("EG"), QStringLiteral("ES"),
                           QStringLiteral("MA")}));
    // English: Egypt, Germany, Morocco, Spain.
    QLocale::setDefault(QLocale(QStringLiteral("en")));
    QCOMPARE(Codes::byCountryName(codes),
             (QStringList {QStringLiteral("EG"), QStringLiteral("DE"), QStringLiteral("MA"),
                           QStringLiteral("ES")}));
    // Arabic, by the Arabic alphabet: the alef names (إسبانيا، ألمانيا، المغرب, the
    // article being part of the name) before مصر.
    QLocale::setDefault(QLocale(QStringLiteral("ar")));
    const QStringList arabic = Codes::byCountryName(codes);
    QCOMPARE(arabic.size(), 4);
    QCOMPARE(arabic.back(), QStringLiteral("EG"));
    QVERIFY(arabic.indexOf(QStringLiteral("MA")) == 2);
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestLocaleText)
#include "tst_localetext.moc"
