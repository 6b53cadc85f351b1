#pragma once

#include "core/LocaleStyle.h"

#include <QString>
#include <QVariant>

namespace Masar {

// The user's choices that outlive a session (QSettings): interface language
// and how dates and numbers are written.
class Preferences
{
public:
    // The language chosen last, or an empty string before the first choice.
    static QString language();
    static void setLanguage(const QString& code);
    static LocaleStyle localeStyle();
    static void setLocaleStyle(const LocaleStyle& style);
    // Anything else worth keeping between sessions: window geometry, the list's
    // columns, the last filter.
    static QVariant value(const QString& key);
    static void setValue(const QString& key, const QVariant& value);
};

} // namespace Masar
