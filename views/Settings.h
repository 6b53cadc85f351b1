#pragma once

#include "core/LocaleStyle.h"

#include <QString>

namespace Masar {

// The user's choices that outlive a session (QSettings): interface language
// and how dates and numbers are written.
class Settings
{
public:
    // The language chosen last, or an empty string before the first choice.
    static QString language();
    static void setLanguage(const QString& code);
    static LocaleStyle localeStyle();
    static void setLocaleStyle(const LocaleStyle& style);
};

} // namespace Masar
