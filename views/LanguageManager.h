#pragma once

#include "core/LocaleStyle.h"

#include <QDate>
#include <QObject>

namespace Masar {

// The interface language and the way dates and numbers are written, for the
// whole application, changeable while it runs. Changing either installs the
// catalogs again, so that every open window receives QEvent::LanguageChange
// and retranslates itself; the layout direction follows from the catalog
// (Arabic's says right to left).
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    static LanguageManager& instance();

    // At start: the language asked for on the command line, else the one
    // chosen last, else the system's.
    void start(const QString& requested = QString());

    QString language() const { return m_language; }
    LocaleStyle style() const { return m_style; }
    void setLanguage(const QString& code);
    void setStyle(const LocaleStyle& style);

    // A date as the user reads it: LocaleText in the current language and style.
    QString date(const QDate& date) const;

    // A language's name in that language ("العربية", "Français", "English").
    static QString nativeName(const QString& code);

signals:
    void languageChanged(const QString& code);

private:
    LanguageManager() = default;
    void install();

    QString m_language = QStringLiteral("en");
    LocaleStyle m_style;
};

} // namespace Masar
