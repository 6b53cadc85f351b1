#pragma once

#include "LocaleStyle.h"

#include <QDate>
#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace Masar {

// The language a document is written in, which may differ from the
// interface's: a status summary printed in French from an Arabic screen.
// While a Scope lives, tr() and QCoreApplication::translate on that thread
// answer in the document's language (through a translator that
// Translations::install keeps in front of the others), and country names and
// lists follow it too; the screen and the other threads stay as they are.
class DocumentLanguage
{
public:
    DocumentLanguage(const QString& code, const LocaleStyle& style);

    const QString& code() const { return m_code; }
    const LocaleStyle& style() const { return m_style; }
    bool rightToLeft() const;
    // The locale numbers and lists are written in.
    const QLocale& locale() const { return m_locale; }
    QString date(const QDate& date) const;
    QString number(qint64 value) const;
    // The text of `source` in this language: the catalog's, else the source
    // (English); %Ln is written with this language's digits.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

    // The document language of the current thread, or nullptr.
    static const DocumentLanguage* current();

    class Scope
    {
    public:
        explicit Scope(const DocumentLanguage& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        const DocumentLanguage* m_previous;
    };

private:
    QString m_code;
    LocaleStyle m_style;
    QLocale m_locale;
    std::shared_ptr<QTranslator> m_catalog;
};

} // namespace Masar
