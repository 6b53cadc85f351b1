#include "Translations.h"

#include "DocumentLanguage.h"
#include "LocaleText.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QThread>
#include <QTranslator>

#include <atomic>
#include <memory>
#include <vector>

namespace Masar::Translations {

namespace {

std::vector<std::unique_ptr<QTranslator>>& installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

// Answers in the document language of the calling thread, when it has one;
// otherwise lets the installed catalogs answer.
class DocumentRouter : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        const DocumentLanguage* language = DocumentLanguage::current();
        return language ? language->translate(context, source, disambiguation, n) : QString();
    }
    bool isEmpty() const override { return false; }
};

DocumentRouter& router()
{
    static DocumentRouter translator;
    return translator;
}

std::atomic<bool> routerInstalled {false};

void installRouter()
{
    QCoreApplication::removeTranslator(&router());
    routerInstalled = QCoreApplication::installTranslator(&router());
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
    // Last installed, first asked.
    installRouter();
    return ownLoaded || code == QLatin1String("en");
}

void routeDocuments()
{
    QCoreApplication* application = QCoreApplication::instance();
    if (!routerInstalled && application && QThread::currentThread() == application->thread()) {
        installRouter();
    }
}

QLocale currentLocale()
{
    const DocumentLanguage* language = DocumentLanguage::current();
    return language ? language->locale() : QLocale();
}

} // namespace Masar::Translations
