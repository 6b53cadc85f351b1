#include "Translations.h"

#include "LocaleText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Masar::Translations {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList languages()
{
    return {QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en")};
}

bool isLanguage(const QString& code)
{
    return languages().contains(code);
}

QString systemLanguage()
{
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return isLanguage(code) ? code : QStringLiteral("en");
}

QString requestedLanguage(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (arguments.at(i).startsWith(option + QLatin1Char('='))) {
            return arguments.at(i).mid(option.size() + 1);
        }
    }
    return QString();
}

bool install(const QString& code, const LocaleStyle& style)
{
    for (const auto& translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();
    QLocale::setDefault(LocaleText::numberLocale(code, style));

    auto own = std::make_unique<QTranslator>();
    const bool ownLoaded = own->load(QStringLiteral(":/i18n/masar_%1.qm").arg(code));
    if (ownLoaded) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return ownLoaded || code == QLatin1String("en");
}

} // namespace Masar::Translations
