#include "PrintContext.h"

#include "core/Clock.h"
#include "core/DocumentLanguage.h"
#include "core/LocaleText.h"
#include "services/LetterheadStore.h"
#include "services/Users.h"

namespace Masar {

Result<PrintContext> PrintContext::load(Database& database, const Clock& clock, const User& actor,
                                        const QString& language)
{
    PrintContext context;
    context.printedBy = actor.shownName();
    context.printedAt = clock.nowUtc();
    context.today = clock.today();
    Result<std::vector<User>> users = Users(database, clock).list();
    if (!users) {
        return users.error();
    }
    for (const User& user : *users) {
        context.userNames.insert(user.name, user.shownName());
    }
    Result<Letterhead> letterhead = LetterheadStore(database, clock).read();
    if (!letterhead) {
        return letterhead.error();
    }
    const Letterhead::Lines lines = letterhead->linesIn(language);
    context.ministry = lines.ministry;
    context.department = lines.department;
    context.logo = letterhead->logo;
    return context;
}

PrintDocument PrintContext::start(const DocumentLanguage& language) const
{
    const DocumentLanguage::Scope scope(language);
    PrintDocument document;
    document.language = language.code();
    document.rightToLeft = language.rightToLeft();
    document.locale = language.locale();
    document.ministry = ministry;
    document.department = department;
    document.logo = logo;
    const QDateTime local = printedAt.toLocalTime();
    const QString when = tr("%1 at %2")
                             .arg(language.date(local.date()),
                                  language.locale().toString(local.time(), QLocale::ShortFormat));
    //: The foot of every printed page. %1 is a person's name, %2 a date and time.
    document.footer = tr("Printed by %1 on %2 with Masar").arg(LocaleText::isolated(printedBy), when);
    //: The page number at the foot of every printed page.
    document.pageOf = tr("Page %1 of %2");
    return document;
}

QString PrintContext::marking(const QString& confidentiality)
{
    if (confidentiality == QLatin1String("secret")) {
        //: The marking at the top and bottom of every page of a secret document.
        return tr("SECRET");
    }
    if (confidentiality == QLatin1String("restricted")) {
        //: The marking at the top and bottom of every page of a restricted document.
        return tr("RESTRICTED");
    }
    return QString();
}

QString PrintContext::higher(const QString& one, const QString& other)
{
    auto rank = [](const QString& level) {
        return level == QLatin1String("secret") ? 2 : level == QLatin1String("restricted") ? 1 : 0;
    };
    return rank(other) > rank(one) ? other : one;
}

} // namespace Masar
